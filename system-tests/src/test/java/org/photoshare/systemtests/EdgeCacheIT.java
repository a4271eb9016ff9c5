package org.photoshare.systemtests;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The edge's caches (gateway-war/README.md) are exactly as correct as no cache: what is shared is
 * the same for everyone, a write through the gateway shows on the very next page, for the writer and
 * for everyone else, and a photo deleted behind the gateway's back leaves every page and image within
 * the stated 2 s; votes and comments made there show on a kept photo page within the same bound.
 */
@RequiresServices({"photo", "vote", "comment"})
class EdgeCacheIT {

    private static final Duration DELETION_BOUND = Duration.ofSeconds(2);

    @Test
    void aWriteThroughTheGatewayShowsOnTheNextPage_forTheWriterAndForVisitors() {
        Users.User voter = Users.registered("edgevoter");
        long photo = Gateway.uploaded(voter, "Shared but fresh");
        assertThat(newestIds()).as("a new upload is on the next anonymous page").contains(photo);
        assertThat(card(given(), photo)).containsEntry("upvotes", 0);

        GatewayPhotosIT.vote(voter, photo, 1).then().statusCode(200);
        assertThat(card(given(), photo)).containsEntry("upvotes", 1);
        assertThat(card(Gateway.as(voter), photo)).containsEntry("upvotes", 1).containsEntry("myVote", 1);

        GatewayPhotosIT.vote(voter, photo, -1).then().statusCode(200);
        assertThat(card(given(), photo)).containsEntry("upvotes", 0).containsEntry("downvotes", 1);
        assertThat(card(Gateway.as(voter), photo)).containsEntry("myVote", -1);
        given().get(Gateway.api() + "/photos/" + photo).then().statusCode(200).body("photo.downvotes", equalTo(1));

        GatewayPhotosIT.comment(voter, photo, "first!").then().statusCode(201);
        given().get(Gateway.api() + "/photos/" + photo).then().statusCode(200)
                .body("comments.items[0].text", equalTo("first!"));
        assertThat(given().get(Gateway.url() + "/photo?id=" + photo).asString()).contains("first!");
    }

    @Test
    void anAnswerMadeForAVisitorIsNeverGivenToASignedInUser() {
        Users.User voter = Users.registered("edgemine");
        long photo = Gateway.uploaded(voter, "Mine to vote");
        GatewayPhotosIT.vote(voter, photo, 1).then().statusCode(200);
        assertThat(card(given(), photo)).doesNotContainKey("myVote");
        assertThat(card(Gateway.as(voter), photo)).containsEntry("myVote", 1);
        String page = given().cookie("ps_session", voter.token()).get(Gateway.url() + "/").asString();
        assertThat(page).contains("id=\"nav-me\"");
        assertThat(given().get(Gateway.url() + "/").asString()).doesNotContain("id=\"nav-me\"");
    }

    @Test
    void aPhotoDeletedBehindTheGatewaysBackLeavesEveryPageAndImageWithinTwoSeconds() {
        Users.User owner = Users.registered("edgegone");
        long photo = Gateway.uploaded(owner, "Soon gone");
        String[] shown = {"/api/photos/" + photo, "/api/photos/" + photo + "/image?variant=thumb",
                "/api/photos/" + photo + "/image?variant=display", "/photo?id=" + photo};
        for (String path : shown) {
            given().get(Gateway.url() + path).then().statusCode(200);
            given().get(Gateway.url() + path).then().statusCode(200);
        }
        assertThat(newestIds()).contains(photo);

        given().auth().oauth2(owner.token()).delete(Photos.url() + "/photos/" + photo).then().statusCode(204);

        await().atMost(DELETION_BOUND).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            for (String path : shown) {
                given().get(Gateway.url() + path).then().statusCode(404);
            }
            assertThat(newestIds()).doesNotContain(photo);
        });
    }

    @Test
    void votesAndCommentsMadeBehindTheGatewaysBackShowOnTheKeptPhotoPageWithinTwoSeconds() {
        Users.User owner = Users.registered("edgewatch");
        long photo = Gateway.uploaded(owner, "Watched");
        String api = Gateway.api() + "/photos/" + photo;
        String page = Gateway.url() + "/photo?id=" + photo;
        for (int kept = 0; kept < 2; kept++) {
            given().get(api).then().statusCode(200).body("photo.upvotes", equalTo(0));
            assertThat(given().get(page).asString()).contains("Sign in to vote up").doesNotContain("behind its back");
        }

        VoteIT.vote(owner, photo, 1).then().statusCode(200);
        CommentIT.comment(owner, photo, "said behind its back").then().statusCode(201);

        await().atMost(DELETION_BOUND).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            given().get(api).then().statusCode(200).body("photo.upvotes", equalTo(1))
                    .body("photo.commentCount", equalTo(1)).body("comments.items[0].text", equalTo("said behind its back"));
            assertThat(given().get(page).asString()).contains("said behind its back").contains("▲ 1");
        });
    }

    private static List<Long> newestIds() {
        return given().get(Gateway.api() + "/photos?timeline=newest&limit=50").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
    }

    private static Map<String, Object> card(RequestSpecification as, long photo) {
        List<Map<String, Object>> items = as.get(Gateway.api() + "/photos?timeline=newest&limit=50").then()
                .statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(item -> ((Number) item.get("id")).longValue() == photo).findFirst()
                .orElseThrow(() -> new AssertionError("photo " + photo + " is not on the newest timeline"));
    }
}
