package org.photoshare.profile.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.photoshare.platform.problem.ProblemException;
import org.photoshare.profile.domain.Profile;
import org.photoshare.profile.persistence.ProfileRepository;

import java.time.Clock;

/** Public profile reads, and the caller's own profile; the caller is whoever the token's subject is. */
@Path("/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    @Inject
    ProfileRepository profiles;

    @Inject
    JsonWebToken caller;

    @Inject
    Clock clock;

    @GET
    @Path("/me")
    @RolesAllowed("user")
    public ProfileView me() {
        return ProfileView.privateOf(load(caller.getSubject()));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public ProfileView get(@PathParam("id") String id) {
        Profile profile = load(id);
        return mayReadPrivateFields(id) ? ProfileView.privateOf(profile) : ProfileView.publicOf(profile);
    }

    @PUT
    @Path("/me")
    @RolesAllowed("user")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProfileView updateMe(@Valid @NotNull ProfileUpdate update) {
        return update(caller.getSubject(), update);
    }

    /** Only the owner may change a profile: {@code id} must be the caller's own. */
    @PUT
    @Path("/{id}")
    @RolesAllowed("user")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProfileView updateById(@PathParam("id") String id, @Valid @NotNull ProfileUpdate update) {
        if (!id.equals(caller.getSubject())) {
            load(id);
            throw ProblemException.forbidden("You can only change your own profile.");
        }
        return update(id, update);
    }

    private ProfileView update(String id, ProfileUpdate update) {
        Profile updated = profiles.update(id, blankToNull(update.displayName), blankToNull(update.bio),
                update.email.trim(), clock.instant());
        return ProfileView.privateOf(updated);
    }

    private boolean mayReadPrivateFields(String id) {
        return caller.getRawToken() != null
                && (id.equals(caller.getSubject()) || caller.getGroups().contains("admin"));
    }

    private Profile load(String id) {
        return profiles.find(id).orElseThrow(() -> ProblemException.notFound("No such user."));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
