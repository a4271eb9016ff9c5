package org.photoshare.photo.domain;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.photoshare.photo.client.OutboxTargets;
import org.photoshare.photo.persistence.OutboxRepository;
import org.photoshare.photo.persistence.PhotoRepository;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox: once right after the transaction that wrote a message (for a new photo,
 * before the upload is answered, so that its owner can vote and comment at once), and on a
 * schedule for whatever failed, with exponential backoff, until the target acknowledges. Messages are claimed before they are sent,
 * so this JVM's two paths and other replicas rarely send one twice; when they do, the targets
 * are idempotent.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    @Inject
    OutboxRepository outbox;

    @Inject
    PhotoRepository photos;

    @Inject
    OutboxTargets targets;

    @Inject
    OutboxPolicy policy;

    @Inject
    MetricRegistry metrics;

    @Inject
    Clock clock;

    private ScheduledFuture<?> task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        long every = policy.interval().toMillis();
        task = scheduler.scheduleWithFixedDelay(() -> safely(this::deliverDue), every, every, TimeUnit.MILLISECONDS);
        metrics.gauge("photoshare_photo_outbox_pending", outbox, OutboxRepository::pending);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Attempts these messages now, off the caller's thread; what fails is left to the schedule. */
    public void deliverSoon(List<Long> messageIds) {
        if (!messageIds.isEmpty()) {
            executor.execute(() -> safely(() -> outbox.findAll(messageIds).forEach(this::attempt)));
        }
    }

    /**
     * Attempts these messages now, side by side, and waits for them at most {@code wait}: an upload
     * is answered once vote-war and comment-war know the photo, unless one of them is slow or away.
     * What fails or is late is left to the schedule.
     */
    public void deliverWithin(List<Long> messageIds, Duration wait) {
        List<CompletableFuture<Void>> attempts = new ArrayList<>();
        try {
            for (OutboxMessage message : outbox.findAll(messageIds)) {
                CompletableFuture<Void> done = new CompletableFuture<>();
                executor.execute(() -> {
                    try {
                        safely(() -> attempt(message));
                    } finally {
                        done.complete(null);
                    }
                });
                attempts.add(done);
            }
            CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new)).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            LOG.fine(() -> "Outbox messages " + messageIds + " not acknowledged within " + wait + "; the schedule retries them");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RuntimeException failure) {
            LOG.log(Level.WARNING, "Outbox delivery failed; the schedule will retry", failure);
        }
    }

    public void deliverDue() {
        outbox.due(clock.instant(), policy.batchSize()).forEach(this::attempt);
    }

    private void attempt(OutboxMessage message) {
        int attempt = message.attempts() + 1;
        if (!outbox.claim(message, clock.instant().plus(policy.backoff(attempt)))) {
            return;
        }
        try {
            targets.send(message);
        } catch (RuntimeException failure) {
            outbox.failed(message.id(), describe(failure));
            count(message, "failed");
            Level level = attempt == 5 || attempt % 20 == 0 ? Level.WARNING : Level.FINE;
            LOG.log(level, () -> "Outbox message " + message.id() + " (" + message.kind() + " of photo "
                    + message.photoId() + " for " + message.target() + ") failed attempt " + attempt + ": "
                    + describe(failure));
            return;
        }
        outbox.delivered(message.id());
        count(message, "delivered");
        // The photo may have been deleted while it was being announced, and the removal may have
        // overtaken this announcement: send the removal once more, after it.
        if (message.kind() == OutboxMessage.Kind.PHOTO_ADDED && photos.find(message.photoId()).isEmpty()) {
            deliverSoon(List.of(outbox.removalAfter(message, clock.instant())));
        }
    }

    private void count(OutboxMessage message, String outcome) {
        metrics.counter("photoshare_photo_outbox_deliveries",
                new Tag("target", message.target().name().toLowerCase(java.util.Locale.ROOT)),
                new Tag("outcome", outcome)).inc();
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? summary(failure) : summary(failure) + " (" + summary(root) + ")";
    }

    private static String summary(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static void safely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox delivery failed; the schedule will retry", e);
        }
    }
}
