package org.photoshare.galera.jdbc;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed {@code jdbc:photoshare-galera://ETCD_HOST:PORT[,HOST:PORT…]/CLUSTER/SCHEMA[?OPTIONS]} URL:
 * where etcd answers, which cluster's nodes to look up there, and what to pass on to the MariaDB
 * driver (schema and options).
 */
public record GaleraUrl(List<URI> etcdEndpoints, String cluster, String schema, String options) {

    public static final String PREFIX = "jdbc:photoshare-galera://";

    public static boolean accepts(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    public static GaleraUrl parse(String url) {
        if (!accepts(url)) {
            throw new IllegalArgumentException("not a " + PREFIX + " URL: " + url);
        }
        String rest = url.substring(PREFIX.length());
        String options = "";
        int query = rest.indexOf('?');
        if (query >= 0) {
            options = rest.substring(query + 1);
            rest = rest.substring(0, query);
        }
        String[] parts = rest.split("/", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw new IllegalArgumentException(
                    "expected " + PREFIX + "ETCD_HOST:PORT[,HOST:PORT…]/CLUSTER/SCHEMA[?OPTIONS], got " + url);
        }
        List<URI> endpoints = new ArrayList<>();
        for (String hostPort : parts[0].split(",")) {
            String address = hostPort.trim();
            if (!address.matches("[A-Za-z0-9.\\-]+:[0-9]{1,5}|\\[[0-9A-Fa-f:]+\\]:[0-9]{1,5}")) {
                throw new IllegalArgumentException("not a HOST:PORT etcd address: '" + address + "' in " + url);
            }
            endpoints.add(URI.create("http://" + address));
        }
        return new GaleraUrl(List.copyOf(endpoints), parts[1], parts[2], options);
    }

    /** The etcd key prefix under which the cluster's nodes register. */
    public String nodesPrefix() {
        return GaleraCluster.nodesPrefix(cluster);
    }

    /** The MariaDB Connector/J URL of one node. */
    public String mariadbUrl(GaleraNode node) {
        StringBuilder url = new StringBuilder("jdbc:mariadb://").append(node.address());
        url.append('/').append(schema);
        if (!options.isEmpty()) {
            url.append('?').append(options);
        }
        return url.toString();
    }
}
