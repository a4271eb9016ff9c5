package org.photoshare.systemtests;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Data ownership across photo-war, vote-war and comment-war: a photo's votes and comments go with
 * it, also when a service is down at that moment, and a deleted account takes everything it owns.
 */
class ContentCascadeIT {

    @Test
    void anUploadedPhotoCanBeVotedAndCommentedOnceAnnounced() throws Exception {
        Users.User owner = Users.registered("fresh");
        long photo = Photos.announced(Photos.uploaded(owner, "just uploaded"));
        vote(owner, photo, 1).then().statusCode(200).body("upvotes", equalTo(1));
        comment(owner, photo, "first!").then().statusCode(201);
    }

    @Test
    void deletingAPhotoRemovesItsVotesAndComments() throws Exception {
        Users.User owner = Users.registered("cascade");
        Users.User fan = Users.registered("fan");
        long photo = Photos.announced(Photos.uploaded(owner, "short-lived"));
        vote(fan, photo, 1).then().statusCode(200);
        comment(fan, photo, "nice one").then().statusCode(201);

        given().auth().oauth2(owner.token()).delete(Photos.url() + "/photos/" + photo).then().statusCode(204);

        await(Duration.ofSeconds(30), () -> votesOn(photo) == 0 && commentsOn(photo) == 0);
        vote(fan, photo, -1).then().statusCode(404);
        comment(fan, photo, "still there?").then().statusCode(404);
    }

    @Test
    void commentsOfAPhotoDeletedWhileCommentWarIsDownGoOnceItIsBack() throws Exception {
        Users.User owner = Users.registered("downdel");
        long photo = Photos.announced(Photos.uploaded(owner, "deleted during an outage"));
        vote(owner, photo, 1).then().statusCode(200);
        comment(owner, photo, "will outlive the photo for a while").then().statusCode(201);

        Stack.launcher("stop", "comment");
        try {
            given().auth().oauth2(owner.token()).delete(Photos.url() + "/photos/" + photo).then().statusCode(204);
            await(Duration.ofSeconds(30), () -> votesOn(photo) == 0);
            assertThat(commentsOn(photo)).as("comment-war is down; its rows wait").isEqualTo(1);
        } finally {
            Stack.launcher("start", "comment");
        }
        await(Duration.ofMinutes(3), () -> commentsOn(photo) == 0);
    }

    @Test
    void aDeletedAccountTakesItsPhotosVotesAndComments() throws Exception {
        Users.User leaving = Users.registered("leaver");
        Users.User staying = Users.registered("stayer");
        long ownPhoto = Photos.announced(Photos.uploaded(leaving, "mine"));
        long otherPhoto = Photos.announced(Photos.uploaded(staying, "theirs"));
        vote(staying, ownPhoto, 1).then().statusCode(200);
        comment(staying, ownPhoto, "on the leaver's photo").then().statusCode(201);
        vote(leaving, otherPhoto, -1).then().statusCode(200);
        comment(leaving, otherPhoto, "by the leaver").then().statusCode(201);

        given().auth().oauth2(leaving.token()).delete(Stack.authUrl() + "/accounts/me").then().statusCode(204);

        given().get(Photos.url() + "/photos/" + ownPhoto).then().statusCode(404);
        await(Duration.ofSeconds(30), () -> votesOn(ownPhoto) == 0 && commentsOn(ownPhoto) == 0);
        assertThat(PhotoAnnouncer.rows("vote", "SELECT COUNT(*) FROM vote WHERE user_id = ?", leaving.id())).isZero();
        assertThat(PhotoAnnouncer.rows("comment", "SELECT COUNT(*) FROM comment WHERE author_id = ?", leaving.id()))
                .isZero();
        given().get(Stack.url("vote") + "/photos/counts?ids=" + otherPhoto).then().statusCode(200)
                .body("[0].downvotes", equalTo(0));
        Users.signIn(leaving.username(), leaving.password()).then().statusCode(401);
    }

    private static io.restassured.response.Response vote(Users.User user, long photo, int value) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(Map.of("value", value))
                .put(Stack.url("vote") + "/photos/" + photo + "/vote");
    }

    private static io.restassured.response.Response comment(Users.User user, long photo, String text) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(Map.of("text", text))
                .post(Stack.url("comment") + "/photos/" + photo + "/comments");
    }

    private static long votesOn(long photo) throws Exception {
        return PhotoAnnouncer.rows("vote", "SELECT COUNT(*) FROM vote WHERE photo_id = ?", photo);
    }

    private static long commentsOn(long photo) throws Exception {
        return PhotoAnnouncer.rows("comment", "SELECT COUNT(*) FROM comment WHERE photo_id = ?", photo);
    }

    private static void await(Duration limit, Callable<Boolean> condition) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.call()) {
            assertThat(Instant.now()).as("condition still false after " + limit).isBefore(deadline);
            Thread.sleep(250);
        }
    }
}
