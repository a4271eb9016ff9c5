package org.photoshare.gateway.edge;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the writes that went through this gateway (every request that is not GET or HEAD, once it has
 * been answered). A shared answer is good only within the generation it was made in, so whoever wrote
 * sees their write on the next page, and so does everyone who asks after them through this replica.
 */
@ApplicationScoped
public class WriteGeneration {

    private final AtomicLong generation = new AtomicLong();

    public long current() {
        return generation.get();
    }

    public void advance() {
        generation.incrementAndGet();
    }
}
