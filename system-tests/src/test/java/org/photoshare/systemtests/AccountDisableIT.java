package org.photoshare.systemtests;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** auth-war's moderation endpoints: admins (and services) disable and enable accounts. */
class AccountDisableIT {

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() {
        Users.User user = Users.registered("disabled");
        Users.User admin = Users.admin();
        given().auth().oauth2(admin.token()).put(url(user) + "/disabled").then().statusCode(204);
        given().auth().oauth2(admin.token()).put(url(user) + "/disabled").then().statusCode(204);
        given().auth().oauth2(admin.token()).get(url(user)).then().statusCode(200)
                .body("disabled", equalTo(true)).body("username", equalTo(user.username()));

        Users.signIn(user.username(), user.password()).then().statusCode(403)
                .body("detail", equalTo("This account has been disabled by an administrator."));
        Users.signIn(user.username(), "wrong password").then().statusCode(401);

        given().auth().oauth2(admin.token()).delete(url(user) + "/disabled").then().statusCode(204);
        Users.signIn(user.username(), user.password()).then().statusCode(200);
        given().auth().oauth2(Users.serviceToken()).get(url(user)).then().statusCode(200).body("disabled", equalTo(false));
    }

    @Test
    void onlyAdminsAndServicesMayDoIt() {
        Users.User user = Users.registered("notadmin");
        Users.User other = Users.registered("victim");
        given().put(url(other) + "/disabled").then().statusCode(401);
        given().auth().oauth2(user.token()).put(url(other) + "/disabled").then().statusCode(403);
        given().auth().oauth2(user.token()).get(url(other)).then().statusCode(403);
        Users.signIn(other.username(), other.password()).then().statusCode(200);
    }

    @Test
    void anAdminCannotDisableThemself_andUnknownAccountsAre404() {
        Users.User admin = Users.admin();
        given().auth().oauth2(admin.token()).put(Stack.authUrl() + "/accounts/" + admin.id() + "/disabled")
                .then().statusCode(409);
        given().auth().oauth2(admin.token()).put(Stack.authUrl() + "/accounts/no-such-id/disabled")
                .then().statusCode(404);
    }

    private static String url(Users.User user) {
        return Stack.authUrl() + "/accounts/" + user.id();
    }
}
