package org.photoshare.systemtests;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

class RegistrationIT {

    @Test
    void registeringGivesAUserAndATokenThatProfileWarAccepts() {
        String username = Users.uniqueName("reg");
        Users.register(username, username + "@example.com", "a good password")
                .then().statusCode(201)
                .body("user.username", equalTo(username))
                .body("user.groups", hasItem("user"))
                .body("token", notNullValue())
                .body("expiresAt", notNullValue());

        String token = Users.signIn(username, "a good password").then().statusCode(200).extract().path("token");
        given().auth().oauth2(token).get(Stack.profileUrl() + "/users/me")
                .then().statusCode(200)
                .body("username", equalTo(username))
                .body("email", equalTo(username + "@example.com"));
    }

    @Test
    void aUsernameIsTakenWhateverItsCase() {
        Users.User first = Users.registered("dup");
        Users.register(first.username().toUpperCase(), "other-" + first.email(), "a good password")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", containsString("username"));
    }

    @Test
    void anEmailIsTakenWhateverItsCase() {
        Users.User first = Users.registered("dupmail");
        Users.register(Users.uniqueName("other"), first.email().toUpperCase(), "a good password")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("email"));
    }

    @Test
    void aRefusedRegistrationLeavesTheUsernameFree() {
        Users.User first = Users.registered("keep");
        String username = Users.uniqueName("free");
        Users.register(username, first.email(), "a good password").then().statusCode(409);
        Users.register(username, username + "@example.com", "a good password").then().statusCode(201);
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        given().contentType(ContentType.JSON).body("{\"username\": \"x\",")
                .post(Stack.authUrl() + "/accounts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Bad Request"));
    }

    @Test
    void missingFieldsAreNamed() {
        given().contentType(ContentType.JSON).body("{}")
                .post(Stack.authUrl() + "/accounts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("username", "email", "password"));
        given().contentType(ContentType.JSON)
                .post(Stack.authUrl() + "/accounts")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void invalidAndOversizedFieldsAreRefused() {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "x".repeat(31), "email", "not-an-email", "password", "p".repeat(129)))
                .post(Stack.authUrl() + "/accounts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("username", "email", "password"));
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "bad name!", "email", "a@example.com", "password", "a good password"))
                .post(Stack.authUrl() + "/accounts")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("username"));
    }

    @Test
    void theWrongMediaTypeIsAProblemToo() {
        given().contentType(ContentType.TEXT).body("hello")
                .post(Stack.authUrl() + "/accounts")
                .then().statusCode(415)
                .contentType(startsWith("application/problem+json"));
    }
}
