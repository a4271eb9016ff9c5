package org.photoshare.galera.jdbc;

import java.util.HashMap;
import java.util.Map;

/**
 * One node as registered in etcd by the node agent: a line of {@code key=value} fields
 * ({@code name=db1 host=127.0.0.1 port=3311 gcomm=4570 state=Synced seqno=42 uuid=… size=3}).
 */
public record GaleraNode(String name, String host, int port, String state, long seqno) {

    public static GaleraNode parse(String registration) {
        Map<String, String> fields = new HashMap<>();
        for (String field : registration.trim().split("\\s+")) {
            int eq = field.indexOf('=');
            if (eq > 0) {
                fields.put(field.substring(0, eq), field.substring(eq + 1));
            }
        }
        String name = fields.get("name");
        String host = fields.get("host");
        String port = fields.get("port");
        if (name == null || host == null || port == null) {
            throw new IllegalArgumentException("not a node registration: " + registration);
        }
        return new GaleraNode(name, host, Integer.parseInt(port), fields.getOrDefault("state", "unknown"),
                Long.parseLong(fields.getOrDefault("seqno", "-1")));
    }

    public boolean synced() {
        return "Synced".equals(state);
    }

    public String address() {
        return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
    }
}
