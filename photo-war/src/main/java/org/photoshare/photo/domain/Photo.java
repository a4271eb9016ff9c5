package org.photoshare.photo.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A photo's metadata, as every listing reads it. The image bytes live in {@link PhotoImage}, with
 * no mapping from here, so that no listing can load them by accident.
 *
 * <p>Pages are keyset-paged by (createdAt DESC, id DESC); the "after" queries start strictly after
 * the last photo of the previous page. Written as {@code createdAt <= t AND (createdAt < t OR id < i)}
 * so that MariaDB scans one range of the (created_at, id) index backwards.
 */
@Entity
@Table(name = "photo")
@NamedQuery(name = Photo.BY_IDS, query = "SELECT p FROM Photo p WHERE p.id IN :ids")
@NamedQuery(name = Photo.NEWEST,
        query = "SELECT p FROM Photo p ORDER BY p.createdAt DESC, p.id DESC")
@NamedQuery(name = Photo.NEWEST_AFTER,
        query = "SELECT p FROM Photo p WHERE p.createdAt <= :createdAt AND (p.createdAt < :createdAt OR p.id < :id)"
                + " ORDER BY p.createdAt DESC, p.id DESC")
@NamedQuery(name = Photo.OWNERS_NEWEST,
        query = "SELECT p FROM Photo p WHERE p.ownerId = :ownerId ORDER BY p.createdAt DESC, p.id DESC")
@NamedQuery(name = Photo.OWNERS_NEWEST_AFTER,
        query = "SELECT p FROM Photo p WHERE p.ownerId = :ownerId AND p.createdAt <= :createdAt"
                + " AND (p.createdAt < :createdAt OR p.id < :id) ORDER BY p.createdAt DESC, p.id DESC")
@NamedQuery(name = Photo.IDS_OF_OWNER, query = "SELECT p.id FROM Photo p WHERE p.ownerId = :ownerId ORDER BY p.id")
public class Photo {

    public static final String BY_IDS = "Photo.byIds";
    public static final String NEWEST = "Photo.newest";
    public static final String NEWEST_AFTER = "Photo.newestAfter";
    public static final String OWNERS_NEWEST = "Photo.ownersNewest";
    public static final String OWNERS_NEWEST_AFTER = "Photo.ownersNewestAfter";
    public static final String IDS_OF_OWNER = "Photo.idsOfOwner";

    public static final int TITLE_MAX_LENGTH = 140;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "owner_id", nullable = false, length = 36)
    private String ownerId;

    @Column(name = "title", nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "width", nullable = false)
    private int width;

    @Column(name = "height", nullable = false)
    private int height;

    protected Photo() {
    }

    public Photo(String ownerId, String title, Instant createdAt, int width, int height) {
        this.ownerId = ownerId;
        this.title = title;
        this.createdAt = createdAt;
        this.width = width;
        this.height = height;
    }

    public Long id() {
        return id;
    }

    public String ownerId() {
        return ownerId;
    }

    public String title() {
        return title;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
