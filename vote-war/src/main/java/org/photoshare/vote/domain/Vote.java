package org.photoshare.vote.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One user's vote on one photo: +1 or -1 (a withdrawn vote has no row). */
@Entity
@Table(name = "vote")
@IdClass(Vote.Key.class)
public class Vote {

    /** The composite primary key (photo, user). */
    public static class Key implements Serializable {
        private long photoId;
        private String userId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.photoId == photoId && Objects.equals(key.userId, userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(photoId, userId);
        }
    }

    @Id
    @Column(name = "photo_id")
    private long photoId;

    @Id
    @Column(name = "user_id", length = 36)
    private String userId;

    @Column(name = "value", nullable = false)
    private int value;

    @Column(name = "voted_at", nullable = false)
    private Instant votedAt;

    protected Vote() {
    }

    public long photoId() {
        return photoId;
    }

    public String userId() {
        return userId;
    }

    public int value() {
        return value;
    }

    public Instant votedAt() {
        return votedAt;
    }
}
