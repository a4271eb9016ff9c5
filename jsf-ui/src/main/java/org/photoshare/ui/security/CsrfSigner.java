package org.photoshare.ui.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * A form token bound to who submits it: HMAC(key, binding), where the binding is the signed-in user's
 * token id, or for anonymous visitors a random id in their own cookie. Another site cannot read either,
 * so it cannot produce a token this gateway accepts; every replica shares the key.
 */
public final class CsrfSigner {

    private final SecretKeySpec key;

    public CsrfSigner(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("The CSRF key must have at least 16 bytes");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** Derives the CSRF key from the gateway's view-state key (base64), so one secret configures both. */
    public static CsrfSigner fromViewKey(String base64ViewKey) {
        byte[] viewKey = Base64.getDecoder().decode(base64ViewKey.trim());
        return new CsrfSigner(hmac(new SecretKeySpec(viewKey, "HmacSHA256"), "photoshare-csrf-v1"));
    }

    public String token(String binding) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, binding));
    }

    public boolean matches(String binding, String submitted) {
        if (binding == null || submitted == null) {
            return false;
        }
        return MessageDigest.isEqual(token(binding).getBytes(StandardCharsets.US_ASCII),
                submitted.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
