package org.photoshare.gateway.api;

import org.photoshare.platform.paging.PageLimit;

/** The {@code limit} of the API's lists, as every service takes it (1–100, default 20). */
final class Paging {

    private Paging() {
    }

    static int limit(String requested) {
        return PageLimit.of(requested);
    }
}
