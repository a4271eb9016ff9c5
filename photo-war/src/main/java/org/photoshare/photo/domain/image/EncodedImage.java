package org.photoshare.photo.domain.image;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** One stored rendition: its bytes, format, size and content hash (the strong ETag). */
public record EncodedImage(byte[] bytes, ImageFormat format, int width, int height, String contentHash) {

    public static EncodedImage of(byte[] bytes, ImageFormat format, int width, int height) {
        return new EncodedImage(bytes, format, width, height, sha256(bytes));
    }

    /** SHA-256 in URL-safe Base64 without padding: 43 characters. */
    static String sha256(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
