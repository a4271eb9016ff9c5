package org.photoshare.ui.model;

/**
 * One service as the admin console shows it: reachable, ready, its version, how long it took to answer,
 * and how many replicas its name resolves to (a swarm service's tasks; 0 when the name does not resolve).
 */
public record ServiceStatus(String name, String url, boolean ready, String state, String version, long millis,
                            int replicas) {
}
