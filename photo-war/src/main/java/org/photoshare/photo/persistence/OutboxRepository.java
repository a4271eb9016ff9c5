package org.photoshare.photo.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.photoshare.photo.domain.OutboxMessage;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The outbox's rows. Each method is its own transaction: a message is claimed (committed) before
 * it is sent, so several dispatchers, in this JVM or in other replicas, rarely send it twice.
 */
@ApplicationScoped
@Transactional
public class OutboxRepository {

    @PersistenceContext(unitName = "photo")
    EntityManager em;

    public List<OutboxMessage> due(Instant now, int count) {
        return em.createNamedQuery(OutboxMessage.DUE, OutboxMessage.class)
                .setParameter("now", now).setMaxResults(count).getResultList();
    }

    public List<OutboxMessage> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(OutboxMessage.BY_IDS, OutboxMessage.class).setParameter("ids", ids).getResultList();
    }

    /**
     * Takes the message for one attempt: counts the attempt and puts the next one off until
     * {@code retryAt}, unless another dispatcher took it since it was read.
     */
    public boolean claim(OutboxMessage message, Instant retryAt) {
        return em.createNamedQuery(OutboxMessage.CLAIM)
                .setParameter("retryAt", retryAt)
                .setParameter("id", message.id())
                .setParameter("attempts", message.attempts())
                .executeUpdate() == 1;
    }

    public void delivered(long id) {
        em.createNamedQuery(OutboxMessage.DELETE).setParameter("id", id).executeUpdate();
    }

    public void failed(long id, String error) {
        String trimmed = error.length() > OutboxMessage.ERROR_MAX_LENGTH
                ? error.substring(0, OutboxMessage.ERROR_MAX_LENGTH) : error;
        em.createNamedQuery(OutboxMessage.RECORD_FAILURE).setParameter("error", trimmed).setParameter("id", id)
                .executeUpdate();
    }

    /** Sends the removal again: the announcement it follows may have reached the target after the first one. */
    public long removalAfter(OutboxMessage announcement, Instant now) {
        OutboxMessage removal = OutboxMessage.removalFollowing(announcement, now);
        em.persist(removal);
        em.flush();
        return removal.id();
    }

    public long pending() {
        return em.createNamedQuery(OutboxMessage.COUNT, Long.class).getSingleResult();
    }
}
