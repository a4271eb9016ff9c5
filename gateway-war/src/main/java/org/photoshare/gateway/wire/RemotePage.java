package org.photoshare.gateway.wire;

import java.util.List;

/** A keyset page as every service answers it. */
public record RemotePage<T>(List<T> items, String nextCursor) {

    public RemotePage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
