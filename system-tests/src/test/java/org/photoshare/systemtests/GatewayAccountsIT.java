package org.photoshare.systemtests;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The account routes of the public API, through the gateway. */
class GatewayAccountsIT {

    @Test
    void registeringAnswersTheUserAndAToken() {
        String username = Users.uniqueName("apireg");
        Response created = register(username, username + "@example.com", "a good password");
        created.then().statusCode(201)
                .header("Location", endsWith("/api/users/" + created.path("user.id")))
                .body("user.username", equalTo(username))
                .body("user.groups", hasItem("user"))
                .body("token", notNullValue())
                .body("expiresAt", notNullValue());
        given().auth().oauth2(created.path("token")).get(Gateway.api() + "/users/me")
                .then().statusCode(200).body("username", equalTo(username)).body("email", equalTo(username + "@example.com"));
    }

    @Test
    void badRegistrationsAreRefusedWithTheirReason() {
        register("x", "not-an-email", "short").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("username"))
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("password"));
        Users.User taken = Users.registered("taken");
        register(taken.username(), "other-" + taken.email(), "a good password").then().statusCode(409)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{not json").post(Gateway.api() + "/users")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void signingInAnswersATokenOr401() {
        Users.User user = Users.registered("apilogin");
        login(user.username(), user.password()).then().statusCode(200)
                .body("token", notNullValue()).body("user.id", equalTo(user.id()));
        login(user.username(), "wrong password").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void aProfileIsPublic_butTheEmailOnlyForItsOwner() {
        Users.User owner = Users.registered("profileowner");
        Users.User other = Users.registered("profileother");
        given().get(Gateway.api() + "/users/" + owner.id()).then().statusCode(200)
                .body("username", equalTo(owner.username())).body("email", nullValue());
        Gateway.as(other).get(Gateway.api() + "/users/" + owner.id()).then().statusCode(200).body("email", nullValue());
        Gateway.as(owner).get(Gateway.api() + "/users/" + owner.id()).then().statusCode(200)
                .body("email", equalTo(owner.email()));
        given().get(Gateway.api() + "/users/no-such-user").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void oneUpdatesOnlyOneselfAndOnlyWithAToken() {
        Users.User user = Users.registered("apiupdate");
        Map<String, String> update = Map.of("displayName", "New Name", "bio", "Hello", "email", user.email());
        given().contentType(ContentType.JSON).body(update).put(Gateway.api() + "/users/me")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        Gateway.as(user).contentType(ContentType.JSON).body(update).put(Gateway.api() + "/users/me")
                .then().statusCode(200).body("displayName", equalTo("New Name")).body("bio", equalTo("Hello"));
        Gateway.as(user).contentType(ContentType.JSON).body(Map.of("email", "nope")).put(Gateway.api() + "/users/me")
                .then().statusCode(400).body("errors.field", hasItem("email"));
        given().get(Gateway.api() + "/users/me").then().statusCode(401);
    }

    /** The gateway keeps names briefly for its pages, but forgets one's own when one changes it. */
    @Test
    void aNewDisplayNameShowsAtOnceOnOnesPhotos() {
        Users.User user = Users.registered("apirename");
        long photo = Gateway.uploaded(user, "Renamed owner");
        given().get(Gateway.api() + "/users/" + user.id() + "/photos").then().statusCode(200)
                .body("items.find { it.id == " + photo + " }.owner.username", equalTo(user.username()));
        Gateway.as(user).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Renamed Owner", "bio", "Hello", "email", user.email()))
                .put(Gateway.api() + "/users/me").then().statusCode(200);
        given().get(Gateway.api() + "/users/" + user.id() + "/photos").then().statusCode(200)
                .body("items.find { it.id == " + photo + " }.owner.displayName", equalTo("Renamed Owner"));
    }

    @Test
    void deletingOnesAccountEndsSigningIn() {
        Users.User user = Users.registered("apidelete");
        given().delete(Gateway.api() + "/users/me").then().statusCode(401);
        Gateway.as(user).delete(Gateway.api() + "/users/me").then().statusCode(204);
        login(user.username(), user.password()).then().statusCode(401);
        given().get(Gateway.api() + "/users/" + user.id()).then().statusCode(404);
    }

    @Test
    void badAndServiceTokensAreRefusedAtTheEdge() {
        Users.User user = Users.registered("apitokens");
        given().auth().oauth2(user.token() + "x").get(Gateway.api() + "/users/me")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Users.serviceToken()).get(Gateway.api() + "/users/me")
                .then().statusCode(401);
        given().header("Authorization", "Basic dXNlcjpwdw==").get(Gateway.api() + "/users/me")
                .then().statusCode(401);
    }

    @Test
    void theSessionCookieDoesNotAuthenticateTheApi() {
        Users.User user = Users.registered("apicookie");
        given().cookie("ps_session", user.token()).get(Gateway.api() + "/users/me").then().statusCode(401);
    }

    /** The container maps these to /api or not at all; none of them lets the cookie act for its owner. */
    @ParameterizedTest
    @ValueSource(strings = {"//api/users/me", "/%61pi/users/me", "/api/./users/me", "/x/../api/users/me",
            "/API/users/me", "/api;x=1/users/me", "/api/users/./me", "/%2Fapi/users/me"})
    void theSessionCookieDoesNotAuthenticateTheApiHoweverItIsSpelled(String rawPath) throws Exception {
        Users.User user = Users.registered("apispell");
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                .uri(URI.create(Gateway.url() + rawPath)).header("Cookie", "ps_session=" + user.token())
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(rawPath).isNotEqualTo(200);
        // a page may show its signed-in header (the cookie is for pages); the API's answer must not come
        assertThat(answer.body()).as(rawPath).doesNotContain("\"id\":\"" + user.id() + "\"")
                .doesNotContain("\"email\"");
    }

    @Test
    void aDisabledAccountCannotSignInThroughTheGatewayEither() {
        Users.User user = Users.registered("apidisabled");
        Users.User admin = Users.admin();
        given().auth().oauth2(admin.token()).put(Stack.authUrl() + "/accounts/" + user.id() + "/disabled")
                .then().statusCode(204);
        Response refused = login(user.username(), user.password());
        refused.then().statusCode(403).contentType("application/problem+json");
        assertThat(refused.path("detail").toString()).contains("disabled");
    }

    static Response register(String username, String email, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "email", email, "password", password))
                .post(Gateway.api() + "/users");
    }

    static Response login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post(Gateway.api() + "/auth/login");
    }
}
