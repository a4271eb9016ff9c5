package org.photoshare.gateway.client;

/**
 * The fault-tolerance settings of the gateway's clients. A service that is down refuses connections at
 * once; the timeouts are for one that hangs, generous enough for a loaded machine. Reads are retried
 * once; a service failing half of 10 calls opens its circuit for 5 s, so a down service costs no waiting.
 * Refusals (4xx) are answers, not failures: never retried, never counted against the circuit.
 */
public final class Resilience {

    static final long READ_TIMEOUT_MS = 8000;
    static final long WRITE_TIMEOUT_MS = 15000;
    /** Registration and sign-in hash a password on purpose slowly. */
    static final long PASSWORD_TIMEOUT_MS = 30000;
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
