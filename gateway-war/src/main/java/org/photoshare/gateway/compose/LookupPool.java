package org.photoshare.gateway.compose;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads a page's look-ups run on side by side. They come from the server's managed thread
 * factory, so they carry the application's context from the start; handing them a task costs nothing
 * more (the managed executor captures and restores that context for every task, a class-path scan
 * each time). When every thread is busy the pool refuses, and the request thread does the look-up
 * itself (see {@link Forked}).
 */
@ApplicationScoped
public class LookupPool {

    private static final int THREADS = 32;

    @Resource
    ManagedThreadFactory threads;

    private ThreadPoolExecutor pool;

    @PostConstruct
    void start() {
        pool = new ThreadPoolExecutor(0, THREADS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    ExecutorService pool() {
        return pool;
    }
}
