package org.photoshare.gateway.web;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.photoshare.platform.problem.ProblemMapper;
import org.photoshare.ui.web.Assets;
import org.photoshare.ui.web.PageErrors;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The gateway's error page (web.xml maps every error here, in place of the platform's problem-only
 * page): problem+json for the API; for people, the site's own page (its layout and header, signed in
 * or not) for a 4xx, a plain page in the site's style for a 5xx, which must not depend on what may
 * have just failed. Never a stack trace.
 */
@WebServlet(name = "GatewayErrorPage", urlPatterns = ErrorPage.PATH)
public class ErrorPage extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    @Inject
    Assets assets;

    public static final String PATH = "/error-page";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (uri.startsWith("/api/") || uri.startsWith("/openapi")) {
            if (status == 401) {
                response.setHeader("WWW-Authenticate", "Bearer");
            }
            response.setContentType(ProblemMapper.PROBLEM_JSON);
            response.getWriter().write(ProblemMapper.json(status, headline(status)));
            return;
        }
        response.setContentType("text/html");
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (status < 500 && read && !response.isCommitted()) {
            // In the site's layout, with its header and the visitor's signed-in state. Never for a
            // post: Faces would take it for a postback of the error view, and read its body.
            request.setAttribute(PageErrors.STATUS, status);
            request.setAttribute(PageErrors.HEADLINE, headline(status));
            request.setAttribute(PageErrors.EXPLANATION, explanation(request, status));
            try {
                request.getRequestDispatcher(PageErrors.VIEW).forward(request, response);
                return;
            } catch (ServletException | RuntimeException failure) {
                LOG.log(Level.WARNING, "The error view failed; answering the plain error page", failure);
                response.resetBuffer();
                response.setStatus(status);
                response.setContentType("text/html");
            }
        }
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + headline(status) + " · Photoshare</title>"
                + "<link rel=\"stylesheet\" href=\"" + assets.url("app.css") + "\"/></head><body>"
                + "<header class=\"topbar\"><div class=\"topbar-inner\"><a class=\"brand\" href=\"/\">Photoshare</a></div></header>"
                + "<main class=\"page\" id=\"main\"><div class=\"empty\" id=\"error-page\" data-status=\"" + status + "\">"
                + "<h1 class=\"page-title\">" + headline(status) + "</h1><p>" + explanation(request, status) + "</p>"
                + "<a class=\"button button-primary\" href=\"/\">Back to the photos</a></div></main></body></html>");
    }

    static String headline(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Please sign in";
            case 403 -> "Not allowed";
            case 404 -> "Page not found";
            case 405 -> "Not allowed here";
            case 413 -> "Too large";
            case 415 -> "Not accepted here";
            case 503 -> "Temporarily unavailable";
            default -> status >= 500 ? "Something went wrong" : "Cannot do that";
        };
    }

    /** What the page that raised the error said about it (our own plain text), or the status's usual words. */
    private static String explanation(HttpServletRequest request, int status) {
        return request.getAttribute(PageErrors.EXPLANATION) instanceof String said ? said : explanation(status);
    }

    static String explanation(int status) {
        return switch (status) {
            case 403 -> "You cannot do this, or the form was not sent from your own Photoshare page. "
                    + "Go back, reload the page and try again.";
            case 404 -> "There is nothing here. The photo or page may have been deleted.";
            case 413 -> "What you sent is larger than allowed.";
            case 503 -> "Part of Photoshare is unavailable right now. Please try again in a moment.";
            default -> status >= 500 ? "We could not complete this request. Please try again in a moment."
                    : "This request cannot be served.";
        };
    }
}
