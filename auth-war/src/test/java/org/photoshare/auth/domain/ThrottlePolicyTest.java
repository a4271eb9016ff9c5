package org.photoshare.auth.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThrottlePolicyTest {

    private final ThrottlePolicy policy = new ThrottlePolicy(3, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void allowsWhileFewerFailuresThanTheLimit() {
        assertThat(policy.retryAfter(List.of(now.minusSeconds(10), now.minusSeconds(20)), now)).isEmpty();
    }

    @Test
    void blocksUntilTheOldestCountedFailureLeavesTheWindow() {
        List<Instant> failures = List.of(now.minusSeconds(10), now.minusSeconds(60), now.minusSeconds(120));
        assertThat(policy.retryAfter(failures, now)).contains(Duration.ofMinutes(15).minusSeconds(120));
    }

    @Test
    void onlyTheNewestFailuresUpToTheLimitCount() {
        List<Instant> failures = List.of(now.minusSeconds(1), now.minusSeconds(2), now.minusSeconds(3),
                now.minusSeconds(800));
        assertThat(policy.retryAfter(failures, now)).contains(Duration.ofMinutes(15).minusSeconds(3));
    }

    @Test
    void allowsAgainOnceTheWindowHasPassed() {
        Instant old = now.minus(Duration.ofMinutes(15));
        assertThat(policy.retryAfter(List.of(old, old, old), now)).isEmpty();
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThatThrownBy(() -> new ThrottlePolicy(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThrottlePolicy(5, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
