package org.photoshare.comment.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.photoshare.comment.persistence.CommentRepository;
import org.photoshare.comment.persistence.PhotoRepository;
import org.photoshare.platform.paging.Page;
import org.photoshare.platform.persistence.ConflictRetry;
import org.photoshare.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Comments and the photos they are on. Each write is one transaction, run again after a conflict. */
@ApplicationScoped
public class CommentService {

    /** Rows per transaction when clearing up after a deleted photo or user: keeps Galera write sets small. */
    static final int CLEAN_UP_CHUNK = 500;

    @Inject
    CommentRepository comments;

    @Inject
    PhotoRepository photos;

    @Inject
    Clock clock;

    @Inject
    @Metric(name = "photoshare_comments_added", absolute = true, description = "Comments added")
    Counter commentsAdded;

    public Comment add(long photoId, String authorId, String text) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Comment added = ConflictRetry.run(() ->
                comments.add(new Comment(photoId, authorId, CommentText.normalised(text), now)));
        commentsAdded.inc();
        return added;
    }

    public Comment find(long id) {
        return comments.find(id).orElseThrow(() -> ProblemException.notFound("No such comment."));
    }

    /** Authors delete their own comments, admins anyone's. */
    public void delete(long id, String callerId, boolean callerIsAdmin) {
        if (!find(id).mayBeDeletedBy(callerId, callerIsAdmin)) {
            throw ProblemException.forbidden("Only its author or an admin may delete a comment.");
        }
        if (!comments.delete(id)) {
            throw ProblemException.notFound("No such comment.");
        }
    }

    public Page<Comment> ofPhoto(long photoId, CommentPosition after, int limit) {
        if (!photos.exists(photoId)) {
            throw ProblemException.notFound("No such photo.");
        }
        return Page.of(comments.ofPhoto(photoId, after, limit + 1), limit, c -> CommentPosition.after(c).encode());
    }

    public Page<Comment> ofAuthor(String authorId, CommentPosition after, int limit) {
        return Page.of(comments.ofAuthor(authorId, after, limit + 1), limit, c -> CommentPosition.after(c).encode());
    }

    /** The latest {@code per} comments of each photo that has any, in the order of {@code photoIds}. */
    public Map<Long, List<Comment>> latest(List<Long> photoIds, int per) {
        Map<Long, List<Comment>> byPhoto = comments.latest(photoIds, per).stream()
                .collect(Collectors.groupingBy(Comment::photoId));
        Map<Long, List<Comment>> ordered = new LinkedHashMap<>();
        photoIds.stream().filter(byPhoto::containsKey).forEach(id -> ordered.put(id, byPhoto.get(id)));
        return ordered;
    }

    public Announcement register(long photoId, String ownerId, Instant createdAt) {
        Instant stored = createdAt.truncatedTo(ChronoUnit.MILLIS);
        return ConflictRetry.run(() -> photos.register(photoId, ownerId, stored));
    }

    /** Forgets a photo and removes its comments; idempotent, so a repeated or resumed call finishes the work. */
    public void deletePhoto(long photoId) {
        ConflictRetry.run(() -> photos.delete(photoId, clock.instant()));
        while (ConflictRetry.run(() -> comments.deleteOfPhoto(photoId, CLEAN_UP_CHUNK)) > 0) {
            // next chunk
        }
    }

    /** Removes every comment of a user; idempotent. */
    public void deleteUser(String userId) {
        while (ConflictRetry.run(() -> comments.deleteOfAuthor(userId, CLEAN_UP_CHUNK)) > 0) {
            // next chunk
        }
    }
}
