package org.photoshare.photo.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.photoshare.photo.domain.ImageHeader;
import org.photoshare.photo.domain.NewestKey;
import org.photoshare.photo.domain.OutboxMessage;
import org.photoshare.photo.domain.Photo;
import org.photoshare.photo.domain.PhotoImage;
import org.photoshare.photo.domain.image.ProcessedImage;
import org.photoshare.photo.domain.image.Variant;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Photos, their images and the outbox messages about them. Adding and removing a photo each happen
 * in one transaction together with the messages that tell the other services.
 */
@ApplicationScoped
@Transactional
public class PhotoRepository {

    /** A photo just written, and the outbox messages written with it. */
    public record Change(Photo photo, List<Long> messageIds) {
    }

    @PersistenceContext(unitName = "photo")
    EntityManager em;

    public Change add(String ownerId, String title, Instant now, ProcessedImage image) {
        Photo photo = new Photo(ownerId, title, now, image.width(), image.height());
        em.persist(photo);
        em.flush();
        image.variants().forEach((variant, encoded) -> em.persist(new PhotoImage(photo.id(), variant, encoded)));
        return new Change(photo, announce(photo, OutboxMessage.Kind.PHOTO_ADDED, now));
    }

    /**
     * Removes the photo and its images, drops announcements of it not delivered yet (they would
     * only make the other services register a photo that is gone) and writes its removal messages.
     *
     * @return empty when there is no such photo
     */
    public Optional<Change> remove(long photoId, Instant now) {
        Photo photo = em.find(Photo.class, photoId);
        if (photo == null) {
            return Optional.empty();
        }
        em.createNamedQuery(PhotoImage.DELETE_OF_PHOTO).setParameter("photoId", photoId).executeUpdate();
        em.createNamedQuery(OutboxMessage.DROP_ANNOUNCEMENTS)
                .setParameter("photoId", photoId)
                .setParameter("kind", OutboxMessage.Kind.PHOTO_ADDED)
                .executeUpdate();
        em.remove(photo);
        return Optional.of(new Change(photo, announce(photo, OutboxMessage.Kind.PHOTO_REMOVED, now)));
    }

    private List<Long> announce(Photo photo, OutboxMessage.Kind kind, Instant now) {
        List<OutboxMessage> messages = List.of(
                new OutboxMessage(OutboxMessage.Target.VOTE, kind, photo, now),
                new OutboxMessage(OutboxMessage.Target.COMMENT, kind, photo, now));
        messages.forEach(em::persist);
        em.flush();
        return messages.stream().map(OutboxMessage::id).toList();
    }

    public Optional<Photo> find(long id) {
        return Optional.ofNullable(em.find(Photo.class, id));
    }

    public List<Photo> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Photo.BY_IDS, Photo.class).setParameter("ids", ids).getResultList();
    }

    /** Up to {@code count} photos, newest first, strictly after {@code after} (null: from the newest). */
    public List<Photo> newest(NewestKey after, int count) {
        TypedQuery<Photo> query = after == null
                ? em.createNamedQuery(Photo.NEWEST, Photo.class)
                : after(em.createNamedQuery(Photo.NEWEST_AFTER, Photo.class), after);
        return query.setMaxResults(count).getResultList();
    }

    public List<Photo> newestOf(String ownerId, NewestKey after, int count) {
        TypedQuery<Photo> query = after == null
                ? em.createNamedQuery(Photo.OWNERS_NEWEST, Photo.class)
                : after(em.createNamedQuery(Photo.OWNERS_NEWEST_AFTER, Photo.class), after);
        return query.setParameter("ownerId", ownerId).setMaxResults(count).getResultList();
    }

    private static TypedQuery<Photo> after(TypedQuery<Photo> query, NewestKey key) {
        return query.setParameter("createdAt", key.createdAt()).setParameter("id", key.id());
    }

    public List<Long> idsOf(String ownerId, int count) {
        return em.createNamedQuery(Photo.IDS_OF_OWNER, Long.class)
                .setParameter("ownerId", ownerId).setMaxResults(count).getResultList();
    }

    public Optional<ImageHeader> imageHeader(long photoId, Variant variant) {
        return em.createNamedQuery(PhotoImage.HEADER, ImageHeader.class)
                .setParameter("photoId", photoId).setParameter("variant", variant)
                .getResultStream().findFirst();
    }

    public Optional<byte[]> imageBytes(long photoId, Variant variant) {
        return em.createNamedQuery(PhotoImage.BYTES, byte[].class)
                .setParameter("photoId", photoId).setParameter("variant", variant)
                .getResultStream().findFirst();
    }
}
