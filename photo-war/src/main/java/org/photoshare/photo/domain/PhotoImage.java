package org.photoshare.photo.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.photoshare.photo.domain.image.EncodedImage;
import org.photoshare.photo.domain.image.Variant;

import java.io.Serializable;
import java.util.Objects;

/**
 * One stored rendition of a photo. Only the image endpoint reads this table, and it reads the
 * header (type, hash) and the bytes with separate queries, so a conditional GET never loads the bytes.
 */
@Entity
@Table(name = "photo_image")
@IdClass(PhotoImage.Key.class)
@NamedQuery(name = PhotoImage.HEADER,
        query = "SELECT NEW org.photoshare.photo.domain.ImageHeader(i.mediaType, i.contentHash, i.byteCount)"
                + " FROM PhotoImage i WHERE i.photoId = :photoId AND i.variant = :variant")
@NamedQuery(name = PhotoImage.BYTES,
        query = "SELECT i.bytes FROM PhotoImage i WHERE i.photoId = :photoId AND i.variant = :variant")
@NamedQuery(name = PhotoImage.DELETE_OF_PHOTO, query = "DELETE FROM PhotoImage i WHERE i.photoId = :photoId")
@NamedQuery(name = PhotoImage.COUNT_OF_PHOTO, query = "SELECT COUNT(i) FROM PhotoImage i WHERE i.photoId = :photoId")
public class PhotoImage {

    public static final String HEADER = "PhotoImage.header";
    public static final String BYTES = "PhotoImage.bytes";
    public static final String DELETE_OF_PHOTO = "PhotoImage.deleteOfPhoto";
    public static final String COUNT_OF_PHOTO = "PhotoImage.countOfPhoto";

    @Id
    @Column(name = "photo_id")
    private Long photoId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "variant", length = 16)
    private Variant variant;

    @Column(name = "media_type", nullable = false, length = 32)
    private String mediaType;

    @Column(name = "width", nullable = false)
    private int width;

    @Column(name = "height", nullable = false)
    private int height;

    @Column(name = "byte_count", nullable = false)
    private int byteCount;

    @Column(name = "content_hash", nullable = false, length = 43)
    private String contentHash;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "bytes", nullable = false)
    private byte[] bytes;

    protected PhotoImage() {
    }

    public PhotoImage(long photoId, Variant variant, EncodedImage image) {
        this.photoId = photoId;
        this.variant = variant;
        this.mediaType = image.format().mediaType();
        this.width = image.width();
        this.height = image.height();
        this.byteCount = image.bytes().length;
        this.contentHash = image.contentHash();
        this.bytes = image.bytes();
    }

    public static class Key implements Serializable {

        private Long photoId;
        private Variant variant;

        public Key() {
        }

        public Key(Long photoId, Variant variant) {
            this.photoId = photoId;
            this.variant = variant;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(photoId, key.photoId) && variant == key.variant;
        }

        @Override
        public int hashCode() {
            return Objects.hash(photoId, variant);
        }
    }
}
