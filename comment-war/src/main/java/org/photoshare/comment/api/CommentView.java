package org.photoshare.comment.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.photoshare.comment.domain.Comment;

import java.time.Instant;

/** A comment as JSON: the text exactly as stored (JSON encoding makes it safe; HTML escaping is the page's job). */
@JsonbPropertyOrder({"id", "photoId", "authorId", "text", "createdAt"})
public record CommentView(long id, long photoId, String authorId, String text, Instant createdAt) {

    static CommentView of(Comment comment) {
        return new CommentView(comment.id(), comment.photoId(), comment.authorId(), comment.text(), comment.createdAt());
    }
}
