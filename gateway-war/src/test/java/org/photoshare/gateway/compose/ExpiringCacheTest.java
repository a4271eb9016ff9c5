package org.photoshare.gateway.compose;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiringCacheTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final ExpiringCache<String, String> cache = new ExpiringCache<>(100, 3, now::get);

    @Test
    void anEntryIsHeldUntilItExpires() {
        cache.putAll(Map.of("a", "Alice"), cache.stamp());
        now.addAndGet(99);
        assertThat(cache.getAll(List.of("a", "b"))).containsExactly(Map.entry("a", "Alice"));
        now.addAndGet(1);
        assertThat(cache.getAll(List.of("a"))).isEmpty();
        assertThat(cache.size()).as("an expired entry is dropped when seen").isZero();
    }

    @Test
    void theLeastRecentlyUsedEntryGoesWhenTheCacheIsFull() {
        // one at a time: Map.of has no iteration order
        cache.putAll(Map.of("a", "1"), cache.stamp());
        cache.putAll(Map.of("b", "2"), cache.stamp());
        cache.putAll(Map.of("c", "3"), cache.stamp());
        cache.getAll(List.of("a"));
        cache.putAll(Map.of("d", "4"), cache.stamp());
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.getAll(List.of("a", "b", "c", "d")).keySet()).containsOnly("a", "c", "d")
                .doesNotContain("b");
    }

    @Test
    void aForgottenEntryIsAskedAgain() {
        cache.putAll(Map.of("a", "Alice"), cache.stamp());
        cache.forget("a");
        assertThat(cache.getAll(List.of("a"))).isEmpty();
    }

    @Test
    void valuesReadBeforeAnInvalidationAreNotPutBack() {
        long stamp = cache.stamp();
        cache.forget("a");
        cache.putAll(Map.of("a", "Alice (old name)"), stamp);
        assertThat(cache.getAll(List.of("a"))).isEmpty();
        cache.putAll(Map.of("a", "Alice"), cache.stamp());
        assertThat(cache.getAll(List.of("a"))).containsEntry("a", "Alice");
    }

    @Test
    void aZeroTtlHoldsNothing() {
        ExpiringCache<String, String> off = new ExpiringCache<>(0, 10, now::get);
        off.putAll(Map.of("a", "Alice"), off.stamp());
        assertThat(off.getAll(List.of("a"))).isEmpty();
    }
}
