package org.photoshare.gateway.edge;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class SharedAnswersTest {

    private final AtomicLong clock = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();
    private final AtomicInteger made = new AtomicInteger();
    private final SharedAnswers<String, String> answers = new SharedAnswers<>(Duration.ofSeconds(1), 100, v -> 1,
            v -> !v.startsWith("degraded"), writes::get, clock::get);

    private SharedAnswers.Outcome<String> ask() {
        return answers.get("page", () -> "answer " + made.incrementAndGet());
    }

    private void advance(Duration by) {
        clock.addAndGet(by.toNanos());
    }

    @Test
    void anAnswerIsMadeOnceAndSharedWhileItIsYoung() {
        assertThat(ask()).isEqualTo(new SharedAnswers.Outcome<>("answer 1", true));
        advance(Duration.ofMillis(999));
        assertThat(ask()).isEqualTo(new SharedAnswers.Outcome<>("answer 1", false));
        assertThat(made).hasValue(1);
    }

    @Test
    void aWriteThroughThisGatewayEndsEveryAnswerMadeBeforeIt() {
        ask();
        writes.incrementAndGet();
        assertThat(ask().value()).isEqualTo("answer 2");
        assertThat(ask().value()).isEqualTo("answer 2");
    }

    @Test
    void whileAWriteIsUnderWay_everyCallerMakesTheirOwnAnswerAndNoneIsKept() {
        WriteGeneration generation = new WriteGeneration();
        SharedAnswers<String, String> answers = new SharedAnswers<>(Duration.ofSeconds(1), 100, v -> 1, v -> true,
                generation::current, clock::get);
        answers.get("page", () -> "before");
        generation.begin();
        assertThat(answers.get("page", () -> "during 1").value()).isEqualTo("during 1");
        assertThat(answers.get("page", () -> "during 2").value()).isEqualTo("during 2");
        // the writer's client may ask again before the write has ended here: the answers made meanwhile are gone
        generation.end();
        assertThat(answers.get("page", () -> "after").value()).isEqualTo("after");
        assertThat(answers.get("page", () -> "not made").value()).isEqualTo("after");
    }

    @Test
    void pastItsTimeTheNextCallerRemakesIt_andNothingOlderThanTwiceTheTimeIsUsed() {
        ask();
        advance(Duration.ofMillis(1500));
        assertThat(ask()).isEqualTo(new SharedAnswers.Outcome<>("answer 2", true));
        advance(Duration.ofMillis(2001));
        assertThat(ask().value()).isEqualTo("answer 3");
    }

    @Test
    void whileOneRemakesAnOldAnswer_theOthersGoOnWithIt() throws Exception {
        ask();
        advance(Duration.ofMillis(1500));
        CountDownLatch remaking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<SharedAnswers.Outcome<String>> remake = pool.submit(() -> answers.get("page", () -> {
                remaking.countDown();
                await(release);
                return "answer 2";
            }));
            remaking.await(5, TimeUnit.SECONDS);
            assertThat(ask()).isEqualTo(new SharedAnswers.Outcome<>("answer 1", false));
            release.countDown();
            assertThat(remake.get(5, TimeUnit.SECONDS).value()).isEqualTo("answer 2");
            assertThat(ask().value()).isEqualTo("answer 2");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void callersWithoutAnAnswerWaitForTheOneBeingMade() throws Exception {
        CountDownLatch making = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<SharedAnswers.Outcome<String>> maker = pool.submit(() -> answers.get("page", () -> {
                making.countDown();
                await(release);
                return "the one";
            }));
            making.await(5, TimeUnit.SECONDS);
            List<Future<SharedAnswers.Outcome<String>>> waiters = List.of(pool.submit(this::ask), pool.submit(this::ask));
            release.countDown();
            assertThat(maker.get(5, TimeUnit.SECONDS).value()).isEqualTo("the one");
            for (Future<SharedAnswers.Outcome<String>> waiter : waiters) {
                assertThat(waiter.get(5, TimeUnit.SECONDS)).isEqualTo(new SharedAnswers.Outcome<>("the one", false));
            }
            assertThat(made).hasValue(0);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDegradedAnswerIsGivenToItsMakerOnly() {
        assertThat(answers.get("page", () -> "degraded 1").value()).isEqualTo("degraded 1");
        assertThat(ask().value()).isEqualTo("answer 1");
    }

    @Test
    void aKeptAnswerThatIsNoLongerUsableIsNeitherGivenNorUsedWhileItIsRemade() {
        Set<String> stale = ConcurrentHashMap.newKeySet();
        SharedAnswers<String, String> checked = new SharedAnswers<>(Duration.ofSeconds(1), 100, v -> 1,
                v -> !stale.contains(v), writes::get, clock::get);
        assertThat(checked.get("page", () -> "first").value()).isEqualTo("first");
        assertThat(checked.get("page", () -> "not made").value()).isEqualTo("first");
        stale.add("first");
        assertThat(checked.get("page", () -> "second")).isEqualTo(new SharedAnswers.Outcome<>("second", true));
        assertThat(checked.get("page", () -> "not made").value()).isEqualTo("second");
    }

    @Test
    void forgottenAnswersAreMadeAgain() {
        ask();
        answers.forgetIf(v -> v.equals("answer 1"));
        assertThat(ask().value()).isEqualTo("answer 2");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
