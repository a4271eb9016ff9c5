package org.photoshare.vote.api;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.photoshare.platform.batch.BatchIds;
import org.photoshare.vote.domain.VoteService;
import org.photoshare.vote.persistence.PhotoRepository;
import org.photoshare.vote.persistence.VoteRepository;

import java.util.List;

/** Voting, and the counts and the caller's votes for many photos at once. */
@Path("/photos")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VoteResource {

    @Inject
    VoteService voting;

    @Inject
    PhotoRepository photos;

    @Inject
    VoteRepository votes;

    @Inject
    JsonWebToken caller;

    @Inject
    @ConfigProperty(name = "photoshare.vote.batch-limit", defaultValue = "100")
    int batchLimit;

    /** Sets, changes or withdraws (0) the caller's vote; 404 for a photo vote-war does not know. */
    @PUT
    @Path("/{id}/vote")
    @RolesAllowed("user")
    @Consumes(MediaType.APPLICATION_JSON)
    public VoteView vote(@PathParam("id") long photoId, @Valid @NotNull VoteRequest request) {
        return VoteView.of(voting.cast(photoId, caller.getSubject(), request.value), request.value);
    }

    /** Up and down counts of many photos: {@code ?ids=1,2,3}; unknown ids are left out. */
    @GET
    @Path("/counts")
    @PermitAll
    public List<CountsView> counts(@QueryParam("ids") String ids) {
        return photos.findAll(BatchIds.numeric(ids, batchLimit)).stream().map(CountsView::of).toList();
    }

    /** The caller's votes on many photos; a photo without a vote of theirs is left out. */
    @GET
    @Path("/my-votes")
    @RolesAllowed("user")
    public List<MyVoteView> myVotes(@QueryParam("ids") String ids) {
        return votes.votesOf(caller.getSubject(), BatchIds.numeric(ids, batchLimit)).stream()
                .map(MyVoteView::of).toList();
    }
}
