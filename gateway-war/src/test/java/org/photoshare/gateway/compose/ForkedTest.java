package org.photoshare.gateway.compose;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ForkedTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static long inSeconds(long seconds) {
        return System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    }

    @Test
    void lookUpsRunSideBySide() {
        CountDownLatch bothRunning = new CountDownLatch(3);
        Forked<Boolean> a = Forked.start(pool, "a", () -> meet(bothRunning), false);
        Forked<Boolean> b = Forked.start(pool, "b", () -> meet(bothRunning), false);
        Forked<Boolean> c = Forked.start(pool, "c", () -> meet(bothRunning), false);
        assertThat(c.join(inSeconds(10))).as("two on the pool, one on the request thread, at once").isTrue();
        assertThat(b.join(inSeconds(10))).isTrue();
        assertThat(a.join(inSeconds(10))).isTrue();
    }

    @Test
    void aFailingLookUpYieldsItsUnavailablePart() {
        Forked<Optional<String>> failing = Forked.start(pool, "failing", () -> {
            throw new IllegalStateException("down");
        }, Optional.empty());
        Forked<Optional<String>> fine = Forked.start(pool, "fine", () -> Optional.of("answer"), Optional.empty());
        assertThat(fine.join(inSeconds(10))).contains("answer");
        assertThat(failing.join(inSeconds(10))).isEmpty();
    }

    @Test
    void theWaitForALookUpUnderWayIsBoundedAndTheLookUpIsInterrupted() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        Forked<Optional<String>> hanging = Forked.start(pool, "hanging", () -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return Optional.of("too late");
        }, Optional.empty());
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        long before = System.nanoTime();
        assertThat(hanging.join(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200))).isEmpty();
        assertThat(System.nanoTime() - before).isLessThan(TimeUnit.SECONDS.toNanos(5));
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aLookUpNoPoolThreadTookIsRunByTheRequestThread() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        pool.submit(() -> release.await(10, TimeUnit.SECONDS));
        pool.submit(() -> release.await(10, TimeUnit.SECONDS));
        try {
            Forked<String> queued = Forked.start(pool, "queued", () -> Thread.currentThread().getName(), "none");
            assertThat(queued.join(inSeconds(10))).isEqualTo(Thread.currentThread().getName());
        } finally {
            release.countDown();
        }
    }

    @Test
    void aRefusingPoolStillGetsTheAnswer() {
        pool.shutdown();
        assertThat(Forked.start(pool, "refused", () -> "answer", "none").join(inSeconds(10))).isEqualTo("answer");
    }

    private static boolean meet(CountDownLatch latch) {
        latch.countDown();
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
