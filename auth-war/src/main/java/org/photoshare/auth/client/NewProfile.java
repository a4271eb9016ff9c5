package org.photoshare.auth.client;

public record NewProfile(String username, String email) {
}
