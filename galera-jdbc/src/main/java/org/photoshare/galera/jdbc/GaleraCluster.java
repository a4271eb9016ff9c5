package org.photoshare.galera.jdbc;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/** A Galera cluster as its node agents register it in etcd, for views such as the admin console. */
public final class GaleraCluster {

    private static final EtcdNodes ETCD = new EtcdNodes();

    private GaleraCluster() {
    }

    /** The etcd key prefix under which the cluster's nodes register. */
    public static String nodesPrefix(String cluster) {
        return "/photoshare/galera/" + cluster + "/nodes/";
    }

    /** Every registered node, whatever its state, ordered by name. */
    public static List<GaleraNode> registeredNodes(List<URI> etcdEndpoints, String cluster) throws IOException {
        return ETCD.fetch(etcdEndpoints, nodesPrefix(cluster));
    }
}
