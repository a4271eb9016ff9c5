package org.photoshare.platform.client;

/**
 * A called service answered with an error status. {@link #isClientError()} tells a refusal of the
 * request (not worth retrying, not a sign of an unhealthy service) from a failure of the service.
 */
public class RemoteProblem extends RuntimeException {

    private final int status;

    public RemoteProblem(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return getMessage();
    }

    public boolean isClientError() {
        return status >= 400 && status < 500;
    }
}
