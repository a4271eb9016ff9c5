package org.photoshare.photo.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.photoshare.photo.domain.image.ImagePipeline;
import org.photoshare.photo.domain.image.ImageRules;
import org.photoshare.photo.domain.image.MemoryBudget;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * photo-war's configuration, read once through MicroProfile Config (keys and defaults in
 * microprofile-config.properties and the README). The objects it produces are immutable or final,
 * hence {@code @Singleton}.
 */
@ApplicationScoped
public class PhotoSettings {

    private static final Logger LOG = Logger.getLogger(PhotoSettings.class.getName());

    @Inject
    @ConfigProperty(name = "photoshare.photo.max-file-bytes")
    long maxFileBytes;

    @Inject
    @ConfigProperty(name = "photoshare.photo.max-pixels")
    long maxPixels;

    @Inject
    @ConfigProperty(name = "photoshare.photo.max-stored-bytes")
    long maxStoredBytes;

    @Inject
    @ConfigProperty(name = "photoshare.photo.thumb-size")
    int thumbSize;

    @Inject
    @ConfigProperty(name = "photoshare.photo.display-size")
    int displaySize;

    @Inject
    @ConfigProperty(name = "photoshare.photo.memory-budget")
    double memoryBudgetFraction;

    @Inject
    @ConfigProperty(name = "photoshare.photo.memory-wait")
    String memoryWait;

    @Inject
    @ConfigProperty(name = "photoshare.photo.batch-limit")
    int batchLimit;

    @Inject
    @ConfigProperty(name = "photoshare.photo.outbox.interval")
    String outboxInterval;

    @Inject
    @ConfigProperty(name = "photoshare.photo.outbox.retry-initial")
    String outboxRetryInitial;

    @Inject
    @ConfigProperty(name = "photoshare.photo.outbox.retry-max")
    String outboxRetryMax;

    @Inject
    @ConfigProperty(name = "photoshare.photo.outbox.batch-size")
    int outboxBatchSize;

    @Inject
    @ConfigProperty(name = "photoshare.photo.outbox.announce-wait")
    String outboxAnnounceWait;

    public int batchLimit() {
        return batchLimit;
    }

    /** The multipart body may exceed the file by its headers and the title; this much is allowed for them. */
    public long maxRequestBytes() {
        return maxFileBytes + 64 * 1024;
    }

    @Produces
    @Singleton
    ImagePipeline imagePipeline() {
        ImageRules rules = new ImageRules(maxFileBytes, maxPixels, maxStoredBytes, thumbSize, displaySize);
        MemoryBudget budget = MemoryBudget.ofHeap(memoryBudgetFraction, Duration.parse(memoryWait));
        long largest = ImagePipeline.memoryFor(maxPixels, maxFileBytes);
        if (budget.totalBytes() < largest) {
            LOG.warning(() -> "The image memory budget (" + (budget.totalBytes() >> 20) + " MiB of a "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB heap) is below what a " + maxPixels
                    + "-pixel image may need (" + (largest >> 20) + " MiB); such uploads run alone and may still"
                    + " exhaust the heap. Give photo-war a larger -Xmx or lower photoshare.photo.max-pixels.");
        }
        return new ImagePipeline(rules, budget);
    }

    @Produces
    @Singleton
    OutboxPolicy outboxPolicy() {
        return new OutboxPolicy(Duration.parse(outboxInterval), Duration.parse(outboxRetryInitial),
                Duration.parse(outboxRetryMax), outboxBatchSize, Duration.parse(outboxAnnounceWait));
    }
}
