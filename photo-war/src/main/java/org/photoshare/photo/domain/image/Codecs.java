package org.photoshare.photo.domain.image;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.IIOServiceProvider;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ImageWriterSpi;
import javax.imageio.spi.ServiceRegistry;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The exact decoders and encoders the pipeline uses, chosen explicitly instead of through ImageIO's
 * JVM-wide plugin registry: TwelveMonkeys for JPEG (CMYK, broken ICC profiles, ...) and WebP, the
 * JDK's own for PNG and GIF, and the JDK's JPEG and PNG writers. Registering nothing globally keeps
 * the WAR free of class-loader leaks and of other applications' plugins.
 */
final class Codecs {

    private static final String JDK_JPEG_READER = "com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi";
    private static final String JDK_PNG_READER = "com.sun.imageio.plugins.png.PNGImageReaderSpi";
    private static final String JDK_GIF_READER = "com.sun.imageio.plugins.gif.GIFImageReaderSpi";
    private static final String JDK_JPEG_WRITER = "com.sun.imageio.plugins.jpeg.JPEGImageWriterSpi";
    private static final String JDK_PNG_WRITER = "com.sun.imageio.plugins.png.PNGImageWriterSpi";

    private final Map<ImageFormat, ImageReaderSpi> readers;
    private final Map<ImageFormat, ImageWriterSpi> writers;

    Codecs() {
        readers = Map.of(
                ImageFormat.JPEG, twelveMonkeysJpegReader(),
                ImageFormat.PNG, jdkProvider(ImageReaderSpi.class, JDK_PNG_READER),
                ImageFormat.GIF, jdkProvider(ImageReaderSpi.class, JDK_GIF_READER),
                ImageFormat.WEBP, new WebPImageReaderSpi());
        writers = Map.of(
                ImageFormat.JPEG, jdkProvider(ImageWriterSpi.class, JDK_JPEG_WRITER),
                ImageFormat.PNG, jdkProvider(ImageWriterSpi.class, JDK_PNG_WRITER));
    }

    ImageReader reader(ImageFormat format) throws IOException {
        return readers.get(format).createReaderInstance();
    }

    ImageWriter writer(ImageFormat format) throws IOException {
        ImageWriterSpi spi = writers.get(format);
        if (spi == null) {
            throw new IllegalArgumentException("No encoder for " + format);
        }
        return spi.createWriterInstance();
    }

    /**
     * TwelveMonkeys' JPEG reader wraps the JDK's and finds it when registered; a private registry
     * holding just the two gives it its delegate without touching the global one.
     */
    private static ImageReaderSpi twelveMonkeysJpegReader() {
        ServiceRegistry registry = new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
        registry.registerServiceProvider(jdkProvider(ImageReaderSpi.class, JDK_JPEG_READER), ImageReaderSpi.class);
        JPEGImageReaderSpi twelveMonkeys = new JPEGImageReaderSpi();
        registry.registerServiceProvider(twelveMonkeys, ImageReaderSpi.class);
        if (!registry.contains(twelveMonkeys)) {
            throw new IllegalStateException("The TwelveMonkeys JPEG reader found no JDK JPEG reader to delegate to");
        }
        return twelveMonkeys;
    }

    private static <T extends IIOServiceProvider> T jdkProvider(Class<T> category, String className) {
        Iterator<T> providers = IIORegistry.getDefaultInstance().getServiceProviders(category, false);
        while (providers.hasNext()) {
            T provider = providers.next();
            if (provider.getClass().getName().equals(className)) {
                return provider;
            }
        }
        throw new IllegalStateException("The JDK's " + className + " is missing");
    }
}
