package org.photoshare.profile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "profile")
@NamedQuery(name = Profile.BY_IDS, query = "SELECT p FROM Profile p WHERE p.id IN :ids")
@NamedQuery(name = Profile.COUNT_EMAIL_OF_OTHERS,
        query = "SELECT COUNT(p) FROM Profile p WHERE p.email = :email AND p.id <> :id")
public class Profile {

    public static final String BY_IDS = "Profile.byIds";
    public static final String COUNT_EMAIL_OF_OTHERS = "Profile.countEmailOfOthers";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "username", nullable = false, length = 30)
    private String username;

    @Column(name = "display_name", length = 50)
    private String displayName;

    @Column(name = "bio", length = 300)
    private String bio;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Profile() {
    }

    public Profile(String id, String username, String email, Instant now) {
        this.id = id;
        this.username = username;
        this.email = email;
        this.displayName = username;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void update(String displayName, String bio, String email, Instant now) {
        this.displayName = displayName;
        this.bio = bio;
        this.email = email;
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String bio() {
        return bio;
    }

    public String email() {
        return email;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
