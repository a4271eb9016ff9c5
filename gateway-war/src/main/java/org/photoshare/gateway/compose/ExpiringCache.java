package org.photoshare.gateway.compose;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A small map whose entries expire a fixed time after they were put, holding at most {@code maxEntries}
 * (the least recently used go first). Thread-safe; one lock, held only for map operations.
 * <p>
 * {@link #forget} also protects against a look-up that was under way while the value changed: a
 * {@link #putAll} whose values were read before the latest {@code forget} (its {@link #stamp()} is
 * older) is dropped, so a stale value cannot be put back right after an invalidation.
 */
final class ExpiringCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {
    }

    private final long ttlNanos;
    private final LongSupplier clock;
    private final LinkedHashMap<K, Entry<V>> entries;
    private long invalidations;

    ExpiringCache(long ttlNanos, int maxEntries, LongSupplier clock) {
        if (ttlNanos < 0 || maxEntries < 0) {
            throw new IllegalArgumentException("a cache needs a ttl and a size of 0 or more");
        }
        this.ttlNanos = ttlNanos;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The values of the given keys that are held and not expired. */
    synchronized Map<K, V> getAll(Collection<K> keys) {
        long now = clock.getAsLong();
        Map<K, V> found = new HashMap<>();
        for (K key : keys) {
            Entry<V> entry = entries.get(key);
            if (entry == null) {
                continue;
            }
            if (now - entry.expiresAt() >= 0) {
                entries.remove(key);
            } else {
                found.put(key, entry.value());
            }
        }
        return found;
    }

    /** To take before reading the values that will be put, and to pass to {@link #putAll}. */
    synchronized long stamp() {
        return invalidations;
    }

    /** Holds the values, unless something was forgotten since {@code stamp} was taken. */
    synchronized void putAll(Map<K, V> values, long stamp) {
        if (stamp != invalidations || ttlNanos == 0) {
            return;
        }
        long expiresAt = clock.getAsLong() + ttlNanos;
        values.forEach((key, value) -> entries.put(key, new Entry<>(value, expiresAt)));
    }

    synchronized void forget(K key) {
        invalidations++;
        entries.remove(key);
    }

    synchronized int size() {
        return entries.size();
    }
}
