package org.photoshare.gateway.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.photoshare.platform.problem.ProblemMapper;
import org.photoshare.ui.security.Cookies;
import org.photoshare.ui.security.CsrfTokens;
import org.photoshare.ui.security.Viewer;

import java.io.IOException;
import java.util.Optional;

/**
 * Who is calling. {@code /api} callers send {@code Authorization: Bearer}; a bad token there is a 401.
 * The web pages read the token from the session cookie only (a bad or expired one is dropped, and the
 * page is served anonymously). Cookies never authenticate {@code /api}, so no other site can use them there.
 */
public class IdentityFilter extends HttpFilter {

    @Inject
    TokenVerifier verifier;

    @Inject
    CsrfTokens csrf;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            String authorization = request.getHeader("Authorization");
            if (authorization != null) {
                Optional<CallerToken> token = bearerToken(authorization).flatMap(verifier::verify);
                if (token.isEmpty()) {
                    refuse(response);
                    return;
                }
                attach(request, token.get());
            }
        } else if (!isStatic(path)) {
            Optional<String> cookie = Cookies.read(request, Cookies.SESSION);
            if (cookie.isPresent()) {
                Optional<CallerToken> token = verifier.verify(cookie.get());
                if (token.isPresent()) {
                    attach(request, token.get());
                } else {
                    response.addCookie(Cookies.cleared(Cookies.SESSION, Cookies.secure(request)));
                }
            }
            csrf.ensureAnonymousId(request, response);
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> bearerToken(String authorization) {
        return authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? Optional.of(authorization.substring(7).trim()) : Optional.empty();
    }

    private static void attach(HttpServletRequest request, CallerToken token) {
        request.setAttribute(CallerToken.ATTRIBUTE, token);
        request.setAttribute(Viewer.ATTRIBUTE,
                Viewer.of(token.subject(), token.username(), token.groups(), token.tokenId(), token.expiresAt()));
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/assets/") || path.startsWith("/health") || path.startsWith("/metrics")
                || path.startsWith("/openapi") || path.startsWith("/jakarta.faces.resource/");
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        response.setContentType(ProblemMapper.PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(jakarta.json.Json.createObjectBuilder()
                .add("type", "about:blank").add("title", "Unauthorized").add("status", 401)
                .add("detail", "The bearer token is invalid or expired. Sign in again (POST /api/auth/login).")
                .build().toString());
    }
}
