package org.photoshare.systemtests;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Health, metrics and OpenAPI on every service. */
class OperationsIT {

    @ParameterizedTest
    @ValueSource(strings = {"auth", "profile"})
    void readinessIncludesTheDatabase(String service) {
        given().get(Stack.rootOf(service) + "/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"));
        given().get(Stack.rootOf(service) + "/health/live").then().statusCode(200);
    }

    @ParameterizedTest
    @CsvSource({"auth, /accounts/me/password", "profile, /users/{id}"})
    void openApiDescribesTheService(String service, String path) {
        given().get(Stack.rootOf(service) + "/openapi").then().statusCode(200)
                .body(containsString("title: Photoshare " + service))
                .body(containsString(path + ":"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"photoshare_registrations_total", "photoshare_signins_total",
            "photoshare_signin_failures_total", "photoshare_signin_throttled_total"})
    void authCountsWhatMatters(String metric) {
        Users.User user = Users.registered("metrics");
        Users.signIn(user.username(), "wrong password").then().statusCode(401);
        given().accept("text/plain").get(Stack.rootOf("auth") + "/metrics").then().statusCode(200)
                .body(containsString(metric));
    }
}
