package org.photoshare.gateway.edge;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the writes that go through this gateway (every request that is not GET or HEAD). A shared
 * answer is good only within the generation it was begun in, so whoever wrote sees their write on the
 * next page, and so does everyone who asks after them through this replica.
 * <p>
 * A write's client may have its answer before the filter that ran the write gets control back, so the
 * generation cannot just move on after the write: it moves when the write begins and again when it
 * ends, and while any write is under way there is no generation ({@link #UNSETTLED}): nothing begun
 * then is kept, since it may have read the database just before the write committed.
 */
@ApplicationScoped
public class WriteGeneration {

    /** The generation while a write is under way: matches no kept answer, and nothing is kept under it. */
    public static final long UNSETTLED = -1;

    private final AtomicLong generation = new AtomicLong();
    private final AtomicInteger underWay = new AtomicInteger();

    public long current() {
        long before = generation.get();
        return underWay.get() == 0 && generation.get() == before ? before : UNSETTLED;
    }

    public void begin() {
        underWay.incrementAndGet();
        generation.incrementAndGet();
    }

    public void end() {
        generation.incrementAndGet();
        underWay.decrementAndGet();
    }
}
