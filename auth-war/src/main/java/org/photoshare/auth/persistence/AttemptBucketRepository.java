package org.photoshare.auth.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.photoshare.auth.domain.AttemptBucket;

import java.sql.Timestamp;
import java.time.Instant;

/** Attempt counters in the database, so that every auth replica throttles the same way. */
@ApplicationScoped
@Transactional
public class AttemptBucketRepository {

    @PersistenceContext(unitName = "auth")
    EntityManager em;

    /**
     * Counts one more attempt for the subject, in a window that starts now when the subject has none
     * or its window began at or before {@code expiredAt}, and returns the bucket as counted. One
     * statement: MariaDB applies the assignments left to right, so the count is judged against the
     * old window before the window moves.
     */
    public AttemptBucket reserve(String subject, Instant now, Instant expiredAt) {
        em.createNativeQuery("INSERT INTO attempt_bucket (subject, window_start, attempts) VALUES (?1, ?2, 1)"
                        + " ON DUPLICATE KEY UPDATE"
                        + " attempts = IF(window_start <= ?3, 1, attempts + 1),"
                        + " window_start = IF(window_start <= ?3, ?2, window_start)")
                .setParameter(1, subject)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(expiredAt))
                .executeUpdate();
        return em.find(AttemptBucket.class, subject);
    }

    public void reset(String subject) {
        em.createNativeQuery("DELETE FROM attempt_bucket WHERE subject = ?1").setParameter(1, subject).executeUpdate();
    }

    /** One attempt less: a success from a client address that other attempts share. */
    public void refund(String subject) {
        em.createNativeQuery("UPDATE attempt_bucket SET attempts = GREATEST(attempts - 1, 0) WHERE subject = ?1")
                .setParameter(1, subject).executeUpdate();
    }

    public int purgeBefore(Instant expiredAt) {
        return em.createNativeQuery("DELETE FROM attempt_bucket WHERE window_start <= ?1")
                .setParameter(1, Timestamp.from(expiredAt)).executeUpdate();
    }
}
