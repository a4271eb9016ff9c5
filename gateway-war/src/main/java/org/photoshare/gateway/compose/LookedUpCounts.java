package org.photoshare.gateway.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.photoshare.gateway.edge.CurrentCounts;
import org.photoshare.gateway.edge.PhotoCounts;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The edge's sweep reads counts through the same look-ups, and the same rule, as the pages. */
@ApplicationScoped
public class LookedUpCounts implements CurrentCounts {

    @Inject
    VoteLookup votes;

    @Inject
    CommentLookup comments;

    @Override
    public Optional<Map<Long, PhotoCounts>> of(Collection<Long> photoIds) {
        Extras extras = new Extras(Optional.of(Map.of()), votes.counts(photoIds), comments.counts(photoIds));
        Map<Long, PhotoCounts> counts = new HashMap<>();
        for (long photoId : photoIds) {
            Optional<PhotoCounts> shown = extras.countsOf(photoId);
            if (shown.isEmpty()) {
                return Optional.empty();
            }
            counts.put(photoId, shown.get());
        }
        return Optional.of(counts);
    }
}
