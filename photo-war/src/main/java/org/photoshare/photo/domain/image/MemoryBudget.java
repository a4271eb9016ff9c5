package org.photoshare.photo.domain.image;

import org.photoshare.platform.problem.ProblemException;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Heap reserved for decoding: every upload reserves what its pixel count will need before it
 * decodes, so concurrent large uploads queue instead of exhausting the heap. An image needing more
 * than the whole budget reserves all of it and runs alone.
 */
public final class MemoryBudget {

    private static final long KIB = 1024;

    private final Semaphore kibibytes;
    private final int totalKib;
    private final Duration maxWait;

    public MemoryBudget(long bytes, Duration maxWait) {
        this.totalKib = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / KIB));
        this.kibibytes = new Semaphore(totalKib, true);
        this.maxWait = maxWait;
    }

    /** A budget of {@code fraction} of this JVM's maximum heap. */
    public static MemoryBudget ofHeap(double fraction, Duration maxWait) {
        return new MemoryBudget((long) (Runtime.getRuntime().maxMemory() * fraction), maxWait);
    }

    public long totalBytes() {
        return totalKib * KIB;
    }

    /** @throws ProblemException 503 when the memory does not free up within the configured wait */
    public Reservation reserve(long bytes) {
        int wanted = (int) Math.max(1, Math.min(totalKib, (bytes + KIB - 1) / KIB));
        try {
            if (!kibibytes.tryAcquire(wanted, maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ProblemException(503, "Service Unavailable",
                        "Too many large images are being processed right now; nothing was stored. Please try again.",
                        java.util.Map.of("Retry-After", "5"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.serviceUnavailable("Interrupted while waiting to process the image.");
        }
        return new Reservation(wanted);
    }

    public final class Reservation implements AutoCloseable {

        private final int kib;
        private boolean released;

        private Reservation(int kib) {
            this.kib = kib;
        }

        @Override
        public void close() {
            if (!released) {
                released = true;
                kibibytes.release(kib);
            }
        }
    }
}
