package org.photoshare.photo.domain.image;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The stored renditions of a photo: for timelines, for the photo page, and the cleaned original. */
public enum Variant {

    THUMB, DISPLAY, ORIGINAL;

    /** The name in URLs: {@code ?variant=thumb}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Variant> ofWireName(String name) {
        return Arrays.stream(values()).filter(v -> v.wireName().equals(name)).findFirst();
    }
}
