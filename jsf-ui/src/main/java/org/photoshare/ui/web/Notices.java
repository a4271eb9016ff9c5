package org.photoshare.ui.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.Map;

/**
 * {@code #{notices.text}}: the confirmation after a redirect, named by {@code ?notice=} (no session,
 * hence no flash scope). Only known keys show; anything else in the parameter is ignored.
 */
@Named
@RequestScoped
public class Notices {

    private static final Map<String, String> TEXTS = Map.of(
            "signed-out", "You are signed out. See you soon!",
            "welcome", "Welcome to Photoshare! Your account is ready.",
            "photo-deleted", "The photo was deleted.",
            "account-deleted", "Your account and everything in it are being deleted. Goodbye!",
            "profile-saved", "Your profile was saved.",
            "password-changed", "Your password was changed.",
            "expired", "That page had expired, so nothing was sent. Please try again.");

    public String getText() {
        return Faces.param("notice").map(TEXTS::get).orElse(null);
    }
}
