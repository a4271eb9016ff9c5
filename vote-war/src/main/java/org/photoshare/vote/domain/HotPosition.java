package org.photoshare.vote.domain;

import org.photoshare.platform.paging.Cursor;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a page of the hot timeline ends: its day (so that a listing begun before midnight goes on
 * with the same day) and the sort key (upvotes, upload time, id) of its last photo.
 */
public record HotPosition(LocalDate day, int upvotes, Instant createdAt, long id) {

    public static HotPosition after(Photo last) {
        return new HotPosition(last.uploadDay(), last.upvotes(), last.createdAt(), last.id());
    }

    public String encode() {
        return Cursor.encode(day, upvotes, createdAt.toEpochMilli(), id);
    }

    public static HotPosition decode(String cursor) {
        return Cursor.decode(cursor, 4, keys -> new HotPosition(LocalDate.parse(keys.get(0)),
                Integer.parseInt(keys.get(1)), Instant.ofEpochMilli(Long.parseLong(keys.get(2))),
                Long.parseLong(keys.get(3))));
    }
}
