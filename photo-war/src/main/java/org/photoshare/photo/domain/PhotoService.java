package org.photoshare.photo.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.photoshare.photo.domain.image.ImagePipeline;
import org.photoshare.photo.domain.image.ProcessedImage;
import org.photoshare.photo.persistence.PhotoRepository;
import org.photoshare.platform.problem.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Adding and removing photos. Each change is one transaction that also writes the outbox messages
 * for vote-war and comment-war, which are then attempted at once and retried until acknowledged. An
 * upload waits (briefly) for its announcements, so that the photo can be voted on and commented on
 * as soon as its id is known.
 */
@ApplicationScoped
public class PhotoService {

    private static final int REMOVAL_BATCH = 100;

    @Inject
    ImagePipeline pipeline;

    @Inject
    PhotoRepository photos;

    @Inject
    OutboxDispatcher outbox;

    @Inject
    OutboxPolicy outboxPolicy;

    @Inject
    UploadMetrics metrics;

    @Inject
    Clock clock;

    /** Validates everything before anything is written: a refused upload leaves no trace. */
    public Photo upload(String ownerId, String rawTitle, InputStream file) {
        try {
            String title = Titles.clean(rawTitle);
            if (file == null) {
                throw ProblemException.badRequest("A file is required (multipart part 'file').");
            }
            ProcessedImage image = pipeline.process(
                    BoundedRead.readAtMost(file, pipeline.rules().maxFileBytes(), "The file"));
            // stored to the millisecond, as the column keeps it: the cursor of this photo is exact
            PhotoRepository.Change added = photos.add(ownerId, title, clock.instant().truncatedTo(ChronoUnit.MILLIS), image);
            outbox.deliverWithin(added.messageIds(), outboxPolicy.announceWait());
            metrics.stored();
            return added.photo();
        } catch (ProblemException refused) {
            metrics.refused(refused.status());
            throw refused;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(long photoId, String callerId, boolean callerIsAdmin) {
        Photo photo = photos.find(photoId).orElseThrow(PhotoService::noSuchPhoto);
        if (!photo.ownerId().equals(callerId) && !callerIsAdmin) {
            throw ProblemException.forbidden("Only the photo's owner or an admin may delete it.");
        }
        PhotoRepository.Change removed = photos.remove(photoId, clock.instant()).orElseThrow(PhotoService::noSuchPhoto);
        outbox.deliverSoon(removed.messageIds());
    }

    /** Account deletion: every photo of the user goes, each with its own removal messages. Idempotent. */
    public int deleteAllOf(String ownerId) {
        int removed = 0;
        List<Long> batch;
        while (!(batch = photos.idsOf(ownerId, REMOVAL_BATCH)).isEmpty()) {
            List<Long> messages = new ArrayList<>();
            for (long photoId : batch) {
                photos.remove(photoId, clock.instant()).ifPresent(change -> messages.addAll(change.messageIds()));
                removed++;
            }
            outbox.deliverSoon(messages);
        }
        return removed;
    }

    public static ProblemException noSuchPhoto() {
        return ProblemException.notFound("No such photo.");
    }
}
