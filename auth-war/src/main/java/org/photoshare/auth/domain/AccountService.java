package org.photoshare.auth.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.photoshare.auth.client.ContentCleanup;
import org.photoshare.auth.client.ProfileDirectory;
import org.photoshare.auth.persistence.CredentialRepository;
import org.photoshare.platform.problem.ProblemException;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Account life cycle across auth-war and profile-war, as a saga whose durable record is the
 * credential's state: PENDING until the profile exists, DELETING until the profile is gone.
 * Whatever a step leaves unfinished, {@link AccountReconciler} completes or undoes later.
 */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @Inject
    CredentialRepository credentials;

    @Inject
    ProfileDirectory profiles;

    @Inject
    ContentCleanup content;

    @Inject
    PasswordHasher hasher;

    @Inject
    AttemptThrottle throttle;

    @Inject
    AccountTokens tokens;

    @Inject
    AuthSettings settings;

    @Inject
    Clock clock;

    @Inject
    @Metric(name = "photoshare_registrations", absolute = true, description = "Accounts registered")
    Counter registrations;

    /** @param clientAddress where the request came from, when the gateway said so: each registration costs a hash */
    public SignedIn register(String username, String email, String password, Optional<String> clientAddress) {
        clientAddress.ifPresent(throttle::countFrom);
        String userId = UUID.randomUUID().toString();
        reserve(new Credential(userId, username, hasher.hash(password), clock.instant()));

        ProfileDirectory.Result profile = profiles.create(userId, username, email);
        switch (profile.outcome()) {
            case CREATED -> { }
            case REFUSED -> {
                credentials.delete(userId);
                throw refusal(profile);
            }
            case NOT_DELIVERED -> {
                credentials.delete(userId);
                throw registrationUnavailable();
            }
            default -> {
                undoRegistration(userId);
                throw registrationUnavailable();
            }
        }
        if (!credentials.transition(userId, CredentialState.PENDING, CredentialState.ACTIVE, clock.instant())) {
            undoRegistration(userId);
            throw registrationUnavailable();
        }
        registrations.inc();
        return tokens.signIn(userId, username);
    }

    public void changePassword(String userId, String currentPassword, String newPassword) {
        Credential credential = credentials.find(userId)
                .filter(c -> c.state() == CredentialState.ACTIVE)
                .orElseThrow(() -> ProblemException.notFound("No such account."));
        String subject = "password-check:" + userId;
        throttle.count(subject, "Too many wrong current passwords. Try again later.");
        if (!hasher.check(currentPassword, credential.passwordHash()).accepted()) {
            throw ProblemException.forbidden("The current password is wrong.");
        }
        throttle.succeeded(subject);
        credentials.changePasswordHash(userId, hasher.hash(newPassword), clock.instant());
    }

    /** Sign-in stops at once; the user's content and profile are removed now or by the reconciler. */
    public void deleteAccount(String userId) {
        if (!credentials.transition(userId, CredentialState.ACTIVE, CredentialState.DELETING, clock.instant())) {
            throw ProblemException.notFound("No such account.");
        }
        finishDeletion(userId);
    }

    /** @return true when every service has forgotten the account and the credential is gone */
    public boolean finishDeletion(String userId) {
        if (!content.removeEverythingOf(userId)) {
            return false;
        }
        if (!profiles.delete(userId)) {
            LOG.info(() -> "Profile of deleted account " + userId + " not removed yet; will retry");
            return false;
        }
        credentials.delete(userId);
        return true;
    }

    /** Removes a registration that did not complete: its profile first, then its reservation. */
    public boolean undoRegistration(String userId) {
        if (!profiles.delete(userId)) {
            LOG.info(() -> "Profile of unfinished registration " + userId + " not removed yet; will retry");
            return false;
        }
        credentials.delete(userId);
        return true;
    }

    private void reserve(Credential credential) {
        try {
            credentials.insert(credential);
        } catch (UsernameTakenException taken) {
            if (!releaseAbandonedReservation(credential.username())) {
                throw ProblemException.conflict(taken.getMessage());
            }
            try {
                credentials.insert(credential);
            } catch (UsernameTakenException stillTaken) {
                throw ProblemException.conflict(stillTaken.getMessage());
            }
        }
    }

    /** A PENDING reservation older than the timeout belongs to a registration that died half-way. */
    private boolean releaseAbandonedReservation(String username) {
        return credentials.findByUsername(username)
                .filter(c -> c.state() == CredentialState.PENDING)
                .filter(c -> c.updatedAt().plus(settings.pendingTimeout()).isBefore(clock.instant()))
                .map(c -> undoRegistration(c.userId()))
                .orElse(false);
    }

    private static ProblemException refusal(ProfileDirectory.Result profile) {
        return switch (profile.status()) {
            case 409 -> ProblemException.conflict(profile.detail());
            case 400, 422 -> ProblemException.badRequest(profile.detail());
            default -> {
                LOG.warning(() -> "profile-war refused a registration with " + profile.status() + ": " + profile.detail());
                yield registrationUnavailable();
            }
        };
    }

    private static ProblemException registrationUnavailable() {
        return ProblemException.serviceUnavailable(
                "Registration is unavailable right now; nothing was created. Please try again shortly.");
    }
}
