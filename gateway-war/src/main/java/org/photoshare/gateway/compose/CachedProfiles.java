package org.photoshare.gateway.compose;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.photoshare.ui.model.Profile;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * People's names for pages, held briefly: every page names the owners and authors it shows, mostly the
 * same few people, so profile-war is asked only for those not seen in the last
 * {@code photoshare.gateway.profile-cache.seconds} (30 by default; 0 turns the cache off). Only what a
 * page shows is kept (id, username, display name). A user's own change through this gateway forgets
 * their entry at once; another replica, or a change made elsewhere, shows within that time.
 */
@ApplicationScoped
public class CachedProfiles {

    @Inject
    ProfileLookup lookup;

    @Inject
    @ConfigProperty(name = "photoshare.gateway.profile-cache.seconds", defaultValue = "30")
    long ttlSeconds;

    @Inject
    @ConfigProperty(name = "photoshare.gateway.profile-cache.size", defaultValue = "10000")
    int maxEntries;

    private ExpiringCache<String, Profile> cache;

    @PostConstruct
    void init() {
        cache = new ExpiringCache<>(TimeUnit.SECONDS.toNanos(ttlSeconds), maxEntries, System::nanoTime);
    }

    /** The profiles of these ids (those profile-war knows); empty when it had to be asked and did not answer. */
    public Optional<Map<String, Profile>> byIds(Collection<String> ids) {
        return byIds(cache, lookup::byIds, ids);
    }

    /** After the user changed (or deleted) their profile. */
    public void forget(String userId) {
        if (userId != null) {
            cache.forget(userId);
        }
    }

    static Optional<Map<String, Profile>> byIds(ExpiringCache<String, Profile> cache,
                                                Function<Set<String>, Optional<Map<String, Profile>>> lookup,
                                                Collection<String> ids) {
        Map<String, Profile> found = new HashMap<>(cache.getAll(ids));
        Set<String> missing = new LinkedHashSet<>(ids);
        missing.removeAll(found.keySet());
        if (missing.isEmpty()) {
            return Optional.of(found);
        }
        long stamp = cache.stamp();
        Optional<Map<String, Profile>> asked = lookup.apply(missing);
        if (asked.isEmpty()) {
            return asked;
        }
        Map<String, Profile> shown = new HashMap<>();
        asked.get().forEach((id, p) -> shown.put(id, new Profile(p.id(), p.username(), p.displayName(), null, null,
                p.createdAt())));
        cache.putAll(shown, stamp);
        found.putAll(shown);
        return Optional.of(found);
    }
}
