package org.photoshare.gateway.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.photoshare.gateway.client.CommentClient;
import org.photoshare.gateway.wire.RemoteComment;
import org.photoshare.gateway.wire.RemoteCommentCount;
import org.photoshare.gateway.wire.RemotePage;
import org.photoshare.platform.client.RemoteRefusal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Comment counts in batch and a photo's comments; empty when comment-war does not answer. */
@ApplicationScoped
public class CommentLookup {

    @Inject
    @RestClient
    CommentClient comments;

    @Fallback(fallbackMethod = "noCounts")
    public Optional<Map<Long, Long>> counts(Collection<Long> photoIds) {
        if (photoIds.isEmpty()) {
            return Optional.of(Map.of());
        }
        return Optional.of(Downstream.part("comment counts", () -> comments.counts(Downstream.ids(photoIds))).stream()
                .collect(Collectors.toMap(RemoteCommentCount::photoId, RemoteCommentCount::count, (a, b) -> a)));
    }

    /** A refusal (a bad cursor, an unknown photo) is an answer and passes; only failures fall back. */
    @Fallback(fallbackMethod = "noPage", skipOn = RemoteRefusal.class)
    public Optional<RemotePage<RemoteComment>> ofPhoto(long photoId, String cursor, int limit) {
        return Optional.of(Downstream.part("comments", () -> comments.ofPhoto(photoId, limit, cursor)));
    }

    Optional<Map<Long, Long>> noCounts(Collection<Long> photoIds) {
        return Optional.empty();
    }

    Optional<RemotePage<RemoteComment>> noPage(long photoId, String cursor, int limit) {
        return Optional.empty();
    }
}
