package org.photoshare.auth.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * At most {@code maxAttempts} unsuccessful attempts per subject in a window of {@code window} that
 * opens with the subject's first attempt. An attempt counts from the moment it starts (so parallel
 * attempts cannot all slip through) until it succeeds; past the limit, attempts are refused until the
 * window closes.
 */
public record ThrottlePolicy(int maxAttempts, Duration window) {

    public ThrottlePolicy {
        if (maxAttempts < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("maxAttempts must be >= 1 and window positive");
        }
    }

    /** How long to wait, when the attempt just counted in {@code bucket} is one too many. */
    public Optional<Duration> retryAfter(AttemptBucket bucket, Instant now) {
        if (bucket.attempts() <= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, bucket.windowStart().plus(window));
        return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** A window that opened at or before this instant has closed. */
    public Instant closedAt(Instant now) {
        return now.minus(window);
    }
}
