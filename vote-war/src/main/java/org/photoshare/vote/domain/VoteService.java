package org.photoshare.vote.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.photoshare.platform.paging.Page;
import org.photoshare.platform.persistence.ConflictRetry;
import org.photoshare.vote.persistence.PhotoRepository;
import org.photoshare.vote.persistence.VoteRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Votes, the photos they are about, and the two rankings. Each write is one transaction, run again
 * when the database rolls it back for a conflict (deadlock, Galera certification failure).
 */
@ApplicationScoped
public class VoteService {

    /** Rows per transaction when clearing up after a deleted photo or user: keeps Galera write sets small. */
    static final int CLEAN_UP_CHUNK = 500;

    @Inject
    PhotoRepository photos;

    @Inject
    VoteRepository votes;

    @Inject
    HotDays hotDays;

    @Inject
    Clock clock;

    @Inject
    @Metric(name = "photoshare_votes_cast", absolute = true, description = "Votes set, changed or withdrawn")
    Counter votesCast;

    public Photo cast(long photoId, String userId, int value) {
        Photo tallied = ConflictRetry.run(() -> votes.cast(photoId, userId, value, clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        votesCast.inc();
        return tallied;
    }

    public Announcement register(long photoId, String ownerId, Instant createdAt) {
        Instant stored = createdAt.truncatedTo(ChronoUnit.MILLIS);
        LocalDate day = hotDays.dayOf(stored);
        return ConflictRetry.run(() -> photos.register(photoId, ownerId, stored, day));
    }

    /** Forgets a photo and removes its votes; idempotent, so a repeated or resumed call finishes the work. */
    public void deletePhoto(long photoId) {
        ConflictRetry.run(() -> photos.delete(photoId, clock.instant()));
        while (ConflictRetry.run(() -> votes.deleteVotesOfPhoto(photoId, CLEAN_UP_CHUNK)) > 0) {
            // next chunk
        }
    }

    /** Removes every vote of a user and re-derives the tallies of the photos concerned; idempotent. */
    public void deleteUser(String userId) {
        while (ConflictRetry.run(() -> votes.withdrawAllOf(userId, CLEAN_UP_CHUNK)) > 0) {
            // next chunk
        }
    }

    /** Today's photos (in the hot zone), or the day of the listing that {@code after} continues. */
    public HotTimeline hot(HotPosition after, int limit) {
        LocalDate day = after == null ? hotDays.today() : after.day();
        List<Photo> fetched = photos.hot(day, after, limit + 1);
        return new HotTimeline(day, Page.of(fetched, limit, photo -> HotPosition.after(photo).encode()));
    }

    public Page<Photo> trending(TrendingPosition after, int limit) {
        return Page.of(photos.trending(after, limit + 1), limit, photo -> TrendingPosition.after(photo).encode());
    }

    public Page<Vote> votesOf(String userId, VotePosition after, int limit) {
        return Page.of(votes.votesOf(userId, after, limit + 1), limit, vote -> VotePosition.after(vote).encode());
    }

    public record HotTimeline(LocalDate day, Page<Photo> page) {
    }
}
