package org.photoshare.photo.domain.image;

import java.util.Map;

/** What the pipeline made of an upload: the upright size of the original and every variant. */
public record ProcessedImage(ImageFormat sourceFormat, int width, int height, Map<Variant, EncodedImage> variants) {

    public ProcessedImage {
        variants = Map.copyOf(variants);
    }
}
