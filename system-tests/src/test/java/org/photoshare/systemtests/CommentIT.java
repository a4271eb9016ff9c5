package org.photoshare.systemtests;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

class CommentIT {

    @Test
    void commentsAreAddedListedNewestFirstAndDeletedByTheirAuthor() {
        Users.User author = Users.registered("author");
        long photo = PhotoAnnouncer.newPhoto();
        List<Long> ids = new ArrayList<>();
        for (String text : List.of("first", "second", "third")) {
            ids.add(comment(author, photo, text).then().statusCode(201)
                    .header("Location", containsString("/comments/"))
                    .body("photoId", equalTo(photo)).body("authorId", equalTo(author.id()))
                    .body("text", equalTo(text)).body("createdAt", notNullValue())
                    .extract().jsonPath().getLong("id"));
        }

        assertThat(allPages("/photos/" + photo + "/comments")).containsExactly(ids.get(2), ids.get(1), ids.get(0));
        assertThat(allPages("/users/" + author.id() + "/comments")).containsExactly(ids.get(2), ids.get(1), ids.get(0));

        given().auth().oauth2(author.token()).delete(commentUrl() + "/comments/" + ids.get(1)).then().statusCode(204);
        assertThat(allPages("/photos/" + photo + "/comments")).containsExactly(ids.get(2), ids.get(0));
        given().get(commentUrl() + "/comments/" + ids.get(1)).then().statusCode(404);
        given().auth().oauth2(author.token()).delete(commentUrl() + "/comments/" + ids.get(1)).then().statusCode(404);
    }

    @Test
    void onlyTheAuthorOrAnAdminDeletesAComment() {
        Users.User author = Users.registered("writer");
        Users.User other = Users.registered("other");
        long photo = PhotoAnnouncer.newPhoto();
        long first = comment(author, photo, "mine").then().statusCode(201).extract().jsonPath().getLong("id");
        long second = comment(author, photo, "also mine").then().statusCode(201).extract().jsonPath().getLong("id");

        given().delete(commentUrl() + "/comments/" + first).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(other.token()).delete(commentUrl() + "/comments/" + first)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(PhotoAnnouncer.serviceToken()).delete(commentUrl() + "/comments/" + first)
                .then().statusCode(403);
        given().get(commentUrl() + "/comments/" + first).then().statusCode(200);

        given().auth().oauth2(Users.admin().token()).delete(commentUrl() + "/comments/" + first).then().statusCode(204);
        given().auth().oauth2(author.token()).delete(commentUrl() + "/comments/" + second).then().statusCode(204);
        given().get(commentUrl() + "/photos/" + photo + "/comments").then().body("items", hasSize(0));
    }

    @Test
    void commentingNeedsATokenAndAKnownPhoto() {
        Users.User author = Users.registered("nophoto");
        long photo = PhotoAnnouncer.newPhoto();
        given().contentType(ContentType.JSON).body(Map.of("text", "hi")).post(commentUrl() + "/photos/" + photo + "/comments")
                .then().statusCode(401).contentType("application/problem+json");
        comment(author, 999_999_999L, "hi").then().statusCode(404).contentType("application/problem+json");
        given().get(commentUrl() + "/photos/999999999/comments").then().statusCode(404);
        given().get(commentUrl() + "/comments/999999999").then().statusCode(404);
    }

    @Test
    void markupIsStoredAndReturnedExactlyAsGiven() {
        Users.User author = Users.registered("markup");
        long photo = PhotoAnnouncer.newPhoto();
        String script = "<script>alert(1)</script>";
        String mixed = "Tom & Jerry's \"quote\" <b>bold</b> ünïcødé 📷\n  second line";

        long id = comment(author, photo, script).then().statusCode(201).body("text", equalTo(script))
                .extract().jsonPath().getLong("id");
        comment(author, photo, "  \t" + mixed + " \n").then().statusCode(201).body("text", equalTo(mixed));

        given().get(commentUrl() + "/comments/" + id).then().body("text", equalTo(script));
        given().get(commentUrl() + "/photos/" + photo + "/comments").then()
                .body("items.text", containsInAnyOrder(script, mixed));
    }

    @Test
    void theTextMustHaveOneToAThousandCharactersAfterTrimming() {
        Users.User author = Users.registered("limits");
        long photo = PhotoAnnouncer.newPhoto();

        comment(author, photo, "x".repeat(1000)).then().statusCode(201);
        comment(author, photo, "  " + "x".repeat(1000) + "  ").then().statusCode(201);
        comment(author, photo, "📷".repeat(1000)).then().statusCode(201);
        for (String refused : List.of("", "x".repeat(1001), "   \t\n  ", "📷".repeat(1001))) {
            comment(author, photo, refused).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", containsInAnyOrder("text"));
        }
        given().auth().oauth2(author.token()).contentType(ContentType.JSON).body("{}")
                .post(commentUrl() + "/photos/" + photo + "/comments").then().statusCode(400);
        given().auth().oauth2(author.token()).contentType(ContentType.JSON).body("{\"text\":")
                .post(commentUrl() + "/photos/" + photo + "/comments").then().statusCode(400)
                .contentType("application/problem+json");
        assertThat(allPages("/photos/" + photo + "/comments")).hasSize(3);
    }

    @Test
    void internalEndpointsServeServicesOnly() {
        Users.User user = Users.registered("sneaky");
        String photo = commentUrl() + "/internal/photos/" + 434343;
        String body = "{\"ownerId\":\"" + user.id() + "\",\"createdAt\":\"2026-01-01T00:00:00Z\"}";
        given().contentType(ContentType.JSON).body(body).put(photo).then().statusCode(401);
        given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(body).put(photo).then().statusCode(403);
        given().delete(photo).then().statusCode(401);
        given().auth().oauth2(user.token()).delete(photo).then().statusCode(403);
        given().auth().oauth2(Users.admin().token()).delete(photo).then().statusCode(403);
        given().auth().oauth2(user.token()).delete(commentUrl() + "/internal/users/" + user.id()).then().statusCode(403);
        given().delete(commentUrl() + "/internal/users/" + user.id()).then().statusCode(401);
    }

