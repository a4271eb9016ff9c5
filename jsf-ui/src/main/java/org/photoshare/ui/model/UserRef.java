package org.photoshare.ui.model;

/** A user as shown next to their photos and comments. */
public record UserRef(String id, String username, String displayName) {

    /** When profile-war could not be asked, a user is known by id only. */
    public static UserRef unknown(String id) {
        return new UserRef(id, null, null);
    }

    public String shownName() {
        if (displayName != null && !displayName.isBlank()) {
            return displayName;
        }
        return username != null ? username : "someone";
    }
}
