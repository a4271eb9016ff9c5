package org.photoshare.auth.client;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.photoshare.platform.client.RemoteRefusal;

/**
 * A content service's internal clean-up of everything a user owns there. Idempotent, so retried;
 * each content service has its own client (below) because each has its own URL and circuit.
 */
public interface UserDataClient {

    @DELETE
    @Path("/internal/users/{id}")
    @Timeout(10000)
    @Retry(maxRetries = 2, delay = 500, abortOn = RemoteRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10000, skipOn = RemoteRefusal.class)
    void deleteUserData(@PathParam("id") String userId);
}
