package org.photoshare.vote.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.photoshare.platform.persistence.InList;
import org.photoshare.platform.problem.ProblemException;
import org.photoshare.vote.domain.Announcement;
import org.photoshare.vote.domain.HotPosition;
import org.photoshare.vote.domain.Photo;
import org.photoshare.vote.domain.TrendingPosition;
import org.photoshare.vote.domain.TrendingScore;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The photos vote-war knows of, their tombstones, and the two rankings over them. */
@ApplicationScoped
@Transactional
public class PhotoRepository {

    private static final String HOT_ORDER = " ORDER BY upvotes DESC, created_at DESC, id DESC LIMIT ?";
    private static final String TRENDING_ORDER = " ORDER BY score DESC, id DESC LIMIT ?";

    @PersistenceContext(unitName = "vote")
    EntityManager em;

    /**
     * Registers an announced photo unless it was deleted already. The insert comes before the
     * locking look-up of the tombstone, so a concurrent deletion either sees this row and removes
     * it, or conflicts with this transaction (which is then retried).
     */
    public Announcement register(long id, String ownerId, Instant createdAt, LocalDate uploadDay) {
        int inserted = em.createNativeQuery("INSERT IGNORE INTO photo"
                        + " (id, owner_id, created_at, upload_day, upvotes, downvotes, score) VALUES (?, ?, ?, ?, 0, 0, ?)")
                .setParameter(1, id).setParameter(2, ownerId).setParameter(3, Timestamp.from(createdAt))
                .setParameter(4, Date.valueOf(uploadDay)).setParameter(5, TrendingScore.of(0, 0, createdAt))
                .executeUpdate();
        if (isDeleted(id)) {
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

    /** Forgets a photo for good: its row goes, a tombstone stays. Its votes are removed after, in chunks. */
    public void delete(long id, Instant now) {
        em.createNativeQuery("INSERT IGNORE INTO deleted_photo (id, deleted_at) VALUES (?, ?)")
                .setParameter(1, id).setParameter(2, Timestamp.from(now)).executeUpdate();
        em.createNativeQuery("DELETE FROM photo WHERE id = ?").setParameter(1, id).executeUpdate();
    }

    public List<Photo> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT * FROM photo WHERE id IN (" + InList.placeholders(ids.size()) + ")",
                Photo.class);
        InList.bind(query, 1, List.copyOf(ids));
        return photos(query);
    }

    /** One page of a day's photos, most upvotes first, then newest; served by index ix_photo_hot. */
    public List<Photo> hot(LocalDate day, HotPosition after, int rows) {
        if (after == null) {
            return photos(em.createNativeQuery("SELECT * FROM photo WHERE upload_day = ?" + HOT_ORDER, Photo.class)
                    .setParameter(1, Date.valueOf(day)).setParameter(2, rows));
        }
        Timestamp createdAt = Timestamp.from(after.createdAt());
        return photos(em.createNativeQuery("SELECT * FROM photo WHERE upload_day = ? AND (upvotes < ?"
                        + " OR (upvotes = ? AND (created_at < ? OR (created_at = ? AND id < ?))))" + HOT_ORDER, Photo.class)
                .setParameter(1, Date.valueOf(after.day()))
                .setParameter(2, after.upvotes()).setParameter(3, after.upvotes())
                .setParameter(4, createdAt).setParameter(5, createdAt)
                .setParameter(6, after.id()).setParameter(7, rows));
    }

    /** One page of every photo by score; served by index ix_photo_trending. */
    public List<Photo> trending(TrendingPosition after, int rows) {
        if (after == null) {
            return photos(em.createNativeQuery("SELECT * FROM photo" + TRENDING_ORDER, Photo.class)
                    .setParameter(1, rows));
        }
        return photos(em.createNativeQuery("SELECT * FROM photo WHERE score < ? OR (score = ? AND id < ?)"
                        + TRENDING_ORDER, Photo.class)
                .setParameter(1, after.score()).setParameter(2, after.score())
                .setParameter(3, after.id()).setParameter(4, rows));
    }

    private boolean isDeleted(long id) {
        return !em.createNativeQuery("SELECT id FROM deleted_photo WHERE id = ? LOCK IN SHARE MODE")
                .setParameter(1, id).getResultList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Photo> photos(Query query) {
        return query.getResultList();
    }
}
