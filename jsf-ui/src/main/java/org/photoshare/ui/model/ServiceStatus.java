package org.photoshare.ui.model;

/** One service as the admin console shows it: reachable, ready, its version, how long it took to answer. */
public record ServiceStatus(String name, String url, boolean ready, String state, String version, long millis) {
}
