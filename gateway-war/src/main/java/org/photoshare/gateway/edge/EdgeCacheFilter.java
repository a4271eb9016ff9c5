package org.photoshare.gateway.edge;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.photoshare.gateway.compose.CachedMyVotes;
import org.photoshare.gateway.security.CallerToken;
import org.photoshare.platform.http.EntityTags;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edge's memory (see {@link EdgeCache}), in front of the pages and the API, after the caller is
 * known (IdentityFilter): anonymous reads that are the same for everyone (the paths of {@link #LISTS},
 * {@link #PHOTOS} and {@link #ITEMS}, as the client spelled them), and image variants, are answered from memory;
 * every other request goes on as before. A request that is not a GET or HEAD
 * is a write: the shared answers made before it are no longer used, none made while it runs is kept
 * (see {@link WriteGeneration}), and the caller's own votes are asked for again.
 */
public class EdgeCacheFilter extends HttpFilter {

    /** Reads whose anonymous answer is the same for every visitor (paths as the client spelled them). */
    static final Pattern LISTS = Pattern.compile("/|/api/photos");
    static final Pattern PHOTOS = Pattern.compile("/photo|/api/photos/\\d{1,18}");
    static final Pattern ITEMS = Pattern.compile(
            "/user|/api/photos/\\d{1,18}/comments|/api/users/[0-9a-fA-F-]{1,36}(/photos)?");
    static final Pattern IMAGE = Pattern.compile("/api/photos/(\\d{1,18})/image");
    static final Set<String> VARIANTS = Set.of("thumb", "display", "original");
    /** Larger answers (an original of several megabytes) pass through without being kept. */
    static final int MAX_PAGE_BYTES = 1024 * 1024;
    static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;

    @Inject
    EdgeCache cache;

    @Inject
    WriteGeneration writes;

    @Inject
    CachedMyVotes myVotes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            // before and after: the client may have the answer before this filter gets control back
            writes.begin();
            forgetCallersVotes(request);
            try {
                chain.doFilter(request, response);
            } finally {
                writes.end();
                forgetCallersVotes(request);
            }
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher image = IMAGE.matcher(path);
        if ("GET".equals(method) && image.matches() && cache.imagesEnabled()) {
            image(Long.parseLong(image.group(1)), request, response, chain);
        } else if ("GET".equals(method) && request.getAttribute(CallerToken.ATTRIBUTE) == null
                && shared(path) != null) {
            shared(shared(path), path, request, response, chain);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void forgetCallersVotes(HttpServletRequest request) {
        if (request.getAttribute(CallerToken.ATTRIBUTE) instanceof CallerToken caller) {
            myVotes.forget(caller.subject());
        }
    }

    /** Where an anonymous read of this path is kept, if anywhere. */
    private SharedAnswers<String, StoredAnswer> shared(String path) {
        if (LISTS.matcher(path).matches()) {
            return cache.lists();
        }
        if (PHOTOS.matcher(path).matches()) {
            return cache.photoPages();
        }
        return ITEMS.matcher(path).matches() ? cache.items() : null;
    }

    private void shared(SharedAnswers<String, StoredAnswer> kept, String path, HttpServletRequest request,
                        HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String key = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        SharedAnswers.Outcome<StoredAnswer> outcome;
        try {
            outcome = kept.get(key, () -> {
                StoredAnswer made = made(request, response, chain, MAX_PAGE_BYTES, null);
                if (made != null) {
                    cache.startSweeping();
                }
                return made;
            });
        } catch (Made failure) {
            failure.rethrow();
            return;
        }
        if (!outcome.madeHere()) {
            send(outcome.value(), response);
        }
    }

    private void image(long photoId, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String variant = request.getParameter("variant");
        variant = variant == null ? "display" : variant;
        if (!VARIANTS.contains(variant)) {
            chain.doFilter(request, response);
            return;
        }
        String key = photoId + "/" + variant;
        StoredAnswer known = cache.image(key);
        if (known != null) {
            if (EntityTags.anyMatches(request.getHeader("If-None-Match"), known.etag())) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                known.headers().forEach(response::setHeader);
            } else {
                send(known, response);
            }
            return;
        }
        if (request.getHeader("If-None-Match") != null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            StoredAnswer made = made(request, response, chain, MAX_IMAGE_BYTES, Set.of(photoId));
            if (made != null && made.etag() != null) {
                cache.keep(key, made);
            }
        } catch (Made failure) {
            failure.rethrow();
        }
    }

    /** Runs the request as usual, answering the client, and gives the answer to keep, if it may be shared. */
    private static StoredAnswer made(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                     int limit, Set<Long> photos) {
        CapturingResponse capture = new CapturingResponse(response, limit);
        try {
            chain.doFilter(request, capture);
            StoredAnswer answer = capture.storable(photos != null ? photos : EdgeCache.shown(request),
                    EdgeCache.versions(request));
            capture.flushBuffer();
            return EdgeCache.shareable(request) ? answer : null;
        } catch (IOException | ServletException | RuntimeException e) {
            throw new Made(e);
        }
    }

    private static void send(StoredAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(answer.contentType());
        answer.headers().forEach(response::setHeader);
        response.setContentLength(answer.body().length);
        // one buffer for the whole body: a 45 KB image goes out in one write, not in 8 KB pieces
        response.setBufferSize(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    /** A failure of the request itself, carried through the cache's supplier and thrown again as it was. */
    private static final class Made extends RuntimeException {

        Made(Exception cause) {
            super(cause);
        }

        void rethrow() throws IOException, ServletException {
            if (getCause() instanceof IOException io) {
                throw io;
            }
            if (getCause() instanceof ServletException servlet) {
                throw servlet;
            }
            throw (RuntimeException) getCause();
        }
    }
}
