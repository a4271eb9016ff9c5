package org.photoshare.ui.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.photoshare.ui.model.SignedIn;
import org.photoshare.ui.port.Accounts;
import org.photoshare.ui.security.ReturnPath;

/** Registration; the field rules mirror auth-war's, which has the last word. */
@Named("registerPage")
@RequestScoped
public class RegisterPage {

    // "\\-", not a bare "-" before "]": browsers compile the pattern attribute with the "v" flag, which
    // refuses the bare one, and then silently check nothing
    public static final String USERNAME_PATTERN = "[A-Za-z0-9_\\-]{3,30}";

    @Inject
    Accounts accounts;

    @Inject
    SessionCookies sessions;

    private String back;
    private String username;
    private String email;
    private String password;

    @PostConstruct
    void readParameters() {
        back = ReturnPath.safe(Faces.param("back").orElse(null));
    }

    public void register() {
        try {
            SignedIn signedIn = accounts.register(username.trim(), email.trim(), password);
            sessions.start(signedIn);
            Faces.redirect(ReturnPath.HOME.equals(back) ? "/?notice=welcome" : back);
        } catch (RuntimeException failure) {
            if (Failures.isRefusal(failure, 409)) {
                Faces.fieldError("register:username", Failures.explain(failure));
            } else {
                Faces.error(Failures.explain(failure));
            }
        }
    }

    public String getUsernamePattern() {
        return USERNAME_PATTERN;
    }

    public String getBack() {
        return back;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
