package org.photoshare.gateway.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.photoshare.gateway.client.ProfileBatchClient;
import org.photoshare.ui.model.Profile;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Names of people in batch; a page still shows (with ids only) when profile-war does not answer. */
@ApplicationScoped
public class ProfileLookup {

    @Inject
    @RestClient
    ProfileBatchClient profiles;

    @Fallback(fallbackMethod = "unavailable")
    public Optional<Map<String, Profile>> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Optional.of(Map.of());
        }
        return Optional.of(Downstream.part("names", () -> profiles.profiles(Downstream.ids(ids))).stream()
                .collect(Collectors.toMap(Profile::id, Function.identity(), (a, b) -> a)));
    }

    Optional<Map<String, Profile>> unavailable(Collection<String> ids) {
        return Optional.empty();
    }
}
