package org.photoshare.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.photoshare.platform.problem.ProblemException;
import org.photoshare.platform.security.ClientAddress;
import org.photoshare.ui.security.Viewer;
import org.photoshare.ui.security.ViewerProducer;

import java.util.Enumeration;

/** The caller of the current request, as {@link IdentityFilter} verified it. */
@ApplicationScoped
public class Caller {

    @Inject
    HttpServletRequest request;

    @Inject
    TrustedProxies proxies;

    public Viewer viewer() {
        return ViewerProducer.of(request);
    }

    /** The Authorization header to forward downstream, or null for an anonymous caller. */
    public String bearer() {
        return request.getAttribute(CallerToken.ATTRIBUTE) instanceof CallerToken token ? "Bearer " + token.raw() : null;
    }

    /**
     * Where the request came from: the peer, or, when the peer is a trusted proxy (the edge), the
     * address that proxy appended last to {@code X-Forwarded-For}.
     */
    public String address() {
        String peer = request.getRemoteAddr();
        if (!proxies.trusts(peer)) {
            return peer;
        }
        String forwarded = null;
        for (Enumeration<String> values = request.getHeaders("X-Forwarded-For"); values.hasMoreElements(); ) {
            forwarded = values.nextElement();
        }
        if (forwarded == null) {
            return peer;
        }
        String last = forwarded.substring(forwarded.lastIndexOf(',') + 1);
        return ClientAddress.parse(last).orElse(peer);
    }

    public void requireSignedIn() {
        if (bearer() == null) {
            throw ProblemException.unauthorized("Sign in first: send Authorization: Bearer <token> (POST /api/auth/login).");
        }
    }
}
