package org.photoshare.systemtests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/** Requests sent side by side, for the tests of what must hold under parallel requests. */
final class Concurrently {

    private Concurrently() {
    }

    /**
     * Sends {@code count} requests ({@code request} gets the attempt's number and answers its status)
     * on {@code threads} threads, all released at the same moment; their statuses in attempt order.
     */
    static List<Integer> statuses(int count, int threads, IntFunction<Integer> request) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> sent = new ArrayList<>();
            for (int attempt = 0; attempt < count; attempt++) {
                int number = attempt;
                sent.add(pool.submit(() -> {
                    start.await();
                    return request.apply(number);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : sent) {
                statuses.add(status.get(2, TimeUnit.MINUTES));
            }
            return statuses;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("A request sent side by side failed or did not end", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
