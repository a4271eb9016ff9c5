package org.photoshare.photo.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxPolicyTest {

    private final OutboxPolicy policy = new OutboxPolicy(Duration.ofSeconds(5), Duration.ofSeconds(2),
            Duration.ofMinutes(5), 50, Duration.ofSeconds(2));

    @Test
    void theWaitDoublesAfterEachFailedAttemptUpToTheMaximum() {
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.backoff(7)).isEqualTo(Duration.ofSeconds(128));
        assertThat(policy.backoff(8)).isEqualTo(Duration.ofSeconds(256));
        assertThat(policy.backoff(9)).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.backoff(10_000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void nonsenseIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new OutboxPolicy(Duration.ZERO, Duration.ofSeconds(2), Duration.ofMinutes(5), 50, Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutboxPolicy(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(1), 50, Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
