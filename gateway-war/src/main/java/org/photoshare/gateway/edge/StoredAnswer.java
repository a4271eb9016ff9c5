package org.photoshare.gateway.edge;

import java.util.Map;
import java.util.Set;

/**
 * A 200 answer as the edge keeps it: its body and the headers that describe the body (type, length,
 * caching, validators). Never cookies, never anything about the caller.
 *
 * @param photos   the photos the answer shows (an image: its own), so that it goes when one of them is deleted
 * @param versions for a photo page, the {@link PhotoWatch} versions of the counts it was made from
 */
record StoredAnswer(String contentType, Map<String, String> headers, byte[] body, Set<Long> photos,
                    Map<Long, Long> versions) {

    /** Headers passed on with a stored body; the security headers are set on every answer anyway. */
    static final String[] KEPT_HEADERS = {"Cache-Control", "ETag", "Last-Modified", "Content-Language", "Vary",
            "Cross-Origin-Resource-Policy"};

    int weight() {
        return body.length + 256;
    }

    String etag() {
        return headers.get("ETag");
    }
}
