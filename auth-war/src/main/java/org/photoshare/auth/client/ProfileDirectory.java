package org.photoshare.auth.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.photoshare.platform.client.Reachability;
import org.photoshare.platform.client.RemoteProblem;
import org.photoshare.platform.client.RemoteRefusal;

/** The auth side of the account saga's calls to profile-war, with their outcomes made explicit. */
@ApplicationScoped
public class ProfileDirectory {

    public enum Outcome { CREATED, REFUSED, NOT_DELIVERED, UNKNOWN }

    public record Result(Outcome outcome, int status, String detail) {
    }

    @Inject
    @RestClient
    ProfileClient profiles;

    public Result create(String userId, String username, String email) {
        try {
            profiles.create(userId, new NewProfile(username, email));
            return new Result(Outcome.CREATED, 201, null);
        } catch (RemoteRefusal refused) {
            return new Result(Outcome.REFUSED, refused.status(), refused.detail());
        } catch (RuntimeException failure) {
            Outcome outcome = Reachability.certainlyNotDelivered(failure) ? Outcome.NOT_DELIVERED : Outcome.UNKNOWN;
            int status = failure instanceof RemoteProblem problem ? problem.status() : 503;
            return new Result(outcome, status, failure.getClass().getSimpleName());
        }
    }

    /** @return true when profile-war confirmed that no profile with this id exists any more */
    public boolean delete(String userId) {
        try {
            profiles.delete(userId);
            return true;
        } catch (RemoteRefusal refused) {
            return refused.status() == 404;
        } catch (RuntimeException unavailable) {
            return false;
        }
    }
}
