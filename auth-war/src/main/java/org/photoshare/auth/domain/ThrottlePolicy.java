package org.photoshare.auth.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * At most {@code maxFailures} failed sign-ins per username within {@code window}. Past that, sign-in
 * for that username is refused until the oldest of the counted failures leaves the window.
 */
public record ThrottlePolicy(int maxFailures, Duration window) {

    public ThrottlePolicy {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("maxFailures must be >= 1 and window positive");
        }
    }

    /** @param failuresNewestFirst the username's failures within the window, newest first */
    public Optional<Duration> retryAfter(List<Instant> failuresNewestFirst, Instant now) {
        if (failuresNewestFirst.size() < maxFailures) {
            return Optional.empty();
        }
        Instant blocking = failuresNewestFirst.get(maxFailures - 1);
        Duration wait = Duration.between(now, blocking.plus(window));
        return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public Instant windowStart(Instant now) {
        return now.minus(window);
    }
}
