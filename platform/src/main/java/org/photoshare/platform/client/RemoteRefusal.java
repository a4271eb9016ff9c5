package org.photoshare.platform.client;

/** The called service refused the request (4xx): retrying will not help, and its circuit stays closed. */
public class RemoteRefusal extends RemoteProblem {

    public RemoteRefusal(int status, String detail) {
        super(status, detail);
    }
}
