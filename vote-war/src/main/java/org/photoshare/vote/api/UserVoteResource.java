package org.photoshare.vote.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.photoshare.platform.paging.Page;
import org.photoshare.platform.paging.PageLimit;
import org.photoshare.platform.problem.ProblemException;
import org.photoshare.vote.domain.VotePosition;
import org.photoshare.vote.domain.VoteService;

@Path("/users/{userId}/votes")
@RequestScoped
@RolesAllowed("user")
@Produces(MediaType.APPLICATION_JSON)
public class UserVoteResource {

    @Inject
    VoteService voting;

    @Inject
    JsonWebToken caller;

    /** A user's votes, newest first: only to that user (the counts of each photo are public, who voted how is not). */
    @GET
    public Page<MyVoteView> votes(@PathParam("userId") String userId, @QueryParam("limit") String limit,
                                  @QueryParam("cursor") String cursor) {
        if (!userId.equals(caller.getSubject())) {
            throw ProblemException.forbidden("A user's votes are shown to that user only.");
        }
        VotePosition after = cursor == null ? null : VotePosition.decode(cursor);
        return voting.votesOf(userId, after, PageLimit.of(limit)).map(MyVoteView::of);
    }
}
