package org.photoshare.auth.domain;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Signs RS256 JWTs with the claims MicroProfile JWT expects (iss, sub, upn, groups, iat, exp, jti). */
public class TokenIssuer {

    public static final String SERVICE_GROUP = "service";

    private final SigningKey key;
    private final String issuer;

    public TokenIssuer(SigningKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    public IssuedToken issue(String subject, String upn, List<String> groups, Instant now, Duration lifetime) {
        Instant expiresAt = now.plus(lifetime);
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setClaim("upn", upn);
        claims.setStringListClaim("groups", groups);
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        claims.setJwtId(UUID.randomUUID().toString());
        return new IssuedToken(sign(claims.toJson(), key.privateKey()), Instant.ofEpochSecond(expiresAt.getEpochSecond()));
    }

    public IssuedToken issueForService(String service, Instant now, Duration lifetime) {
        return issue("service:" + service, "service:" + service, List.of(SERVICE_GROUP), now, lifetime);
    }

    private String sign(String payload, PrivateKey privateKey) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(payload);
        jws.setKey(privateKey);
        jws.setKeyIdHeaderValue(key.keyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }
}
