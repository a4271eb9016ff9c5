package org.photoshare.vote.domain;

import org.photoshare.platform.paging.Cursor;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Where a page of the trending timeline ends: the exact score and id of its last photo. */
public record TrendingPosition(BigDecimal score, long id) {

    public static TrendingPosition after(Photo last) {
        return new TrendingPosition(last.score(), last.id());
    }

    public String encode() {
        return Cursor.encode(score.toPlainString(), id);
    }

    /** A score as the column holds it (DECIMAL(18, 7), written plainly): nothing else is a position. */
    private static final Pattern SCORE = Pattern.compile("-?[0-9]{1,11}(\\.[0-9]{1,7})?");

    public static TrendingPosition decode(String cursor) {
        return Cursor.decode(cursor, 2, keys -> {
            if (!SCORE.matcher(keys.get(0)).matches()) {
                throw new IllegalArgumentException("not a score: " + keys.get(0));
            }
            return new TrendingPosition(new BigDecimal(keys.get(0)), Long.parseLong(keys.get(1)));
        });
    }
}
