package org.photoshare.systemtests;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Photos, votes and comments through the public API, composed by the gateway from the services. */
@RequiresServices({"photo", "vote", "comment"})
class GatewayPhotosIT {

    @Test
    void anUploadedPhotoLeadsNewest_andTakesItsPlaceInHot() {
        Users.User user = Users.registered("uploader");
        Response created = Gateway.upload(user, "Harbour at dawn", Images.jpeg(1200, 800), "harbour.jpg", "image/jpeg");
        created.then().statusCode(201)
                .header("Location", endsWith("/api/photos/" + created.path("id")))
                .body("title", equalTo("Harbour at dawn"))
                .body("owner.id", equalTo(user.id()))
                .body("owner.username", equalTo(user.username()))
                .body("upvotes", equalTo(0)).body("commentCount", equalTo(0))
                .body("images.thumb", equalTo("/api/photos/" + created.path("id") + "/image?variant=thumb"));
        long id = created.jsonPath().getLong("id");

        JsonPath newest = given().get(Gateway.api() + "/photos?timeline=newest&limit=5").then().statusCode(200)
                .body("unavailable", org.hamcrest.Matchers.empty()).extract().jsonPath();
        assertThat(newest.getLong("items[0].id")).isEqualTo(id);
        assertThat(newest.getString("items[0].owner.username")).isEqualTo(user.username());
        assertThat(newest.getString("items[0].myVote")).as("anonymous: no vote").isNull();

        List<Map<String, Object>> hot = Gateway.timelineItemsUpTo(Gateway.api(), "hot", id);
        int place = indexOf(hot, id);
        assertThat(place).as("in today's hot list").isGreaterThanOrEqualTo(0);
        for (Map<String, Object> before : hot.subList(0, place)) {
            assertThat((Integer) before.get("upvotes")).as("only photos with more upvotes come first").isPositive();
        }
        given().get(Gateway.api() + "/photos?timeline=trending").then().statusCode(200);
    }

