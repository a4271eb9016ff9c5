package org.photoshare.auth.domain;

/** The username is already held by another credential (active, or reserved by a registration in flight). */
public class UsernameTakenException extends RuntimeException {

    public UsernameTakenException() {
        super("This username is already taken.");
    }
}
