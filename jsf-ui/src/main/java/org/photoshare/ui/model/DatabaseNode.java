package org.photoshare.ui.model;

/** A database node as the admin console shows it (filled in by the Galera/etcd work). */
public record DatabaseNode(String name, String address, String state, String lastCommitted) {
}
