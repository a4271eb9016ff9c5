package org.photoshare.gateway.security;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Verifies the tokens auth-war issues (RS256 with the shared public key, this issuer, not expired,
 * header typ JWT), as every service's MP-JWT does. Service tokens are refused: nothing a browser or
 * API client may do needs one, and the gateway never routes to internal endpoints.
 */
public class TokenVerifier {

    static final String SERVICE_GROUP = "service";

    private final JwtConsumer consumer;

    public TokenVerifier(PublicKey key, String issuer) {
        consumer = new JwtConsumerBuilder()
                .setVerificationKey(key)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(issuer)
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(30)
                .setSkipDefaultAudienceValidation()
                .setExpectedType(true, "JWT")
                .build();
    }

    public Optional<CallerToken> verify(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 8192) {
            return Optional.empty();
        }
        try {
            JwtClaims claims = consumer.processToClaims(raw.trim());
            List<String> groups = claims.hasClaim("groups") ? claims.getStringListClaimValue("groups") : List.of();
            if (groups.contains(SERVICE_GROUP)) {
                return Optional.empty();
            }
            String username = claims.getClaimValueAsString("upn");
            return Optional.of(new CallerToken(raw.trim(), claims.getSubject(), username == null ? claims.getSubject() : username,
                    List.copyOf(groups), claims.getJwtId(),
                    Instant.ofEpochSecond(claims.getExpirationTime().getValue())));
        } catch (InvalidJwtException | MalformedClaimException e) {
            return Optional.empty();
        }
    }
}
