package org.photoshare.gateway.compose;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.photoshare.gateway.api.GatewayApplication;
import org.photoshare.ui.model.ServiceStatus;
import org.photoshare.ui.port.Operations;

import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks every service, in parallel, for its readiness ({@code /health/ready}) and its version (the
 * {@code info.version} of its {@code /openapi}, remembered once known), at the server root of its
 * configured REST client URL.
 */
@ApplicationScoped
public class EdgeOperations implements Operations {

    static final List<String> SERVICES = List.of("profile", "auth", "photo", "vote", "comment");
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);
    /** A service builds its OpenAPI document on the first request, which may take a few seconds. */
    private static final Duration OPENAPI_TIMEOUT = Duration.ofSeconds(6);

    /** A running service's version does not change; known ones are not asked again. */
    private final Map<String, String> versions = new ConcurrentHashMap<>();
    private HttpClient http;

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(HEALTH_TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public List<ServiceStatus> services() {
        Config config = ConfigProvider.getConfig();
        List<CompletableFuture<ServiceStatus>> probes = new ArrayList<>();
        for (String service : SERVICES) {
            Optional<String> url = config.getOptionalValue(service + "/mp-rest/url", String.class);
            probes.add(url.map(u -> probe(service, serverRoot(u)))
                    .orElseGet(() -> CompletableFuture.completedFuture(
                            new ServiceStatus(service, "", false, "not configured", "–", 0, 0))));
        }
        List<ServiceStatus> statuses = new ArrayList<>();
        int gateways = config.getOptionalValue("gateway/mp-rest/url", String.class).map(EdgeOperations::replicas).orElse(1);
        statuses.add(new ServiceStatus("gateway", "this server", true, "ready", GatewayApplication.VERSION, 0, gateways));
        probes.forEach(probe -> statuses.add(probe.join()));
        return statuses;
    }

    private CompletableFuture<ServiceStatus> probe(String service, String root) {
        long started = System.nanoTime();
        CompletableFuture<Health> health = get(root + "/health/ready", HEALTH_TIMEOUT)
                .thenApply(answer -> new Health(answer, (System.nanoTime() - started) / 1_000_000));
        CompletableFuture<String> version = versions.containsKey(root)
                ? CompletableFuture.completedFuture(versions.get(root))
                : get(root + "/openapi", OPENAPI_TIMEOUT).thenApply(EdgeOperations::versionOf);
        return health.thenCombine(version, (ready, known) -> {
            if (!"–".equals(known)) {
                versions.put(root, known);
            }
            return new ServiceStatus(service, root, ready.up(), ready.state(), known, ready.millis(), replicas(root));
        });
    }

    private record Health(HttpResponse<String> answer, long millis) {

        boolean up() {
            return answer != null && answer.statusCode() == 200;
        }

        String state() {
            return answer == null ? "unreachable" : up() ? "ready" : "not ready (" + answer.statusCode() + ")";
        }
    }

    private CompletableFuture<HttpResponse<String>> get(String url, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Accept", "application/json").GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).exceptionally(unreachable -> null);
    }

    static String versionOf(HttpResponse<String> openapi) {
        if (openapi == null || openapi.statusCode() != 200) {
            return "–";
        }
        try (JsonReader reader = Json.createReader(new StringReader(openapi.body()))) {
            JsonObject info = reader.readObject().getJsonObject("info");
            return info == null ? "–" : info.getString("version", "–");
        } catch (RuntimeException notJson) {
            return "–";
        }
    }

    /**
     * How many addresses the service's host name resolves to: on the swarm (DNS round robin) one per
     * running task, so the console shows the replicas without access to the Docker engine.
     */
    static int replicas(String url) {
        try {
            return InetAddress.getAllByName(URI.create(url).getHost()).length;
        } catch (UnknownHostException | IllegalArgumentException unresolved) {
            return 0;
        }
    }

    /** "http://127.0.0.1:5002/photo" → "http://127.0.0.1:5002". */
    static String serverRoot(String serviceUrl) {
        URI uri = URI.create(serviceUrl);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