    @Test
    void aDeletedPhotoLosesItsCommentsAndStaysDeleted() throws Exception {
        Users.User author = Users.registered("cleanup");
        long photo = PhotoAnnouncer.newPhoto();
        comment(author, photo, "soon gone").then().statusCode(201);
        comment(author, photo, "also gone").then().statusCode(201);

        PhotoAnnouncer.deletePhoto(photo);
        PhotoAnnouncer.deletePhoto(photo);

        assertThat(PhotoAnnouncer.rows("comment", "SELECT COUNT(*) FROM comment WHERE photo_id = ?", photo)).isZero();
        given().get(commentUrl() + "/photos/" + photo + "/comments").then().statusCode(404);
        given().get(commentUrl() + "/photos/comment-counts?ids=" + photo).then().body("", hasSize(0));
        comment(author, photo, "too late").then().statusCode(404);
        PhotoAnnouncer.announce("comment", photo, author.id(), java.time.Instant.now()).then().statusCode(204);
        comment(author, photo, "still too late").then().statusCode(404);
    }

    @Test
    void aDeletedUsersCommentsAreRemoved() throws Exception {
        Users.User leaving = Users.registered("leaver");
        Users.User staying = Users.registered("stayer");
        long photo = PhotoAnnouncer.newPhoto();
        comment(leaving, photo, "bye").then().statusCode(201);
        comment(leaving, photo, "bye again").then().statusCode(201);
        long kept = comment(staying, photo, "hello").then().statusCode(201).extract().jsonPath().getLong("id");

        PhotoAnnouncer.deleteUser(leaving.id());
        PhotoAnnouncer.deleteUser(leaving.id());

        assertThat(allPages("/photos/" + photo + "/comments")).containsExactly(kept);
        assertThat(allPages("/users/" + leaving.id() + "/comments")).isEmpty();
        assertThat(PhotoAnnouncer.rows("comment", "SELECT COUNT(*) FROM comment WHERE author_id = ?", leaving.id()))
                .isZero();
    }

    @Test
    void countsAndLatestCommentsComeForManyPhotosInOneCall() {
        Users.User author = Users.registered("many");
        List<Long> photos = LongStream.range(0, 20).mapToObj(i -> PhotoAnnouncer.newPhoto()).toList();
        Map<Long, List<Long>> newestFirst = new java.util.HashMap<>();
        for (int i = 0; i < 4; i++) {
            long photo = photos.get(i);
            for (int n = 0; n <= i; n++) {
                long id = comment(author, photo, "comment " + n).then().statusCode(201).extract().jsonPath().getLong("id");
                newestFirst.computeIfAbsent(photo, p -> new ArrayList<>()).add(0, id);
            }
        }
        String ids = photos.stream().map(String::valueOf).collect(Collectors.joining(",")) + ",999999999";

        Response counts = given().get(commentUrl() + "/photos/comment-counts?ids=" + ids);
        counts.then().statusCode(200).body("", hasSize(20));
        Map<Long, Long> countByPhoto = counts.jsonPath().getList("", Map.class).stream().collect(Collectors.toMap(
                c -> ((Number) c.get("photoId")).longValue(), c -> ((Number) c.get("count")).longValue()));
        assertThat(countByPhoto).containsEntry(photos.get(0), 1L).containsEntry(photos.get(3), 4L)
                .containsEntry(photos.get(19), 0L);

        Response latest = given().get(commentUrl() + "/photos/latest-comments?per=2&ids=" + ids);
        latest.then().statusCode(200).body("", hasSize(4));
        for (int i = 0; i < 4; i++) {
            long photo = photos.get(i);
            List<Long> expected = newestFirst.get(photo).subList(0, Math.min(2, i + 1));
            assertThat(latest.jsonPath().getList("find { it.photoId == " + photo + "L }.comments.id", Long.class))
                    .containsExactlyElementsOf(expected);
        }
        given().get(commentUrl() + "/photos/latest-comments?per=11&ids=1").then().statusCode(400);
        given().get(commentUrl() + "/photos/comment-counts?ids=x").then().statusCode(400);
    }

    @Test
    void commentsAreCountedInTheMetricsAndTheServiceIsReady() {
        given().get(Stack.rootOf("comment") + "/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().accept("text/plain").get(Stack.rootOf("comment") + "/metrics").then().statusCode(200)
                .body(containsString("photoshare_comments_added_total"));
        given().get(Stack.rootOf("comment") + "/openapi").then().statusCode(200)
                .body(containsString("title: Photoshare comment")).body(containsString("/photos/latest-comments:"));
    }

    static Response comment(Users.User author, long photo, String text) {
        return given().auth().oauth2(author.token()).contentType(ContentType.JSON).body(Map.of("text", text))
                .post(commentUrl() + "/photos/" + photo + "/comments");
    }

    /** Every comment id of a list, page by page (2 a page), checking that none comes twice. */
    private static List<Long> allPages(String path) {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        do {
            Response page = given().queryParam("limit", 2).queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .get(commentUrl() + path);
            page.then().statusCode(200);
            ids.addAll(page.jsonPath().getList("items.id", Long.class));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(ids).doesNotHaveDuplicates();
        return ids;
    }

    private static String commentUrl() {
        return Stack.url("comment");
    }
}
