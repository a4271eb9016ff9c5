package org.photoshare.auth.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.photoshare.auth.persistence.CredentialRepository;
import org.photoshare.platform.problem.ProblemException;

import java.time.Clock;

/** Admins disable and re-enable accounts; a disabled account cannot sign in. */
@ApplicationScoped
public class AccountModeration {

    public record AccountStatus(String id, String username, boolean disabled) {
    }

    @Inject
    CredentialRepository credentials;

    @Inject
    Clock clock;

    public AccountStatus status(String userId) {
        Credential credential = settled(userId);
        return new AccountStatus(credential.userId(), credential.username(),
                credential.state() == CredentialState.DISABLED);
    }

    /** Idempotent: disabling a disabled account (or enabling an enabled one) changes nothing. */
    public void setDisabled(String userId, boolean disabled, String callerId) {
        if (disabled && userId.equals(callerId)) {
            throw ProblemException.conflict("You cannot disable your own account.");
        }
        CredentialState from = disabled ? CredentialState.ACTIVE : CredentialState.DISABLED;
        CredentialState to = disabled ? CredentialState.DISABLED : CredentialState.ACTIVE;
        if (!credentials.transition(userId, from, to, clock.instant()) && settled(userId).state() != to) {
            throw ProblemException.conflict("The account is changing right now; try again.");
        }
    }

    /** An account that exists and is neither half-registered nor being deleted. */
    private Credential settled(String userId) {
        return credentials.find(userId)
                .filter(c -> c.state() == CredentialState.ACTIVE || c.state() == CredentialState.DISABLED)
                .orElseThrow(() -> ProblemException.notFound("No such account."));
    }
}
