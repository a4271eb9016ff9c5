package org.photoshare.ui.model;

/** A Galera node as the admin console shows it: its registration in etcd. */
public record DatabaseNode(String name, String address, String state, String lastCommitted) {
}
