package org.photoshare.ui.model;

import java.util.Locale;
import java.util.Optional;

public enum Timeline {
    NEWEST("Newest", "Every photo, newest first"),
    HOT("Hot today", "Today's photos with the most upvotes"),
    TRENDING("Trending", "Photos gathering votes fast");

    private final String label;
    private final String description;

    Timeline(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public static Optional<Timeline> parse(String key) {
        if (key == null || key.isBlank()) {
            return Optional.of(NEWEST);
        }
        for (Timeline timeline : values()) {
            if (timeline.key().equals(key.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(timeline);
            }
        }
        return Optional.empty();
    }
}
