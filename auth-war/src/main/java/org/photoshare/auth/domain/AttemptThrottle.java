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
 * Password checks, throttled per subject (a username, an account) and per client address: each check
 * is counted in the database before the slow hash runs, atomically. A success forgets the subject's
 * count and takes one off the address's.
 */
@ApplicationScoped
public class AttemptThrottle {

    private static final String ADDRESS = "address:";

    @Inject
    AttemptBucketRepository buckets;

    @Inject
    ThrottlePolicy policy;

    @Inject
    Clock clock;

    /** Counts an attempt for {@code subject}, or refuses it with 429 and {@code refusal}. */
    public void count(String subject, String refusal) {
        count(subject, policy.maxPerSubject(), refusal);
    }

    /** Counts a password check (a sign-in, a registration) from this client address, or refuses it. */
    public void countFrom(String address) {
        count(ADDRESS + address, policy.maxPerAddress(),
                "Too many failed sign-ins or registrations from your network address. Try again later.");
    }

    public void succeeded(String subject) {
        ConflictRetry.run(() -> buckets.reset(subject));
    }

    public void succeededFrom(String address) {
        ConflictRetry.run(() -> buckets.refund(ADDRESS + address));
    }

    private void count(String subject, int limit, String refusal) {
        Instant now = clock.instant();
        AttemptBucket counted = ConflictRetry.run(() -> buckets.reserve(subject, now, policy.closedAt(now)));
        policy.retryAfter(counted, limit, now).ifPresent(wait -> {
            throw ProblemException.tooManyRequests(refusal, roundedUp(wait));
        });
    }

    public void forgetClosedWindows() {
        buckets.purgeBefore(policy.closedAt(clock.instant()));
    }

    private static long roundedUp(Duration wait) {
        return wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0);
    }
}
