package org.photoshare.systemtests;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;

/**
 * Plays photo-war for the tests of vote-war and comment-war: announces new and deleted photos
 * through their internal endpoints with a service token.
 */
public final class PhotoAnnouncer {

    public static final String[] CONTENT_SERVICES = {"vote", "comment"};

    /** Far above photo-war's own ids, and different in every run against the same stack. */
    private static final AtomicLong NEXT_ID = new AtomicLong(System.currentTimeMillis() * 1000);

    private static String serviceToken;
    private static Instant serviceTokenFetchedAt = Instant.MIN;

    private PhotoAnnouncer() {
    }

    public static synchronized String serviceToken() {
        if (serviceTokenFetchedAt.isBefore(Instant.now().minusSeconds(300))) {
            serviceToken = Users.serviceToken();
            serviceTokenFetchedAt = Instant.now();
        }
        return serviceToken;
    }

    public static long newPhoto(String ownerId, Instant createdAt) {
        long id = NEXT_ID.incrementAndGet();
        for (String service : CONTENT_SERVICES) {
            announce(service, id, ownerId, createdAt).then().statusCode(201);
        }
        return id;
    }

    public static long newPhoto() {
        return newPhoto("00000000-0000-0000-0000-00000000cafe", Instant.now());
    }

    public static Response announce(String service, long id, String ownerId, Instant createdAt) {
        return given().auth().oauth2(serviceToken()).contentType(ContentType.JSON)
                .body(Map.of("ownerId", ownerId, "createdAt", createdAt.toString()))
                .put(Stack.url(service) + "/internal/photos/" + id);
    }

    public static void deletePhoto(long id) {
        for (String service : CONTENT_SERVICES) {
            given().auth().oauth2(serviceToken()).delete(Stack.url(service) + "/internal/photos/" + id)
                    .then().statusCode(204);
        }
    }

    public static void deleteUser(String userId) {
        for (String service : CONTENT_SERVICES) {
            given().auth().oauth2(serviceToken()).delete(Stack.url(service) + "/internal/users/" + userId)
                    .then().statusCode(204);
        }
    }

    /** Counts rows straight in a service's schema, to see what an API would not show. */
    public static long rows(String service, String sql, Object parameter) throws SQLException {
        String url = "jdbc:mariadb://127.0.0.1:" + Stack.databasePort() + "/photoshare_" + service;
        try (Connection connection = DriverManager.getConnection(url, service, Stack.secret("db-" + service));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
