package org.photoshare.gateway.compose;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A signed-in user's own votes on the photos they were shown, held for
 * {@code photoshare.gateway.my-votes-cache.millis} (2 s): a user turning pages asks vote-war only for
 * photos not seen in that time. Only that user's own writes change their votes, and every write
 * through this gateway forgets the writer's entry once it is answered (EdgeCacheFilter), so the next
 * page shows it; a vote through another replica shows within that time.
 */
@ApplicationScoped
public class CachedMyVotes {

    @Inject
    VoteLookup lookup;

    @Inject
    @ConfigProperty(name = "photoshare.gateway.my-votes-cache.millis", defaultValue = "2000")
    long ttlMillis;

    @Inject
    @ConfigProperty(name = "photoshare.gateway.my-votes-cache.users", defaultValue = "10000")
    long maxUsers;

    /** Per user, photo id to vote (0 for none). A forgotten user's map is dropped, never cleared. */
    private Cache<String, Map<Long, Integer>> cache;

    @PostConstruct
    void init() {
        cache = Caffeine.newBuilder().expireAfterWrite(Duration.ofMillis(ttlMillis)).maximumSize(maxUsers).build();
    }

    /** The user's votes on these photos (0 where none); empty when vote-war had to be asked and did not answer. */
    public Optional<Map<Long, Integer>> of(String userId, String bearer, Collection<Long> photoIds) {
        Map<Long, Integer> known = ttlMillis > 0 ? cache.get(userId, id -> new ConcurrentHashMap<>()) : new HashMap<>();
        List<Long> missing = photoIds.stream().filter(id -> !known.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            Optional<Map<Long, Integer>> asked = lookup.myVotes(bearer, missing);
            if (asked.isEmpty()) {
                return asked;
            }
            missing.forEach(id -> known.put(id, asked.get().getOrDefault(id, 0)));
        }
        Map<Long, Integer> votes = new HashMap<>();
        photoIds.forEach(id -> votes.put(id, known.getOrDefault(id, 0)));
        return Optional.of(votes);
    }

    /** After the user wrote something: their next page asks vote-war again. */
    public void forget(String userId) {
        cache.invalidate(userId);
    }
}
