package org.photoshare.systemtests;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** The image endpoint: variants, caching headers, conditional requests, and what the pipeline did. */
class PhotoImageIT {

    @Test
    void eachVariantHasItsSizeTypeAndImmutableCaching() throws Exception {
        Users.User owner = Users.registered("variants");
        long id = Photos.upload(owner.token(), Photos.jpeg(2000, 1500, Color.GREEN), "big.jpg", "image/jpeg", "big")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        assertVariant(id, "thumb", "image/jpeg", 320, 240);
        assertVariant(id, "display", "image/jpeg", 1280, 960);
        assertVariant(id, "original", "image/jpeg", 2000, 1500);
    }

    @Test
    void aMatchingEtagIsAnsweredNotModified() {
        Users.User owner = Users.registered("etag");
        long id = Photos.uploaded(owner, "cached");
        String url = Photos.url() + "/photos/" + id + "/image?variant=thumb";
        String etag = given().get(url).then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", etag).get(url).then().statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", "public, max-age=31536000, immutable");
        given().header("If-None-Match", "\"another\", " + etag).get(url).then().statusCode(304);
        given().header("If-None-Match", "\"another\"").get(url).then().statusCode(200);
    }

    @Test
    void aMalformedIfNoneMatchIsANonMatch_atPhotoWarAndAtTheGateway() {
        Users.User owner = Users.registered("badetag");
        long id = Photos.uploaded(owner, "odd validators");
        for (String url : new String[] {Photos.url() + "/photos/" + id + "/image?variant=thumb",
                Gateway.api() + "/photos/" + id + "/image?variant=thumb"}) {
            for (String odd : new String[] {"abc", "W/abc", "\"", ",", "W/"}) {
                given().header("If-None-Match", odd).get(url).then().statusCode(200).contentType("image/jpeg");
            }
            String etag = given().get(url).then().statusCode(200).extract().header("ETag");
            given().header("If-None-Match", "W/" + etag).get(url).then().statusCode(304);
            given().header("If-None-Match", "*").get(url).then().statusCode(304);
        }
    }

    @Test
    void unknownVariantsAndPhotosAreRefused() {
        Users.User owner = Users.registered("unknown");
        long id = Photos.uploaded(owner, "known");

        given().get(Photos.url() + "/photos/" + id + "/image?variant=huge").then().statusCode(400)
                .contentType("application/problem+json");
        given().get(Photos.url() + "/photos/" + id + "/image").then().statusCode(400);
        given().get(Photos.url() + "/photos/999999999/image?variant=thumb").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theStoredImageIsUprightAndCarriesNoExif() throws Exception {
        Users.User owner = Users.registered("exif");
        byte[] sideways = Photos.withExif(Photos.jpeg(600, 300, Color.RED), 6);
        assertThat(new String(sideways, StandardCharsets.ISO_8859_1)).contains("Exif");

        Response created = Photos.upload(owner.token(), sideways, "phone.jpg", "image/jpeg", "from a phone");

        created.then().statusCode(201).body("width", equalTo(300)).body("height", equalTo(600));
        long id = created.jsonPath().getLong("id");
        for (String variant : new String[]{"thumb", "display", "original"}) {
            byte[] bytes = given().get(Photos.url() + "/photos/" + id + "/image?variant=" + variant)
                    .then().statusCode(200).extract().asByteArray();
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).as(variant).doesNotContain("Exif");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(image.getHeight()).as(variant).isGreaterThan(image.getWidth());
        }
    }

    @Test
    void aTransparentPngStaysPng() throws Exception {
        Users.User owner = Users.registered("alpha");
        byte[] png = Photos.encode(Photos.filled(500, 400, new Color(0, 0, 255, 100), BufferedImage.TYPE_INT_ARGB), "png");
        long id = Photos.upload(owner.token(), png, "logo.png", "image/png", "translucent")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        BufferedImage thumb = assertVariant(id, "thumb", "image/png", 320, 256);
        assertThat(thumb.getRGB(10, 10) >>> 24).isBetween(90, 110);
    }

    private static BufferedImage assertVariant(long id, String variant, String type, int width, int height)
            throws Exception {
        byte[] bytes = given().get(Photos.url() + "/photos/" + id + "/image?variant=" + variant)
                .then().statusCode(200)
                .contentType(type)
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{43}\""))
                .extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(image.getWidth()).as(variant + " width").isEqualTo(width);
        assertThat(image.getHeight()).as(variant + " height").isEqualTo(height);
        return image;
    }
}
