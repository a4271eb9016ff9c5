package org.photoshare.gateway.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.photoshare.gateway.client.CommentClient;
import org.photoshare.gateway.client.PhotoClient;
import org.photoshare.gateway.client.PhotoTransfer;
import org.photoshare.gateway.client.Resilience;
import org.photoshare.gateway.client.VoteClient;
import org.photoshare.gateway.edge.EdgeCache;
import org.photoshare.gateway.security.Caller;
import org.photoshare.gateway.wire.NewComment;
import org.photoshare.gateway.wire.RemoteComment;
import org.photoshare.gateway.wire.RemoteCounts;
import org.photoshare.gateway.wire.RemotePage;
import org.photoshare.gateway.wire.RemotePhoto;
import org.photoshare.gateway.wire.RemoteRanked;
import org.photoshare.gateway.wire.RemoteUserVote;
import org.photoshare.gateway.wire.RemoteVoteResult;
import org.photoshare.gateway.wire.VoteValue;
import org.photoshare.platform.client.RemoteRefusal;
import org.photoshare.ui.model.CommentItem;
import org.photoshare.ui.model.ImageLinks;
import org.photoshare.ui.model.NewUpload;
import org.photoshare.ui.model.Part;
import org.photoshare.ui.model.PhotoCard;
import org.photoshare.ui.model.PhotoDetail;
import org.photoshare.ui.model.Profile;
import org.photoshare.ui.model.Slice;
import org.photoshare.ui.model.Timeline;
import org.photoshare.ui.model.UserComment;
import org.photoshare.ui.model.UserRef;
import org.photoshare.ui.model.UserVote;
import org.photoshare.ui.model.VoteCounts;
import org.photoshare.ui.port.Gallery;
import org.photoshare.ui.port.Unavailable;
import org.photoshare.ui.security.Viewer;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The gallery as pages and the API see it, composed from the services with one batch call per service
 * per page, never one per photo. The service a page is made of (photo-war for newest, vote-war for hot
 * and trending) must answer; the others' parts are left out when they do not (see {@link Extras}).
 */
@ApplicationScoped
public class EdgeGallery implements Gallery {

    /** How long to wait, step by step, for vote-war and comment-war to hear of a new photo (3 s in all). */
    static final long[] ANNOUNCEMENT_WAITS_MS = {200, 400, 800, 1600};

    @Inject
    @RestClient
    PhotoClient photos;

    @Inject
    @RestClient
    VoteClient votes;

    @Inject
    @RestClient
    CommentClient comments;

    @Inject
    PhotoTransfer transfer;

    @Inject
    CachedProfiles profileCache;

    @Inject
    VoteLookup voteLookup;

    @Inject
    CachedMyVotes myVotes;

    @Inject
    SharedSlices sharedSlices;

    @Inject
    EdgeCache edgeCache;

    /** The current request (pages and the API alike), to mark a degraded answer as not to be shared. */
    @Inject
    HttpServletRequest request;

    @Inject
    CommentLookup commentLookup;

    @Inject
    Caller caller;

    @Inject
    LookupPool lookups;

    @Inject
    @Metric(name = "photoshare_gateway_degraded_pages", absolute = true,
            description = "Pages and API answers composed without the part of a service that did not answer")
    Counter degraded;

    @Inject
    @Metric(name = "photoshare_gateway_uploads", absolute = true, description = "Photos uploaded through the gateway")
    Counter uploads;

    /**
     * A timeline page is the same for everyone but for the viewer's own votes: it is composed once for
     * all (see {@link SharedSlices}) and the viewer's votes are added to it.
     */
    @Override
    public Slice<PhotoCard> timeline(Timeline timeline, String cursor, int limit) {
        return withMyVotes(sharedSlices.get("timeline", timeline.key(), cursor, limit,
                () -> composedTimeline(timeline, cursor, limit)));
    }

    private Slice<PhotoCard> composedTimeline(Timeline timeline, String cursor, int limit) {
        if (timeline == Timeline.NEWEST) {
            RemotePage<RemotePhoto> page = Downstream.call("photo", () -> photos.newest(limit, cursor));
            return assemble(page.items(), page.nextCursor(), null);
        }
        RemotePage<RemoteRanked> ranked = Downstream.call("vote", () -> votes.timeline(timeline.key(), limit, cursor));
        List<Long> ids = ranked.items().stream().map(RemoteRanked::photoId).toList();
        Map<Long, RemoteCounts> counts = ranked.items().stream().collect(Collectors.toMap(RemoteRanked::photoId,
                r -> new RemoteCounts(r.photoId(), r.upvotes(), r.downvotes()), (a, b) -> a));
        return assemble(photosInOrder(ids), ranked.nextCursor(), counts);
    }

