package org.photoshare.systemtests;

import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * One service stopped at a time: pages and API answers leave out that service's part and say so, or
 * answer 503 when the page is made of it; never a 500 or a stack trace. Each service is started again
 * and the gateway is seen to recover (its circuit closes).
 */
@RequiresServices({"photo", "vote", "comment"})
class GatewayDegradationIT {

    private static Users.User user;
    private static long photoId;

    @BeforeAll
    static void aPhotoWithAComment() {
        user = Users.registered("degraded");
        photoId = Gateway.uploaded(user, "Still here");
        GatewayPhotosIT.comment(user, photoId, "Still talking").then().statusCode(201);
    }

    @Test
    void withoutCommentWarTimelinesLoseOnlyTheCommentCounts() {
        Stack.launcher("stop", "comment");
        try {
            given().get(Gateway.api() + "/photos?timeline=newest").then().statusCode(200)
                    .body("unavailable", hasItem("commentCounts"))
                    .body("items[0].commentCount", nullValue())
                    .body("items[0].title", not(nullValue()));
            given().get(Gateway.api() + "/photos/" + photoId).then().statusCode(200)
                    .body("comments", nullValue()).body("unavailable", hasItem("comments"))
                    .body("photo.title", containsString("Still here"));
            page("/").then().statusCode(200).body(containsString("Comment counts are unavailable right now."));
            page("/photo?id=" + photoId).then().statusCode(200)
                    .body(containsString("Comments are unavailable right now.")).body(containsString("Still here"));
            GatewayPhotosIT.comment(user, photoId, "Into the void").then().statusCode(503)
                    .contentType("application/problem+json");
            given().get(Gateway.api() + "/photos/" + photoId + "/comments").then().statusCode(503);
        } finally {
            Stack.launcher("start", "comment");
        }
        eventually(() -> Gateway.as(user).get(Gateway.api() + "/photos/" + photoId).path("comments") != null);
    }

    @Test
    void withoutVoteWarNewestLosesTheCounts_andHotIsUnavailable() {
        Stack.launcher("stop", "vote");
        try {
            given().get(Gateway.api() + "/photos?timeline=newest").then().statusCode(200)
                    .body("unavailable", hasItem("counts")).body("items[0].upvotes", nullValue());
            given().get(Gateway.api() + "/photos?timeline=hot").then().statusCode(503)
                    .contentType("application/problem+json").body("detail", containsString("unavailable"));
            page("/?tab=hot").then().statusCode(503).body(containsString("Votes are unavailable right now"));
            page("/").then().statusCode(200).body(containsString("Vote counts are unavailable right now."));
            GatewayPhotosIT.vote(user, photoId, 1).then().statusCode(503);
        } finally {
            Stack.launcher("start", "vote");
        }
        eventually(() -> Gateway.as(user).get(Gateway.api() + "/photos?timeline=hot").statusCode() == 200);
    }

    @Test
    void withoutProfileWarNamesAreMissing_notThePhotos() {
        Stack.launcher("stop", "profile");
        try {
            given().get(Gateway.api() + "/photos?timeline=newest").then().statusCode(200)
                    .body("unavailable", hasItem("profiles")).body("items[0].owner.username", nullValue());
            page("/").then().statusCode(200).body(containsString("Names of people are unavailable right now."));
        } finally {
            Stack.launcher("start", "profile");
        }
        eventually(() -> Gateway.as(user).get(Gateway.api() + "/photos?timeline=newest").path("items[0].owner.username") != null);
    }

    @Test
    void withoutPhotoWarTheTimelineIsUnavailable_politely() {
        Stack.launcher("stop", "photo");
        try {
            given().get(Gateway.api() + "/photos?timeline=newest").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "5");
            given().get(Gateway.api() + "/photos/" + photoId + "/image?variant=thumb").then().statusCode(503);
            page("/").then().statusCode(503).body(containsString("Photos are unavailable right now"))
                    .body(not(containsString("Exception")));
            page("/photo?id=" + photoId).then().statusCode(503).body(containsString("cannot be shown right now"));
        } finally {
            Stack.launcher("start", "photo");
        }
        eventually(() -> Gateway.as(user).get(Gateway.api() + "/photos?timeline=newest").statusCode() == 200);
    }

    private static Response page(String path) {
        Response response = given().get(Gateway.url() + path);
        assertThat(response.asString()).doesNotContain("Exception").doesNotContain("at org.");
        return response;
    }

    /**
     * The gateway recovers once the service is back and its circuit has closed again; asked as a
     * signed-in user, whose answers the edge never keeps, so that each try reaches the services.
     */
    private static void eventually(BooleanSupplier recovered) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!recovered.getAsBoolean()) {
            assertThat(Instant.now()).as("the gateway recovers within a minute").isBefore(deadline);
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
