package org.photoshare.ui.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.photoshare.ui.model.SignedIn;
import org.photoshare.ui.security.Cookies;

import java.time.Clock;
import java.time.Duration;

/** Starts and ends a browser session: the token in the HttpOnly, SameSite=Lax session cookie. */
@ApplicationScoped
public class SessionCookies {

    @Inject
    Clock clock;

    public void start(SignedIn signedIn) {
        long seconds = Math.max(1, Duration.between(clock.instant(), signedIn.expiresAt()).toSeconds());
        int maxAge = (int) Math.min(Integer.MAX_VALUE, seconds);
        Faces.response().addCookie(Cookies.build(Cookies.SESSION, signedIn.token(), maxAge,
                Cookies.secure(Faces.request())));
    }

    public void end() {
        Faces.response().addCookie(Cookies.cleared(Cookies.SESSION, Cookies.secure(Faces.request())));
    }
}
