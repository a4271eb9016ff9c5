package org.photoshare.systemtests;

import org.junit.jupiter.api.Test;

import java.awt.Color;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Health, OpenAPI and the upload metrics of photo-war. */
class PhotoOperationsIT {

    @Test
    void readinessIncludesTheDatabase() {
        given().get(Stack.rootOf("photo") + "/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"));
        given().get(Stack.rootOf("photo") + "/health/live").then().statusCode(200);
    }

    @Test
    void openApiDescribesTheService() {
        given().get(Stack.rootOf("photo") + "/openapi").then().statusCode(200)
                .body(containsString("title: Photoshare photo"))
                .body(containsString("/photos/{id}/image:"))
                .body(containsString("/users/{userId}/photos:"));
    }

    @Test
    void uploadsAndRefusalsAreCounted() {
        Users.User user = Users.registered("counted");
        Photos.uploaded(user, "counted");
        Photos.upload(user.token(), Photos.jpeg(10, 10, Color.RED), "x.jpg", "image/jpeg", " ").then().statusCode(400);

        given().accept("text/plain").get(Stack.rootOf("photo") + "/metrics").then().statusCode(200)
                .body(containsString("photoshare_photo_uploads_total"))
                .body(containsString("photoshare_photo_uploads_refused_total{mp_scope=\"application\",status=\"400\"}"));
    }
}
