package org.photoshare.systemtests;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

class SignInIT {

    @Test
    void theRightPasswordSignsIn() {
        Users.User user = Users.registered("signin");
        Users.signIn(user.username().toUpperCase(), user.password())
                .then().statusCode(200)
                .body("user.id", equalTo(user.id()))
                .body("user.groups", contains("user"));
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsUnauthorized() {
        Users.User user = Users.registered("wrongpw");
        Users.signIn(user.username(), "not the password")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", equalTo("Wrong username or password."));
        Users.signIn(Users.uniqueName("nobody"), "whatever it is")
                .then().statusCode(401)
                .body("detail", equalTo("Wrong username or password."));
    }

    @Test
    void fiveFailuresThrottleThatUsernameOnly() {
        Users.User victim = Users.registered("victim");
        Users.User bystander = Users.registered("bystander");
        for (int attempt = 1; attempt <= 5; attempt++) {
            Users.signIn(victim.username(), "guess " + attempt).then().statusCode(401);
        }
        var throttled = Users.signIn(victim.username(), victim.password());
        throttled.then().statusCode(429).contentType("application/problem+json");
        int retryAfter = Integer.parseInt(throttled.header("Retry-After"));
        assertThat(retryAfter).isBetween(1, 15 * 60);

        Users.signIn(bystander.username(), bystander.password()).then().statusCode(200);
    }

    @Test
    void parallelGuessesAreJudgedNoMoreOftenThanTheLimit() {
        Users.User victim = Users.registered("parallel");
        List<Integer> statuses = Concurrently.statuses(40, 40, attempt -> Users.signIn(victim.username(), "guess " + attempt).statusCode());
        assertThat(statuses).as("judged (401) at most 5 times, refused (429) otherwise")
                .containsOnly(401, 429)
                .filteredOn(status -> status == 401).hasSizeLessThanOrEqualTo(5);
        Users.signIn(victim.username(), victim.password()).then().statusCode(429);
    }

    @Test
    void wrongCurrentPasswordsAreThrottledToo() {
        Users.User user = Users.registered("chpwguess");
        List<Integer> statuses = Concurrently.statuses(12, 12, attempt -> given().auth().oauth2(user.token()).contentType("application/json")
                .body("{\"currentPassword\":\"guess " + attempt + "\",\"newPassword\":\"brand new password\"}")
                .put(Stack.authUrl() + "/accounts/me/password").statusCode());
        assertThat(statuses).containsOnly(403, 429).filteredOn(status -> status == 403).hasSizeLessThanOrEqualTo(5);
        given().auth().oauth2(user.token()).contentType("application/json")
                .body("{\"currentPassword\":\"" + user.password() + "\",\"newPassword\":\"brand new password\"}")
                .put(Stack.authUrl() + "/accounts/me/password")
                .then().statusCode(429).header("Retry-After", notNullValue());
        Users.signIn(user.username(), user.password()).then().statusCode(200);
    }

    @Test
    void adminsListedInConfigurationGetTheAdminGroup() {
        Users.User admin = Users.admin();
        Users.signIn(admin.username(), admin.password())
                .then().statusCode(200)
                .body("user.groups", hasItem("admin"));
    }

    @Test
    void aChangedPasswordReplacesTheOldOne() {
        Users.User user = Users.registered("chpw");
        given().auth().oauth2(user.token()).contentType("application/json")
                .body("{\"currentPassword\":\"wrong one\",\"newPassword\":\"brand new password\"}")
                .put(Stack.authUrl() + "/accounts/me/password")
                .then().statusCode(403);
        given().auth().oauth2(user.token()).contentType("application/json")
                .body("{\"currentPassword\":\"" + user.password() + "\",\"newPassword\":\"brand new password\"}")
                .put(Stack.authUrl() + "/accounts/me/password")
                .then().statusCode(204);
        Users.signIn(user.username(), user.password()).then().statusCode(401);
        Users.signIn(user.username(), "brand new password").then().statusCode(200);
    }
}
