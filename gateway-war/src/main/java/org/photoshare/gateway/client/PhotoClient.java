package org.photoshare.gateway.client;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.photoshare.gateway.wire.RemotePage;
import org.photoshare.gateway.wire.RemotePhoto;
import org.photoshare.platform.client.RemoteRefusal;

import java.util.List;

/** photo-war's metadata endpoints (image bytes and uploads stream through {@link PhotoTransfer}). */
@RegisterRestClient(configKey = "photo")
@RegisterProvider(GatewayProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Retry(maxRetries = Resilience.RETRIES, delay = Resilience.RETRY_DELAY_MS,
        abortOn = {RemoteRefusal.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = Resilience.VOLUME, failureRatio = Resilience.FAILURE_RATIO,
        delay = Resilience.OPEN_MS, skipOn = RemoteRefusal.class)
public interface PhotoClient {

    @GET
    @Path("/photos/{id}")
    RemotePhoto photo(@PathParam("id") long photoId);

    /** @param ids comma-separated, at most 100; unknown (deleted) photos are left out */
    @GET
    @Path("/photos")
    List<RemotePhoto> photos(@QueryParam("ids") String ids);

    @GET
    @Path("/photos")
    RemotePage<RemotePhoto> newest(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/users/{userId}/photos")
    RemotePage<RemotePhoto> ofUser(@PathParam("userId") String userId, @QueryParam("limit") int limit,
                                   @QueryParam("cursor") String cursor);

    @DELETE
    @Path("/photos/{id}")
    @Retry(maxRetries = 0)
    void delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long photoId);
}
