package org.photoshare.profile.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.photoshare.platform.problem.ProblemException;
import org.photoshare.profile.persistence.ProfileRepository;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Endpoints for the other services only (group {@code service}); the gateway never routes here.
 * Account creation and removal are driven by auth-war's account saga.
 */
@Path("/internal/users")
@RequestScoped
@RolesAllowed("service")
@Produces(MediaType.APPLICATION_JSON)
public class InternalProfileResource {

    @Inject
    ProfileRepository profiles;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "photoshare.profile.batch-limit")
    int batchLimit;

    /** Public profiles of many users in one call: {@code ?ids=a,b,c}; unknown ids are left out. */
    @GET
    public List<ProfileView> batch(@QueryParam("ids") String ids) {
        List<String> wanted = ids == null ? List.of() : Arrays.stream(ids.split(","))
                .map(String::trim).filter(id -> !id.isEmpty()).distinct().toList();
        if (wanted.size() > batchLimit) {
            throw ProblemException.badRequest("At most " + batchLimit + " ids per call.");
        }
        return profiles.findAll(wanted).stream().map(ProfileView::publicOf).toList();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") String id, @Valid @NotNull NewProfile profile) {
        boolean created = profiles.create(id, profile.username, profile.email.trim(), clock.instant());
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).build();
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        return profiles.delete(id) ? Response.noContent().build()
                : Response.status(Response.Status.NOT_FOUND).build();
    }
}
