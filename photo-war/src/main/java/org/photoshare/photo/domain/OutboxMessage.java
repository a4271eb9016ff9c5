package org.photoshare.photo.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A change another service must learn of, written in the transaction that made it, and deleted
 * once that service acknowledged it. Delivery is at least once; the targets are idempotent.
 */
@Entity
@Table(name = "photo_outbox")
@NamedQuery(name = OutboxMessage.DUE,
        query = "SELECT m FROM OutboxMessage m WHERE m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id")
@NamedQuery(name = OutboxMessage.BY_IDS, query = "SELECT m FROM OutboxMessage m WHERE m.id IN :ids ORDER BY m.id")
@NamedQuery(name = OutboxMessage.CLAIM,
        query = "UPDATE OutboxMessage m SET m.attempts = m.attempts + 1, m.nextAttemptAt = :retryAt"
                + " WHERE m.id = :id AND m.attempts = :attempts")
@NamedQuery(name = OutboxMessage.RECORD_FAILURE,
        query = "UPDATE OutboxMessage m SET m.lastError = :error WHERE m.id = :id")
@NamedQuery(name = OutboxMessage.DELETE, query = "DELETE FROM OutboxMessage m WHERE m.id = :id")
@NamedQuery(name = OutboxMessage.DROP_ANNOUNCEMENTS,
        query = "DELETE FROM OutboxMessage m WHERE m.photoId = :photoId AND m.kind = :kind")
@NamedQuery(name = OutboxMessage.COUNT, query = "SELECT COUNT(m) FROM OutboxMessage m")
public class OutboxMessage {

    public static final String DUE = "OutboxMessage.due";
    public static final String BY_IDS = "OutboxMessage.byIds";
    public static final String CLAIM = "OutboxMessage.claim";
    public static final String RECORD_FAILURE = "OutboxMessage.recordFailure";
    public static final String DELETE = "OutboxMessage.delete";
    public static final String DROP_ANNOUNCEMENTS = "OutboxMessage.dropAnnouncements";
    public static final String COUNT = "OutboxMessage.count";

    public enum Target { VOTE, COMMENT }

    public enum Kind { PHOTO_ADDED, PHOTO_REMOVED }

    public static final int ERROR_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "target", nullable = false, length = 16)
    private Target target;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private Kind kind;

    @Column(name = "photo_id", nullable = false)
    private long photoId;

    @Column(name = "owner_id", nullable = false, length = 36)
    private String ownerId;

    @Column(name = "photo_created_at", nullable = false)
    private Instant photoCreatedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_MAX_LENGTH)
    private String lastError;

    protected OutboxMessage() {
    }

    public OutboxMessage(Target target, Kind kind, Photo photo, Instant now) {
        this.target = target;
        this.kind = kind;
        this.photoId = photo.id();
        this.ownerId = photo.ownerId();
        this.photoCreatedAt = photo.createdAt();
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** A removal for the same target and photo, to follow an announcement that may have arrived late. */
    public static OutboxMessage removalFollowing(OutboxMessage announcement, Instant now) {
        OutboxMessage removal = new OutboxMessage();
        removal.target = announcement.target;
        removal.kind = Kind.PHOTO_REMOVED;
        removal.photoId = announcement.photoId;
        removal.ownerId = announcement.ownerId;
        removal.photoCreatedAt = announcement.photoCreatedAt;
        removal.createdAt = now;
        removal.nextAttemptAt = now;
        return removal;
    }

    public Long id() {
        return id;
    }

    public Target target() {
        return target;
    }

    public Kind kind() {
        return kind;
    }

    public long photoId() {
        return photoId;
    }

    public String ownerId() {
        return ownerId;
    }

    public Instant photoCreatedAt() {
        return photoCreatedAt;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }
}
