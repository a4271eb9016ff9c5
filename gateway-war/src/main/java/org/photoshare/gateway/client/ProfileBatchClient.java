package org.photoshare.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.photoshare.platform.client.RemoteRefusal;
import org.photoshare.platform.security.ServiceTokenHeaders;
import org.photoshare.ui.model.Profile;

import java.util.List;

/** profile-war's batch look-up: internal, so the gateway calls it with its own service token. */
@RegisterRestClient(configKey = "profile")
@RegisterProvider(GatewayProblemMapper.class)
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Path("/internal/users")
public interface ProfileBatchClient {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Retry(maxRetries = Resilience.RETRIES, delay = Resilience.RETRY_DELAY_MS,
            abortOn = {RemoteRefusal.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = Resilience.VOLUME, failureRatio = Resilience.FAILURE_RATIO,
            delay = Resilience.OPEN_MS, skipOn = RemoteRefusal.class)
    List<Profile> profiles(@QueryParam("ids") String ids);
}
