package org.photoshare.systemtests;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.MultiPartSpecification;
import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** The gateway under test: the one port a user needs (web pages and the public API under /api). */
public final class Gateway {

    private Gateway() {
    }

    /** The site's root, without a trailing slash: http://127.0.0.1:PORT. */
    public static String url() {
        return Stack.url("gateway");
    }

    public static String api() {
        return url() + "/api";
    }

    public static RequestSpecification as(Users.User user) {
        return given().auth().oauth2(user.token());
    }

    public static Response upload(Users.User user, String title, byte[] bytes, String fileName, String type) {
        return as(user).multiPart("file", fileName, bytes, type).multiPart(textPart("title", title))
                .post(api() + "/photos");
    }

    /** A form field of a multipart body, in UTF-8 (REST-assured's default would turn "é" into "?"). */
    public static MultiPartSpecification textPart(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build();
    }

    /** Uploads a small real JPEG; answers the new photo's id. */
    public static long uploaded(Users.User user, String title) {
        return upload(user, title, Images.jpeg(640, 480), "photo.jpg", "image/jpeg")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * The ids of a timeline under the API root {@code api}, page after page, until {@code wanted} is among
     * them or the timeline ends: a photo with one vote may be far down "hot" and "trending" when the
     * stack's database already holds the photos and votes of earlier tests.
     */
    public static List<Long> timelineUpTo(String api, String timeline, long wanted) {
        return timelineItemsUpTo(api, timeline, wanted).stream().map(item -> ((Number) item.get("id")).longValue()).toList();
    }

    /** As {@link #timelineUpTo}, the photo cards themselves. */
    public static List<Map<String, Object>> timelineItemsUpTo(String api, String timeline, long wanted) {
        List<Map<String, Object>> seen = new ArrayList<>();
        String cursor = null;
        boolean found = false;
        do {
            RequestSpecification request = given().queryParam("timeline", timeline).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(api + "/photos");
            page.then().statusCode(200);
            List<Map<String, Object>> items = page.path("items");
            seen.addAll(items);
            found = items.stream().anyMatch(item -> ((Number) item.get("id")).longValue() == wanted);
            cursor = page.path("nextCursor");
        } while (cursor != null && !found);
        return seen;
    }
}
