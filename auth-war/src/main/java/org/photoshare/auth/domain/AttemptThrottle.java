package org.photoshare.auth.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.photoshare.auth.persistence.AttemptBucketRepository;
import org.photoshare.platform.persistence.ConflictRetry;
import org.photoshare.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Password checks, throttled per subject: each check is counted in the database before the slow hash
 * runs, atomically, and forgotten when it succeeds.
 */
@ApplicationScoped
public class AttemptThrottle {

    @Inject
    AttemptBucketRepository buckets;

    @Inject
    ThrottlePolicy policy;

    @Inject
    Clock clock;

    /** Counts an attempt for {@code subject}, or refuses it with 429 and {@code refusal}. */
    public void count(String subject, String refusal) {
        Instant now = clock.instant();
        AttemptBucket counted = ConflictRetry.run(() -> buckets.reserve(subject, now, policy.closedAt(now)));
        policy.retryAfter(counted, now).ifPresent(wait -> {
            throw ProblemException.tooManyRequests(refusal, roundedUp(wait));
        });
    }

    public void succeeded(String subject) {
        ConflictRetry.run(() -> buckets.reset(subject));
    }

    public void forgetClosedWindows() {
        buckets.purgeBefore(policy.closedAt(clock.instant()));
    }

    private static long roundedUp(Duration wait) {
        return wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0);
    }
}
