package org.photoshare.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The proxies whose {@code X-Forwarded-For} the gateway believes: {@code photoshare.gateway.trusted-proxies},
 * host names or addresses (in the swarm, {@code edge}: HAProxy's tasks). Names are resolved again
 * every few seconds, so a replaced edge task is believed and its old address no longer.
 */
@ApplicationScoped
public class TrustedProxies {

    private static final Logger LOG = Logger.getLogger(TrustedProxies.class.getName());
    private static final long RESOLVE_EVERY_NANOS = 5_000_000_000L;

    @Inject
    @ConfigProperty(name = "photoshare.gateway.trusted-proxies")
    Optional<String> configured;

    private volatile Set<String> addresses = Set.of();
    private volatile long resolvedAt = Long.MIN_VALUE;

    public boolean trusts(String peer) {
        List<String> names = names();
        if (names.isEmpty()) {
            return false;
        }
        long now = System.nanoTime();
        if (resolvedAt == Long.MIN_VALUE || now - resolvedAt > RESOLVE_EVERY_NANOS) {
            resolvedAt = now;
            addresses = resolve(names);
        }
        return addresses.contains(peer);
    }

    private List<String> names() {
        return configured.map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    private static Set<String> resolve(List<String> names) {
        Set<String> resolved = new HashSet<>();
        for (String name : names) {
            try {
                for (InetAddress address : InetAddress.getAllByName(name)) {
                    resolved.add(address.getHostAddress());
                }
            } catch (UnknownHostException e) {
                LOG.fine(() -> "Trusted proxy " + name + " does not resolve now");
            }
        }
        return Set.copyOf(resolved);
    }
}
