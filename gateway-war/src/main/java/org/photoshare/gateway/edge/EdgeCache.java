package org.photoshare.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.photoshare.gateway.client.PhotoClient;
import org.photoshare.gateway.wire.RemotePhoto;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * What the edge answers from memory (gateway-war/README.md, "The edge's caches"). Every kept answer is
 * one a visitor gets whoever they are: anonymous pages and API reads, and image variants.
 * <ul>
 *   <li><b>lists</b> (the timelines): remade after {@code photoshare.gateway.page-cache.millis} (1 s),
 *       never older than twice that (see {@link SharedAnswers});</li>
 *   <li><b>items</b> (a photo, its comments, a user and their photos): remade after
 *       {@code photoshare.gateway.item-cache.millis} (5 s), never older than twice that;</li>
 *   <li><b>images</b>, which never change: kept while there is room.</li>
 * </ul>
 * Lists and items are used only until the next write through this gateway (see {@link WriteGeneration}).
 * Whatever shows a photo that is deleted goes at once when the deletion went through this gateway, and
 * within a second otherwise: a sweep asks photo-war which of the photos shown still exist.
 */
@ApplicationScoped
public class EdgeCache {

    /** A request attribute: its answer left something out (a service did not answer), so it is not shared. */
    private static final String NOT_SHAREABLE = EdgeCache.class.getName() + ".notShareable";
    /** A request attribute: the photos its answer shows. */
    private static final String SHOWS = EdgeCache.class.getName() + ".shows";
    private static final Logger LOG = Logger.getLogger(EdgeCache.class.getName());
    private static final int SWEEP_BATCH = 100;

    @Inject
    WriteGeneration writes;

    @Inject
    @RestClient
    PhotoClient photos;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "photoshare.gateway.page-cache.millis", defaultValue = "1000")
    long listMillis;

    @Inject
    @ConfigProperty(name = "photoshare.gateway.item-cache.millis", defaultValue = "5000")
    long itemMillis;

    @Inject
    @ConfigProperty(name = "photoshare.gateway.page-cache.megabytes", defaultValue = "32")
    long pageMegabytes;

    @Inject
    @ConfigProperty(name = "photoshare.gateway.image-cache.megabytes", defaultValue = "64")
    long imageMegabytes;

    @Inject
    @ConfigProperty(name = "photoshare.gateway.cache-sweep.millis", defaultValue = "1000")
    long sweepMillis;

    private SharedAnswers<String, StoredAnswer> lists;
    private SharedAnswers<String, StoredAnswer> items;
    private Cache<String, StoredAnswer> images;
    private ScheduledFuture<?> sweep;

    @PostConstruct
    void init() {
        long pageBytes = pageMegabytes * 1024 * 1024;
        lists = new SharedAnswers<>(Duration.ofMillis(listMillis), pageBytes / 2, StoredAnswer::weight, Objects::nonNull,
                writes::current, Ticker.systemTicker());
        items = new SharedAnswers<>(Duration.ofMillis(itemMillis), pageBytes / 2, StoredAnswer::weight, Objects::nonNull,
                writes::current, Ticker.systemTicker());
        images = Caffeine.newBuilder()
                .maximumWeight(imageMegabytes * 1024 * 1024)
                .<String, StoredAnswer>weigher((key, answer) -> answer.weight())
                .build();
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel(false);
        }
    }

    /** Marks the current request's answer as one that must not be shared (it is degraded). */
    public static void doNotShare(ServletRequest request) {
        request.setAttribute(NOT_SHAREABLE, Boolean.TRUE);
    }

    /** Notes that the current request's answer shows these photos. */
    @SuppressWarnings("unchecked")
    public static void shows(ServletRequest request, Collection<Long> photoIds) {
        Set<Long> shown = (Set<Long>) request.getAttribute(SHOWS);
        if (shown == null) {
            shown = new HashSet<>();
            request.setAttribute(SHOWS, shown);
        }
        shown.addAll(photoIds);
    }

    static boolean shareable(ServletRequest request) {
        return request.getAttribute(NOT_SHAREABLE) == null;
    }

    @SuppressWarnings("unchecked")
    static Set<Long> shown(ServletRequest request) {
        Set<Long> shown = (Set<Long>) request.getAttribute(SHOWS);
        return shown == null ? Set.of() : shown;
    }

    SharedAnswers<String, StoredAnswer> lists() {
        return listMillis > 0 ? lists : null;
    }

    SharedAnswers<String, StoredAnswer> items() {
        return itemMillis > 0 ? items : null;
    }

    boolean imagesEnabled() {
        return imageMegabytes > 0;
    }

    StoredAnswer image(String key) {
        return images.getIfPresent(key);
    }

    void keep(String key, StoredAnswer image) {
        images.put(key, image);
        startSweeping();
    }

    void startSweeping() {
        synchronized (this) {
            if (sweep == null && sweepMillis > 0) {
                sweep = scheduler.scheduleWithFixedDelay(this::sweep, sweepMillis, sweepMillis, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** After the photo was deleted through this gateway. */
    public void forgetPhoto(long photoId) {
        forgetPhotos(Set.of(photoId));
    }

    private void forgetPhotos(Set<Long> gone) {
        images.asMap().values().removeIf(answer -> shows(answer, gone));
        items.forgetIf(answer -> shows(answer, gone));
        lists.forgetIf(answer -> shows(answer, gone));
    }

    private static boolean shows(StoredAnswer answer, Set<Long> gone) {
        return answer.photos().stream().anyMatch(gone::contains);
    }

    /** Drops whatever shows a photo that photo-war no longer has. */
    void sweep() {
        Set<Long> held = new HashSet<>();
        images.asMap().values().forEach(answer -> held.addAll(answer.photos()));
        items.forEach(answer -> held.addAll(answer.photos()));
        List<Long> ids = new ArrayList<>(held);
        Set<Long> gone = new HashSet<>();
        for (int from = 0; from < ids.size(); from += SWEEP_BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + SWEEP_BATCH));
            try {
                Set<Long> existing = photos.photos(batch.stream().map(String::valueOf).collect(Collectors.joining(",")))
                        .stream().map(RemotePhoto::id).collect(Collectors.toSet());
                batch.stream().filter(id -> !existing.contains(id)).forEach(gone::add);
            } catch (RuntimeException unavailable) {
                LOG.log(Level.FINE, "photo-war did not say which photos exist; what shows them stays for now", unavailable);
                return;
            }
        }
        if (!gone.isEmpty()) {
            forgetPhotos(gone);
        }
    }
}
