package org.photoshare.vote.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.photoshare.platform.paging.Page;
import org.photoshare.platform.paging.PageLimit;
import org.photoshare.vote.domain.HotPosition;
import org.photoshare.vote.domain.TrendingPosition;
import org.photoshare.vote.domain.VoteService;

/** The hot and trending orderings: photo ids with their counts, keyset-paged. */
@Path("/timelines")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    @Inject
    VoteService voting;

    /** Today's photos, most upvotes first, then newest; a cursor goes on with the day it began with. */
    @GET
    @Path("/hot")
    public HotPage hot(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        HotPosition after = cursor == null ? null : HotPosition.decode(cursor);
        return HotPage.of(voting.hot(after, PageLimit.of(limit)));
    }

    /** Every photo by time-decayed score, highest first. */
    @GET
    @Path("/trending")
    public Page<TimelineEntry> trending(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        TrendingPosition after = cursor == null ? null : TrendingPosition.decode(cursor);
        return voting.trending(after, PageLimit.of(limit)).map(TimelineEntry::of);
    }
}
