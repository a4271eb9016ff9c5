package org.photoshare.auth.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThrottlePolicyTest {

    private final ThrottlePolicy policy = new ThrottlePolicy(3, 100, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void allowsUpToTheLimitInAWindow() {
        assertThat(policy.retryAfter(counted(now.minusSeconds(30), 1), 3, now)).isEmpty();
        assertThat(policy.retryAfter(counted(now.minusSeconds(30), 3), 3, now)).isEmpty();
    }

    @Test
    void refusesTheAttemptPastTheLimitUntilTheWindowCloses() {
        assertThat(policy.retryAfter(counted(now.minusSeconds(120), 4), 3, now))
                .contains(Duration.ofMinutes(15).minusSeconds(120));
        assertThat(policy.retryAfter(counted(now.minusSeconds(120), 40), 3, now))
                .contains(Duration.ofMinutes(15).minusSeconds(120));
    }

    @Test
    void aClosedWindowRefusesNothing() {
        assertThat(policy.retryAfter(counted(now.minus(Duration.ofMinutes(15)), 9), 3, now)).isEmpty();
        assertThat(policy.closedAt(now)).isEqualTo(now.minus(Duration.ofMinutes(15)));
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThatThrownBy(() -> new ThrottlePolicy(0, 100, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThrottlePolicy(5, 100, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThrottlePolicy(5, 0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static AttemptBucket counted(Instant windowStart, int attempts) {
        return new AttemptBucket("sign-in:someone", windowStart, attempts);
    }
}
