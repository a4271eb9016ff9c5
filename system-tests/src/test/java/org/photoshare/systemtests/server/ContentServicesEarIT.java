package org.photoshare.systemtests.server;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.photoshare.systemtests.PhotoAnnouncer;
import org.photoshare.systemtests.Stack;
import org.photoshare.systemtests.Users;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** vote-war and comment-war inside the EAR: a photo announced to both gets a vote and a comment. */
class ContentServicesEarIT {

    @Test
    void aPhotoIsVotedOnAndCommentedInsideOneServer() {
        Users.User user = Users.registered("earfan");
        long photo = PhotoAnnouncer.newPhoto();

        given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(Map.of("value", 1))
                .put(Stack.url("vote") + "/photos/" + photo + "/vote")
                .then().statusCode(200).body("upvotes", equalTo(1));
        given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(Map.of("text", "<b>nice</b>"))
                .post(Stack.url("comment") + "/photos/" + photo + "/comments")
                .then().statusCode(201).body("text", equalTo("<b>nice</b>"));
        given().get(Stack.url("comment") + "/photos/comment-counts?ids=" + photo)
                .then().statusCode(200).body("[0].count", equalTo(1));
        given().get(Stack.url("vote") + "/timelines/trending?limit=1").then().statusCode(200);
    }
}
