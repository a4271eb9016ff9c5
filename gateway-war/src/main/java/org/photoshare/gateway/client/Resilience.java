package org.photoshare.gateway.client;

/**
 * The fault-tolerance settings of the gateway's clients. A service that is down refuses connections at
 * once; one that hangs is cut off by the HTTP client's own timeouts ({@code <service>/mp-rest/connectTimeout}
 * and {@code readTimeout} in microprofile-config.properties: 8 s for the content services' calls, 29 s
 * for auth-war's password hashing), the one timeout layer. There is deliberately no {@code @Timeout}:
 * Payara's Fault Tolerance schedules a task on the managed scheduler for every call it times, and each
 * scheduling captures the application's context with a class-path scan; under load that cost more
 * than the calls themselves. Reads are retried once; a service failing half of 10 calls opens its
 * circuit for 5 s, so a down service costs no waiting. Refusals (4xx) are answers, not failures: never
 * retried, never counted against the circuit.
 */
public final class Resilience {

    /** The content services' {@code readTimeout} (microprofile-config.properties). */
    static final long READ_TIMEOUT_MS = 8000;
    static final int RETRIES = 1;
    static final long RETRY_DELAY_MS = 50;
    static final int VOLUME = 10;
    static final double FAILURE_RATIO = 0.5;
    static final long OPEN_MS = 5000;
    /**
     * The longest a read can take through these settings (a timed-out try, the pause, the retry timing
     * out too), plus a second's margin: how long a page waits for a look-up it started beside others.
     */
    public static final long READ_WAIT_LIMIT_MS = READ_TIMEOUT_MS * (RETRIES + 1) + RETRY_DELAY_MS * RETRIES + 1000;

    private Resilience() {
    }
}
