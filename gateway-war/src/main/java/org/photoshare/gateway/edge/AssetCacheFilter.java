package org.photoshare.gateway.edge;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.photoshare.ui.web.Assets;

import java.io.IOException;
import java.util.Optional;

/**
 * How long a browser keeps a static file of the pages ({@code /assets/…}): a year when it was asked
 * for by the fingerprinted link the pages use ({@link Assets}), since that link changes with the file;
 * otherwise it asks again every time, and gets a 304 when its copy is current (the ETag).
 */
public class AssetCacheFilter extends HttpFilter {

    static final String FOR_A_YEAR = "public, max-age=31536000, immutable";
    static final String ASK_AGAIN = "no-cache";

    @Inject
    Assets assets;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String name = request.getRequestURI().substring(request.getContextPath().length() + "/assets/".length());
        Optional<String> version = assets.version(name);
        String asked = request.getParameter("v");
        boolean current = version.isPresent() && version.get().equals(asked);
        response.setHeader("Cache-Control", current ? FOR_A_YEAR : ASK_AGAIN);
        chain.doFilter(request, response);
    }
}
