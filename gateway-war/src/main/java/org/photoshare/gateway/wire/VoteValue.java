package org.photoshare.gateway.wire;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** {@code PUT /api/photos/{id}/vote}: 1 up, -1 down, 0 withdraw. */
public class VoteValue {

    @NotNull
    @Min(-1)
    @Max(1)
    public Integer value;

    public VoteValue() {
    }

    public VoteValue(int value) {
        this.value = value;
    }
}
