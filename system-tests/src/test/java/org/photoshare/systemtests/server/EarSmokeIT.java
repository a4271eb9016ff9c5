package org.photoshare.systemtests.server;

import org.junit.jupiter.api.Test;
import org.photoshare.systemtests.Gateway;
import org.photoshare.systemtests.Images;
import org.photoshare.systemtests.Stack;
import org.photoshare.systemtests.Users;

import java.nio.file.Files;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * The EAR on a full Payara Server (run by ./photoshare test in its server stage, with
 * -Dphotoshare.mode=server): the services work together in one server, and the admin console
 * answers over its own login and lists the application.
 */
class EarSmokeIT {

    @Test
    void theServicesWorkTogetherInsideOneServer() {
        Users.User user = Users.registered("ear");
        Users.signIn(user.username(), user.password()).then().statusCode(200);
        given().auth().oauth2(user.token()).get(Stack.profileUrl() + "/users/me")
                .then().statusCode(200).body("username", equalTo(user.username()));
        given().get(Stack.rootOf("auth") + "/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get(Stack.rootOf("auth") + "/metrics").then().statusCode(200);
    }

    @Test
    void aUsersJourneyThroughTheGatewaysContextRoot() {
        String name = Users.uniqueName("earjourney");
        String token = given().contentType("application/json")
                .body(Map.of("username", name, "email", name + "@example.com", "password", "a good password"))
                .post(Gateway.api() + "/users").then().statusCode(201).extract().path("token");
        assertThat(token).isNotBlank();
        String signedIn = given().contentType("application/json")
                .body(Map.of("username", name, "password", "a good password"))
                .post(Gateway.api() + "/auth/login").then().statusCode(200).extract().path("token");

        long photo = given().auth().oauth2(signedIn)
                .multiPart("file", "photo.jpg", Images.jpeg(640, 480), "image/jpeg").multiPart("title", "on the server")
                .post(Gateway.api() + "/photos").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(signedIn).contentType("application/json").body(Map.of("value", 1))
                .put(Gateway.api() + "/photos/" + photo + "/vote").then().statusCode(200).body("upvotes", equalTo(1));
        given().auth().oauth2(signedIn).contentType("application/json").body(Map.of("text", "served by one server"))
                .post(Gateway.api() + "/photos/" + photo + "/comments").then().statusCode(201);
        for (String timeline : new String[] {"newest", "hot", "trending"}) {
            assertThat(Gateway.timelineUpTo(Gateway.api(), timeline, photo)).as(timeline).contains(photo);
        }
        given().get(Gateway.api() + "/photos/" + photo + "/image?variant=thumb").then().statusCode(200)
                .contentType("image/jpeg");
        given().get(Gateway.url() + "/").then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void theAdminConsoleListsTheApplicationBehindItsLogin() throws Exception {
        String password = Files.readAllLines(Stack.home().resolve("secrets").resolve("payara-admin.passwordfile"))
                .get(0).replaceFirst("^AS_ADMIN_PASSWORD=", "");
        String listApplications = Stack.adminConsoleUrl() + "/management/domain/applications/list-applications";

        given().auth().preemptive().basic("admin", "not the password").accept("application/json")
                .get(listApplications).then().statusCode(401);
        given().auth().preemptive().basic("admin", password).accept("application/json")
                .get(listApplications).then().statusCode(200)
                .body("exit_code", equalTo("SUCCESS"))
                .body("properties", hasKey("photoshare"))
                .body("properties", not(hasKey("__admingui")));
        // the console's web front end answers too (202 while it is still loading its pages)
        given().get(Stack.adminConsoleUrl() + "/").then().statusCode(anyOf(equalTo(200), equalTo(202)));
    }
}
