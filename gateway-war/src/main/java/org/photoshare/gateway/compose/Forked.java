package org.photoshare.gateway.compose;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A look-up started on a pool thread, so that a page's look-ups run side by side. Whoever comes first
 * runs it: a pool thread, or the request thread in {@link #join} when no pool thread has taken it yet
 * (a busy or refusing pool then costs no more than calling the look-ups one after another, and never
 * a deadlock). The wait for a look-up under way is bounded; a look-up that fails, throws or does not
 * answer in time yields {@code unavailable}, as its own fallback would.
 */
final class Forked<T> {

    private static final Logger LOG = Logger.getLogger(Forked.class.getName());

    private final String name;
    private final Supplier<T> lookup;
    private final T unavailable;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private volatile Future<?> task;

    private Forked(String name, Supplier<T> lookup, T unavailable) {
        this.name = name;
        this.lookup = lookup;
        this.unavailable = unavailable;
    }

    /** Hands the look-up to the pool; the look-up must not need the request's context (pass it what it needs). */
    static <T> Forked<T> start(ExecutorService pool, String name, Supplier<T> lookup, T unavailable) {
        Forked<T> forked = new Forked<>(name, lookup, unavailable);
        try {
            forked.task = pool.submit(forked::runIfUnclaimed);
        } catch (RejectedExecutionException refused) {
            LOG.fine(() -> name + ": the pool refused the look-up; the request thread runs it");
        }
        return forked;
    }

    /** The look-up's answer, waiting at most until {@code deadlineNanos} (of {@link System#nanoTime()}) for one under way. */
    T join(long deadlineNanos) {
        runIfUnclaimed();
        try {
            return result.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            LOG.warning(() -> name + " did not answer in time; its part is left out");
            Future<?> running = task;
            if (running != null) {
                running.cancel(true);
            }
            return unavailable;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return unavailable;
        } catch (ExecutionException error) {
            return unavailable;
        }
    }

    private void runIfUnclaimed() {
        if (!claimed.compareAndSet(false, true)) {
            return;
        }
        try {
            result.complete(lookup.get());
        } catch (RuntimeException failure) {
            LOG.warning(() -> name + " failed; its part is left out: " + failure);
            result.complete(unavailable);
        } catch (Error error) {
            result.completeExceptionally(error);
            throw error;
        }
    }
}
