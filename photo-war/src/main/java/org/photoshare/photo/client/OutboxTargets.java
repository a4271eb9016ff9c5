package org.photoshare.photo.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.photoshare.photo.domain.OutboxMessage;

/** Sends an outbox message to the service it is for; any exception means "not acknowledged". */
@ApplicationScoped
public class OutboxTargets {

    @Inject
    @RestClient
    VoteClient votes;

    @Inject
    @RestClient
    CommentClient comments;

    public void send(OutboxMessage message) {
        long photoId = message.photoId();
        boolean added = message.kind() == OutboxMessage.Kind.PHOTO_ADDED;
        switch (message.target()) {
            case VOTE -> {
                if (added) {
                    votes.photoAdded(photoId, announcementOf(message));
                } else {
                    votes.photoRemoved(photoId);
                }
            }
            case COMMENT -> {
                if (added) {
                    comments.photoAdded(photoId, announcementOf(message));
                } else {
                    comments.photoRemoved(photoId);
                }
            }
        }
    }

    private static PhotoAnnouncement announcementOf(OutboxMessage message) {
        return new PhotoAnnouncement(message.ownerId(), message.photoCreatedAt());
    }
}
