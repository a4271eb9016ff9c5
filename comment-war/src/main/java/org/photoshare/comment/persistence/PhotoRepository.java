package org.photoshare.comment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.photoshare.comment.domain.Announcement;
import org.photoshare.comment.domain.Photo;
import org.photoshare.platform.problem.ProblemException;

import java.sql.Timestamp;
import java.time.Instant;

/** The photos comment-war knows of, and the tombstones of deleted ones. */
@ApplicationScoped
@Transactional
public class PhotoRepository {

    @PersistenceContext(unitName = "comment")
    EntityManager em;

    /**
     * Registers an announced photo unless it was deleted already. The insert comes before the
     * locking look-up of the tombstone, so a concurrent deletion either sees this row and removes
     * it, or conflicts with this transaction (which is then retried).
     */
    public Announcement register(long id, String ownerId, Instant createdAt) {
        int inserted = em.createNativeQuery("INSERT IGNORE INTO photo (id, owner_id, created_at) VALUES (?, ?, ?)")
                .setParameter(1, id).setParameter(2, ownerId).setParameter(3, Timestamp.from(createdAt))
                .executeUpdate();
        boolean deleted = !em.createNativeQuery("SELECT id FROM deleted_photo WHERE id = ? LOCK IN SHARE MODE")
                .setParameter(1, id).getResultList().isEmpty();
        if (deleted) {
            em.createNativeQuery("DELETE FROM photo WHERE id = ?").setParameter(1, id).executeUpdate();
            return Announcement.ALREADY_DELETED;
        }
        if (inserted == 1) {
            return Announcement.REGISTERED;
        }
        Photo known = em.find(Photo.class, id);
        if (!known.ownerId().equals(ownerId) || !known.createdAt().equals(createdAt)) {
            throw ProblemException.conflict("Photo " + id + " is known with another owner or upload time.");
        }
        return Announcement.ALREADY_KNOWN;
    }

    /** Forgets a photo for good: its row goes, a tombstone stays. Its comments are removed after, in chunks. */
    public void delete(long id, Instant now) {
        em.createNativeQuery("INSERT IGNORE INTO deleted_photo (id, deleted_at) VALUES (?, ?)")
                .setParameter(1, id).setParameter(2, Timestamp.from(now)).executeUpdate();
        em.createNativeQuery("DELETE FROM photo WHERE id = ?").setParameter(1, id).executeUpdate();
    }

    public boolean exists(long id) {
        return em.find(Photo.class, id) != null;
    }
}
