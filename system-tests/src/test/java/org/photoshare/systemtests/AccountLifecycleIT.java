package org.photoshare.systemtests;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The account saga across auth-war and profile-war, including profile-war being down. */
class AccountLifecycleIT {

    @Test
    void registrationWhileProfileWarIsDownLeavesNothingBehind() throws Exception {
        String username = Users.uniqueName("downtime");
        Stack.launcher("stop", "profile");
        try {
            Users.register(username, username + "@example.com", "a good password")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("detail", containsString("nothing was created"));
            assertThat(credentialRows(username)).isZero();
            Users.signIn(username, "a good password").then().statusCode(401);
        } finally {
            Stack.launcher("start", "profile");
        }
        Users.User user = Users.registered(username, username + "@example.com");
        given().auth().oauth2(user.token()).get(Stack.profileUrl() + "/users/me").then().statusCode(200);
        assertThat(credentialRows(username)).isOne();
        assertThat(profileRows(username)).isOne();
    }

    @Test
    void aDeletedAccountIsGoneEverywhereAndCannotSignIn() throws Exception {
        Users.User user = Users.registered("leaving");
        given().auth().oauth2(user.token()).delete(Stack.authUrl() + "/accounts/me").then().statusCode(204);

        Users.signIn(user.username(), user.password()).then().statusCode(401);
        given().get(Stack.profileUrl() + "/users/" + user.id()).then().statusCode(404);
        assertThat(credentialRows(user.username())).isZero();
        assertThat(profileRows(user.username())).isZero();
        // the name is free again
        Users.registered(user.username(), user.email());
    }

    @Test
    void deletingWithoutATokenIsUnauthorized() {
        given().delete(Stack.authUrl() + "/accounts/me").then().statusCode(401);
    }

    private static int credentialRows(String username) throws SQLException {
        return count("auth", "SELECT COUNT(*) FROM credential WHERE username = ?", username);
    }

    private static int profileRows(String username) throws SQLException {
        return count("profile", "SELECT COUNT(*) FROM profile WHERE username = ?", username);
    }

    private static int count(String service, String sql, String parameter) throws SQLException {
        String url = "jdbc:mariadb://127.0.0.1:" + Stack.databasePort() + "/photoshare_" + service;
        try (Connection connection = DriverManager.getConnection(url, service, Stack.secret("db-" + service));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
