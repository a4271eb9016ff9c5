package org.photoshare.photo.domain;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photoshare.photo.client.OutboxTargets;
import org.photoshare.photo.persistence.OutboxRepository;
import org.photoshare.photo.persistence.PhotoRepository;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The dispatcher's decisions, with the database, the targets and the executor replaced by fakes. */
class OutboxDispatcherTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private final FakeOutbox outbox = new FakeOutbox();
    private final Set<Long> existingPhotos = new HashSet<>();
    private final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    private final Set<Long> unreachablePhotos = new HashSet<>();
    private final OutboxDispatcher dispatcher = new OutboxDispatcher();

    @BeforeEach
    void wire() {
        dispatcher.outbox = outbox;
        dispatcher.photos = new PhotoRepository() {
            @Override
            public Optional<Photo> find(long id) {
                return existingPhotos.contains(id) ? Optional.of(photo(id)) : Optional.empty();
            }
        };
        dispatcher.targets = new OutboxTargets() {
            @Override
            public void send(OutboxMessage message) {
                if (unreachablePhotos.contains(message.photoId())) {
                    throw new IllegalStateException("connection refused");
                }
                sent.add(message.target() + " " + message.kind() + " " + message.photoId());
            }
        };
        dispatcher.policy = new OutboxPolicy(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofMinutes(5), 50, Duration.ofSeconds(2));
        dispatcher.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        dispatcher.executor = inlineExecutor();
        dispatcher.metrics = countingRegistry();
    }

    @Test
    void aDeliveredMessageIsDeleted() {
        existingPhotos.add(1L);
        long id = outbox.add(message(OutboxMessage.Target.VOTE, OutboxMessage.Kind.PHOTO_ADDED, 1));

        dispatcher.deliverSoon(List.of(id));

        assertThat(sent).containsExactly("VOTE PHOTO_ADDED 1");
        assertThat(outbox.rows).isEmpty();
    }

    @Test
    void aFailedAttemptStaysWithItsErrorAndBacksOff() {
        unreachablePhotos.add(2L);
        long id = outbox.add(message(OutboxMessage.Target.COMMENT, OutboxMessage.Kind.PHOTO_REMOVED, 2));

        dispatcher.deliverDue();

        assertThat(outbox.rows).containsKey(id);
        assertThat(outbox.errors.get(id)).contains("connection refused");
        assertThat(outbox.retryAt.get(id)).isEqualTo(NOW.plusSeconds(2));
    }

    @Test
    void aMessageClaimedElsewhereIsNotSent() {
        long id = outbox.add(message(OutboxMessage.Target.VOTE, OutboxMessage.Kind.PHOTO_REMOVED, 3));
        outbox.claimedElsewhere.add(id);

        dispatcher.deliverDue();

        assertThat(sent).isEmpty();
        assertThat(outbox.rows).containsKey(id);
    }

    @Test
    void anAnnouncementAcknowledgedAfterThePhotoWasDeletedIsFollowedByItsRemoval() {
        long id = outbox.add(message(OutboxMessage.Target.VOTE, OutboxMessage.Kind.PHOTO_ADDED, 4));

        dispatcher.deliverSoon(List.of(id));

        assertThat(sent).containsExactly("VOTE PHOTO_ADDED 4", "VOTE PHOTO_REMOVED 4");
        assertThat(outbox.rows).isEmpty();
    }

    @Test
    void anUploadWaitsForItsAnnouncements() {
        existingPhotos.add(5L);
        long toVotes = outbox.add(message(OutboxMessage.Target.VOTE, OutboxMessage.Kind.PHOTO_ADDED, 5));
        long toComments = outbox.add(message(OutboxMessage.Target.COMMENT, OutboxMessage.Kind.PHOTO_ADDED, 5));
        dispatcher.executor = threadPerTask();

        dispatcher.deliverWithin(List.of(toVotes, toComments), Duration.ofSeconds(30));

        assertThat(sent).containsExactlyInAnyOrder("VOTE PHOTO_ADDED 5", "COMMENT PHOTO_ADDED 5");
        assertThat(outbox.rows).isEmpty();
    }

    @Test
    void anUploadIsAnsweredAfterTheWaitWhenATargetHangs() throws Exception {
        existingPhotos.add(6L);
        long id = outbox.add(message(OutboxMessage.Target.VOTE, OutboxMessage.Kind.PHOTO_ADDED, 6));
        CountDownLatch targetAnswers = new CountDownLatch(1);
        OutboxTargets answering = dispatcher.targets;
        dispatcher.targets = new OutboxTargets() {
            @Override
            public void send(OutboxMessage message) {
                awaitQuietly(targetAnswers);
                answering.send(message);
            }
        };
        dispatcher.executor = threadPerTask();

        assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> dispatcher.deliverWithin(List.of(id), Duration.ofMillis(200)));

        assertThat(sent).as("not acknowledged yet").isEmpty();
        assertThat(outbox.rows).containsKey(id);
        targetAnswers.countDown();
        await().atMost(Duration.ofSeconds(20)).until(() -> !outbox.rows.containsKey(id));
        assertThat(sent).containsExactly("VOTE PHOTO_ADDED 6");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Photo photo(long id) {
        Photo photo = new Photo("owner", "title", NOW.minusSeconds(60), 10, 10);
        try {
            Field field = Photo.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(photo, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return photo;
    }

    private static OutboxMessage message(OutboxMessage.Target target, OutboxMessage.Kind kind, long photoId) {
        return new OutboxMessage(target, kind, photo(photoId), NOW);
    }

    private static ManagedExecutorService inlineExecutor() {
        return (ManagedExecutorService) Proxy.newProxyInstance(OutboxDispatcherTest.class.getClassLoader(),
                new Class<?>[]{ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("execute")) {
                        ((Runnable) args[0]).run();
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static ManagedExecutorService threadPerTask() {
        return (ManagedExecutorService) Proxy.newProxyInstance(OutboxDispatcherTest.class.getClassLoader(),
                new Class<?>[]{ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("execute")) {
                        Thread worker = new Thread((Runnable) args[0], "outbox-test");
                        worker.setDaemon(true);
                        worker.start();
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static MetricRegistry countingRegistry() {
        Counter counter = (Counter) Proxy.newProxyInstance(OutboxDispatcherTest.class.getClassLoader(),
                new Class<?>[]{Counter.class}, (proxy, method, args) -> method.getReturnType() == long.class ? 0L : null);
        return (MetricRegistry) Proxy.newProxyInstance(OutboxDispatcherTest.class.getClassLoader(),
                new Class<?>[]{MetricRegistry.class}, (proxy, method, args) -> counter);
    }

    /** The outbox table as a map, with the repository's claim semantics. */
    private static final class FakeOutbox extends OutboxRepository {

        final Map<Long, OutboxMessage> rows = new ConcurrentHashMap<>();
        final Map<Long, String> errors = new HashMap<>();
        final Map<Long, Instant> retryAt = new ConcurrentHashMap<>();
        final Set<Long> claimedElsewhere = new HashSet<>();
        private long nextId = 1;

        long add(OutboxMessage message) {
            long id = nextId++;
            try {
                Field field = OutboxMessage.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(message, id);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            rows.put(id, message);
            return id;
        }

        @Override
        public List<OutboxMessage> due(Instant now, int count) {
            return List.copyOf(rows.values());
        }

        @Override
        public List<OutboxMessage> findAll(Collection<Long> ids) {
            return ids.stream().filter(rows::containsKey).map(rows::get).toList();
        }

        @Override
        public boolean claim(OutboxMessage message, Instant at) {
            if (claimedElsewhere.contains(message.id())) {
                return false;
            }
            retryAt.put(message.id(), at);
            return true;
        }

        @Override
        public void delivered(long id) {
            rows.remove(id);
        }

        @Override
        public void failed(long id, String error) {
            errors.put(id, error);
        }

        @Override
        public long removalAfter(OutboxMessage announcement, Instant now) {
            return add(OutboxMessage.removalFollowing(announcement, now));
        }
    }
}
