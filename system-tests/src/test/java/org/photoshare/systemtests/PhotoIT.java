package org.photoshare.systemtests;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/** Upload, metadata, refusals and deletion on photo-war. */
class PhotoIT {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void anUploadAppearsFirstInTheNewestTimeline() {
        Users.User owner = Users.registered("uploader");
        String title = "  Sunset über the Ærø ferry ✓  ";

        Response created = Photos.upload(owner.token(), Photos.jpeg(640, 480, Color.ORANGE), "sunset.jpg",
                "image/jpeg", title);

        created.then().statusCode(201)
                .header("Location", endsWith("/photos/" + created.path("id")))
                .body("title", equalTo(title.strip()))
                .body("ownerId", equalTo(owner.id()))
                .body("width", equalTo(640))
                .body("height", equalTo(480));
        long id = created.jsonPath().getLong("id");
        given().get(Photos.url() + "/photos?limit=1").then().statusCode(200)
                .body("items[0].id", equalTo((int) id))
                .body("items[0].title", equalTo(title.strip()));
        given().get(Photos.url() + "/photos/" + id).then().statusCode(200)
                .body("createdAt", equalTo(created.path("createdAt")));
        given().get(Photos.url() + "/users/" + owner.id() + "/photos").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) id)));
    }

    @Test
    void theBatchReturnsKnownPhotosInTheOrderAsked() {
        Users.User owner = Users.registered("batch");
        long first = Photos.uploaded(owner, "first");
        long second = Photos.uploaded(owner, "second");

        given().get(Photos.url() + "/photos?ids=" + second + ",999999999," + first + "," + second)
                .then().statusCode(200)
                .body("id", equalTo(List.of((int) second, (int) first)));
        given().get(Photos.url() + "/photos?ids=1,abc").then().statusCode(400).contentType(PROBLEM);
        given().get(Photos.url() + "/photos/999999999").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void refusedUploadsAnswerTheirProblemAndStoreNothing() throws Exception {
        Users.User owner = Users.registered("refused");
        byte[] jpeg = Photos.jpeg(400, 300, Color.BLUE);
        long imagesBefore = PhotoData.imageRows();

        refused(Photos.upload(owner.token(), jpeg, "a.jpg", "image/jpeg", null), 400, "title");
        refused(Photos.upload(owner.token(), jpeg, "a.jpg", "image/jpeg", "   "), 400, "blank");
        refused(Photos.upload(owner.token(), jpeg, "a.jpg", "image/jpeg", "x".repeat(141)), 400, "140");
        refused(Photos.upload(owner.token(), null, null, null, "no file"), 400, "file");
        refused(Photos.upload(owner.token(), "just text, honestly".getBytes(StandardCharsets.UTF_8),
                "holiday.jpg", "image/jpeg", "text"), 415, "not a JPEG");
        refused(Photos.upload(owner.token(), Arrays.copyOf(jpeg, jpeg.length / 2), "cut.jpg", "image/jpeg",
                "truncated"), 422, "cannot be read");
        refused(Photos.upload(owner.token(), pngClaiming(30_000, 30_000), "bomb.png", "image/png", "bomb"),
                413, "30000 x 30000");
        byte[] oversize = Arrays.copyOf(jpeg, 15 * 1024 * 1024 + 1);
        refused(Photos.upload(owner.token(), oversize, "big.jpg", "image/jpeg", "too big"), 413, "larger than");
        Photos.upload(null, jpeg, "a.jpg", "image/jpeg", "anonymous").then().statusCode(401);

        assertThat(PhotoData.storedFor(owner.id())).isZero();
        assertThat(PhotoData.imageRows()).isEqualTo(imagesBefore);
    }

    @Test
    void onlyTheOwnerOrAnAdminMayDelete() throws Exception {
        Users.User owner = Users.registered("owner");
        Users.User stranger = Users.registered("stranger");
        long mine = Photos.uploaded(owner, "mine");
        long forTheAdmin = Photos.uploaded(owner, "for the admin");

        given().delete(Photos.url() + "/photos/" + mine).then().statusCode(401);
        given().auth().oauth2(stranger.token()).delete(Photos.url() + "/photos/" + mine)
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(owner.token()).delete(Photos.url() + "/photos/" + mine).then().statusCode(204);
        given().auth().oauth2(Users.admin().token()).delete(Photos.url() + "/photos/" + forTheAdmin)
                .then().statusCode(204);
        given().auth().oauth2(owner.token()).delete(Photos.url() + "/photos/" + mine).then().statusCode(404);
        assertThat(PhotoData.count("SELECT COUNT(*) FROM photo WHERE owner_id = ?", owner.id())).isZero();
        assertThat(PhotoData.count("SELECT COUNT(*) FROM photo_outbox WHERE owner_id = ? AND kind = 'PHOTO_ADDED'",
                owner.id())).as("announcements of deleted photos are dropped").isZero();
    }

    @Test
    void aDeletedPhotoIsGoneFromEveryListingAtOnce() throws Exception {
        Users.User owner = Users.registered("deleter");
        long kept = Photos.uploaded(owner, "kept");
        long deleted = Photos.uploaded(owner, "deleted");

        given().auth().oauth2(owner.token()).delete(Photos.url() + "/photos/" + deleted).then().statusCode(204);

        List<Integer> newest = given().get(Photos.url() + "/photos?limit=100").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Integer.class);
        assertThat(newest).contains((int) kept).doesNotContain((int) deleted);
        given().get(Photos.url() + "/photos?ids=" + deleted + "," + kept).then().body("id", equalTo(List.of((int) kept)));
        given().get(Photos.url() + "/users/" + owner.id() + "/photos").then().body("items.id", equalTo(List.of((int) kept)));
        given().get(Photos.url() + "/photos/" + deleted).then().statusCode(404);
        given().get(Photos.url() + "/photos/" + deleted + "/image?variant=thumb").then().statusCode(404);
        assertThat(PhotoData.count("SELECT COUNT(*) FROM photo_image WHERE photo_id = ?", deleted)).isZero();
    }

    @Test
    void accountDeletionRemovesAllTheUsersPhotos() throws Exception {
        Users.User leaving = Users.registered("leaving");
        Users.User staying = Users.registered("staying");
        long first = Photos.uploaded(leaving, "one");
        Photos.uploaded(leaving, "two");
        long other = Photos.uploaded(staying, "not theirs");
        String path = Photos.url() + "/internal/users/" + leaving.id();

        given().delete(path).then().statusCode(401);
        given().auth().oauth2(leaving.token()).delete(path).then().statusCode(403);
        given().auth().oauth2(Users.serviceToken()).delete(path).then().statusCode(204);
        given().auth().oauth2(Users.serviceToken()).delete(path).then().statusCode(204);

        given().get(Photos.url() + "/users/" + leaving.id() + "/photos").then().body("items", equalTo(List.of()));
        given().get(Photos.url() + "/photos/" + first).then().statusCode(404);
        given().get(Photos.url() + "/photos/" + other).then().statusCode(200);
        assertThat(PhotoData.count("SELECT COUNT(*) FROM photo WHERE owner_id = ?", leaving.id())).isZero();
        assertThat(PhotoData.count("SELECT COUNT(*) FROM photo_image WHERE photo_id = ?", first)).isZero();
    }

    @Test
    void pagingParametersAreChecked() {
        given().get(Photos.url() + "/photos?limit=0").then().statusCode(400).contentType(PROBLEM);
        given().get(Photos.url() + "/photos?limit=101").then().statusCode(400).contentType(PROBLEM);
        given().get(Photos.url() + "/photos?cursor=not-a-cursor").then().statusCode(400).contentType(PROBLEM);
        given().get(Photos.url() + "/photos?ids=1&limit=5").then().statusCode(400).contentType(PROBLEM);
    }

    private static void refused(Response response, int status, String detail) {
        response.then().statusCode(status).contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("detail", containsString(detail));
    }

    /** A valid PNG header claiming a huge image, followed by almost no data: a decompression bomb's shape. */
    static byte[] pngClaiming(int width, int height) {
        ByteBuffer png = ByteBuffer.allocate(8 + 25 + 17 + 12);
        png.put(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put(new byte[]{8, 2, 0, 0, 0}).array());
        chunk(png, "IDAT", new byte[]{0x78, (byte) 0x9C, 0x63, 0x00, 0x00});
        chunk(png, "IEND", new byte[0]);
        return png.array();
    }

    private static void chunk(ByteBuffer png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.putInt(data.length).put(name).put(data).putInt((int) crc.getValue());
    }
}
