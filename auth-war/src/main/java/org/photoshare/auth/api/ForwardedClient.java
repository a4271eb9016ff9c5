package org.photoshare.auth.api;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.photoshare.platform.security.ClientAddress;

import java.util.Optional;
import java.util.Set;

/**
 * The client address the gateway passes on ({@link ClientAddress#HEADER}), believed only from a caller
 * with a service token: anyone else could name any address. Callers inside the stack that do not
 * send it (the other services, the tests) are throttled per username only.
 */
final class ForwardedClient {

    private ForwardedClient() {
    }

    static Optional<String> addressOf(JsonWebToken caller, String header) {
        Set<String> groups = caller == null || caller.getRawToken() == null ? null : caller.getGroups();
        if (groups == null || !groups.contains("service")) {
            return Optional.empty();
        }
        return ClientAddress.parse(header);
    }
}
