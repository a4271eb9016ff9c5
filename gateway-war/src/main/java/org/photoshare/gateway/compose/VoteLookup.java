package org.photoshare.gateway.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.photoshare.gateway.client.VoteClient;
import org.photoshare.gateway.wire.RemoteCounts;
import org.photoshare.gateway.wire.RemoteMyVote;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Vote counts and the viewer's votes in batch; empty when vote-war does not answer. */
@ApplicationScoped
public class VoteLookup {

    @Inject
    @RestClient
    VoteClient votes;

    @Fallback(fallbackMethod = "noCounts")
    public Optional<Map<Long, RemoteCounts>> counts(Collection<Long> photoIds) {
        if (photoIds.isEmpty()) {
            return Optional.of(Map.of());
        }
        return Optional.of(Downstream.part("vote counts", () -> votes.counts(Downstream.ids(photoIds))).stream()
                .collect(Collectors.toMap(RemoteCounts::photoId, Function.identity(), (a, b) -> a)));
    }

    @Fallback(fallbackMethod = "noVotes")
    public Optional<Map<Long, Integer>> myVotes(String bearer, Collection<Long> photoIds) {
        if (photoIds.isEmpty()) {
            return Optional.of(Map.of());
        }
        return Optional.of(Downstream.part("my votes", () -> votes.myVotes(bearer, Downstream.ids(photoIds))).stream()
                .collect(Collectors.toMap(RemoteMyVote::photoId, RemoteMyVote::value, (a, b) -> a)));
    }

    Optional<Map<Long, RemoteCounts>> noCounts(Collection<Long> photoIds) {
        return Optional.empty();
    }

    Optional<Map<Long, Integer>> noVotes(String bearer, Collection<Long> photoIds) {
        return Optional.empty();
    }
}
