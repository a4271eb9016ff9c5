package org.photoshare.gateway.compose;

import org.junit.jupiter.api.Test;
import org.photoshare.ui.model.Profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CachedProfilesTest {

    private final AtomicLong now = new AtomicLong();
    private final ExpiringCache<String, Profile> cache = new ExpiringCache<>(1_000, 100, now::get);
    private final List<Set<String>> asked = new ArrayList<>();
    private final Function<Set<String>, Optional<Map<String, Profile>>> profileWar = ids -> {
        asked.add(Set.copyOf(ids));
        return Optional.of(ids.stream().filter(id -> !id.equals("gone"))
                .collect(Collectors.toMap(id -> id, CachedProfilesTest::profile)));
    };

    @Test
    void onlyThePeopleNotSeenRecentlyAreAsked() {
        assertThat(CachedProfiles.byIds(cache, profileWar, List.of("u1", "u2")).orElseThrow()).containsOnlyKeys("u1", "u2");
        Map<String, Profile> second = CachedProfiles.byIds(cache, profileWar, List.of("u1", "u2", "u3")).orElseThrow();
        assertThat(second).containsOnlyKeys("u1", "u2", "u3");
        assertThat(asked).containsExactly(Set.of("u1", "u2"), Set.of("u3"));
        CachedProfiles.byIds(cache, profileWar, List.of("u3", "u1"));
        assertThat(asked).as("all known: profile-war is not asked").hasSize(2);
    }

    @Test
    void onlyWhatPagesShowIsKept() {
        Profile kept = CachedProfiles.byIds(cache, profileWar, List.of("u1")).orElseThrow().get("u1");
        assertThat(kept.username()).isEqualTo("user-u1");
        assertThat(kept.displayName()).isEqualTo("User u1");
        assertThat(kept.email()).isNull();
        assertThat(kept.bio()).isNull();
    }

    @Test
    void anExpiredOrForgottenProfileIsAskedAgain() {
        CachedProfiles.byIds(cache, profileWar, List.of("u1", "u2"));
        cache.forget("u1");
        CachedProfiles.byIds(cache, profileWar, List.of("u1", "u2"));
        now.addAndGet(1_000);
        CachedProfiles.byIds(cache, profileWar, List.of("u2"));
        assertThat(asked).containsExactly(Set.of("u1", "u2"), Set.of("u1"), Set.of("u2"));
    }

    @Test
    void profileWarNotAnsweringLeavesThePeopleOutAndIsNotCached() {
        CachedProfiles.byIds(cache, profileWar, List.of("u1"));
        Optional<Map<String, Profile>> answer = CachedProfiles.byIds(cache, ids -> Optional.empty(), List.of("u1", "u2"));
        assertThat(answer).as("the part is unavailable, as without the cache").isEmpty();
        assertThat(CachedProfiles.byIds(cache, profileWar, List.of("u2")).orElseThrow()).containsOnlyKeys("u2");
    }

    @Test
    void anUnknownPersonIsSimplyNotNamed() {
        assertThat(CachedProfiles.byIds(cache, profileWar, List.of("u1", "gone")).orElseThrow()).containsOnlyKeys("u1");
    }

    private static Profile profile(String id) {
        return new Profile(id, "user-" + id, "User " + id, "a bio", id + "@example.com", Instant.EPOCH);
    }
}
