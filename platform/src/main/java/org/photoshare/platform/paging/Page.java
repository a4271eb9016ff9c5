package org.photoshare.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a keyset-paged list; {@code nextCursor} is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }

    /**
     * Builds a page from a query that fetched {@code limit + 1} rows: the extra row only tells that
     * there is a next page, whose cursor is the key of the last row kept.
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, String> cursorOf) {
        if (fetched.size() <= limit) {
            return new Page<>(List.copyOf(fetched), null);
        }
        List<T> kept = List.copyOf(fetched.subList(0, limit));
        return new Page<>(kept, cursorOf.apply(kept.get(limit - 1)));
    }
}
