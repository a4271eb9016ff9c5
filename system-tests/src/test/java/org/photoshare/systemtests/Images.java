package org.photoshare.systemtests;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/** Real images made on the spot (no binary files in the repository), and things that are not images. */
public final class Images {

    private Images() {
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    /** Starts like a JPEG (so it passes a type check) but the image data is garbage. */
    public static byte[] corruptJpeg() {
        byte[] real = jpeg(640, 480);
        byte[] corrupt = Arrays.copyOf(real, real.length);
        byte[] noise = new byte[corrupt.length - 200];
        ThreadLocalRandom.current().nextBytes(noise);
        System.arraycopy(noise, 0, corrupt, 200, noise.length);
        return corrupt;
    }

    public static byte[] text() {
        return "These are my holiday notes, not a photo.\n".repeat(20).getBytes(StandardCharsets.UTF_8);
    }

    /** A sky-to-sea gradient with a sun: a photo-like picture that compresses like one. */
    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        float hue = ThreadLocalRandom.current().nextFloat();
        g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.6f, 0.95f), 0, height,
                Color.getHSBColor((hue + 0.5f) % 1, 0.7f, 0.45f)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(255, 214, 90));
        g.fillOval(width * 3 / 5, height / 6, width / 5, width / 5);
        g.setColor(new Color(20, 40, 70));
        g.fillRect(0, height * 2 / 3, width, height / 3);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
