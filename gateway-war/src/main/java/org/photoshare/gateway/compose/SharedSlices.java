package org.photoshare.gateway.compose;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.photoshare.gateway.edge.SharedAnswers;
import org.photoshare.gateway.edge.WriteGeneration;
import org.photoshare.ui.model.PhotoCard;
import org.photoshare.ui.model.Slice;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Pages of photo cards as everyone sees them (without anyone's own votes), composed once for all
 * callers and kept as briefly as the edge keeps anonymous pages ({@code photoshare.gateway.page-cache.millis}),
 * and never past a write through this gateway. A page that left a part out is not kept.
 */
@ApplicationScoped
public class SharedSlices {

    private static final int MAX_PAGES = 2000;

    @Inject
    WriteGeneration writes;

    @Inject
    @ConfigProperty(name = "photoshare.gateway.page-cache.millis", defaultValue = "1000")
    long ttlMillis;

    private SharedAnswers<String, Slice<PhotoCard>> slices;

    @PostConstruct
    void init() {
        slices = new SharedAnswers<>(Duration.ofMillis(ttlMillis), MAX_PAGES, slice -> 1,
                slice -> ttlMillis > 0 && !slice.degraded(), writes::current, Ticker.systemTicker());
    }

    /** The page of {@code list} ("timeline", "photos-of") for {@code subject} (a timeline, a user). */
    Slice<PhotoCard> get(String list, String subject, String cursor, int limit, Supplier<Slice<PhotoCard>> compose) {
        return slices.get(list + "|" + subject + "|" + limit + "|" + (cursor == null ? "" : cursor), compose).value();
    }
}
