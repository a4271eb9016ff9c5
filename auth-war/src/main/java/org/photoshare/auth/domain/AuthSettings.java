package org.photoshare.auth.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The auth service's configuration, read once through MicroProfile Config. The value objects it
 * produces are immutable, hence {@code @Singleton} (no client proxy needed).
 */
@ApplicationScoped
public class AuthSettings {

    @Inject
    @ConfigProperty(name = "photoshare.jwt.private-key.location")
    String privateKeyLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "photoshare.jwt.lifetime")
    String tokenLifetime;

    @Inject
    @ConfigProperty(name = "photoshare.jwt.service-lifetime")
    String serviceTokenLifetime;

    @Inject
    @ConfigProperty(name = "photoshare.admins")
    Optional<String> admins;

    @Inject
    @ConfigProperty(name = "photoshare.signin.max-failures")
    int maxFailedAttempts;

    @Inject
    @ConfigProperty(name = "photoshare.signin.max-per-address")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "photoshare.signin.window")
    String signInWindow;

    @Inject
    @ConfigProperty(name = "photoshare.registration.pending-timeout")
    String pendingTimeout;

    @Inject
    @ConfigProperty(name = "photoshare.service.secret")
    Optional<String> serviceSecret;

    public Duration tokenLifetime() {
        return Duration.parse(tokenLifetime);
    }

    public Duration serviceTokenLifetime() {
        return Duration.parse(serviceTokenLifetime);
    }

    public Duration pendingTimeout() {
        return Duration.parse(pendingTimeout);
    }

    public Optional<String> serviceSecret() {
        return serviceSecret.filter(s -> !s.isBlank());
    }

    public Set<String> adminUsernames() {
        return admins.map(list -> Arrays.stream(list.split(","))
                        .map(Usernames::normalise)
                        .filter(name -> !name.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    @Produces
    @Singleton
    ThrottlePolicy throttlePolicy() {
        return new ThrottlePolicy(maxFailedAttempts, maxPerAddress, Duration.parse(signInWindow));
    }

    @Produces
    @Singleton
    SigningKey signingKey() {
        return SigningKey.fromPem(Path.of(privateKeyLocation));
    }

    @Produces
    @Singleton
    TokenIssuer tokenIssuer(SigningKey key) {
        return new TokenIssuer(key, issuer);
    }
}
