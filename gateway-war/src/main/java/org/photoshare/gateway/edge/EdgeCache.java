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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * What the edge answers from memory (gateway-war/README.md, "The edge's caches"). Every kept answer is
 * one a visitor gets whoever they are: anonymous pages and API reads, and image variants.
 * <ul>
 *   <li><b>lists</b> (the timelines): remade after {@code photoshare.gateway.page-cache.millis} (1 s),
 *       never older than twice that (see {@link SharedAnswers});</li>
 *   <li><b>photos</b> (a photo's page, and the photo in the API): used while the photo's vote and comment
 *       counts are the latest this gateway has seen (see {@link PhotoWatch}), remade after
 *       {@code photoshare.gateway.photo-cache.millis} (30 s) anyway, never older than twice that;</li>
 *   <li><b>items</b> (a photo's comments, a user and their photos): remade after
 *       {@code photoshare.gateway.item-cache.millis} (5 s), never older than twice that;</li>
 *   <li><b>images</b>, which never change: kept while there is room.</li>
 * </ul>
 * Lists, photos and items are used only until the next write through this gateway (see
 * {@link WriteGeneration}). Every second a sweep asks photo-war which of the photos shown still exist
 * (whatever shows a deleted one goes; at once when the deletion went through this gateway), and
 * vote-war and comment-war for the counts of the photos that kept photo pages show (a page whose
 * counts moved is no longer used).
 */
@ApplicationScoped
public class EdgeCache {

    /** A request attribute: its answer left something out (a service did not answer), so it is not shared. */
    private static final String NOT_SHAREABLE = EdgeCache.class.getName() + ".notShareable";
    /** A request attribute: the photos its answer shows. */
    private static final String SHOWS = EdgeCache.class.getName() + ".shows";
    /** A request attribute: the {@link PhotoWatch} versions of the counts its answer was made from. */
    private static final String VERSIONS = EdgeCache.class.getName() + ".versions";
    private static final Logger LOG = Logger.getLogger(EdgeCache.class.getName());
    private static final int SWEEP_BATCH = 100;

    @Inject
    WriteGeneration writes;

    @Inject
    @RestClient
    PhotoClient photos;

    @Inject
    CurrentCounts counts;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "photoshare.gateway.page-cache.millis", defaultValue = "1000")
    long listMillis;

    @Inject
    @ConfigProperty(name = "photoshare.gateway.item-cache.millis", defaultValue = "5000")
    long itemMillis;

    @Inject
    @ConfigProperty(name = "photoshare.gateway.photo-cache.millis", defaultValue = "30000")
    long photoMillis;

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
    private SharedAnswers<String, StoredAnswer> photoPages;
    private final PhotoWatch watch = new PhotoWatch();
    private Cache<String, StoredAnswer> images;
    private ScheduledFuture<?> sweep;

    @PostConstruct
    void init() {
        long pageBytes = pageMegabytes * 1024 * 1024;
        lists = new SharedAnswers<>(Duration.ofMillis(listMillis), pageBytes / 3, StoredAnswer::weight, Objects::nonNull,
                writes::current, Ticker.systemTicker());
        items = new SharedAnswers<>(Duration.ofMillis(itemMillis), pageBytes / 3, StoredAnswer::weight, Objects::nonNull,
                writes::current, Ticker.systemTicker());
        photoPages = new SharedAnswers<>(Duration.ofMillis(photoMillis), pageBytes / 3, StoredAnswer::weight,
                answer -> answer != null && watch.current(answer.photos(), answer.versions()), writes::current, Ticker.systemTicker());
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

    /**
     * Notes the counts a photo's page is being made from; they must have been read before anything else
     * on the page that they count (its comments), so that a change after them is a change to the page.
     */
    @SuppressWarnings("unchecked")
    public void madeFrom(ServletRequest request, long photoId, PhotoCounts counts) {
        Map<Long, Long> versions = (Map<Long, Long>) request.getAttribute(VERSIONS);
        if (versions == null) {
            versions = new HashMap<>();
            request.setAttribute(VERSIONS, versions);
        }
        versions.put(photoId, watch.observe(photoId, counts));
    }

    @SuppressWarnings("unchecked")
    static Map<Long, Long> versions(ServletRequest request) {
        Map<Long, Long> versions = (Map<Long, Long>) request.getAttribute(VERSIONS);
        return versions == null ? Map.of() : versions;
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

    SharedAnswers<String, StoredAnswer> photoPages() {
        return photoMillis > 0 ? photoPages : null;
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
        photoPages.forgetIf(answer -> shows(answer, gone));
        lists.forgetIf(answer -> shows(answer, gone));
    }

    private static boolean shows(StoredAnswer answer, Set<Long> gone) {
        return answer.photos().stream().anyMatch(gone::contains);
    }

    /** Drops whatever shows a photo that photo-war no longer has, and notes the counts of the photos pages show. */
    void sweep() {
        Set<Long> onPages = new HashSet<>();
        photoPages.forEach(answer -> onPages.addAll(answer.photos()));
        Set<Long> held = new HashSet<>(onPages);
        images.asMap().values().forEach(answer -> held.addAll(answer.photos()));
        items.forEach(answer -> held.addAll(answer.photos()));
        Set<Long> gone = new HashSet<>();
        try {
            inBatches(held, batch -> {
                Set<Long> existing = photos.photos(joined(batch)).stream().map(RemotePhoto::id)
                        .collect(Collectors.toSet());
                batch.stream().filter(id -> !existing.contains(id)).forEach(gone::add);
            });
        } catch (RuntimeException unavailable) {
            LOG.log(Level.FINE, "photo-war did not say which photos exist; what shows them stays for now", unavailable);
            return;
        }
        if (!gone.isEmpty()) {
            forgetPhotos(gone);
        }
        watch.retainOnly(onPages);
        try {
            inBatches(watch.watched(), batch -> counts.of(batch).ifPresent(now -> now.forEach(watch::recheck)));
        } catch (RuntimeException unavailable) {
            LOG.log(Level.FINE, "vote-war or comment-war did not give counts; photo pages stay for now", unavailable);
        }
    }

    /** Calls {@code call} with the ids, as many at a time as a batch call takes. */
    private static void inBatches(Collection<Long> ids, Consumer<List<Long>> call) {
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += SWEEP_BATCH) {
            call.accept(all.subList(from, Math.min(all.size(), from + SWEEP_BATCH)));
        }
    }

    private static String joined(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
