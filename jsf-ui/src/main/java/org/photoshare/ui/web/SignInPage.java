package org.photoshare.ui.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.photoshare.ui.model.SignedIn;
import org.photoshare.ui.port.Accounts;
import org.photoshare.ui.security.ReturnPath;
import org.photoshare.ui.security.Viewer;

/** Sign in, then back to where the visitor was ({@code ?back=}, a local path only). */
@Named("signInPage")
@RequestScoped
public class SignInPage {

    @Inject
    Accounts accounts;

    @Inject
    Viewer viewer;

    @Inject
    SessionCookies sessions;

    private String back;
    private String username;
    private String password;

    @PostConstruct
    void readParameters() {
        back = ReturnPath.safe(Faces.param("back").orElse(null));
    }

    public void open() {
        if (viewer.signedIn()) {
            Faces.redirect(back);
        }
    }

    public void signIn() {
        try {
            SignedIn signedIn = accounts.signIn(username == null ? "" : username.trim(), password == null ? "" : password);
            sessions.start(signedIn);
            Faces.redirect(back);
        } catch (RuntimeException failure) {
            Faces.error(Failures.isRefusal(failure, 401) ? "Wrong username or password." : Failures.explain(failure));
        }
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
