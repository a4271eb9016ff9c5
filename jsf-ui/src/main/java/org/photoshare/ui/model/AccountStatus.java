package org.photoshare.ui.model;

/** An account's moderation state (admins only). */
public record AccountStatus(String id, String username, boolean disabled) {
}
