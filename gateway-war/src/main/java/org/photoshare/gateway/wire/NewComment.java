package org.photoshare.gateway.wire;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/photos/{id}/comments}. */
public class NewComment {

    @NotBlank
    @Size(max = 1000)
    public String text;

    public NewComment() {
    }

    public NewComment(String text) {
        this.text = text;
    }
}
