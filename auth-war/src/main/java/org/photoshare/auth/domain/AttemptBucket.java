package org.photoshare.auth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The attempts of one subject (a username, an account's password check) in its current window. */
@Entity
@Table(name = "attempt_bucket")
public class AttemptBucket {

    @Id
    @Column(name = "subject", nullable = false, length = 255)
    private String subject;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    protected AttemptBucket() {
    }

    public AttemptBucket(String subject, Instant windowStart, int attempts) {
        this.subject = subject;
        this.windowStart = windowStart;
        this.attempts = attempts;
    }

    public Instant windowStart() {
        return windowStart;
    }

    public int attempts() {
        return attempts;
    }
}
