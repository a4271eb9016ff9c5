package org.photoshare.auth.api;

import org.photoshare.auth.domain.Account;
import org.photoshare.auth.domain.SignedIn;

import java.time.Instant;

public record TokenView(String token, Instant expiresAt, Account user) {

    static TokenView of(SignedIn signedIn) {
        return new TokenView(signedIn.token().token(), signedIn.token().expiresAt(), signedIn.account());
    }
}
