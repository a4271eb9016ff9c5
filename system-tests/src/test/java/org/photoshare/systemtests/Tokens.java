package org.photoshare.systemtests;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Hostile and broken tokens, for the checks that every service refuses them. */
public final class Tokens {

    private Tokens() {
    }

    public static JwtClaims claims(String issuer, String subject, String upn, Instant expiresAt) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setClaim("upn", upn);
        claims.setStringListClaim("groups", List.of("user"));
        claims.setIssuedAt(NumericDate.fromSeconds(Instant.now().minusSeconds(7200).getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        claims.setJwtId(UUID.randomUUID().toString());
        return claims;
    }

    /** Signed with the stack's real key: only the claims are wrong. */
    public static String signedWithStackKey(JwtClaims claims) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(stackPrivateKey());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        return jws.getCompactSerialization();
    }

    public static String unsigned(JwtClaims claims) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        jws.setHeader("typ", "JWT");
        return jws.getCompactSerialization();
    }

    /** The classic key-confusion attack: HMAC keyed with the (public) RSA key's PEM text. */
    public static String hs256WithPublicKey(JwtClaims claims, String publicKeyPem) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(new HmacKey(publicKeyPem.getBytes(StandardCharsets.US_ASCII)));
        jws.setDoKeyValidation(false);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setHeader("typ", "JWT");
        return jws.getCompactSerialization();
    }

    /** A genuine token whose payload was swapped for another subject's, signature kept. */
    public static String withPayloadReplaced(String token, String claimsJson) {
        String[] parts = token.split("\\.");
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + payload + "." + parts[2];
    }

    public static String payloadOf(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static PrivateKey stackPrivateKey() throws Exception {
        String pem = Files.readString(Stack.home().resolve("keys").resolve("jwt-private.pem"));
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    public static Path publicKeyFile() {
        return Stack.home().resolve("keys").resolve("jwt-public.pem");
    }
}