    @Override
    public Slice<PhotoCard> photosOf(String userId, String cursor, int limit) {
        return withMyVotes(sharedSlices.get("photos-of", userId, cursor, limit, () -> {
            RemotePage<RemotePhoto> page = Downstream.call("photo", () -> photos.ofUser(userId, limit, cursor));
            return assemble(page.items(), page.nextCursor(), null);
        }));
    }

    /** The cards as the viewer sees them: with their own votes when signed in. */
    private Slice<PhotoCard> withMyVotes(Slice<PhotoCard> shared) {
        EdgeCache.shows(request, shared.items().stream().map(PhotoCard::id).toList());
        String bearer = caller.bearer();
        if (bearer == null || shared.items().isEmpty()) {
            return shared;
        }
        Optional<Map<Long, Integer>> mine = myVotes.of(caller.viewer().id(), bearer,
                shared.items().stream().map(PhotoCard::id).toList());
        if (mine.isEmpty()) {
            List<String> unavailable = new ArrayList<>(shared.unavailable());
            unavailable.add(Part.MY_VOTES.key());
            return slice(shared.items(), shared.nextCursor(), unavailable);
        }
        return new Slice<>(shared.items().stream().map(card -> card.withMyVote(mine.get().get(card.id()))).toList(),
                shared.nextCursor(), shared.unavailable());
    }

    /**
     * A photo's page. Its counts are read before its comments: a kept page is used only while its counts
     * are the latest the edge has seen (EdgeCache), so everything it shows must be at least as new.
     */
    @Override
    public Optional<PhotoDetail> photo(long photoId, String commentCursor, int commentLimit) {
        Counting counting = counting(List.of(photoId), null);
        RemotePhoto photo;
        try {
            photo = Downstream.call("photo", () -> photos.photo(photoId));
        } catch (RemoteRefusal refusal) {
            if (refusal.status() == 404) {
                return Optional.empty();
            }
            throw refusal;
        }
        Counted counted = counting.join(deadline());
        Optional<RemotePage<RemoteComment>> page = commentsOrNone(photoId, commentCursor, commentLimit);
        Set<String> people = new LinkedHashSet<>();
        people.add(photo.ownerId());
        page.ifPresent(p -> p.items().forEach(c -> people.add(c.authorId())));
        Extras extras = new Extras(profileCache.byIds(people), counted.votes(), counted.comments());
        List<String> unavailable = new ArrayList<>(extras.unavailable());
        Slice<CommentItem> commentSlice = null;
        if (page.isPresent()) {
            commentSlice = new Slice<>(page.get().items().stream().map(c -> comment(c, extras.user(c.authorId()))).toList(),
                    page.get().nextCursor(), List.of());
        } else {
            unavailable.add(Part.COMMENTS.key());
        }
        if (unavailable.isEmpty()) {
            extras.countsOf(photoId).ifPresent(counts -> edgeCache.madeFrom(request, photoId, counts));
        }
        Slice<PhotoCard> card = withMyVotes(new Slice<>(List.of(extras.card(photo)), null, List.of()));
        unavailable.addAll(card.unavailable());
        countDegraded(unavailable);
        return Optional.of(new PhotoDetail(card.items().get(0), commentSlice, unavailable));
    }

    @Override
    public Slice<CommentItem> comments(long photoId, String cursor, int limit) {
        EdgeCache.shows(request, List.of(photoId));
        RemotePage<RemoteComment> page = Downstream.call("comment", () -> comments.ofPhoto(photoId, limit, cursor));
        Extras extras = peopleOnly(page.items().stream().map(RemoteComment::authorId).toList());
        return slice(page.items().stream().map(c -> comment(c, extras.user(c.authorId()))).toList(),
                page.nextCursor(), extras.unavailable());
    }

    @Override
    public Slice<UserComment> commentsOf(String userId, String cursor, int limit) {
        RemotePage<RemoteComment> page = Downstream.call("comment", () -> comments.ofUser(userId, limit, cursor));
        Extras extras = peopleOnly(List.of(userId));
        Map<Long, PhotoCard> shown = titlesOf(page.items().stream().map(RemoteComment::photoId).toList());
        List<UserComment> items = page.items().stream()
                .map(c -> new UserComment(comment(c, extras.user(c.authorId())), shown.get(c.photoId())))
                .toList();
        return slice(items, page.nextCursor(), extras.unavailable());
    }

