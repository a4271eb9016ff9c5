package org.photoshare.gateway.compose;

import org.photoshare.platform.client.RemoteRefusal;
import org.photoshare.ui.port.Unavailable;

import java.util.Collection;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** A call the request cannot do without: a refusal is passed on as it is, anything else means the service is unavailable. */
final class Downstream {

    private static final Logger LOG = Logger.getLogger(Downstream.class.getName());

    private Downstream() {
    }

    static <T> T call(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (RemoteRefusal | Unavailable answered) {
            throw answered;
        } catch (RuntimeException failure) {
            LOG.warning(() -> service + " is unavailable: " + failure);
            throw new Unavailable(service, failure);
        }
    }

    /**
     * A look-up whose part a page can do without: a failure is logged with its cause (the caller's
     * fallback then leaves the part out); a refusal is an answer and passes as it is.
     */
    static <T> T part(String part, Supplier<T> call) {
        try {
            return call.get();
        } catch (RemoteRefusal refusal) {
            throw refusal;
        } catch (RuntimeException failure) {
            LOG.warning(() -> part + " left out: " + failure);
            throw failure;
        }
    }

    static void run(String service, Runnable call) {
        call(service, () -> {
            call.run();
            return null;
        });
    }

    /** The {@code ids=} parameter of a batch call. */
    static String ids(Collection<?> ids) {
        return ids.stream().map(String::valueOf).distinct().collect(Collectors.joining(","));
    }
}