    @Test
    void imagesComeThroughWithTheirCachingHeaders() {
        long id = Gateway.uploaded(Users.registered("images"), "Cache me");
        Response thumb = given().get(Gateway.api() + "/photos/" + id + "/image?variant=thumb");
        thumb.then().statusCode(200).contentType("image/jpeg")
                .header("Cache-Control", containsString("max-age")).header("ETag", notNullValue());
        assertThat(thumb.asByteArray()).startsWith((byte) 0xFF, (byte) 0xD8);
        given().header("If-None-Match", thumb.header("ETag")).get(Gateway.api() + "/photos/" + id + "/image?variant=thumb")
                .then().statusCode(304);
        given().get(Gateway.api() + "/photos/" + id + "/image?variant=display").then().statusCode(200);
        given().get(Gateway.api() + "/photos/" + id + "/image?variant=huge").then().statusCode(400)
                .contentType("application/problem+json");
        given().get(Gateway.api() + "/photos/987654321/image?variant=thumb").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void refusedUploadsSayWhy_andStoreNothing() {
        Users.User user = Users.registered("refused");
        Gateway.upload(user, "Notes", Images.text(), "notes.txt", "text/plain").then().statusCode(415)
                .contentType("application/problem+json");
        Gateway.upload(user, "Fake", Images.text(), "fake.jpg", "image/jpeg").then().statusCode(415);
        Gateway.upload(user, "Broken", Images.corruptJpeg(), "broken.jpg", "image/jpeg").then().statusCode(422)
                .contentType("application/problem+json");
        Gateway.upload(user, "Huge", new byte[16 * 1024 * 1024], "huge.jpg", "image/jpeg").then().statusCode(413)
                .contentType("application/problem+json");
        Gateway.as(user).multiPart("file", "a.jpg", Images.jpeg(64, 64), "image/jpeg").post(Gateway.api() + "/photos")
                .then().statusCode(400);
        given().multiPart("file", "a.jpg", Images.jpeg(64, 64), "image/jpeg").multiPart("title", "Anonymous")
                .post(Gateway.api() + "/photos").then().statusCode(401).contentType("application/problem+json");
        given().get(Gateway.api() + "/users/" + user.id() + "/photos").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void aPhotoShowsWithItsComments_andOnlyItsOwnerOrAnAdminDeletesIt() {
        Users.User owner = Users.registered("owner");
        Users.User other = Users.registered("other");
        long id = Gateway.uploaded(owner, "Mine");
        given().get(Gateway.api() + "/photos/" + id).then().statusCode(200)
                .body("photo.id", equalTo((int) id)).body("photo.title", equalTo("Mine"))
                .body("comments.items.size()", equalTo(0)).body("comments.nextCursor", nullValue());
        given().get(Gateway.api() + "/photos/987654321").then().statusCode(404).contentType("application/problem+json");

        given().delete(Gateway.api() + "/photos/" + id).then().statusCode(401);
        Gateway.as(other).delete(Gateway.api() + "/photos/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        Gateway.as(owner).delete(Gateway.api() + "/photos/" + id).then().statusCode(204);
        given().get(Gateway.api() + "/photos/" + id).then().statusCode(404);
        Gateway.as(owner).delete(Gateway.api() + "/photos/" + id).then().statusCode(404);
        assertThat(ids(given().get(Gateway.api() + "/photos?timeline=newest&limit=100"))).doesNotContain(id);
        assertThat(ids(given().get(Gateway.api() + "/photos?timeline=hot&limit=100"))).doesNotContain(id);

        long theirs = Gateway.uploaded(other, "Moderated");
        Gateway.as(Users.admin()).delete(Gateway.api() + "/photos/" + theirs).then().statusCode(204);
    }

    @Test
    void aNewPhotoTakesVotesAndCommentsAsSoonAsItsUploadIsAnswered() {
        Users.User owner = Users.registered("eager");
        for (int round = 0; round < 10; round++) {
            long id = Gateway.uploaded(owner, "Eager " + round);
            vote(owner, id, 1).then().statusCode(200).body("upvotes", equalTo(1));
            comment(owner, id, "First!").then().statusCode(201);
        }
    }

    @Test
    void votesSetChangeAndWithdraw_andTheTimelinesFollow() {
        Users.User owner = Users.registered("voted");
        Users.User voter = Users.registered("voter");
        long id = Gateway.uploaded(owner, "Vote on me");
        vote(voter, id, 1).then().statusCode(200).body("upvotes", equalTo(1)).body("downvotes", equalTo(0))
                .body("myVote", equalTo(1));
        assertThat(Gateway.as(voter).get(Gateway.api() + "/photos?timeline=newest&limit=100").jsonPath()
                .getInt("items.find { it.id == " + id + " }.myVote")).isEqualTo(1);
        vote(voter, id, -1).then().statusCode(200).body("upvotes", equalTo(0)).body("downvotes", equalTo(1));
        vote(voter, id, 0).then().statusCode(200).body("upvotes", equalTo(0)).body("downvotes", equalTo(0))
                .body("myVote", equalTo(0));
        vote(voter, id, 2).then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("value", 1)).put(Gateway.api() + "/photos/" + id + "/vote")
                .then().statusCode(401);
        vote(voter, 987654321L, 1).then().statusCode(404);
        vote(owner, id, 1).then().statusCode(200);
        given().get(Gateway.api() + "/photos/" + id).then().body("photo.upvotes", equalTo(1));
    }

    @Test
    void commentsArePostedListedAndDeletedByTheirAuthorOrAnAdmin() {
        Users.User owner = Users.registered("commented");
        Users.User author = Users.registered("author");
        long id = Gateway.uploaded(owner, "Talk about me");
        Response first = comment(author, id, "First!");
        first.then().statusCode(201).body("author.username", equalTo(author.username())).body("text", equalTo("First!"));
        comment(owner, id, "<script>alert(1)</script>").then().statusCode(201);
        given().get(Gateway.api() + "/photos/" + id + "/comments").then().statusCode(200)
                .body("items[0].text", equalTo("<script>alert(1)</script>"))
                .body("items[1].text", equalTo("First!"))
                .body("items[1].author.username", equalTo(author.username()));
        given().get(Gateway.api() + "/photos/" + id).then().body("photo.commentCount", equalTo(2))
                .body("comments.items.size()", equalTo(2));

        comment(author, id, "   ").then().statusCode(400);
        comment(author, id, "x".repeat(1001)).then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("text", "hi")).post(Gateway.api() + "/photos/" + id + "/comments")
                .then().statusCode(401);
        comment(author, 987654321L, "Nobody here").then().statusCode(404);

        long commentId = first.jsonPath().getLong("id");
        Gateway.as(owner).delete(Gateway.api() + "/comments/" + commentId).then().statusCode(403)
                .contentType("application/problem+json");
        Gateway.as(author).delete(Gateway.api() + "/comments/" + commentId).then().statusCode(204);
        long ownersComment = given().get(Gateway.api() + "/photos/" + id + "/comments").jsonPath().getLong("items[0].id");
        Gateway.as(Users.admin()).delete(Gateway.api() + "/comments/" + ownersComment).then().statusCode(204);
        given().get(Gateway.api() + "/photos/" + id + "/comments").then().body("items.size()", equalTo(0));
    }

    @Test
    void pagingNeitherRepeatsNorSkips_evenWhileOthersUpload() {
        Users.User user = Users.registered("pager");
        List<Long> uploaded = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            uploaded.add(Gateway.uploaded(user, "Page " + i));
        }
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            Response page = page(Gateway.api() + "/users/" + user.id() + "/photos?limit=2", cursor);
            page.then().statusCode(200);
            seen.addAll(ids(page));
            cursor = page.path("nextCursor");
            Gateway.uploaded(Users.registered("interloper"), "Arrived meanwhile");
        } while (cursor != null);
        java.util.Collections.reverse(uploaded);
        assertThat(seen).containsExactlyElementsOf(uploaded);

