package org.photoshare.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.photoshare.gateway.wire.Credentials;
import org.photoshare.gateway.wire.PasswordChange;
import org.photoshare.gateway.wire.Registration;
import org.photoshare.platform.client.RemoteRefusal;
import org.photoshare.platform.security.ClientAddress;
import org.photoshare.ui.model.AccountStatus;
import org.photoshare.ui.model.SignedIn;

import java.util.Map;

/** auth-war. {@code bearer} is the caller's "Bearer ..." header, passed explicitly on every call that acts for them. */
@RegisterRestClient(configKey = "auth")
@RegisterProvider(GatewayProblemMapper.class)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Retry(maxRetries = Resilience.RETRIES, delay = Resilience.RETRY_DELAY_MS,
        abortOn = {RemoteRefusal.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = Resilience.VOLUME, failureRatio = Resilience.FAILURE_RATIO,
        delay = Resilience.OPEN_MS, skipOn = RemoteRefusal.class)
public interface AuthClient {

    /** {@code service} is the gateway's own token, under which auth-war believes {@code clientAddress}. */
    @POST
    @Path("/accounts")
    @Retry(maxRetries = 0)
    SignedIn register(@HeaderParam(HttpHeaders.AUTHORIZATION) String service,
                      @HeaderParam(ClientAddress.HEADER) String clientAddress, Registration registration);

    @POST
    @Path("/tokens")
    @Retry(maxRetries = 0)
    SignedIn signIn(@HeaderParam(HttpHeaders.AUTHORIZATION) String service,
                    @HeaderParam(ClientAddress.HEADER) String clientAddress, Credentials credentials);

    @PUT
    @Path("/accounts/me/password")
    @Retry(maxRetries = 0)
    void changePassword(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, PasswordChange change);

    @DELETE
    @Path("/accounts/me")
    @Retry(maxRetries = 0)
    void deleteMe(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    @GET
    @Path("/accounts/{id}")
    AccountStatus status(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String userId);

    /** The PUT carries an empty JSON object: the JAX-RS client refuses a PUT without a body. */
    @PUT
    @Path("/accounts/{id}/disabled")
    void disable(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String userId,
                 Map<String, String> nothing);

    @DELETE
    @Path("/accounts/{id}/disabled")
    void enable(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String userId);
}
