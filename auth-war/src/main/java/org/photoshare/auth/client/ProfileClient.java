package org.photoshare.auth.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.photoshare.platform.client.RemoteProblemMapper;
import org.photoshare.platform.client.RemoteRefusal;

/**
 * profile-war's internal account endpoints. Both calls are idempotent (PUT with the id chosen here,
 * DELETE), so they may be retried; a refusal (4xx) is final and does not open the circuit.
 */
@RegisterRestClient(configKey = "profile")
@RegisterProvider(RemoteProblemMapper.class)
@RegisterClientHeaders(SelfSignedServiceTokenHeaders.class)
@Path("/internal/users")
public interface ProfileClient {

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(4000)
    @Retry(maxRetries = 2, delay = 200, abortOn = RemoteRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5000, skipOn = RemoteRefusal.class)
    void create(@PathParam("id") String userId, NewProfile profile);

    @DELETE
    @Path("/{id}")
    @Timeout(4000)
    @Retry(maxRetries = 2, delay = 200, abortOn = RemoteRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5000, skipOn = RemoteRefusal.class)
    void delete(@PathParam("id") String userId);
}
