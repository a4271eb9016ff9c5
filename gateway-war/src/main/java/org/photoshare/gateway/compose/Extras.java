package org.photoshare.gateway.compose;

import org.photoshare.gateway.edge.PhotoCounts;
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
        RemoteCounts votes = votes(photo.id());
        return new PhotoCard(photo.id(), photo.title(), user(photo.ownerId()), photo.createdAt(), photo.width(),
                photo.height(), votes == null ? null : votes.upvotes(), votes == null ? null : votes.downvotes(),
                comments(photo.id()), null, ImageLinks.of(photo.id()));
    }

    /** The counts a page shows of a photo, when both vote-war and comment-war answered. */
    Optional<PhotoCounts> countsOf(long photoId) {
        RemoteCounts votes = votes(photoId);
        Long comments = comments(photoId);
        return votes == null || comments == null ? Optional.empty()
                : Optional.of(new PhotoCounts(votes.upvotes(), votes.downvotes(), comments));
    }

    /** A photo's votes (none recorded: zero); null when not asked for or vote-war did not answer. */
    private RemoteCounts votes(long photoId) {
        return counts == null || counts.isEmpty() ? null
                : counts.get().getOrDefault(photoId, new RemoteCounts(photoId, 0, 0));
    }

    /** A photo's number of comments (none: zero); null when not asked for or comment-war did not answer. */
    private Long comments(long photoId) {
        return commentCounts == null || commentCounts.isEmpty() ? null : commentCounts.get().getOrDefault(photoId, 0L);
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
