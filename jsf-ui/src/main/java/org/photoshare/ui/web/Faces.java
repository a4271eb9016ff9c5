package org.photoshare.ui.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Small conveniences over the current FacesContext for the backing beans. */
final class Faces {

    private Faces() {
    }

    static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    static HttpServletRequest request() {
        return (HttpServletRequest) external().getRequest();
    }

    static HttpServletResponse response() {
        return (HttpServletResponse) external().getResponse();
    }

    /** A request parameter (query string or form field), blank treated as absent. */
    static Optional<String> param(String name) {
        String value = external().getRequestParameterMap().get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    static Optional<Long> longParam(String name) {
        try {
            return param(name).map(Long::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Redirects (303 after a post, so the browser follows with a GET) to a path of this application. */
    static void redirect(String path) {
        ExternalContext external = external();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** Sends an anonymous visitor to sign in, to come back to {@code back} afterwards. */
    static void signInFirst(String back) {
        redirect("/signin?back=" + encode(back));
    }

    static void sendError(int status) {
        sendError(status, null);
    }

    /** An error page that says {@code explanation} (plain text of our own) instead of the status's usual words. */
    static void sendError(int status, String explanation) {
        if (explanation != null) {
            external().getRequestMap().put(PageErrors.EXPLANATION, explanation);
        }
        try {
            external().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    static void status(int status) {
        external().setResponseStatus(status);
    }

    static void info(String text) {
        message(FacesMessage.SEVERITY_INFO, null, text);
    }

    static void error(String text) {
        message(FacesMessage.SEVERITY_ERROR, null, text);
    }

    /** An error shown next to one field ({@code clientId} such as "register:username"). */
    static void fieldError(String clientId, String text) {
        message(FacesMessage.SEVERITY_ERROR, clientId, text);
    }

    private static void message(FacesMessage.Severity severity, String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
