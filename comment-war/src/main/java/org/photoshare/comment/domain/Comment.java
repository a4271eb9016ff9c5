package org.photoshare.comment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/** A comment on a photo; its text is stored exactly as given (trimmed), never escaped. */
@Entity
@Table(name = "comment")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "photo_id", nullable = false)
    private long photoId;

    @Column(name = "author_id", nullable = false, length = 36)
    private String authorId;

    @Lob
    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Comment() {
    }

    public Comment(long photoId, String authorId, String text, Instant createdAt) {
        this.photoId = photoId;
        this.authorId = authorId;
        this.text = text;
        this.createdAt = createdAt;
    }

    /** Authors delete their own comments; admins delete anyone's. */
    public boolean mayBeDeletedBy(String userId, boolean admin) {
        return admin || authorId.equals(userId);
    }

    public long id() {
        return id;
    }

    public long photoId() {
        return photoId;
    }

    public String authorId() {
        return authorId;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
