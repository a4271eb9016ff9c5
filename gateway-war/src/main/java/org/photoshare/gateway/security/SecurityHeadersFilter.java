package org.photoshare.gateway.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.photoshare.ui.security.Cookies;

import java.io.IOException;

/**
 * Security headers on every answer. The pages need no inline script or style (app.js and app.css are
 * files), so the policy allows scripts and styles from this origin only; images may also be blob: URLs
 * (the upload preview). Nothing may frame the site.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' blob: data:",
            "connect-src 'self'",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (Cookies.secure(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        // the listener gzips text for clients that accept it (launcher/payara/http.asadmin), and says nothing
        response.addHeader("Vary", "Accept-Encoding");
        chain.doFilter(request, response);
    }
}
