package org.photoshare.auth.domain;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.photoshare.platform.text.GarbledText;

import java.util.Map;

/** Salted PBKDF2-HMAC-SHA512 through Jakarta Security's {@link Pbkdf2PasswordHash}. */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "photoshare.password.iterations")
    int iterations;

    private String decoyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoyHash = pbkdf2.generate("decoy password for unknown users".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    /**
     * Whether a password is the one behind a hash. A password set through the pages while they decoded
     * form posts as ISO-8859-1 was hashed garbled (see {@link GarbledText}); it still matches, as
     * {@link Match#GARBLED}, and the caller then stores the hash of the password as typed.
     */
    public Match check(String password, String storedHash) {
        if (pbkdf2.verify(password.toCharArray(), storedHash)) {
            return Match.EXACT;
        }
        String garbled = GarbledText.garbled(password);
        if (!garbled.equals(password) && pbkdf2.verify(garbled.toCharArray(), storedHash)) {
            return Match.GARBLED;
        }
        return Match.NONE;
    }

    /** Spends the time of a real check, so that unknown usernames cannot be told apart by timing. */
    public void spendVerificationTime(String password) {
        check(password, decoyHash);
    }

    public enum Match {
        EXACT, GARBLED, NONE;

        public boolean accepted() {
            return this != NONE;
        }
    }
}
