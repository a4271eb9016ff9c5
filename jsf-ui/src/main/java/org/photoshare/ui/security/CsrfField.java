package org.photoshare.ui.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** {@code #{csrf.token}}: the value of the hidden CSRF field in every form. */
@Named("csrf")
@RequestScoped
public class CsrfField {

    @Inject
    CsrfTokens tokens;

    @Inject
    HttpServletRequest request;

    private String token;

    public String getToken() {
        if (token == null) {
            token = tokens.tokenFor(request);
        }
        return token;
    }

    public String getField() {
        return CsrfTokens.FIELD;
    }
}
