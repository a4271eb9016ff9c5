package org.photoshare.gateway.client;

import org.photoshare.platform.client.RemoteRefusal;

/** A 429 from a service, with its Retry-After, which the gateway passes on. */
public class ThrottledRefusal extends RemoteRefusal {

    private final String retryAfter;

    public ThrottledRefusal(String detail, String retryAfter) {
        super(429, detail);
        this.retryAfter = retryAfter;
    }

    public String retryAfter() {
        return retryAfter;
    }
}
