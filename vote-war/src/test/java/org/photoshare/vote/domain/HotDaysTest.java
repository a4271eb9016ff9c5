package org.photoshare.vote.domain;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HotDaysTest {

    private static HotDays at(String instant, String zone) {
        return new HotDays(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), zone);
    }

    @Test
    void theDayEndsAtMidnightInTheZone() {
        assertThat(at("2026-11-21T23:59:59.999Z", "UTC").today()).isEqualTo(LocalDate.parse("2026-11-21"));
        assertThat(at("2026-11-22T00:00:00Z", "UTC").today()).isEqualTo(LocalDate.parse("2026-11-22"));
    }

    @Test
    void anUploadJustBeforeMidnightBelongsToTheDayBefore() {
        HotDays days = at("2026-11-22T00:00:00.001Z", "UTC");
        assertThat(days.dayOf(Instant.parse("2026-11-21T23:59:59.999Z"))).isNotEqualTo(days.today());
        assertThat(days.dayOf(Instant.parse("2026-11-22T00:00:00Z"))).isEqualTo(days.today());
    }

    @Test
    void theZoneMovesTheBoundary() {
        // 23:30 UTC is already tomorrow in Berlin (UTC+1 in November) and still today in New York
        assertThat(at("2026-11-21T23:30:00Z", "Europe/Berlin").today()).isEqualTo(LocalDate.parse("2026-11-22"));
        assertThat(at("2026-11-21T23:30:00Z", "America/New_York").today()).isEqualTo(LocalDate.parse("2026-11-21"));
        assertThat(at("2026-11-21T04:30:00Z", "America/New_York").today()).isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(at("2026-11-21T10:30:00Z", "Pacific/Kiritimati").today()).isEqualTo(LocalDate.parse("2026-11-22"));
    }

    @Test
    void daylightSavingChangesDoNotMoveMidnight() {
        // Berlin switches to summer time on 2026-03-29 at 01:00 UTC; that day has 23 hours
        HotDays berlin = at("2026-03-29T21:59:59Z", "Europe/Berlin");
        assertThat(berlin.today()).isEqualTo(LocalDate.parse("2026-03-29"));
        assertThat(berlin.dayOf(Instant.parse("2026-03-29T22:00:00Z"))).isEqualTo(LocalDate.parse("2026-03-30"));
        assertThat(berlin.dayOf(Instant.parse("2026-03-28T23:00:00Z"))).isEqualTo(LocalDate.parse("2026-03-29"));
    }

    @Test
    void anUnknownZoneIsRefusedAtStartUp() {
        assertThatThrownBy(() -> at("2026-11-21T12:00:00Z", "Mars/Olympus"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("photoshare.vote.hot.zone");
    }
}
