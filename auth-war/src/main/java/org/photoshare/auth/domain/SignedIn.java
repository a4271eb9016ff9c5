package org.photoshare.auth.domain;

public record SignedIn(Account account, IssuedToken token) {
}
