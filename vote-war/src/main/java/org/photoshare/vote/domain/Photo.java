package org.photoshare.vote.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A photo as vote-war knows it from photo-war's announcement, with its tally and ranking keys. */
@Entity
@Table(name = "photo")
public class Photo {

    @Id
    @Column(name = "id")
    private long id;

    @Column(name = "owner_id", nullable = false, length = 36)
    private String ownerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "upload_day", nullable = false)
    private LocalDate uploadDay;

    @Column(name = "upvotes", nullable = false)
    private int upvotes;

    @Column(name = "downvotes", nullable = false)
    private int downvotes;

    @Column(name = "score", nullable = false, precision = 18, scale = TrendingScore.SCALE)
    private BigDecimal score;

    protected Photo() {
    }

    /** Sets the tally to counts just derived from the vote rows, and the score that follows from them. */
    public void retally(long upvotes, long downvotes) {
        this.upvotes = Math.toIntExact(upvotes);
        this.downvotes = Math.toIntExact(downvotes);
        this.score = TrendingScore.of(upvotes, downvotes, createdAt);
    }

    public long id() {
        return id;
    }

    public String ownerId() {
        return ownerId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public LocalDate uploadDay() {
        return uploadDay;
    }

    public int upvotes() {
        return upvotes;
    }

    public int downvotes() {
        return downvotes;
    }

    public BigDecimal score() {
        return score;
    }
}