        List<Long> newest = new ArrayList<>();
        cursor = null;
        for (int page = 0; page < 4; page++) {
            Response answer = page(Gateway.api() + "/photos?timeline=newest&limit=3", cursor);
            newest.addAll(ids(answer));
            cursor = answer.path("nextCursor");
            Gateway.uploaded(user, "During paging");
        }
        assertThat(newest).doesNotHaveDuplicates();
        given().get(Gateway.api() + "/photos?cursor=not-a-cursor").then().statusCode(400);
    }

    @Test
    void aUsersCommentsAndVotesAreListed() {
        Users.User user = Users.registered("lists");
        long id = Gateway.uploaded(Users.registered("lister"), "Listed");
        comment(user, id, "Nice one").then().statusCode(201);
        vote(user, id, -1).then().statusCode(200);
        given().get(Gateway.api() + "/users/" + user.id() + "/comments").then().statusCode(200)
                .body("items[0].comment.text", equalTo("Nice one")).body("items[0].photo.title", equalTo("Listed"));
        Gateway.as(user).get(Gateway.api() + "/users/" + user.id() + "/votes").then().statusCode(200)
                .body("items[0].value", equalTo(-1)).body("items[0].photo.id", equalTo((int) id));
        // who voted how is the voter's alone; the counts stay public
        given().get(Gateway.api() + "/users/" + user.id() + "/votes").then().statusCode(401)
                .contentType("application/problem+json");
        Gateway.as(Users.registered("nosy")).get(Gateway.api() + "/users/" + user.id() + "/votes").then()
                .statusCode(403).contentType("application/problem+json");
        given().get(Gateway.api() + "/photos/" + id).then().statusCode(200).body("photo.downvotes", equalTo(1));
        WebSession visitor = new WebSession();
        assertThat(visitor.get("/user?id=" + user.id() + "&tab=votes").asString())
                .doesNotContain("id=\"tab-votes\"").contains("id=\"tab-photos\"");
        WebSession self = new WebSession();
        self.signIn(user);
        assertThat(self.get("/user?id=" + user.id() + "&tab=votes").asString()).contains("id=\"tab-votes\"")
                .contains("Listed");
    }

    private static Response page(String url, String cursor) {
        return cursor == null ? given().get(url) : given().queryParam("cursor", cursor).get(url);
    }

    static Response vote(Users.User user, long photoId, int value) {
        return Gateway.as(user).contentType(ContentType.JSON).body(Map.of("value", value))
                .put(Gateway.api() + "/photos/" + photoId + "/vote");
    }

    static Response comment(Users.User user, long photoId, String text) {
        return Gateway.as(user).contentType(ContentType.JSON).body(Map.of("text", text))
                .post(Gateway.api() + "/photos/" + photoId + "/comments");
    }

    static List<Long> ids(Response page) {
        return page.jsonPath().getList("items.id", Long.class);
    }

    private static int indexOf(List<Map<String, Object>> items, long id) {
        for (int i = 0; i < items.size(); i++) {
            if (((Number) items.get(i).get("id")).longValue() == id) {
                return i;
            }
        }
        return -1;
    }
}
