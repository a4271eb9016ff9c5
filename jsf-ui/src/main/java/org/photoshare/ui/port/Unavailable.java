package org.photoshare.ui.port;

/** A service that the request cannot do without did not answer (down, timed out, circuit open). */
public class Unavailable extends RuntimeException {

    private final String service;

    public Unavailable(String service, Throwable cause) {
        super(service + " is unavailable", cause);
        this.service = service;
    }

    public String service() {
        return service;
    }

    /** A sentence for people: "Photos are unavailable right now. Please try again in a moment." */
    public String sentence() {
        String what = switch (service) {
            case "photo" -> "Photos are";
            case "vote" -> "Votes are";
            case "comment" -> "Comments are";
            case "profile" -> "Profiles are";
            case "auth" -> "Signing in and accounts are";
            default -> "This part of Photoshare is";
        };
        return what + " unavailable right now. Please try again in a moment.";
    }
}
