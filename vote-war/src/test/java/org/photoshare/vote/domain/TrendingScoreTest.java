package org.photoshare.vote.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TrendingScoreTest {

    private static final Instant NOON = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void withoutVotesTheScoreIsTheUploadTimeOver45000Seconds() {
        assertThat(TrendingScore.of(0, 0, NOON).doubleValue()).isEqualTo(NOON.getEpochSecond() / 45000.0, within());
    }

    @Test
    void tenfoldNetVotesAddOne() {
        double base = TrendingScore.of(0, 0, NOON).doubleValue();
        assertThat(TrendingScore.of(1, 0, NOON).doubleValue()).isEqualTo(base, within());
        assertThat(TrendingScore.of(10, 0, NOON).doubleValue()).isEqualTo(base + 1, within());
        assertThat(TrendingScore.of(110, 10, NOON).doubleValue()).isEqualTo(base + 2, within());
        assertThat(TrendingScore.of(3, 103, NOON).doubleValue()).isEqualTo(base - 2, within());
    }

    @Test
    void twelveAndAHalfHoursWeighAsMuchAsTenfoldVotes() {
        Instant later = NOON.plus(Duration.ofSeconds(45_000));
        assertThat(TrendingScore.of(0, 0, later)).isEqualByComparingTo(TrendingScore.of(10, 0, NOON));
        assertThat(TrendingScore.of(0, 0, later.plusSeconds(1))).isGreaterThan(TrendingScore.of(10, 0, NOON));
    }

    @Test
    void theScoreIsAnExactDecimalWithSevenPlaces() {
        assertThat(TrendingScore.of(5, 2, NOON.plusMillis(123)).scale()).isEqualTo(7);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-6);
    }
}
