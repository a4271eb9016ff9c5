package org.photoshare.photo.client;

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
import org.photoshare.platform.security.ServiceTokenHeaders;

/**
 * comment-war's registry of photos, told by the outbox dispatcher with this service's own token.
 * Both calls are idempotent, so they are retried; a refusal (4xx) is not retried and does not open
 * the circuit; the outbox retries later whatever fails here. (vote-war and comment-war expose the
 * same endpoints, but each client declares its own methods: Payara keys fault-tolerance state,
 * the circuit above all, by the declaring method, and one service's outage must not open the
 * other's circuit.)
 */
@RegisterRestClient(configKey = "comment")
@RegisterProvider(RemoteProblemMapper.class)
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Path("/internal/photos")
public interface CommentClient {

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(3000)
    @Retry(maxRetries = 1, delay = 200, abortOn = RemoteRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10000, skipOn = RemoteRefusal.class)
    void photoAdded(@PathParam("id") long photoId, PhotoAnnouncement photo);

    @DELETE
    @Path("/{id}")
    @Timeout(3000)
    @Retry(maxRetries = 1, delay = 200, abortOn = RemoteRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10000, skipOn = RemoteRefusal.class)
    void photoRemoved(@PathParam("id") long photoId);
}
