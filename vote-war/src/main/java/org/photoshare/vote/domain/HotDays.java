package org.photoshare.vote.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The calendar of the hot timeline: which day a photo was uploaded on, and which day is today, in one zone. */
@ApplicationScoped
public class HotDays {

    private Clock clock;
    private ZoneId zone;

    protected HotDays() {
    }

    @Inject
    public HotDays(Clock clock, @ConfigProperty(name = "photoshare.vote.hot.zone", defaultValue = "UTC") String zone) {
        this.clock = clock;
        try {
            this.zone = ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("photoshare.vote.hot.zone '" + zone + "' is not a time zone", e);
        }
    }

    public LocalDate today() {
        return dayOf(clock.instant());
    }

    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public ZoneId zone() {
        return zone;
    }
}
