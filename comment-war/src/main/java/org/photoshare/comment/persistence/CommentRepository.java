package org.photoshare.comment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.photoshare.comment.domain.Comment;
import org.photoshare.comment.domain.CommentPosition;
import org.photoshare.platform.persistence.InList;
import org.photoshare.platform.problem.ProblemException;

import java.sql.Timestamp;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class CommentRepository {

    private static final String NEWEST_FIRST = " ORDER BY created_at DESC, id DESC LIMIT ?";
    private static final String AFTER = " AND (created_at < ? OR (created_at = ? AND id < ?))";

    @PersistenceContext(unitName = "comment")
    EntityManager em;

    /**
     * Adds a comment to a photo that exists. The photo's row is read with a shared lock, so a
     * concurrent deletion of the photo waits for this comment and then removes it with the rest.
     */
    public Comment add(Comment comment) {
        boolean photoExists = !em.createNativeQuery("SELECT id FROM photo WHERE id = ? LOCK IN SHARE MODE")
                .setParameter(1, comment.photoId()).getResultList().isEmpty();
        if (!photoExists) {
            throw ProblemException.notFound("No such photo.");
        }
        em.persist(comment);
        em.flush();
        return comment;
    }

    public Optional<Comment> find(long id) {
        return Optional.ofNullable(em.find(Comment.class, id));
    }

    /** @return false when the comment was gone already */
    public boolean delete(long id) {
        return em.createNativeQuery("DELETE FROM comment WHERE id = ?").setParameter(1, id).executeUpdate() == 1;
    }

    /** One page of a photo's comments, newest first; served by index ix_comment_photo. */
    public List<Comment> ofPhoto(long photoId, CommentPosition after, int rows) {
        return page("photo_id", photoId, after, rows);
    }

    /** One page of an author's comments, newest first; served by index ix_comment_author. */
    public List<Comment> ofAuthor(String authorId, CommentPosition after, int rows) {
        return page("author_id", authorId, after, rows);
    }

    /** Comment counts of the known photos among {@code photoIds}, zero included; unknown ids are left out. */
    public Map<Long, Long> counts(List<Long> photoIds) {
        if (photoIds.isEmpty()) {
            return Map.of();
        }
        Query query = em.createNativeQuery("SELECT p.id, COUNT(c.id) FROM photo p"
                + " LEFT JOIN comment c ON c.photo_id = p.id WHERE p.id IN (" + InList.placeholders(photoIds.size())
                + ") GROUP BY p.id");
        InList.bind(query, 1, photoIds);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().collect(Collectors.toMap(row -> ((Number) row[0]).longValue(),
                row -> ((Number) row[1]).longValue()));
    }

    /**
     * The latest {@code per} comments of each photo, in one query: a {@code UNION ALL} of one
     * {@code LIMIT per} range of ix_comment_photo per photo, so it reads at most ids × per rows however
     * many comments the photos have (a {@code ROW_NUMBER()} window would read all of them; see the README).
     */
    public List<Comment> latest(List<Long> photoIds, int per) {
        if (photoIds.isEmpty()) {
            return List.of();
        }
        String onePhoto = "(SELECT * FROM comment WHERE photo_id = ? ORDER BY created_at DESC, id DESC LIMIT ?)";
        Query query = em.createNativeQuery("SELECT * FROM (" + String.join(" UNION ALL ",
                Collections.nCopies(photoIds.size(), onePhoto)) + ") latest ORDER BY photo_id, created_at DESC, id DESC",
                Comment.class);
        int position = 1;
        for (Long photoId : photoIds) {
            query.setParameter(position++, photoId);
            query.setParameter(position++, per);
        }
        return comments(query);
    }

    /** Removes one chunk of a deleted photo's comments; @return how many, 0 when none is left. */
    public int deleteOfPhoto(long photoId, int chunk) {
        return em.createNativeQuery("DELETE FROM comment WHERE photo_id = ? LIMIT ?")
                .setParameter(1, photoId).setParameter(2, chunk).executeUpdate();
    }

    /** Removes one chunk of a deleted user's comments; @return how many, 0 when none is left. */
    public int deleteOfAuthor(String authorId, int chunk) {
        return em.createNativeQuery("DELETE FROM comment WHERE author_id = ? LIMIT ?")
                .setParameter(1, authorId).setParameter(2, chunk).executeUpdate();
    }

    private List<Comment> page(String column, Object key, CommentPosition after, int rows) {
        String where = "SELECT * FROM comment WHERE " + column + " = ?";
        if (after == null) {
            return comments(em.createNativeQuery(where + NEWEST_FIRST, Comment.class)
                    .setParameter(1, key).setParameter(2, rows));
        }
        Timestamp createdAt = Timestamp.from(after.createdAt());
        return comments(em.createNativeQuery(where + AFTER + NEWEST_FIRST, Comment.class)
                .setParameter(1, key).setParameter(2, createdAt).setParameter(3, createdAt)
                .setParameter(4, after.id()).setParameter(5, rows));
    }

    @SuppressWarnings("unchecked")
    private static List<Comment> comments(Query query) {
        return query.getResultList();
    }
}
