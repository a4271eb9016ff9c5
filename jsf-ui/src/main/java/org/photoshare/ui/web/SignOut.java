package org.photoshare.ui.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code #{signOut.run}}: the sign-out button in the header (a post, so no other site can trigger it). */
@Named
@RequestScoped
public class SignOut {

    @Inject
    SessionCookies sessions;

    public void run() {
        sessions.end();
        Faces.redirect("/?notice=signed-out");
    }
}
