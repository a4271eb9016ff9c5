package org.photoshare.photo.domain.image;

/**
 * The limits and sizes of the image pipeline (configuration, see the module README).
 *
 * @param maxFileBytes   largest accepted upload, checked while the stream is read
 * @param maxPixels      largest accepted width x height, checked from the image header
 * @param maxStoredBytes largest encoded variant that may be stored (a row must fit the database packet)
 * @param thumbSize      long side of the {@code thumb} variant
 * @param displaySize    long side of the {@code display} variant
 */
public record ImageRules(long maxFileBytes, long maxPixels, long maxStoredBytes, int thumbSize, int displaySize) {

    public ImageRules {
        if (maxFileBytes <= 0 || maxPixels <= 0 || maxStoredBytes <= 0 || thumbSize <= 0 || displaySize < thumbSize) {
            throw new IllegalArgumentException("Invalid image rules: " + maxFileBytes + ", " + maxPixels + ", "
                    + maxStoredBytes + ", " + thumbSize + ", " + displaySize);
        }
    }

    public int longSideOf(Variant variant) {
        return switch (variant) {
            case THUMB -> thumbSize;
            case DISPLAY -> displaySize;
            case ORIGINAL -> Integer.MAX_VALUE;
        };
    }
}
