package org.photoshare.ui.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.util.Base64;

/** The CSRF token of every state-changing form, as the current request's viewer must submit it. */
@ApplicationScoped
public class CsrfTokens {

    /** The form field that carries the token (see WEB-INF/includes/csrf.xhtml). */
    public static final String FIELD = "_csrf";
    /** The anonymous visitor's random id, for forms posted before signing in (sign-in, register). */
    public static final String ANONYMOUS_COOKIE = "ps_csrf";
    private static final String ANONYMOUS_ATTRIBUTE = CsrfTokens.class.getName() + ".anonymous";
    private static final int ANONYMOUS_MAX_AGE = 60 * 60 * 24 * 30;

    private final SecureRandom random = new SecureRandom();

    @Inject
    @ConfigProperty(name = "photoshare.gateway.view-key")
    String viewKey;

    private CsrfSigner signer;

    @PostConstruct
    void init() {
        signer = CsrfSigner.fromViewKey(viewKey);
    }

    public String tokenFor(HttpServletRequest request) {
        String binding = binding(request);
        return binding == null ? "" : signer.token(binding);
    }

    public boolean accepts(HttpServletRequest request, String submitted) {
        return signer.matches(binding(request), submitted);
    }

    /** Gives an anonymous visitor their random id cookie before any form is rendered. */
    public void ensureAnonymousId(HttpServletRequest request, HttpServletResponse response) {
        if (Cookies.read(request, ANONYMOUS_COOKIE).isPresent()) {
            return;
        }
        byte[] id = new byte[18];
        random.nextBytes(id);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        response.addCookie(Cookies.build(ANONYMOUS_COOKIE, value, ANONYMOUS_MAX_AGE, Cookies.secure(request)));
        request.setAttribute(ANONYMOUS_ATTRIBUTE, value);
    }

    private static String binding(HttpServletRequest request) {
        Viewer viewer = ViewerProducer.of(request);
        if (viewer.signedIn()) {
            return "user:" + viewer.tokenId();
        }
        Object fresh = request.getAttribute(ANONYMOUS_ATTRIBUTE);
        String anonymous = fresh instanceof String value ? value
                : Cookies.read(request, ANONYMOUS_COOKIE).orElse(null);
        return anonymous == null ? null : "anonymous:" + anonymous;
    }
}
