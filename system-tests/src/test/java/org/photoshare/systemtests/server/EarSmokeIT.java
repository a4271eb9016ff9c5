package org.photoshare.systemtests.server;

import org.junit.jupiter.api.Test;
import org.photoshare.systemtests.Stack;
import org.photoshare.systemtests.Users;

import java.nio.file.Files;

import static io.restassured.RestAssured.given;
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
