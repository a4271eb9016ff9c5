package org.photoshare.systemtests;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * photo-war's outbox: an upload is answered once vote-war and comment-war know the new photo and,
 * while they cannot be reached, the messages about new and deleted photos wait in photo-war's
 * schema, and their delivery is attempted and retried. When the stack runs vote-war and comment-war, they are stopped for the test and the messages must be
 * delivered once they are back.
 */
class PhotoOutboxIT {

    @Test
    void anUploadIsAnsweredOnceVoteWarAndCommentWarKnowThePhoto() {
        Users.User owner = Users.registered("announced");
        for (int round = 0; round < 10; round++) {
            long id = Photos.uploaded(owner, "Known at once " + round);
            assertThat(Photos.known(id)).as("photo %d known to vote-war and comment-war when the upload is answered", id)
                    .isTrue();
        }
    }

    @Test
    void messagesWaitAndAreRetriedWhileTheirTargetsAreAway() throws Exception {
        boolean targetsInStack = isUp("vote") && isUp("comment");
        if (targetsInStack) {
            Stack.launcher("stop", "vote");
            Stack.launcher("stop", "comment");
        }
        long kept;
        long deleted;
        try {
            Users.User owner = Users.registered("outbox");
            kept = Photos.uploaded(owner, "announced later");
            deleted = Photos.uploaded(owner, "removed later");
            given().auth().oauth2(owner.token()).delete(Photos.url() + "/photos/" + deleted).then().statusCode(204);

            await(Duration.ofSeconds(15), () -> attempted(kept) && attempted(deleted));
            assertThat(PhotoData.outboxOf(kept)).extracting(row -> row.get("target") + " " + row.get("kind"))
                    .containsExactlyInAnyOrder("VOTE PHOTO_ADDED", "COMMENT PHOTO_ADDED");
            assertThat(PhotoData.outboxOf(deleted)).extracting(row -> row.get("target") + " " + row.get("kind"))
                    .as("the removal replaces the announcement never delivered")
                    .containsExactlyInAnyOrder("VOTE PHOTO_REMOVED", "COMMENT PHOTO_REMOVED");
            given().accept("text/plain").get(Stack.rootOf("photo") + "/metrics").then()
                    .body(containsString("photoshare_photo_outbox_pending"))
                    .body(containsString("photoshare_photo_outbox_deliveries_total"));
        } finally {
            if (targetsInStack) {
                Stack.launcher("start", "vote");
                Stack.launcher("start", "comment");
            }
        }
        if (targetsInStack) {
            await(Duration.ofMinutes(2), () -> PhotoData.outboxOf(kept).isEmpty() && PhotoData.outboxOf(deleted).isEmpty());
        }
    }

    /** Every message about the photo was attempted and its failure recorded. */
    private static boolean attempted(long photoId) throws Exception {
        List<Map<String, Object>> messages = PhotoData.outboxOf(photoId);
        return messages.size() == 2 && messages.stream().allMatch(m ->
                ((Number) m.get("attempts")).intValue() >= 1 && m.get("last_error") != null);
    }

    private static boolean isUp(String service) {
        try {
            return given().get(Stack.rootOf(service) + "/health/ready").statusCode() == 200;
        } catch (Exception unreachable) { // RestAssured rethrows ConnectException undeclared
            return false;
        }
    }

    private static void await(Duration limit, Callable<Boolean> condition) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.call()) {
            assertThat(Instant.now()).as("condition still false after " + limit).isBefore(deadline);
            Thread.sleep(250);
        }
    }
}
