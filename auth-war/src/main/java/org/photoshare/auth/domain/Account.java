package org.photoshare.auth.domain;

import java.util.List;

/** What the other services and the client learn of an account when it signs in or registers. */
public record Account(String id, String username, List<String> groups) {
}
