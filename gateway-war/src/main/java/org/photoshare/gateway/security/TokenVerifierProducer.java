package org.photoshare.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

/** The verifier, with the same key and issuer settings as MP-JWT in the services. */
@ApplicationScoped
public class TokenVerifierProducer {

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> inlineKey;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> keyLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Produces
    @Singleton
    TokenVerifier verifier() {
        return new TokenVerifier(publicKey(inlineKey.orElseGet(this::readKeyFile)), issuer);
    }

    private String readKeyFile() {
        String location = keyLocation.orElseThrow(() ->
                new IllegalStateException("Set mp.jwt.verify.publickey.location (or mp.jwt.verify.publickey)"));
        try {
            Path file = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the token verification key at " + location, e);
        }
    }

    static PublicKey publicKey(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The token verification key is not an RSA public key in PEM form", e);
        }
    }
}