    @Override
    public Slice<UserVote> votesOf(String userId, String cursor, int limit) {
        caller.requireSignedIn();
        RemotePage<RemoteUserVote> page = Downstream.call("vote", () -> votes.ofUser(caller.bearer(), userId, limit, cursor));
        Map<Long, PhotoCard> shown = titlesOf(page.items().stream().map(RemoteUserVote::photoId).toList());
        List<UserVote> items = page.items().stream()
                .filter(v -> shown.containsKey(v.photoId()))
                .map(v -> new UserVote(shown.get(v.photoId()), v.value()))
                .toList();
        return slice(items, page.nextCursor(), List.of());
    }

    @Override
    public PhotoCard upload(NewUpload upload) {
        return created(transfer.upload(caller.bearer(), upload));
    }

    /** An API client's multipart body, streamed to photo-war as it came. */
    public PhotoCard uploadRaw(String contentType, InputStream body) {
        return created(transfer.uploadRaw(caller.bearer(), contentType, body));
    }

    private PhotoCard created(RemotePhoto photo) {
        uploads.inc();
        Viewer viewer = caller.viewer();
        UserRef owner = new UserRef(photo.ownerId(), viewer.is(photo.ownerId()) ? viewer.username() : null, null);
        return new PhotoCard(photo.id(), photo.title(), owner, photo.createdAt(), photo.width(), photo.height(),
                0L, 0L, 0L, 0, ImageLinks.of(photo.id()));
    }

    @Override
    public void deletePhoto(long photoId) {
        Downstream.run("photo", () -> photos.delete(caller.bearer(), photoId));
        edgeCache.forgetPhoto(photoId);
    }

    @Override
    public VoteCounts vote(long photoId, int value) {
        RemoteVoteResult result = onAnnouncedPhoto(photoId, "vote",
                () -> votes.vote(caller.bearer(), photoId, new VoteValue(value)));
        return new VoteCounts(result.photoId(), result.upvotes(), result.downvotes(), result.myVote());
    }

    @Override
    public int myVote(long photoId) {
        String bearer = caller.bearer();
        return myVotes.of(caller.viewer().id(), bearer, List.of(photoId))
                .map(mine -> mine.getOrDefault(photoId, 0))
                .orElseThrow(() -> new Unavailable("vote", new IllegalStateException("vote-war did not answer")));
    }

    @Override
    public CommentItem comment(long photoId, String text) {
        RemoteComment created = onAnnouncedPhoto(photoId, "comment",
                () -> comments.add(caller.bearer(), photoId, new NewComment(text)));
        Viewer viewer = caller.viewer();
        return comment(created, new UserRef(created.authorId(), viewer.username(), null));
    }

    @Override
    public void deleteComment(long commentId) {
        Downstream.run("comment", () -> comments.delete(caller.bearer(), commentId));
    }

    /**
     * A vote or comment on a photo that vote-war or comment-war does not know yet: photo-war announces
     * new photos through its outbox, so right after an upload they may answer 404 for a photo that
     * exists. Then the call is repeated for a few seconds; a photo photo-war does not have stays a 404.
     */
    private <T> T onAnnouncedPhoto(long photoId, String service, Supplier<T> call) {
        boolean exists = false;
        for (int attempt = 0; ; attempt++) {
            try {
                return Downstream.call(service, call);
            } catch (RemoteRefusal refusal) {
                if (refusal.status() != 404 || attempt >= ANNOUNCEMENT_WAITS_MS.length) {
                    if (exists) {
                        throw new Unavailable(service, refusal);
                    }
                    throw refusal;
                }
                exists = exists || photoExists(photoId);
                if (!exists) {
                    throw refusal;
                }
                pause(ANNOUNCEMENT_WAITS_MS[attempt]);
            }
        }
    }

    private boolean photoExists(long photoId) {
        try {
            Downstream.call("photo", () -> photos.photo(photoId));
            return true;
        } catch (RemoteRefusal refusal) {
            return false;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("photo", e);
        }
    }

    /** Cards for photos, with everything the other services add, and the note of what is missing. */
    private Slice<PhotoCard> assemble(List<RemotePhoto> page, String nextCursor, Map<Long, RemoteCounts> knownCounts) {
        List<Long> ids = page.stream().map(RemotePhoto::id).toList();
        Extras extras = extras(ids, page.stream().map(RemotePhoto::ownerId).toList(), knownCounts);
        return slice(extras.cards(page), nextCursor, extras.unavailable());
    }

