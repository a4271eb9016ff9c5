package org.photoshare.gateway.wire;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/photos/{id}/comments}. */
public record NewComment(@NotBlank @Size(max = 1000) String text) {
}
