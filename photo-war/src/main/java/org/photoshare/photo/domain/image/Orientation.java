package org.photoshare.photo.domain.image;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;

import java.awt.geom.AffineTransform;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The EXIF orientation (1-8) of an image and the transform that makes it upright. A missing,
 * unreadable or out-of-range orientation counts as 1: metadata never decides whether a photo is accepted.
 */
final class Orientation {

    static final int UPRIGHT = 1;

    private Orientation() {
    }

    static int of(byte[] bytes) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return UPRIGHT;
            }
            int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return orientation >= 1 && orientation <= 8 ? orientation : UPRIGHT;
        } catch (ImageProcessingException | MetadataException | IOException | RuntimeException unreadable) {
            return UPRIGHT;
        }
    }

    /** Orientations 5 to 8 turn the image by a quarter: width and height swap. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** Maps the stored pixels of a {@code width x height} image onto the upright image. */
    static AffineTransform toUpright(int orientation, int width, int height) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0);      // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, width, height); // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, height);      // mirrored vertically
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);            // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, height, 0);      // turn 90 degrees clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, height, width); // transversed
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, width);       // turn 90 degrees counter-clockwise
            default -> new AffineTransform();
        };
    }
}
