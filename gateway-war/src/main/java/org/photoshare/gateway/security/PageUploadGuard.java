package org.photoshare.gateway.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.photoshare.ui.web.PageErrors;

import java.io.IOException;
import java.util.Locale;

/**
 * The Faces servlet parses multipart bodies for every page (spooling files beyond 1 MB to disk, up to
 * 32 MB, see web.xml), before any page bean could check who sent them. Only the upload page takes a
 * multipart body, and only from a signed-in user: any other is refused before a byte of it is read.
 * ({@code /api} streams its uploads itself and is not concerned.)
 */
public class PageUploadGuard extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/api/")) {
            chain.doFilter(request, response);
        } else if (!path.equals("/upload") && !path.equals("/upload.xhtml")) {
            refuse(request, response, 415, "Only the upload page takes files.");
        } else if (request.getAttribute(CallerToken.ATTRIBUTE) == null) {
            refuse(request, response, 401, "Sign in to upload photos.");
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String why)
            throws IOException {
        request.setAttribute(PageErrors.EXPLANATION, why);
        // the body is not read: the connection cannot be reused for another request
        response.setHeader("Connection", "close");
        response.sendError(status);
    }
}
