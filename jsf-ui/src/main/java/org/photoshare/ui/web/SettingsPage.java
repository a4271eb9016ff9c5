package org.photoshare.ui.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.photoshare.ui.model.Profile;
import org.photoshare.ui.port.Accounts;
import org.photoshare.ui.security.Viewer;

/**
 * The viewer's settings: profile, password, and account deletion (confirmed by typing the username).
 * The profile is loaded before the submitted values are applied, so a post of one form keeps the others filled.
 */
@Named("settingsPage")
@RequestScoped
public class SettingsPage {

    static final int MIN_PASSWORD = 8;

    @Inject
    Accounts accounts;

    @Inject
    Viewer viewer;

    @Inject
    SessionCookies sessions;

    private Profile profile;
    private String problem;
    private String displayName;
    private String bio;
    private String email;
    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;
    private String confirmUsername;

    @PostConstruct
    void load() {
        if (!viewer.signedIn()) {
            return;
        }
        try {
            profile = accounts.myProfile();
            displayName = profile.displayName();
            bio = profile.bio();
            email = profile.email();
        } catch (RuntimeException failure) {
            problem = Failures.explain(failure);
        }
    }

    public void open() {
        if (!viewer.signedIn()) {
            Faces.signInFirst("/settings");
        }
    }

    public void saveProfile() {
        if (!viewer.signedIn()) {
            Faces.signInFirst("/settings");
            return;
        }
        try {
            profile = accounts.updateMyProfile(displayName, bio, email == null ? null : email.trim());
            Faces.redirect("/settings?notice=profile-saved");
        } catch (RuntimeException failure) {
            if (Failures.isRefusal(failure, 409)) {
                Faces.fieldError("profile:email", Failures.explain(failure));
            } else {
                Faces.error(Failures.explain(failure));
            }
        }
    }

    public void changePassword() {
        if (!viewer.signedIn()) {
            Faces.signInFirst("/settings");
            return;
        }
        if (newPassword == null || newPassword.length() < MIN_PASSWORD) {
            Faces.fieldError("password:new", "Use at least " + MIN_PASSWORD + " characters.");
            return;
        }
        if (!newPassword.equals(repeatedPassword)) {
            Faces.fieldError("password:repeat", "The two new passwords differ.");
            return;
        }
        try {
            accounts.changePassword(currentPassword == null ? "" : currentPassword, newPassword);
            Faces.redirect("/settings?notice=password-changed");
        } catch (RuntimeException failure) {
            if (Failures.isRefusal(failure, 403)) {
                Faces.fieldError("password:current", "The current password is wrong.");
            } else {
                Faces.error(Failures.explain(failure));
            }
        }
    }

    public void deleteAccount() {
        if (!viewer.signedIn()) {
            Faces.signInFirst("/settings");
            return;
        }
        if (confirmUsername == null || !confirmUsername.trim().equalsIgnoreCase(viewer.username())) {
            Faces.fieldError("delete:confirm", "Type your username, " + viewer.username() + ", to confirm.");
            return;
        }
        try {
            accounts.deleteMyAccount();
            sessions.end();
            Faces.redirect("/?notice=account-deleted");
        } catch (RuntimeException failure) {
            Faces.error(Failures.explain(failure));
        }
    }

    public Profile getProfile() {
        return profile;
    }

    public String getProblem() {
        return problem;
    }

    public int getMinPassword() {
        return MIN_PASSWORD;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }

    public String getConfirmUsername() {
        return confirmUsername;
    }

    public void setConfirmUsername(String confirmUsername) {
        this.confirmUsername = confirmUsername;
    }
}
