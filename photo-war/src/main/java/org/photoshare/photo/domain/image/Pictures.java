package org.photoshare.photo.domain.image;

import net.coobird.thumbnailator.Thumbnails;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Pixel operations of the pipeline: colour normalisation, orientation, resizing. */
final class Pictures {

    private Pictures() {
    }

    /**
     * The decoded image in sRGB, upright, as {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB} (only
     * when some pixel is not fully opaque). An already upright opaque 8-bit sRGB image is kept as
     * it is, to spare a copy of a possibly huge raster.
     */
    static BufferedImage upright(BufferedImage decoded, int orientation) {
        boolean translucent = hasTranslucentPixel(decoded);
        int type = translucent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage srgb = toSrgb(decoded, type);
        if (orientation == Orientation.UPRIGHT && isPlainSrgb(srgb, translucent)) {
            return srgb;
        }
        int width = srgb.getWidth();
        int height = srgb.getHeight();
        boolean swap = Orientation.swapsSides(orientation);
        BufferedImage upright = new BufferedImage(swap ? height : width, swap ? width : height, type);
        Graphics2D g = upright.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.drawImage(srgb, Orientation.toUpright(orientation, width, height), null);
        } finally {
            g.dispose();
        }
        return upright;
    }

    /** Scales down (never up) so that the long side is at most {@code longSide}. */
    static BufferedImage fit(BufferedImage image, int longSide) {
        int width = image.getWidth();
        int height = image.getHeight();
        if (Math.max(width, height) <= longSide) {
            return image;
        }
        double scale = (double) longSide / Math.max(width, height);
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        try {
            return Thumbnails.of(image).forceSize(targetWidth, targetHeight).imageType(type).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean hasTranslucentPixel(BufferedImage image) {
        if (image.getColorModel().getTransparency() == Transparency.OPAQUE) {
            return false;
        }
        Raster alpha = image.getAlphaRaster();
        if (alpha == null) {
            return true; // an indexed image with a transparent entry
        }
        // alpha is the colour model's last component
        int alphaBits = image.getColorModel().getComponentSize(image.getColorModel().getNumComponents() - 1);
        int opaque = (1 << alphaBits) - 1;
        int width = alpha.getWidth();
        int[] row = new int[width];
        for (int y = 0; y < alpha.getHeight(); y++) {
            alpha.getSamples(alpha.getMinX(), alpha.getMinY() + y, width, 1, 0, row);
            for (int value : row) {
                if (value < opaque) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Images in another RGB space (an embedded ICC profile) are converted; the profile is not kept. */
    private static BufferedImage toSrgb(BufferedImage image, int type) {
        ColorSpace space = image.getColorModel().getColorSpace();
        if (space.isCS_sRGB() || space.getType() != ColorSpace.TYPE_RGB) {
            return image;
        }
        BufferedImage converted = new BufferedImage(image.getWidth(), image.getHeight(), type);
        new ColorConvertOp(null).filter(image, converted);
        return converted;
    }

    private static boolean isPlainSrgb(BufferedImage image, boolean translucent) {
        return switch (image.getType()) {
            case BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR -> !translucent;
            case BufferedImage.TYPE_INT_ARGB -> translucent;
            default -> false;
        };
    }
}
