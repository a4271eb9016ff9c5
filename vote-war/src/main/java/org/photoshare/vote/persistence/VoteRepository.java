package org.photoshare.vote.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.photoshare.platform.persistence.InList;
import org.photoshare.platform.problem.ProblemException;
import org.photoshare.vote.domain.Photo;
import org.photoshare.vote.domain.Vote;
import org.photoshare.vote.domain.VotePosition;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Votes and the tallies derived from them. Every change to a photo's votes runs in one
 * transaction that first locks the photo's row, then writes the vote rows, then derives the
 * counts from the vote rows: the tally is never read, changed and written back.
 */
@ApplicationScoped
@Transactional
public class VoteRepository {

    private static final String COUNT_VOTES = "SELECT COUNT(CASE WHEN value = 1 THEN 1 END),"
            + " COUNT(CASE WHEN value = -1 THEN 1 END) FROM vote WHERE photo_id = ?";
    private static final String USER_VOTES = "SELECT v.* FROM vote v JOIN photo p ON p.id = v.photo_id"
            + " WHERE v.user_id = ?";
    private static final String USER_VOTES_ORDER = " ORDER BY v.voted_at DESC, v.photo_id DESC LIMIT ?";

    @PersistenceContext(unitName = "vote")
    EntityManager em;

    /**
     * Sets, changes ({@code value} = ±1) or withdraws ({@code value} = 0) a user's vote.
     *
     * @return the photo with its new tally
     */
    public Photo cast(long photoId, String userId, int value, Instant now) {
        Photo photo = em.find(Photo.class, photoId, LockModeType.PESSIMISTIC_WRITE);
        if (photo == null) {
            throw ProblemException.notFound("No such photo.");
        }
        if (value == 0) {
            deleteVote(photoId, userId);
        } else {
            em.createNativeQuery("INSERT INTO vote (photo_id, user_id, value, voted_at) VALUES (?, ?, ?, ?)"
                            + " ON DUPLICATE KEY UPDATE value = VALUES(value), voted_at = VALUES(voted_at)")
                    .setParameter(1, photoId).setParameter(2, userId).setParameter(3, value)
                    .setParameter(4, Timestamp.from(now))
                    .executeUpdate();
        }
        retally(photo);
        return photo;
    }

    /**
     * Removes one chunk of a user's votes and re-derives the tallies of the photos concerned,
     * locking them in id order.
     *
     * @return how many votes were removed; 0 when none is left
     */
    public int withdrawAllOf(String userId, int chunk) {
        @SuppressWarnings("unchecked")
        List<Number> photoIds = em.createNativeQuery("SELECT photo_id FROM vote WHERE user_id = ? ORDER BY photo_id LIMIT ?")
                .setParameter(1, userId).setParameter(2, chunk).getResultList();
        for (Number photoId : photoIds) {
            Photo photo = em.find(Photo.class, photoId.longValue(), LockModeType.PESSIMISTIC_WRITE);
            deleteVote(photoId.longValue(), userId);
            if (photo != null) {
                retally(photo);
            }
        }
        return photoIds.size();
    }

    /** Removes one chunk of a deleted photo's votes; @return how many, 0 when none is left. */
    public int deleteVotesOfPhoto(long photoId, int chunk) {
        return em.createNativeQuery("DELETE FROM vote WHERE photo_id = ? LIMIT ?")
                .setParameter(1, photoId).setParameter(2, chunk).executeUpdate();
    }

    public List<Vote> votesOf(String userId, Collection<Long> photoIds) {
        if (photoIds.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT * FROM vote WHERE user_id = ? AND photo_id IN ("
                + InList.placeholders(photoIds.size()) + ")", Vote.class).setParameter(1, userId);
        InList.bind(query, 2, List.copyOf(photoIds));
        return votes(query);
    }

    /** One page of a user's votes on photos that still exist, newest first. */
    public List<Vote> votesOf(String userId, VotePosition after, int rows) {
        if (after == null) {
            return votes(em.createNativeQuery(USER_VOTES + USER_VOTES_ORDER, Vote.class)
                    .setParameter(1, userId).setParameter(2, rows));
        }
        Timestamp votedAt = Timestamp.from(after.votedAt());
        return votes(em.createNativeQuery(USER_VOTES + " AND (v.voted_at < ? OR (v.voted_at = ? AND v.photo_id < ?))"
                        + USER_VOTES_ORDER, Vote.class)
                .setParameter(1, userId).setParameter(2, votedAt).setParameter(3, votedAt)
                .setParameter(4, after.photoId()).setParameter(5, rows));
    }

    private void deleteVote(long photoId, String userId) {
        em.createNativeQuery("DELETE FROM vote WHERE photo_id = ? AND user_id = ?")
                .setParameter(1, photoId).setParameter(2, userId).executeUpdate();
    }

    private void retally(Photo photo) {
        Object[] counts = (Object[]) em.createNativeQuery(COUNT_VOTES).setParameter(1, photo.id()).getSingleResult();
        photo.retally(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    @SuppressWarnings("unchecked")
    private static List<Vote> votes(Query query) {
        return query.getResultList();
    }
}
