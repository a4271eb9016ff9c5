package org.photoshare.ui.port;

import org.photoshare.ui.model.AccountStatus;
import org.photoshare.ui.model.Profile;
import org.photoshare.ui.model.SignedIn;

/** Accounts and profiles through auth-war and profile-war, acting for the viewer of the current request. */
public interface Accounts {

    SignedIn register(String username, String email, String password);

    SignedIn signIn(String username, String password);

    Profile profile(String userId);

    Profile myProfile();

    Profile updateMyProfile(String displayName, String bio, String email);

    void changePassword(String currentPassword, String newPassword);

    void deleteMyAccount();

    AccountStatus accountStatus(String userId);

    void setDisabled(String userId, boolean disabled);
}
