package org.photoshare.platform.client;

/** The called service failed (5xx): an idempotent call may be retried. */
public class RemoteFailure extends RemoteProblem {

    public RemoteFailure(int status, String detail) {
        super(status, detail);
    }
}
