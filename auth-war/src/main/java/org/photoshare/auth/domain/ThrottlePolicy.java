package org.photoshare.auth.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * At most {@code maxPerSubject} unsuccessful password checks per username (or account) and
 * {@code maxPerAddress} per client address, each in a window of {@code window} that opens with the
 * first attempt. An attempt counts from the moment it starts (so parallel attempts cannot all slip
 * through); past the limit, attempts are refused until the window closes.
 */
public record ThrottlePolicy(int maxPerSubject, int maxPerAddress, Duration window) {

    public ThrottlePolicy {
        if (maxPerSubject < 1 || maxPerAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the limits must be >= 1 and the window positive");
        }
    }

    /** How long to wait, when the attempt just counted in {@code bucket} is one past {@code limit}. */
    public Optional<Duration> retryAfter(AttemptBucket bucket, int limit, Instant now) {
        if (bucket.attempts() <= limit) {
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
