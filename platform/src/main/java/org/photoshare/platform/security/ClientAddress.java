package org.photoshare.platform.security;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address of the client a request came from, as the gateway tells auth-war (which throttles
 * password checks per address). Services believe it only from a caller holding a service token.
 */
public final class ClientAddress {

    /** The header the gateway sets on sign-in and registration. */
    public static final String HEADER = "X-Photoshare-Client-Address";

    /** An IPv4 or IPv6 literal as {@code getRemoteAddr} gives it; nothing that needs resolving. */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,39}(%[0-9A-Za-z]{1,15})?");

    private ClientAddress() {
    }

    public static Optional<String> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        return LITERAL.matcher(trimmed).matches() ? Optional.of(trimmed.toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
