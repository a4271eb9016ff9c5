package org.photoshare.auth.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.photoshare.platform.client.RemoteRefusal;

import java.util.List;
import java.util.logging.Logger;

/**
 * Removes a deleted account's content from the content services, photos first (photo-war's outbox
 * then removes other users' votes and comments on those photos), then the user's own votes and
 * comments on other photos.
 */
@ApplicationScoped
public class ContentCleanup {

    private static final Logger LOG = Logger.getLogger(ContentCleanup.class.getName());

    @Inject
    @RestClient
    PhotoUserDataClient photos;

    @Inject
    @RestClient
    VoteUserDataClient votes;

    @Inject
    @RestClient
    CommentUserDataClient comments;

    /** @return true when every content service confirmed that nothing of the user is left */
    public boolean removeEverythingOf(String userId) {
        for (UserDataClient service : List.of(photos, votes, comments)) {
            if (!removed(service, userId)) {
                return false;
            }
        }
        return true;
    }

    private static boolean removed(UserDataClient service, String userId) {
        try {
            service.deleteUserData(userId);
            return true;
        } catch (RemoteRefusal refused) {
            return refused.status() == 404;
        } catch (RuntimeException unavailable) {
            LOG.info(() -> "Content of deleted account " + userId + " not removed yet ("
                    + unavailable.getClass().getSimpleName() + "); will retry");
            return false;
        }
    }
}
