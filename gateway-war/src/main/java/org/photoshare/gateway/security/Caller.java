package org.photoshare.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.photoshare.platform.problem.ProblemException;
import org.photoshare.ui.security.Viewer;
import org.photoshare.ui.security.ViewerProducer;

/** The caller of the current request, as {@link IdentityFilter} verified it. */
@ApplicationScoped
public class Caller {

    @Inject
    HttpServletRequest request;

    public Viewer viewer() {
        return ViewerProducer.of(request);
    }

    /** The Authorization header to forward downstream, or null for an anonymous caller. */
    public String bearer() {
        return request.getAttribute(CallerToken.ATTRIBUTE) instanceof CallerToken token ? "Bearer " + token.raw() : null;
    }

    public void requireSignedIn() {
        if (bearer() == null) {
            throw ProblemException.unauthorized("Sign in first: send Authorization: Bearer <token> (POST /api/auth/login).");
        }
    }
}
