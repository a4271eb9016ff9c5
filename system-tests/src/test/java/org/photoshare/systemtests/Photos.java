package org.photoshare.systemtests;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Uploads to photo-war, with images generated on the spot. */
final class Photos {

    private Photos() {
    }

    static String url() {
        return Stack.url("photo");
    }

    /** A multipart upload as a browser sends it; {@code token} null for an anonymous one. */
    static Response upload(String token, byte[] file, String fileName, String declaredType, String title) {
        RequestSpecification request = given();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (file != null) {
            request = request.multiPart("file", fileName, file, declaredType);
        }
        if (title != null) {
            request = request.multiPart(new MultiPartSpecBuilder(title).controlName("title")
                    .mimeType("text/plain").charset(StandardCharsets.UTF_8).build());
        }
        return request.post(url() + "/photos");
    }

    /** Uploads a small generated JPEG; returns the new photo's id. */
    static long uploaded(Users.User owner, String title) {
        return upload(owner.token(), jpeg(64, 48, Color.ORANGE), "photo.jpg", "image/jpeg", title)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * Waits until vote-war and comment-war know the photo, and returns it: photo-war announces a new
     * photo to them through its outbox before it answers the upload, but answers anyway after a
     * bounded wait when one of them is slow; until they know it they answer 404 for it.
     */
    static long announced(long photo) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> known(photo));
        return photo;
    }

    /** Whether vote-war and comment-war both know the photo now. */
    static boolean known(long photo) {
        return given().get(Stack.url("vote") + "/photos/counts?ids=" + photo).jsonPath().getList("").size() == 1
                && given().get(Stack.url("comment") + "/photos/comment-counts?ids=" + photo).jsonPath()
                        .getList("").size() == 1;
    }

    static byte[] jpeg(int width, int height, Color colour) {
        return encode(filled(width, height, colour, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    static BufferedImage filled(int width, int height, Color colour, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JPEG with an EXIF block: this orientation and a GPS position. */
    static byte[] withExif(byte[] jpeg, int orientation) throws Exception {
        TiffOutputSet exif = new TiffOutputSet();
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
        exif.setGpsInDegrees(-0.1276, 51.5072);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
        return out.toByteArray();
    }
}
