package org.photoshare.vote.domain;

import org.photoshare.platform.paging.Cursor;

import java.math.BigDecimal;

/** Where a page of the trending timeline ends: the exact score and id of its last photo. */
public record TrendingPosition(BigDecimal score, long id) {

    public static TrendingPosition after(Photo last) {
        return new TrendingPosition(last.score(), last.id());
    }

    public String encode() {
        return Cursor.encode(score.toPlainString(), id);
    }

    public static TrendingPosition decode(String cursor) {
        return Cursor.decode(cursor, 2, keys -> new TrendingPosition(new BigDecimal(keys.get(0)),
                Long.parseLong(keys.get(1))));
    }
}
