package org.photoshare.systemtests;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages, styles, scripts and JSON travel gzip-compressed to a client that accepts it, and only to one that does. */
class CompressionIT {

    /** HTTP/1.1, as browsers speak it without TLS (Java's client would otherwise ask to upgrade to h2c). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void textAnswersAreCompressedForClientsThatAcceptIt_andTheSameBytesComeOut() throws Exception {
        for (String path : new String[]{"/", "/signin", "/assets/app.css", "/assets/app.js", "/api/photos?limit=20"}) {
            HttpResponse<byte[]> plain = get(path, null);
            HttpResponse<byte[]> gzipped = get(path, "gzip");
            assertThat(plain.statusCode()).as(path).isEqualTo(200);
            assertThat(gzipped.statusCode()).as(path).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path + " without Accept-Encoding").isEmpty();
            assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(gzipped.headers().allValues("Vary")).as(path).anyMatch(v -> v.contains("Accept-Encoding"));
            byte[] unpacked = gunzip(gzipped.body());
            assertThat(gzipped.body().length).as(path + ": compressed").isLessThan(unpacked.length);
            if (path.startsWith("/assets/")) {
                assertThat(unpacked).as(path).isEqualTo(plain.body());
            } else {
                assertThat(new String(unpacked, StandardCharsets.UTF_8)).as(path)
                        .startsWith(new String(plain.body(), StandardCharsets.UTF_8).substring(0, 15));
            }
        }
    }

    @Test
    void imagesAreSentAsTheyAre() throws Exception {
        Users.User owner = Users.registered("gzipimage");
        long photo = Gateway.uploaded(owner, "Not compressed again");
        HttpResponse<byte[]> image = get("/api/photos/" + photo + "/image?variant=thumb", "gzip");
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Encoding")).isEmpty();
    }

    private static HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Gateway.url() + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
