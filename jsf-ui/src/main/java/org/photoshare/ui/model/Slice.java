package org.photoshare.ui.model;

import jakarta.json.bind.annotation.JsonbNillable;

import java.util.List;

/**
 * One keyset page as shown: {@code nextCursor} is null on the last page; {@code unavailable} names
 * the parts left out because the service owning them did not answer (see {@link Part}). A null
 * {@code nextCursor} is written out as null, as every service writes it.
 */
@JsonbNillable
public record Slice<T>(List<T> items, String nextCursor, List<String> unavailable) {

    public Slice {
        items = List.copyOf(items);
        unavailable = List.copyOf(unavailable);
    }

    public static <T> Slice<T> empty() {
        return new Slice<>(List.of(), null, List.of());
    }

    public boolean degraded() {
        return !unavailable.isEmpty();
    }
}
