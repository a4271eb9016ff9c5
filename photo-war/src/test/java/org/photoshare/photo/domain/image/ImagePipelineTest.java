package org.photoshare.photo.domain.image;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import org.junit.jupiter.api.Test;
import org.photoshare.platform.problem.ProblemException;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ImagePipelineTest {

    private static final Color RED = new Color(230, 20, 20);
    private static final Color BLUE = new Color(20, 20, 230);

    private final ImagePipeline pipeline = new ImagePipeline(
            new ImageRules(2_000_000, 4_000_000, 10_000_000, 320, 1280),
            new MemoryBudget(256L << 20, Duration.ofSeconds(1)));

    @Test
    void exifOrientationSixTurnsThePixelsAQuarterClockwise() throws Exception {
        byte[] upload = TestImages.withExifAndXmp(
                TestImages.jpeg(TestImages.halves(60, 30, RED, BLUE, BufferedImage.TYPE_INT_RGB)), 6);

        ProcessedImage processed = pipeline.process(upload);

        assertThat(processed.width()).isEqualTo(30);
        assertThat(processed.height()).isEqualTo(60);
        BufferedImage original = decode(processed.variants().get(Variant.ORIGINAL));
        assertThat(original.getWidth()).isEqualTo(30);
        assertThat(original.getHeight()).isEqualTo(60);
        // stored left half (red) is the visual top once turned clockwise
        assertThat(dominant(original.getRGB(15, 10))).isEqualTo("red");
        assertThat(dominant(original.getRGB(15, 50))).isEqualTo("blue");
    }

    @Test
    void everyOrientationComesOutUpright() throws Exception {
        BufferedImage stored = TestImages.halves(60, 30, RED, BLUE, BufferedImage.TYPE_INT_RGB);
        // where the red (stored left) half is visually, per EXIF orientation
        String[] redSide = {null, "left", "right", "right", "left", "top", "top", "bottom", "bottom"};
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage upright = decode(pipeline.process(
                    TestImages.withExifAndXmp(TestImages.jpeg(stored), orientation)).variants().get(Variant.ORIGINAL));
            int w = upright.getWidth();
            int h = upright.getHeight();
            int probe = switch (redSide[orientation]) {
                case "left" -> upright.getRGB(w / 6, h / 2);
                case "right" -> upright.getRGB(w - 1 - w / 6, h / 2);
                case "top" -> upright.getRGB(w / 2, h / 6);
                default -> upright.getRGB(w / 2, h - 1 - h / 6);
            };
            assertThat(dominant(probe)).as("orientation %d", orientation).isEqualTo("red");
            assertThat(w > h).as("orientation %d keeps landscape", orientation).isEqualTo(orientation <= 4);
        }
    }

    @Test
    void noExifGpsOrXmpSurvivesInAnyVariant() throws Exception {
        byte[] upload = TestImages.withExifAndXmp(
                TestImages.jpeg(TestImages.halves(2000, 1000, RED, BLUE, BufferedImage.TYPE_INT_RGB)), 1);
        assertThat(hasDirectory(upload, GpsDirectory.class)).as("the test upload carries GPS").isTrue();

        for (EncodedImage variant : pipeline.process(upload).variants().values()) {
            assertThat(hasDirectory(variant.bytes(), ExifIFD0Directory.class)).isFalse();
            assertThat(hasDirectory(variant.bytes(), GpsDirectory.class)).isFalse();
            assertThat(hasDirectory(variant.bytes(), XmpDirectory.class)).isFalse();
            String raw = new String(variant.bytes(), StandardCharsets.ISO_8859_1);
            assertThat(raw).doesNotContain("Exif\0\0").doesNotContain("secret-author").doesNotContain("adobe:ns:meta");
        }
    }

    @Test
    void variantsFitTheirLongSideAndAreNeverEnlarged() throws Exception {
        ProcessedImage big = pipeline.process(
                TestImages.jpeg(TestImages.halves(2000, 1000, RED, BLUE, BufferedImage.TYPE_INT_RGB)));
        assertSize(big.variants().get(Variant.ORIGINAL), 2000, 1000);
        assertSize(big.variants().get(Variant.DISPLAY), 1280, 640);
        assertSize(big.variants().get(Variant.THUMB), 320, 160);
        assertThat(big.variants().values()).allSatisfy(v -> assertThat(v.format()).isEqualTo(ImageFormat.JPEG));

        ProcessedImage small = pipeline.process(
                TestImages.jpeg(TestImages.halves(200, 100, RED, BLUE, BufferedImage.TYPE_INT_RGB)));
        assertThat(small.variants().values()).allSatisfy(v -> assertThat(v.width()).isEqualTo(200));
    }

    @Test
    void pngTransparencyIsKeptAsPngInEveryVariant() throws Exception {
        BufferedImage translucent = TestImages.halves(800, 400, new Color(0, 0, 0, 0), new Color(0, 200, 0, 255),
                BufferedImage.TYPE_INT_ARGB);

        ProcessedImage processed = pipeline.process(TestImages.png(translucent));

        assertThat(processed.variants().values()).allSatisfy(v -> assertThat(v.format()).isEqualTo(ImageFormat.PNG));
        BufferedImage thumb = decode(processed.variants().get(Variant.THUMB));
        assertThat(thumb.getWidth()).isEqualTo(320);
        assertThat(thumb.getRGB(10, 10) >>> 24).isZero();
        assertThat(thumb.getRGB(310, 10) >>> 24).isEqualTo(255);
    }

    @Test
    void anOpaquePngKeepsALosslessOriginalAndGetsJpegPreviews() throws Exception {
        ProcessedImage processed = pipeline.process(
                TestImages.png(TestImages.halves(800, 400, RED, BLUE, BufferedImage.TYPE_INT_ARGB)));

        assertThat(processed.variants().get(Variant.ORIGINAL).format()).isEqualTo(ImageFormat.PNG);
        assertThat(processed.variants().get(Variant.DISPLAY).format()).isEqualTo(ImageFormat.JPEG);
        assertThat(processed.variants().get(Variant.THUMB).format()).isEqualTo(ImageFormat.JPEG);
        assertThat(decode(processed.variants().get(Variant.ORIGINAL)).getRGB(10, 10)).isEqualTo(RED.getRGB());
    }

    @Test
    void anAnimatedGifBecomesItsFirstFrameAsAStillPng() throws Exception {
        byte[] gif = TestImages.animatedGif(64, 32, RED, BLUE, BLUE);

        ProcessedImage processed = pipeline.process(gif);

        assertThat(processed.sourceFormat()).isEqualTo(ImageFormat.GIF);
        EncodedImage original = processed.variants().get(Variant.ORIGINAL);
        assertThat(original.format()).isEqualTo(ImageFormat.PNG);
        assertThat(dominant(decode(original).getRGB(32, 16))).isEqualTo("red");
        assertThat(ImageIO.createImageInputStream(new ByteArrayInputStream(original.bytes()))).isNotNull();
    }

    @Test
    void webpIsReadAndStoredAsJpegOrAsPngWhenTranslucent() throws Exception {
        ProcessedImage lossy = pipeline.process(TestImages.WEBP_LOSSY);
        assertThat(lossy.sourceFormat()).isEqualTo(ImageFormat.WEBP);
        assertThat(lossy.variants().get(Variant.ORIGINAL).format()).isEqualTo(ImageFormat.JPEG);
        assertThat(dominant(decode(lossy.variants().get(Variant.ORIGINAL)).getRGB(2, 4))).isEqualTo("red");

        ProcessedImage translucent = pipeline.process(TestImages.WEBP_LOSSLESS_ALPHA);
        BufferedImage original = decode(translucent.variants().get(Variant.ORIGINAL));
        assertThat(translucent.variants().get(Variant.ORIGINAL).format()).isEqualTo(ImageFormat.PNG);
        assertThat(original.getRGB(2, 4) >>> 24).isEqualTo(255);
        assertThat(original.getRGB(12, 4) >>> 24).isBetween(100, 150);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderWithoutDecoding() {
        byte[] bomb = TestImages.pngHeaderClaiming(30_000, 30_000);
        // a tiny budget: reserving memory for 900 megapixels, or decoding them, would show
        ImagePipeline strict = new ImagePipeline(pipeline.rules(), new MemoryBudget(1 << 20, Duration.ZERO));

        assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThatThrownBy(() -> strict.process(bomb))
                        .isInstanceOfSatisfying(ProblemException.class, p -> {
                            assertThat(p.status()).isEqualTo(413);
                            assertThat(p.detail()).contains("30000 x 30000");
                        }));
    }

    @Test
    void textNamedLikeAJpegIsNotAnImage() {
        assertStatus("this is a text file, whatever its name says".getBytes(StandardCharsets.UTF_8), 415);
        assertStatus(new byte[0], 415);
    }

    @Test
    void aTruncatedJpegIsUnreadable() throws Exception {
        byte[] jpeg = TestImages.jpeg(noise(400, 300));
        assertStatus(Arrays.copyOf(jpeg, jpeg.length / 2), 422);
        assertStatus(Arrays.copyOf(jpeg, 40), 422);
    }

    @Test
    void damagedPngAndGifAreUnreadable() throws Exception {
        byte[] png = TestImages.png(noise(300, 200));
        assertStatus(Arrays.copyOf(png, png.length / 2), 422);
        byte[] corrupted = png.clone();
        for (int i = 100; i < 400; i++) {
            corrupted[i] ^= 0x5A;
        }
        assertStatus(corrupted, 422);
        byte[] gif = TestImages.animatedGif(64, 32, RED, BLUE);
        assertStatus(Arrays.copyOf(gif, 30), 422);
    }

    @Test
    void anOversizeFileIsRefusedBeforeAnythingElse() {
        byte[] oversize = new byte[2_000_001];
        oversize[0] = (byte) 0xFF;
        oversize[1] = (byte) 0xD8;
        oversize[2] = (byte) 0xFF;
        assertStatus(oversize, 413);
    }

    private void assertStatus(byte[] upload, int status) {
        assertThatThrownBy(() -> pipeline.process(upload))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(status));
    }

    private static void assertSize(EncodedImage image, int width, int height) throws Exception {
        assertThat(image.width()).isEqualTo(width);
        assertThat(image.height()).isEqualTo(height);
        BufferedImage decoded = decode(image);
        assertThat(decoded.getWidth()).isEqualTo(width);
        assertThat(decoded.getHeight()).isEqualTo(height);
    }

    private static BufferedImage decode(EncodedImage image) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(image.bytes()));
    }

    private static BufferedImage noise(int width, int height) {
        Random random = new Random(42);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    private static String dominant(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int b = rgb & 0xFF;
        return r > 150 && b < 100 ? "red" : b > 150 && r < 100 ? "blue" : String.format("#%06x", rgb & 0xFFFFFF);
    }

    private static boolean hasDirectory(byte[] bytes, Class<? extends Directory> type) throws Exception {
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
        return StreamSupport.stream(metadata.getDirectories().spliterator(), false).anyMatch(type::isInstance);
    }
}
