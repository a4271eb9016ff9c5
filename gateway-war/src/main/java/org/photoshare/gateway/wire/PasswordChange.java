package org.photoshare.gateway.wire;

public record PasswordChange(String currentPassword, String newPassword) {
}
