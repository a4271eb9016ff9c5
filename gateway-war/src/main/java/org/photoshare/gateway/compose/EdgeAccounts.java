package org.photoshare.gateway.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.photoshare.gateway.client.AuthClient;
import org.photoshare.gateway.client.ProfileClient;
import org.photoshare.gateway.security.Caller;
import org.photoshare.gateway.wire.Credentials;
import org.photoshare.gateway.wire.PasswordChange;
import org.photoshare.gateway.wire.ProfileUpdate;
import org.photoshare.gateway.wire.Registration;
import org.photoshare.platform.security.ServiceTokens;
import org.photoshare.ui.model.AccountStatus;
import org.photoshare.ui.model.Profile;
import org.photoshare.ui.model.SignedIn;
import org.photoshare.ui.port.Accounts;

import java.util.Map;

/** Accounts through auth-war and profiles through profile-war, with the caller's token forwarded. */
@ApplicationScoped
public class EdgeAccounts implements Accounts {

    @Inject
    @RestClient
    AuthClient auth;

    @Inject
    @RestClient
    ProfileClient profiles;

    @Inject
    Caller caller;

    @Inject
    ServiceTokens serviceTokens;

    @Inject
    CachedProfiles profileCache;

    @Override
    public SignedIn register(String username, String email, String password) {
        return Downstream.call("auth", () -> auth.register(serviceBearer(), caller.address(),
                new Registration(username, email, password)));
    }

    @Override
    public SignedIn signIn(String username, String password) {
        return Downstream.call("auth", () -> auth.signIn(serviceBearer(), caller.address(),
                new Credentials(username, password)));
    }

    /** auth-war throttles password checks per client address too, and believes the address only from a service. */
    private String serviceBearer() {
        return "Bearer " + serviceTokens.current();
    }

    @Override
    public Profile profile(String userId) {
        return Downstream.call("profile", () -> profiles.profile(caller.bearer(), userId));
    }

    @Override
    public Profile myProfile() {
        return Downstream.call("profile", () -> profiles.me(caller.bearer()));
    }

    /** Pages show the new name at once: this replica forgets its cached one, whatever the outcome. */
    @Override
    public Profile updateMyProfile(String displayName, String bio, String email) {
        try {
            return Downstream.call("profile", () -> profiles.updateMe(caller.bearer(), new ProfileUpdate(displayName, bio, email)));
        } finally {
            profileCache.forget(caller.viewer().id());
        }
    }

    @Override
    public void changePassword(String currentPassword, String newPassword) {
        Downstream.run("auth", () -> auth.changePassword(caller.bearer(), new PasswordChange(currentPassword, newPassword)));
    }

    @Override
    public void deleteMyAccount() {
        try {
            Downstream.run("auth", () -> auth.deleteMe(caller.bearer()));
        } finally {
            profileCache.forget(caller.viewer().id());
        }
    }

    @Override
    public AccountStatus accountStatus(String userId) {
        return Downstream.call("auth", () -> auth.status(caller.bearer(), userId));
    }

    @Override
    public void setDisabled(String userId, boolean disabled) {
        Downstream.run("auth", () -> {
            if (disabled) {
                auth.disable(caller.bearer(), userId, Map.of());
            } else {
                auth.enable(caller.bearer(), userId);
            }
        });
    }
}
