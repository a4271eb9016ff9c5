package org.photoshare.galera.jdbc;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the registered nodes of a cluster from etcd's v3 JSON gateway ({@code POST /v3/kv/range}). */
final class EtcdNodes {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** etcd on a machine under heavy load (a swarm deploying every service at once) answers slowly. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);
    private static final Pattern KV = Pattern.compile("\\{[^{}]*\"key\"\\s*:\\s*\"([A-Za-z0-9+/=]*)\"[^{}]*}");
    private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*\"([A-Za-z0-9+/=]*)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    /** The registered nodes, ordered by name; tries each endpoint until one answers. */
    List<GaleraNode> fetch(List<URI> endpoints, String prefix) throws IOException {
        String body = rangeRequest(prefix);
        IOException failure = null;
        for (URI endpoint : endpoints) {
            HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/v3/kv/range"))
                    .timeout(ANSWER_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return parseRangeResponse(response.body());
                }
                failure = new IOException("etcd at " + endpoint + " answered " + response.statusCode());
            } catch (IOException e) {
                failure = new IOException("etcd at " + endpoint + " is unreachable: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while asking etcd", e);
            }
        }
        throw failure != null ? failure : new IOException("no etcd endpoint");
    }

    /** The JSON body of a range request for every key under the prefix. */
    static String rangeRequest(String prefix) {
        byte[] start = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] end = start.clone();
        end[end.length - 1]++;
        Base64.Encoder base64 = Base64.getEncoder();
        return "{\"key\":\"" + base64.encodeToString(start) + "\",\"range_end\":\"" + base64.encodeToString(end) + "\"}";
    }

    /** The nodes in a range response (keys and values are base64); unparsable values are skipped. */
    static List<GaleraNode> parseRangeResponse(String json) {
        List<GaleraNode> nodes = new ArrayList<>();
        Matcher kv = KV.matcher(json);
        Base64.Decoder base64 = Base64.getDecoder();
        while (kv.find()) {
            Matcher value = VALUE.matcher(kv.group());
            if (!value.find()) {
                continue;
            }
            try {
                nodes.add(GaleraNode.parse(new String(base64.decode(value.group(1)), StandardCharsets.UTF_8)));
            } catch (IllegalArgumentException e) {
                // a registration being written by a newer agent, or garbage: not a usable node
            }
        }
        nodes.sort(Comparator.comparing(GaleraNode::name));
        return nodes;
    }
}