    /**
     * The other services' parts of a page, the same for every viewer (the viewer's own votes are added
     * by {@link #withMyVotes}), asked side by side on the look-up pool. The look-ups are the CDI beans
     * (their fallbacks and the clients' fault tolerance apply on any thread).
     */
    private Extras extras(List<Long> photoIds, Collection<String> people, Map<Long, RemoteCounts> knownCounts) {
        Counting counting = counting(photoIds, knownCounts);
        Set<String> owners = new LinkedHashSet<>(people);
        Forked<Optional<Map<String, Profile>>> profiles = Forked.start(lookups.pool(), "profile look-up",
                () -> profileCache.byIds(owners), Optional.empty());
        long deadline = deadline();
        // the last started first: the one a pool thread is least likely to have taken yet
        Optional<Map<String, Profile>> profilesAnswer = profiles.join(deadline);
        Counted counted = counting.join(deadline);
        return new Extras(profilesAnswer, counted.votes(), counted.comments());
    }

    /** Starts asking for the vote counts (unless known) and comment counts of a page's photos. */
    private Counting counting(List<Long> photoIds, Map<Long, RemoteCounts> knownCounts) {
        Forked<Optional<Map<Long, RemoteCounts>>> votesAsked = knownCounts != null ? null
                : Forked.start(lookups.pool(), "vote counts", () -> voteLookup.counts(photoIds), Optional.empty());
        Forked<Optional<Map<Long, Long>>> commentsAsked = Forked.start(lookups.pool(), "comment counts",
                () -> commentLookup.counts(photoIds), Optional.empty());
        return new Counting(votesAsked, commentsAsked, knownCounts);
    }

    private static long deadline() {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Resilience.READ_WAIT_LIMIT_MS);
    }

    /** Counts asked for; {@code votes} is null when they were known already. */
    private record Counting(Forked<Optional<Map<Long, RemoteCounts>>> votesAsked,
                            Forked<Optional<Map<Long, Long>>> commentsAsked, Map<Long, RemoteCounts> known) {

        Counted join(long deadline) {
            // the last started first: the one a pool thread is least likely to have taken yet
            Optional<Map<Long, Long>> commentCounts = commentsAsked.join(deadline);
            return new Counted(votesAsked == null ? Optional.of(known) : votesAsked.join(deadline), commentCounts);
        }
    }

    /** Counts as the services gave them; empty when a service did not answer. */
    private record Counted(Optional<Map<Long, RemoteCounts>> votes, Optional<Map<Long, Long>> comments) {
    }

    private Extras peopleOnly(List<String> people) {
        return new Extras(profileCache.byIds(new LinkedHashSet<>(people)), null, null);
    }

    /** photo-war's metadata for ids in the given order; photos it no longer has (deleted) are dropped. */
    private List<RemotePhoto> photosInOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, RemotePhoto> byId = Downstream.call("photo", () -> photos.photos(Downstream.ids(ids))).stream()
                .collect(Collectors.toMap(RemotePhoto::id, Function.identity(), (a, b) -> a));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Photos named in a user's lists, by title only; missing when photo-war does not answer or they are gone. */
    private Map<Long, PhotoCard> titlesOf(List<Long> ids) {
        EdgeCache.shows(request, ids);
        try {
            return Extras.NONE.cards(photosInOrder(ids.stream().distinct().toList())).stream()
                    .collect(Collectors.toMap(PhotoCard::id, Function.identity()));
        } catch (RuntimeException unavailable) {
            return Map.of();
        }
    }

    private Optional<RemotePage<RemoteComment>> commentsOrNone(long photoId, String cursor, int limit) {
        try {
            return commentLookup.ofPhoto(photoId, cursor, limit);
        } catch (RemoteRefusal refusal) {
            if (refusal.status() == 404) {
                return Optional.of(new RemotePage<>(List.of(), null));
            }
            throw refusal;
        }
    }

    private <T> Slice<T> slice(List<T> items, String nextCursor, List<String> unavailable) {
        countDegraded(unavailable);
        return new Slice<>(items, nextCursor, unavailable);
    }

    private void countDegraded(List<String> unavailable) {
        if (!unavailable.isEmpty()) {
            degraded.inc();
            EdgeCache.doNotShare(request);
        }
    }

    private static CommentItem comment(RemoteComment c, UserRef author) {
        return new CommentItem(c.id(), c.photoId(), author, c.text(), c.createdAt());
    }
}
