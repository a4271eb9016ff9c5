package org.photoshare.vote.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * The trending rank of a photo, Reddit's "hot" formula:
 * {@code sign(s) * log10(max(|s|, 1)) + t / 45000}, with {@code s = upvotes - downvotes} and
 * {@code t} the upload time in epoch seconds. Every 12.5 hours of freshness weigh as much as a
 * tenfold net score, so new photos that gather votes rise above old favourites. Kept as a decimal
 * with {@value #SCALE} places so that it is an exact keyset paging key.
 */
public final class TrendingScore {

    public static final int SCALE = 7;
    static final double SECONDS_PER_DECADE = 45_000;

    private TrendingScore() {
    }

    public static BigDecimal of(long upvotes, long downvotes, Instant uploadedAt) {
        long net = upvotes - downvotes;
        double order = Math.log10(Math.max(Math.abs(net), 1));
        double seconds = uploadedAt.toEpochMilli() / 1000.0;
        return BigDecimal.valueOf(Long.signum(net) * order + seconds / SECONDS_PER_DECADE)
                .setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
