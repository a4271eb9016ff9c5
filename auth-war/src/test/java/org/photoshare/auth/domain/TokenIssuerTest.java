package org.photoshare.auth.domain;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenIssuerTest {

    private static SigningKey key;
    private static KeyPair otherPair;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        key = SigningKey.fromPem(pem(generator.generateKeyPair()));
        otherPair = generator.generateKeyPair();
    }

    static String pem(KeyPair pair) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    @Test
    void issuesAnRs256JwtWithTheMicroProfileClaims() throws Exception {
        Instant now = Instant.now();
        IssuedToken issued = new TokenIssuer(key, "urn:test").issue("user-1", "alice", List.of("user", "admin"),
                now, Duration.ofHours(1));

        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(issued.token());
        assertThat(jws.getAlgorithmHeaderValue()).isEqualTo(AlgorithmIdentifiers.RSA_USING_SHA256);
        assertThat(jws.getHeader("typ")).isEqualTo("JWT");
        assertThat(jws.getKeyIdHeaderValue()).isEqualTo(key.keyId());

        JwtClaims claims = consumer(key).processToClaims(issued.token());
        assertThat(claims.getIssuer()).isEqualTo("urn:test");
        assertThat(claims.getSubject()).isEqualTo("user-1");
        assertThat(claims.getStringClaimValue("upn")).isEqualTo("alice");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("user", "admin");
        assertThat(claims.getJwtId()).isNotBlank();
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(3600);
        assertThat(issued.expiresAt().getEpochSecond()).isEqualTo(claims.getExpirationTime().getValue());
    }

    @Test
    void aTokenDoesNotVerifyWithAnotherKey() throws Exception {
        IssuedToken issued = new TokenIssuer(key, "urn:test").issueForService("photo", Instant.now(),
                Duration.ofMinutes(5));
        SigningKey other = SigningKey.fromPem(pem(otherPair));
        assertThatThrownBy(() -> consumer(other).processToClaims(issued.token()))
                .isInstanceOf(InvalidJwtException.class);
        assertThat(consumer(key).processToClaims(issued.token()).getStringListClaimValue("groups"))
                .containsExactly("service");
    }

    @Test
    void publishesItsPublicKey() {
        assertThat(key.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(key.jwks()).contains("\"kid\":\"" + key.keyId() + "\"").contains("\"alg\":\"RS256\"")
                .doesNotContain("\"d\":");
    }

    @Test
    void refusesAKeyThatIsNotPkcs8Rsa() {
        assertThatThrownBy(() -> SigningKey.fromPem("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SigningKey.fromPem("not a key")).isInstanceOf(IllegalStateException.class);
    }

    private static JwtConsumer consumer(SigningKey verifier) {
        return new JwtConsumerBuilder()
                .setVerificationKey(verifier.publicKey())
                .setExpectedIssuer("urn:test")
                .setRequireExpirationTime()
                .setRequireSubject()
                .build();
    }
}
