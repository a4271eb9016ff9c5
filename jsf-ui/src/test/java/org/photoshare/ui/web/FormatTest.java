package org.photoshare.ui.web;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class FormatTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private final Format format = new Format(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void agesReadLikeASentence() {
        assertThat(format.age(NOW.minusSeconds(20))).isEqualTo("just now");
        assertThat(format.age(NOW.minusSeconds(5 * 60))).isEqualTo("5 min ago");
        assertThat(format.age(NOW.minusSeconds(3 * 3600))).isEqualTo("3 h ago");
        assertThat(format.age(NOW.minusSeconds(26 * 3600))).isEqualTo("yesterday");
        assertThat(format.age(NOW.minusSeconds(3 * 86400))).isEqualTo("3 days ago");
        assertThat(format.age(Instant.parse("2026-01-02T10:00:00Z"))).isEqualTo("2 Jan 2026");
    }

    @Test
    void aMissingCountIsADash() {
        assertThat(format.count(null)).isEqualTo("–");
        assertThat(format.count(7L)).isEqualTo("7");
    }

    @Test
    void sizesAreInMegabytes() {
        assertThat(format.megabytes(15 * 1024 * 1024)).isEqualTo("15 MB");
    }
}
