package org.photoshare.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.photoshare.gateway.wire.NewComment;
import org.photoshare.gateway.wire.RemoteComment;
import org.photoshare.gateway.wire.RemoteCommentCount;
import org.photoshare.gateway.wire.RemotePage;
import org.photoshare.platform.client.RemoteRefusal;

import java.util.List;

/** comment-war: comments of a photo or a user, counts in batch. */
@RegisterRestClient(configKey = "comment")
@RegisterProvider(GatewayProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Retry(maxRetries = Resilience.RETRIES, delay = Resilience.RETRY_DELAY_MS,
        abortOn = {RemoteRefusal.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = Resilience.VOLUME, failureRatio = Resilience.FAILURE_RATIO,
        delay = Resilience.OPEN_MS, skipOn = RemoteRefusal.class)
public interface CommentClient {

    @POST
    @Path("/photos/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Retry(maxRetries = 0)
    RemoteComment add(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long photoId,
                      NewComment comment);

    @GET
    @Path("/photos/{id}/comments")
    RemotePage<RemoteComment> ofPhoto(@PathParam("id") long photoId, @QueryParam("limit") int limit,
                                      @QueryParam("cursor") String cursor);

    @GET
    @Path("/users/{userId}/comments")
    RemotePage<RemoteComment> ofUser(@PathParam("userId") String userId, @QueryParam("limit") int limit,
                                     @QueryParam("cursor") String cursor);

    @GET
    @Path("/photos/comment-counts")
    List<RemoteCommentCount> counts(@QueryParam("ids") String ids);

    @DELETE
    @Path("/comments/{id}")
    @Retry(maxRetries = 0)
    void delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long commentId);
}
