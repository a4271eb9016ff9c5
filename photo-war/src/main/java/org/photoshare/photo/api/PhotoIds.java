package org.photoshare.photo.api;

import org.photoshare.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.List;

/** The {@code ids=1,2,3} parameter of the batch look-up: numbers, duplicates dropped, at most a limit. */
final class PhotoIds {

    private PhotoIds() {
    }

    static List<Long> parse(String ids, int limit) {
        List<Long> parsed;
        try {
            parsed = Arrays.stream(ids.split(","))
                    .map(String::trim)
                    .filter(id -> !id.isEmpty())
                    .map(Long::valueOf)
                    .distinct()
                    .toList();
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("ids must be a comma-separated list of photo ids.");
        }
        if (parsed.size() > limit) {
            throw ProblemException.badRequest("At most " + limit + " ids per call.");
        }
        return parsed;
    }
}
