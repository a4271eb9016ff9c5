package org.photoshare.gateway.compose;

import org.photoshare.gateway.wire.RemoteCounts;
import org.photoshare.gateway.wire.RemotePhoto;
import org.photoshare.ui.model.ImageLinks;
import org.photoshare.ui.model.Part;
import org.photoshare.ui.model.PhotoCard;
import org.photoshare.ui.model.Profile;
import org.photoshare.ui.model.UserRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the other services added to a page of photos, one batch answer each; an empty Optional is a
 * service that did not answer, and its part is left out of the cards and named in {@link #unavailable()}.
 * A null part was not asked for. The viewer's own votes are not among them: the cards are the same
 * for everyone (see EdgeGallery#withMyVotes).
 */
record Extras(Optional<Map<String, Profile>> profiles, Optional<Map<Long, RemoteCounts>> counts,
              Optional<Map<Long, Long>> commentCounts) {

    /** For lists that show photos by title only (a user's comments and votes). */
    static final Extras NONE = new Extras(Optional.of(Map.of()), null, null);

    PhotoCard card(RemotePhoto photo) {
        Long up = null;
        Long down = null;
        if (counts != null && counts.isPresent()) {
            RemoteCounts c = counts.get().get(photo.id());
            up = c == null ? 0L : c.upvotes();
            down = c == null ? 0L : c.downvotes();
        }
        Long comments = commentCounts != null && commentCounts.isPresent()
                ? commentCounts.get().getOrDefault(photo.id(), 0L) : null;
        return new PhotoCard(photo.id(), photo.title(), user(photo.ownerId()), photo.createdAt(), photo.width(),
                photo.height(), up, down, comments, null, ImageLinks.of(photo.id()));
    }

    List<PhotoCard> cards(List<RemotePhoto> photos) {
        return photos.stream().map(this::card).toList();
    }

    UserRef user(String userId) {
        Profile profile = profiles.map(known -> known.get(userId)).orElse(null);
        return profile == null ? UserRef.unknown(userId)
                : new UserRef(profile.id(), profile.username(), profile.displayName());
    }

    List<String> unavailable() {
        List<String> parts = new ArrayList<>();
        missing(parts, profiles, Part.PROFILES);
        missing(parts, counts, Part.COUNTS);
        missing(parts, commentCounts, Part.COMMENT_COUNTS);
        return parts;
    }

    private static void missing(List<String> parts, Optional<?> answer, Part part) {
        if (answer != null && answer.isEmpty()) {
            parts.add(part.key());
        }
    }
}
