package org.photoshare.platform.client;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.net.ConnectException;
import java.net.UnknownHostException;

/** Tells whether a failed call certainly never reached the other service (so it changed nothing there). */
public final class Reachability {

    private Reachability() {
    }

    public static boolean certainlyNotDelivered(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof CircuitBreakerOpenException) {
                return true;
            }
        }
        return false;
    }
}
