package org.photoshare.gateway.security;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenVerifierTest {

    private static final String ISSUER = "urn:photoshare:auth";
    private static KeyPair keys;
    private static KeyPair otherKeys;
    private static TokenVerifier verifier;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        otherKeys = generator.generateKeyPair();
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        verifier = new TokenVerifier(TokenVerifierProducer.publicKey(pem), ISSUER);
    }

    @Test
    void aGenuineTokenNamesItsUser() throws Exception {
        CallerToken token = verifier.verify(sign(claims(ISSUER, List.of("user", "admin"), 600), keys, "JWT")).orElseThrow();
        assertThat(token.subject()).isEqualTo("user-1");
        assertThat(token.username()).isEqualTo("alice");
        assertThat(token.groups()).containsExactly("user", "admin");
        assertThat(token.tokenId()).isEqualTo("jti-1");
    }

    @Test
    void expiredForeignForgedAndServiceTokensAreRefused() throws Exception {
        assertThat(verifier.verify(sign(claims(ISSUER, List.of("user"), -600), keys, "JWT"))).isEmpty();
        assertThat(verifier.verify(sign(claims("urn:elsewhere", List.of("user"), 600), keys, "JWT"))).isEmpty();
        assertThat(verifier.verify(sign(claims(ISSUER, List.of("user"), 600), otherKeys, "JWT"))).isEmpty();
        assertThat(verifier.verify(sign(claims(ISSUER, List.of("service"), 600), keys, "JWT"))).isEmpty();
        assertThat(verifier.verify(sign(claims(ISSUER, List.of("user"), 600), keys, null))).isEmpty();
        assertThat(verifier.verify("not.a.token")).isEmpty();
        assertThat(verifier.verify("")).isEmpty();
    }

    private static JwtClaims claims(String issuer, List<String> groups, long expiresInSeconds) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject("user-1");
        claims.setClaim("upn", "alice");
        claims.setStringListClaim("groups", groups);
        claims.setIssuedAt(NumericDate.fromSeconds(Instant.now().getEpochSecond() - 60));
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().getEpochSecond() + expiresInSeconds));
        claims.setJwtId("jti-1");
        return claims;
    }

    private static String sign(JwtClaims claims, KeyPair with, String type) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(with.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        if (type != null) {
            jws.setHeader("typ", type);
        }
        return jws.getCompactSerialization();
    }
}
