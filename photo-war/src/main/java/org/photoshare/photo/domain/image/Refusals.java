package org.photoshare.photo.domain.image;

import org.photoshare.platform.problem.ProblemException;

/** The ways an upload is refused, as problems with the status the API promises. */
public final class Refusals {

    private Refusals() {
    }

    public static ProblemException tooLarge(String detail) {
        return ProblemException.payloadTooLarge(detail);
    }

    public static ProblemException notAnImage() {
        return ProblemException.unsupportedMediaType(
                "The file is not a JPEG, PNG, GIF or WebP image (judged from its content, not its name).");
    }

    public static ProblemException unreadable(String why) {
        return ProblemException.unprocessable("The image cannot be read: " + why);
    }
}
