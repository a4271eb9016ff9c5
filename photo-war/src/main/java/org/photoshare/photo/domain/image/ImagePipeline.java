package org.photoshare.photo.domain.image;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import org.photoshare.platform.problem.ProblemException;

import javax.imageio.IIOImage;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns uploaded bytes into the stored variants: detects the format from the content, checks the
 * pixel count from the header before decoding anything, decodes (the first frame of an animation),
 * applies the EXIF orientation and re-encodes, which leaves every metadata block (EXIF, GPS, XMP,
 * ICC, comments) behind.
 *
 * <p>Stored formats: images with transparency are PNG throughout; otherwise the original stays
 * lossless (PNG) when the upload was PNG or GIF and is JPEG when it was JPEG or WebP (no WebP
 * encoder is at hand), and {@code display} and {@code thumb} are JPEG.
 */
public final class ImagePipeline {

    /** Heap per pixel while processing: the decoded raster (up to 8 bytes with 16-bit channels) and its upright copy. */
    static final int BYTES_PER_PIXEL = 12;

    private static final float ORIGINAL_QUALITY = 0.92f;
    private static final float DISPLAY_QUALITY = 0.85f;
    private static final float THUMB_QUALITY = 0.82f;

    private final ImageRules rules;
    private final MemoryBudget budget;
    private final Codecs codecs = new Codecs();

    public ImagePipeline(ImageRules rules, MemoryBudget budget) {
        this.rules = rules;
        this.budget = budget;
    }

    /** Heap that processing an image of this many pixels, uploaded in this many bytes, may take at its peak. */
    public static long memoryFor(long pixels, long fileBytes) {
        return pixels * BYTES_PER_PIXEL + 3 * fileBytes;
    }

    public ImageRules rules() {
        return rules;
    }

    public ProcessedImage process(byte[] bytes) {
        if (bytes.length > rules.maxFileBytes()) {
            throw Refusals.tooLarge("The file is larger than " + rules.maxFileBytes() + " bytes.");
        }
        ImageFormat format = ImageFormat.detect(bytes).orElseThrow(Refusals::notAnImage);
        ImageReader reader = newReader(format);
        try (ImageInputStream input = new ByteArrayImageInputStream(bytes)) {
            reader.setInput(input, true, true);
            long pixels = checkedPixelCount(reader);
            try (MemoryBudget.Reservation ignored = budget.reserve(memoryFor(pixels, bytes.length))) {
                BufferedImage decoded = decodeFirstFrame(reader);
                int orientation = format.mayCarryExif() ? Orientation.of(bytes) : Orientation.UPRIGHT;
                return encode(format, Pictures.upright(decoded, orientation));
            }
        } catch (IOException closing) {
            throw new UncheckedIOException(closing);
        } finally {
            reader.dispose();
        }
    }

    /** Width and height come from the header: a decompression bomb is refused before any pixel is decoded. */
    private long checkedPixelCount(ImageReader reader) {
        long width;
        long height;
        try {
            width = reader.getWidth(0);
            height = reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            throw Refusals.unreadable("its header is damaged.");
        }
        if (width <= 0 || height <= 0) {
            throw Refusals.unreadable("it has no pixels.");
        }
        if (width * height > rules.maxPixels()) {
            throw Refusals.tooLarge("The image has " + width + " x " + height + " pixels; at most "
                    + rules.maxPixels() + " pixels are accepted.");
        }
        return width * height;
    }

    /**
     * The JPEG decoder reports truncated or damaged data as warnings and fills in the missing
     * pixels; a photo that decodes only that way is refused rather than stored half grey. Other
     * warnings (an unusable ICC profile or EXIF block, stray bytes between segments) are harmless.
     */
    private static BufferedImage decodeFirstFrame(ImageReader reader) {
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> {
            if (meansDamagedData(warning)) {
                warnings.add(warning);
            }
        });
        BufferedImage image;
        try {
            image = reader.read(0, reader.getDefaultReadParam());
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw Refusals.unreadable("its data is damaged or uses a feature the decoder does not support.");
        }
        if (!warnings.isEmpty()) {
            throw Refusals.unreadable("its data is incomplete or damaged (" + warnings.get(0) + ").");
        }
        return image;
    }

    static boolean meansDamagedData(String warning) {
        String text = String.valueOf(warning).toLowerCase(Locale.ROOT);
        return text.contains("truncated") || text.contains("premature end")
                || (text.contains("corrupt jpeg data") && !text.contains("extraneous bytes"));
    }

    private ProcessedImage encode(ImageFormat source, BufferedImage upright) {
        boolean translucent = upright.getColorModel().hasAlpha();
        ImageFormat originalFormat = translucent || source.isLossless() ? ImageFormat.PNG : ImageFormat.JPEG;
        ImageFormat viewFormat = translucent ? ImageFormat.PNG : ImageFormat.JPEG;

        Map<Variant, EncodedImage> variants = new EnumMap<>(Variant.class);
        BufferedImage display = Pictures.fit(upright, rules.longSideOf(Variant.DISPLAY));
        BufferedImage thumb = Pictures.fit(display, rules.longSideOf(Variant.THUMB));
        variants.put(Variant.THUMB, write(thumb, viewFormat, THUMB_QUALITY));
        variants.put(Variant.DISPLAY, write(display, viewFormat, DISPLAY_QUALITY));
        variants.put(Variant.ORIGINAL, write(upright, originalFormat, ORIGINAL_QUALITY));
        return new ProcessedImage(source, upright.getWidth(), upright.getHeight(), variants);
    }

    private EncodedImage write(BufferedImage image, ImageFormat format, float jpegQuality) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = newWriter(format);
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == ImageFormat.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(jpegQuality);
            }
            // no metadata given: the encoder writes only what decoding needs
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        if (bytes.size() > rules.maxStoredBytes()) {
            throw Refusals.tooLarge("The cleaned image would take " + bytes.size() + " bytes; at most "
                    + rules.maxStoredBytes() + " can be stored.");
        }
        return EncodedImage.of(bytes.toByteArray(), format, image.getWidth(), image.getHeight());
    }

    private ImageReader newReader(ImageFormat format) {
        try {
            return codecs.reader(format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImageWriter newWriter(ImageFormat format) {
        try {
            return codecs.writer(format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
