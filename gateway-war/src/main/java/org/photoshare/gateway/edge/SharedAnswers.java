package org.photoshare.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Answers that are the same for every caller, made once and kept for a short time.
 * <ul>
 *   <li>An answer is used only within the {@link WriteGeneration write generation} it was begun in: a
 *       caller always sees what was written through this gateway before it asked. While a write is
 *       under way, every caller makes their own answer and none is kept.</li>
 *   <li>Younger than {@code ttl}, it is simply used. Between {@code ttl} and twice that, the first
 *       caller makes a new one while the others go on with the old one, so that no crowd waits for a
 *       remake; older, it is gone. So no answer is more than {@code 2 × ttl} old.</li>
 *   <li>When there is none, one caller makes it and the others who ask for it meanwhile wait for that
 *       one instead of making it too.</li>
 * </ul>
 *
 * @param <K> what identifies an answer
 * @param <V> the answer; only those that pass the {@code usable} test are kept and given to others, and
 *            a kept one is tested again each time, since what it shows may have changed meanwhile
 */
public final class SharedAnswers<K, V> {

    /** How long a caller waits for another's answer before making its own. */
    static final Duration WAIT_FOR_OTHERS = Duration.ofSeconds(10);

    private record Made<V>(V value, long generation, long madeAt) {
    }

    /** What {@link #get} found or made, and whether this caller made it (and so has already used it). */
    public record Outcome<V>(V value, boolean madeHere) {
    }

    private final Cache<K, Made<V>> kept;
    private final ConcurrentMap<K, CompletableFuture<Made<V>>> making = new ConcurrentHashMap<>();
    private final LongSupplier generation;
    private final Predicate<V> usable;
    private final Ticker ticker;
    private final long ttlNanos;

    /**
     * @param weigher    the cost of an answer against {@code maxWeight} (bytes, or 1 per answer)
     * @param usable     whether an answer may be given to others (a degraded one may not, nor one that
     *                   shows what has changed since)
     * @param generation the current write generation
     */
    public SharedAnswers(Duration ttl, long maxWeight, ToIntFunction<V> weigher, Predicate<V> usable,
                         LongSupplier generation, Ticker ticker) {
        this.kept = Caffeine.newBuilder()
                .expireAfterWrite(ttl.multipliedBy(2))
                .maximumWeight(maxWeight)
                .<K, Made<V>>weigher((key, made) -> Math.max(1, weigher.applyAsInt(made.value())))
                .ticker(ticker)
                .build();
        this.generation = generation;
        this.usable = usable;
        this.ticker = ticker;
        this.ttlNanos = ttl.toNanos();
    }

    /** The answer for {@code key}: kept, being made by another caller, or made by {@code make} now. */
    public Outcome<V> get(K key, Supplier<V> make) {
        long now = generation.getAsLong();
        if (now == WriteGeneration.UNSETTLED) {
            return new Outcome<>(make.get(), true);
        }
        Made<V> known = kept.getIfPresent(key);
        boolean current = known != null && known.generation() == now && usable.test(known.value());
        if (current && ticker.read() - known.madeAt() < ttlNanos) {
            return new Outcome<>(known.value(), false);
        }
        CompletableFuture<Made<V>> mine = new CompletableFuture<>();
        CompletableFuture<Made<V>> theirs = making.putIfAbsent(key, mine);
        if (theirs != null) {
            if (current) {
                return new Outcome<>(known.value(), false);
            }
            Made<V> made = await(theirs);
            if (made != null && made.generation() == now && usable.test(made.value())) {
                return new Outcome<>(made.value(), false);
            }
            return new Outcome<>(make.get(), true);
        }
        Made<V> made = null;
        try {
            long startedAt = ticker.read();
            V value = make.get();
            if (usable.test(value)) {
                made = new Made<>(value, now, startedAt);
                if (generation.getAsLong() == now) {
                    kept.put(key, made);
                }
            }
            return new Outcome<>(value, true);
        } finally {
            making.remove(key, mine);
            mine.complete(made);
        }
    }

    /** Drops every kept answer that fails the test. */
    public void forgetIf(Predicate<V> test) {
        kept.asMap().values().removeIf(made -> test.test(made.value()));
    }

    /** Gives every kept answer to {@code visitor}. */
    public void forEach(Consumer<V> visitor) {
        kept.asMap().values().forEach(made -> visitor.accept(made.value()));
    }

    private static <V> Made<V> await(CompletableFuture<Made<V>> theirs) {
        try {
            return theirs.get(WAIT_FOR_OTHERS.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }
}
