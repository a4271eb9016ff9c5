package org.photoshare.auth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "sign_in_failure")
@NamedQuery(name = SignInFailure.RECENT_TIMES,
        query = "SELECT f.failedAt FROM SignInFailure f WHERE f.username = :username AND f.failedAt > :since"
                + " ORDER BY f.failedAt DESC")
@NamedQuery(name = SignInFailure.CLEAR,
        query = "DELETE FROM SignInFailure f WHERE f.username = :username")
@NamedQuery(name = SignInFailure.PURGE_BEFORE,
        query = "DELETE FROM SignInFailure f WHERE f.failedAt < :before")
public class SignInFailure {

    public static final String RECENT_TIMES = "SignInFailure.recentTimes";
    public static final String CLEAR = "SignInFailure.clear";
    public static final String PURGE_BEFORE = "SignInFailure.purgeBefore";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected SignInFailure() {
    }

    public SignInFailure(String username, Instant failedAt) {
        this.username = username;
        this.failedAt = failedAt;
    }
}
