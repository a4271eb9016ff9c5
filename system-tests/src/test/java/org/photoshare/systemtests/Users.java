package org.photoshare.systemtests;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Registers and signs in users through auth-war, as a client would. */
public final class Users {

    public record User(String id, String username, String email, String password, String token) {
    }

    private Users() {
    }

    /** A username no other test run has used: 3-30 chars of the allowed alphabet. */
    public static String uniqueName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public static Response register(String username, String email, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "email", email, "password", password))
                .post(Stack.authUrl() + "/accounts");
    }

    public static User registered(String prefix) {
        String username = uniqueName(prefix);
        return registered(username, username + "@example.com");
    }

    /**
     * A registered user, for tests about something else. A 503 (profile-war slow to answer, as on a
     * just-started stack) is what a client retries after a pause, and so is it here; the tests of
     * registration itself call {@link #register} and see every answer.
     */
    public static User registered(String username, String email) {
        String password = "pw-" + UUID.randomUUID();
        Response response = register(username, email, password);
        for (int retry = 1; retry <= 3 && response.statusCode() == 503; retry++) {
            pause(Duration.ofSeconds(3L * retry));
            response = register(username, email, password);
        }
        response.then().statusCode(201);
        return new User(response.path("user.id"), username, email, password, response.path("token"));
    }

    private static final String ADMIN_PASSWORD = "the admin's password";

    /** The stack's configured admin: registered by the first test that needs it, signed in after. */
    public static synchronized User admin() {
        String username = Stack.adminUsername();
        Response registration = register(username, username + "@example.com", ADMIN_PASSWORD);
        if (registration.statusCode() != 201 && registration.statusCode() != 409) {
            throw new IllegalStateException("Cannot register the admin: " + registration.asString());
        }
        Response signedIn = signIn(username, ADMIN_PASSWORD);
        signedIn.then().statusCode(200);
        return new User(signedIn.path("user.id"), username, username + "@example.com", ADMIN_PASSWORD,
                signedIn.path("token"));
    }

    public static Response signIn(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post(Stack.authUrl() + "/tokens");
    }

    public static String serviceToken() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("service", "systemtest", "secret", Stack.secret("service-secret")))
                .post(Stack.authUrl() + "/service-tokens")
                .then().statusCode(200)
                .extract().path("token");
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
