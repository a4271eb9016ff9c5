package org.photoshare.gateway.client;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.photoshare.gateway.wire.RemotePhoto;
import org.photoshare.platform.client.RemoteFailure;
import org.photoshare.platform.client.RemoteProblemMapper;
import org.photoshare.platform.client.RemoteRefusal;
import org.photoshare.ui.model.NewUpload;
import org.photoshare.ui.port.Unavailable;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The byte-heavy calls to photo-war, streamed instead of buffered: image bytes to the browser, uploads
 * to photo-war (the raw multipart body of an API client, or one built from the web form's file).
 */
@ApplicationScoped
public class PhotoTransfer {

    /** Headers of an image answer that the gateway passes on (caching and type). */
    static final List<String> IMAGE_HEADERS =
            List.of("Content-Type", "Content-Length", "ETag", "Cache-Control", "Last-Modified");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration IMAGE_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration UPLOAD_TIMEOUT = Duration.ofSeconds(60);

    @Inject
    @ConfigProperty(name = "photo/mp-rest/url")
    String photoUrl;

    private HttpClient http;
    private final Jsonb jsonb = JsonbBuilder.create();

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
        photoUrl = photoUrl.replaceAll("/+$", "");
    }

    public ProxiedImage image(long photoId, String variant, String ifNoneMatch) {
        String query = variant == null ? "" : "?variant=" + java.net.URLEncoder.encode(variant, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(photoUrl + "/photos/" + photoId + "/image" + query))
                .timeout(IMAGE_TIMEOUT).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        HttpResponse<InputStream> response = send(request.build());
        if (response.statusCode() >= 400) {
            throw problemOf(response);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : IMAGE_HEADERS) {
            response.headers().firstValue(name).ifPresent(value -> headers.put(name, value));
        }
        return new ProxiedImage(response.statusCode(), headers, response.body());
    }

    /** Forwards an API client's multipart body as it came, streaming. */
    public RemotePhoto uploadRaw(String bearer, String contentType, InputStream body) {
        HttpRequest request = uploadRequest(bearer, contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();
        return created(send(request));
    }

    /** Builds the multipart body around the web form's file, streaming its bytes. */
    public RemotePhoto upload(String bearer, NewUpload upload) {
        Multipart multipart = new Multipart();
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofByteArray(
                        multipart.head("title", upload.title(), "file", upload.fileName(), upload.contentType())),
                HttpRequest.BodyPublishers.ofInputStream(() -> open(upload)),
                HttpRequest.BodyPublishers.ofByteArray(multipart.tail()));
        HttpRequest request = uploadRequest(bearer, multipart.contentType()).POST(body).build();
        return created(send(request));
    }

    private HttpRequest.Builder uploadRequest(String bearer, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(photoUrl + "/photos"))
                .timeout(UPLOAD_TIMEOUT)
                .header("Content-Type", contentType)
                .header("Accept", "application/json");
        return bearer == null ? request : request.header("Authorization", bearer);
    }

    private RemotePhoto created(HttpResponse<InputStream> response) {
        if (response.statusCode() >= 400) {
            throw problemOf(response);
        }
        try (InputStream in = response.body()) {
            return jsonb.fromJson(in, RemotePhoto.class);
        } catch (IOException e) {
            throw new Unavailable("photo", e);
        }
    }

    private HttpResponse<InputStream> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            if (causedBy(e, BoundedInputStream.LimitExceeded.class)) {
                throw new RemoteRefusal(413, "The photo is larger than allowed.");
            }
            throw new Unavailable("photo", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("photo", e);
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static InputStream open(NewUpload upload) {
        try {
            return upload.content().open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A refusal (photo-war's own problem+json) keeps its status and detail (413, 415, 422 …); anything
     * else means photo-war is unwell or not deployed (see {@link RemoteProblemMapper#isRefusal}).
     */
    static RuntimeException problemOf(HttpResponse<InputStream> response) {
        int status = response.statusCode();
        String detail = null;
        try (InputStream in = response.body()) {
            String text = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                JsonObject problem = reader.readObject();
                detail = problem.getString("detail", null);
            }
        } catch (IOException | RuntimeException unreadable) {
            // no detail then
        }
        if (!RemoteProblemMapper.isRefusal(status, response.headers().firstValue("Content-Type").orElse(null))) {
            return new Unavailable("photo", new RemoteFailure(status, detail));
        }
        return new RemoteRefusal(status, detail);
    }
}
