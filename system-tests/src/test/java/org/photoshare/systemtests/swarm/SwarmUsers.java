package org.photoshare.systemtests.swarm;

import org.photoshare.systemtests.Images;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** A user's requests to the public API of one edge of the swarm (e.g. http://127.0.0.1:4999/api). */
final class SwarmUsers {

    static final String PASSWORD = "a good password";

    private SwarmUsers() {
    }

    /** Registers a new user named PREFIX_…; answers the name. */
    static String register(String api, String prefix) {
        String name = prefix + "_" + Long.toString(System.nanoTime(), 36);
        given().contentType("application/json")
                .body(Map.of("username", name, "email", name + "@example.com", "password", PASSWORD))
                .post(api + "/users").then().statusCode(201);
        return name;
    }

    static String signIn(String api, String name) {
        return given().contentType("application/json").body(Map.of("username", name, "password", PASSWORD))
                .post(api + "/auth/login").then().statusCode(200).extract().path("token");
    }

    /** Uploads a small JPEG; answers the new photo's id. */
    static long uploaded(String api, String token, String title) {
        return given().auth().oauth2(token)
                .multiPart("file", "photo.jpg", Images.jpeg(320, 240), "image/jpeg").multiPart("title", title)
                .post(api + "/photos").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
