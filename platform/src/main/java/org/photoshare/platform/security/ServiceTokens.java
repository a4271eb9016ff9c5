package org.photoshare.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * This service's own identity for internal endpoints: a short-lived token in group {@code service},
 * obtained from auth-war with the shared service secret (client credentials) and cached until
 * shortly before it expires.
 */
@ApplicationScoped
public class ServiceTokens {

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Inject
    @ConfigProperty(name = "photoshare.service.name")
    Optional<String> serviceName;

    @Inject
    @ConfigProperty(name = "photoshare.service.secret")
    Optional<String> serviceSecret;

    @Inject
    @ConfigProperty(name = "auth/mp-rest/url")
    Optional<String> authUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private String token;
    private Instant renewAt = Instant.MIN;

    public synchronized String current() {
        if (token == null || Instant.now().isAfter(renewAt)) {
            fetch();
        }
        return token;
    }

    private void fetch() {
        String name = serviceName.orElseThrow(() -> new IllegalStateException("photoshare.service.name is not set"));
        String secret = serviceSecret.orElseThrow(() -> new IllegalStateException("photoshare.service.secret is not set"));
        String base = authUrl.orElseThrow(() -> new IllegalStateException("auth/mp-rest/url is not set"));
        String body = Json.createObjectBuilder().add("service", name).add("secret", secret).build().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.replaceAll("/$", "") + "/service-tokens"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("auth-war refused a service token: HTTP " + response.statusCode());
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                JsonObject issued = reader.readObject();
                token = issued.getString("token");
                renewAt = Instant.parse(issued.getString("expiresAt")).minus(RENEW_BEFORE_EXPIRY);
            }
        } catch (IOException e) {
            throw new IllegalStateException("auth-war is unreachable for a service token", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while obtaining a service token", e);
        }
    }
}
