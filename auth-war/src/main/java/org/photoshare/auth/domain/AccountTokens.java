package org.photoshare.auth.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;

/** Decides an account's groups and issues its token. */
@ApplicationScoped
public class AccountTokens {

    public static final String USER = "user";
    public static final String ADMIN = "admin";

    @Inject
    TokenIssuer issuer;

    @Inject
    AuthSettings settings;

    @Inject
    Clock clock;

    public SignedIn signIn(String userId, String username) {
        List<String> groups = settings.adminUsernames().contains(Usernames.normalise(username))
                ? List.of(USER, ADMIN) : List.of(USER);
        Account account = new Account(userId, username, groups);
        IssuedToken token = issuer.issue(userId, username, groups, clock.instant(), settings.tokenLifetime());
        return new SignedIn(account, token);
    }
}
