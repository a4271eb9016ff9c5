package org.photoshare.auth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "credential")
@NamedQuery(name = Credential.BY_USERNAME,
        query = "SELECT c FROM Credential c WHERE c.username = :username")
@NamedQuery(name = Credential.STALE_IN_STATE,
        query = "SELECT c FROM Credential c WHERE c.state = :state AND c.updatedAt < :before ORDER BY c.updatedAt")
public class Credential {

    public static final String BY_USERNAME = "Credential.byUsername";
    public static final String STALE_IN_STATE = "Credential.staleInState";

    @Id
    @Column(name = "user_id", length = 36)
    private String userId;

    @Column(name = "username", nullable = false, length = 30)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private CredentialState state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Credential() {
    }

    public Credential(String userId, String username, String passwordHash, Instant now) {
        this.userId = userId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.state = CredentialState.PENDING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String userId() {
        return userId;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public CredentialState state() {
        return state;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public void moveTo(CredentialState next, Instant now) {
        this.state = next;
        this.updatedAt = now;
    }

    public void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.updatedAt = now;
    }
}
