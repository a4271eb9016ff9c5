package org.photoshare.gateway.edge;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The counts of the photos that kept photo pages show, as this gateway last saw them, so that a kept
 * page can be used for as long as nothing on it changed (see {@link EdgeCache}).
 * <p>
 * Whoever reads a photo's counts (the composition of a page, or the sweep) reports them here and gets
 * a version back. The version stays the same while the counts do and is new (never used before) when
 * they differ, so a page made from counts that someone has since seen change no longer matches, even
 * when the counts later return to what they were. A page is kept with the versions of its photos and
 * used only while each is still current.
 */
final class PhotoWatch {

    /** Counts as last read, their version, and when a page was last made from them (System.nanoTime). */
    private record Seen(PhotoCounts counts, long version, long reportedAt) {
    }

    /** A photo reported this recently stays watched: a page made from it may not be kept yet. */
    static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final ConcurrentMap<Long, Seen> seen = new ConcurrentHashMap<>();
    private final AtomicLong versions = new AtomicLong();

    /** Reports counts a page is being made from; the answer is the version the page holds. */
    long observe(long photoId, PhotoCounts counts) {
        long now = System.nanoTime();
        return seen.compute(photoId, (id, known) -> new Seen(counts, versionOf(known, counts), now)).version();
    }

    /** Reports counts read again for a photo that is watched (the sweep). */
    void recheck(long photoId, PhotoCounts counts) {
        seen.computeIfPresent(photoId, (id, known) -> new Seen(counts, versionOf(known, counts), known.reportedAt()));
    }

    private long versionOf(Seen known, PhotoCounts counts) {
        return known != null && known.counts().equals(counts) ? known.version() : versions.incrementAndGet();
    }

    /** Whether a page that shows these photos was made from the latest known counts of each of them. */
    boolean current(Set<Long> photos, Map<Long, Long> versionsHeld) {
        if (photos.isEmpty()) {
            return false;
        }
        for (Long photoId : photos) {
            Long held = versionsHeld.get(photoId);
            Seen known = seen.get(photoId);
            if (held == null || known == null || known.version() != held) {
                return false;
            }
        }
        return true;
    }

    /** The photos being watched. */
    Set<Long> watched() {
        return Set.copyOf(seen.keySet());
    }

    /** Stops watching the photos no kept page shows any more, unless they were reported just now. */
    void retainOnly(Set<Long> shown) {
        long now = System.nanoTime();
        seen.entrySet().removeIf(entry -> !shown.contains(entry.getKey())
                && now - entry.getValue().reportedAt() > GRACE_NANOS);
    }
}
