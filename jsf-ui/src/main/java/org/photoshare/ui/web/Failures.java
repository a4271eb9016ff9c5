package org.photoshare.ui.web;

import org.photoshare.platform.client.RemoteRefusal;
import org.photoshare.ui.port.Unavailable;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns what went wrong in a call into a sentence for the page; unexpected failures go to the log. */
final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class.getName());

    private Failures() {
    }

    static String explain(RuntimeException failure) {
        if (failure instanceof RemoteRefusal refusal) {
            return refusal.detail() == null || refusal.detail().isBlank()
                    ? "This was refused (" + refusal.status() + ")." : refusal.detail();
        }
        if (failure instanceof Unavailable unavailable) {
            return unavailable.sentence();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure in the web front end, error id " + errorId, failure);
        return "Something went wrong. Please try again (error id " + errorId + ").";
    }

    /** Runs a call; when it fails, the page shows why and the answer is false. */
    static boolean attempt(Runnable call) {
        try {
            call.run();
            return true;
        } catch (RuntimeException failure) {
            Faces.error(explain(failure));
            return false;
        }
    }

    static boolean isRefusal(RuntimeException failure, int status) {
        return failure instanceof RemoteRefusal refusal && refusal.status() == status;
    }
}
