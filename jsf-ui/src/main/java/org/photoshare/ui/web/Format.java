package org.photoshare.ui.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.photoshare.ui.model.Part;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** {@code #{fmt...}}: how times, counts and notes read on the pages. */
@Named("fmt")
@ApplicationScoped
public class Format {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Inject
    Clock clock;

    public Format() {
    }

    Format(Clock clock) {
        this.clock = clock;
    }

    /** "just now", "5 min ago", "3 h ago", "2 days ago", then the date. */
    public String age(Instant then) {
        if (then == null) {
            return "";
        }
        Duration age = Duration.between(then, clock.instant());
        if (age.toSeconds() < 60) {
            return "just now";
        }
        if (age.toMinutes() < 60) {
            return age.toMinutes() + " min ago";
        }
        if (age.toHours() < 24) {
            return age.toHours() + " h ago";
        }
        if (age.toDays() < 7) {
            return age.toDays() == 1 ? "yesterday" : age.toDays() + " days ago";
        }
        return DATE.format(then);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** A count, or a dash when the service that owns it did not answer. */
    public String count(Long count) {
        return count == null ? "–" : Long.toString(count);
    }

    public String note(String part) {
        return Part.noteFor(part);
    }

    public String q(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public String megabytes(long bytes) {
        return String.format(Locale.ENGLISH, "%.0f MB", bytes / (1024.0 * 1024.0));
    }
}
