package org.photoshare.auth.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.photoshare.auth.persistence.CredentialRepository;
import org.photoshare.platform.problem.ProblemException;

import java.time.Clock;
import java.util.Optional;

@ApplicationScoped
public class SignInService {

    @Inject
    CredentialRepository credentials;

    @Inject
    AttemptThrottle throttle;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountTokens tokens;

    @Inject
    Clock clock;

    @Inject
    @Metric(name = "photoshare_signins", absolute = true, description = "Successful sign-ins")
    Counter signIns;

    @Inject
    @Metric(name = "photoshare_signin_failures", absolute = true, description = "Sign-ins refused for wrong credentials")
    Counter failedSignIns;

    @Inject
    @Metric(name = "photoshare_signin_throttled", absolute = true, description = "Sign-ins refused by throttling")
    Counter throttledSignIns;

    /** @param clientAddress where the request came from, when the gateway said so */
    public SignedIn signIn(String username, String password, Optional<String> clientAddress) {
        if (!Usernames.possible(username)) {
            failedSignIns.inc();
            throw ProblemException.unauthorized("Wrong username or password.");
        }
        String subject = "sign-in:" + Usernames.normalise(username);
        try {
            clientAddress.ifPresent(throttle::countFrom);
            throttle.count(subject, "Too many failed sign-ins for this username. Try again later.");
        } catch (ProblemException throttled) {
            throttledSignIns.inc();
            throw throttled;
        }
        Optional<Credential> credential = credentials.findByUsername(username.trim())
                .filter(c -> c.state() == CredentialState.ACTIVE || c.state() == CredentialState.DISABLED);
        PasswordHasher.Match match;
        if (credential.isPresent()) {
            match = hasher.check(password, credential.get().passwordHash());
        } else {
            hasher.spendVerificationTime(password);
            match = PasswordHasher.Match.NONE;
        }
        if (!match.accepted()) {
            failedSignIns.inc();
            throw ProblemException.unauthorized("Wrong username or password.");
        }
        throttle.succeeded(subject);
        clientAddress.ifPresent(throttle::succeededFrom);
        if (credential.get().state() == CredentialState.DISABLED) {
            // Only told to whoever knows the password.
            throw ProblemException.forbidden("This account has been disabled by an administrator.");
        }
        if (match == PasswordHasher.Match.GARBLED) {
            credentials.changePasswordHash(credential.get().userId(), hasher.hash(password), clock.instant());
        }
        signIns.inc();
        return tokens.signIn(credential.get().userId(), credential.get().username());
    }
}
