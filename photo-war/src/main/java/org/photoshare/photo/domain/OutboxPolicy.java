package org.photoshare.photo.domain;

import java.time.Duration;

/**
 * How the outbox dispatcher retries: every {@code interval} it sends the messages that are due, at
 * most {@code batchSize} at a time; a message that failed {@code n} times waits
 * {@code initialBackoff * 2^(n-1)}, at most {@code maxBackoff}, before its next attempt. An upload
 * waits at most {@code announceWait} for the first attempts to announce its photo.
 */
public record OutboxPolicy(Duration interval, Duration initialBackoff, Duration maxBackoff, int batchSize,
                           Duration announceWait) {

    public OutboxPolicy {
        if (interval.isNegative() || interval.isZero() || initialBackoff.isNegative() || initialBackoff.isZero()
                || maxBackoff.compareTo(initialBackoff) < 0 || batchSize < 1 || announceWait.isNegative()) {
            throw new IllegalArgumentException("Invalid outbox policy: " + interval + ", " + initialBackoff + ", "
                    + maxBackoff + ", " + batchSize + ", " + announceWait);
        }
    }

    /** The wait after the {@code attempt}-th attempt (1 for the first) if it fails. */
    public Duration backoff(int attempt) {
        int doublings = Math.max(0, Math.min(attempt - 1, 30));
        Duration wait = initialBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
