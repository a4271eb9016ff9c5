package org.photoshare.photo.domain;

import org.photoshare.platform.paging.Cursor;
import org.photoshare.platform.problem.ProblemException;

import java.time.Instant;
import java.util.List;

/** The position of a photo in the newest-first order, and the opaque cursor that carries it. */
public record NewestKey(Instant createdAt, long id) {

    public static NewestKey of(Photo photo) {
        return new NewestKey(photo.createdAt(), photo.id());
    }

    public String toCursor() {
        return Cursor.encode(createdAt.toEpochMilli(), id);
    }

    /** @return null for no cursor (the first page); a 400 problem for a cursor that is not ours */
    public static NewestKey fromCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        List<String> keys = Cursor.decode(cursor, 2);
        try {
            return new NewestKey(Instant.ofEpochMilli(Long.parseLong(keys.get(0))), Long.parseLong(keys.get(1)));
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("The cursor is not valid; start again from the first page.");
        }
    }
}
