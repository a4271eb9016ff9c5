package org.photoshare.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.photoshare.gateway.wire.ProfileUpdate;
import org.photoshare.platform.client.RemoteRefusal;
import org.photoshare.ui.model.Profile;

/** profile-war's public endpoints, acting for the caller (whose token lets them see their own email). */
@RegisterRestClient(configKey = "profile")
@RegisterProvider(GatewayProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Retry(maxRetries = Resilience.RETRIES, delay = Resilience.RETRY_DELAY_MS,
        abortOn = {RemoteRefusal.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = Resilience.VOLUME, failureRatio = Resilience.FAILURE_RATIO,
        delay = Resilience.OPEN_MS, skipOn = RemoteRefusal.class)
@Path("/users")
public interface ProfileClient {

    @GET
    @Path("/{id}")
    Profile profile(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String userId);

    @GET
    @Path("/me")
    Profile me(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    @PUT
    @Path("/me")
    @Consumes(MediaType.APPLICATION_JSON)
    Profile updateMe(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, ProfileUpdate update);
}
