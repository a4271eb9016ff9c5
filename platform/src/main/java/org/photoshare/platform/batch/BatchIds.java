package org.photoshare.platform.batch;

import org.photoshare.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.List;

/** The {@code ids=1,2,3} parameter of batch look-ups: numeric ids, duplicates dropped, at most {@code max}. */
public final class BatchIds {

    private BatchIds() {
    }

    /** @return the distinct ids in the order given; empty when the parameter is absent or blank */
    public static List<Long> numeric(String ids, int max) {
        if (ids == null || ids.isBlank()) {
            return List.of();
        }
        List<Long> parsed;
        try {
            parsed = Arrays.stream(ids.split(","))
                    .map(String::trim)
                    .filter(id -> !id.isEmpty())
                    .map(Long::valueOf)
                    .distinct()
                    .toList();
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("ids must be a comma-separated list of numbers.");
        }
        if (parsed.size() > max) {
            throw ProblemException.badRequest("At most " + max + " ids per call.");
        }
        return parsed;
    }
}
