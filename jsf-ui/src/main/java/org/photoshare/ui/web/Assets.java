package org.photoshare.ui.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages' static files ({@code /assets/…}) with their fingerprint: a page links
 * {@code /assets/app.css?v=<hash of its bytes>}, which a browser may keep for a year, since a changed
 * file gets another link. The hash is taken once per file, on first use.
 */
@Named("assets")
@ApplicationScoped
public class Assets {

    static final String PREFIX = "/assets/";
    private static final int VERSION_LENGTH = 12;

    private final Map<String, Optional<String>> versions = new ConcurrentHashMap<>();

    @Inject
    ServletContext context;

    /** The link to an asset, with its fingerprint; as it is when the asset does not exist. */
    public String url(String name) {
        return version(name).map(v -> PREFIX + name + "?v=" + v).orElse(PREFIX + name);
    }

    /** The fingerprint of {@code /assets/name}, if there is such an asset. */
    public Optional<String> version(String name) {
        return versions.computeIfAbsent(name, this::hashOf);
    }

    private Optional<String> hashOf(String name) {
        if (name.contains("..") || name.contains("/")) {
            return Optional.empty();
        }
        try (InputStream in = context.getResourceAsStream(PREFIX + name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return Optional.of(HexFormat.of().formatHex(digest).substring(0, VERSION_LENGTH));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
