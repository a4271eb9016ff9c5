package org.photoshare.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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
import org.photoshare.gateway.wire.RemoteCounts;
import org.photoshare.gateway.wire.RemoteMyVote;
import org.photoshare.gateway.wire.RemotePage;
import org.photoshare.gateway.wire.RemoteRanked;
import org.photoshare.gateway.wire.RemoteUserVote;
import org.photoshare.gateway.wire.RemoteVoteResult;
import org.photoshare.gateway.wire.VoteValue;
import org.photoshare.platform.client.RemoteRefusal;

import java.util.List;

/** vote-war: votes, counts in batch, and the hot and trending orderings. */
@RegisterRestClient(configKey = "vote")
@RegisterProvider(GatewayProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Retry(maxRetries = Resilience.RETRIES, delay = Resilience.RETRY_DELAY_MS,
        abortOn = {RemoteRefusal.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = Resilience.VOLUME, failureRatio = Resilience.FAILURE_RATIO,
        delay = Resilience.OPEN_MS, skipOn = RemoteRefusal.class)
public interface VoteClient {

    /** Idempotent (the value is set, not added), so a lost answer may be retried. */
    @PUT
    @Path("/photos/{id}/vote")
    @Consumes(MediaType.APPLICATION_JSON)
    RemoteVoteResult vote(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long photoId,
                          VoteValue value);

    @GET
    @Path("/photos/counts")
    List<RemoteCounts> counts(@QueryParam("ids") String ids);

    @GET
    @Path("/photos/my-votes")
    List<RemoteMyVote> myVotes(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @QueryParam("ids") String ids);

    @GET
    @Path("/timelines/{timeline}")
    RemotePage<RemoteRanked> timeline(@PathParam("timeline") String timeline, @QueryParam("limit") int limit,
                                      @QueryParam("cursor") String cursor);

    @GET
    @Path("/users/{userId}/votes")
    RemotePage<RemoteUserVote> ofUser(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                      @PathParam("userId") String userId, @QueryParam("limit") int limit,
                                      @QueryParam("cursor") String cursor);
}
