package org.photoshare.vote.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** {@code 1} up, {@code -1} down, {@code 0} withdraw. */
public class VoteRequest {

    @NotNull
    @Min(value = -1, message = "must be 1, -1 or 0")
    @Max(value = 1, message = "must be 1, -1 or 0")
    public Integer value;
}
