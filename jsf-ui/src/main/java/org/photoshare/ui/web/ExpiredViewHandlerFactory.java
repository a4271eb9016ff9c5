package org.photoshare.ui.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;

import java.util.Iterator;

/**
 * A form whose view state cannot be restored (made with another key, tampered with, made up, or too
 * old) did nothing: send the visitor back to the page with a note instead of an error page.
 */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                ExceptionQueuedEventContext event = events.next().getContext();
                ViewExpiredException expired = find(event.getException());
                FacesContext faces = FacesContext.getCurrentInstance();
                if (faces.getResponseComplete()) {
                    continue;
                }
                if (expired != null) {
                    events.remove();
                    Faces.redirect(pageOf(expired.getViewId()));
                } else if (unreadableState(event, faces)) {
                    // a made-up or truncated jakarta.faces.ViewState ("AAAA", "stateless"): Mojarra's
                    // decoding throws before it can call the view expired; it is the same to the visitor
                    events.remove();
                    Faces.redirect(pageOf(faces.getExternalContext().getRequestServletPath()));
                }
            }
            getWrapped().handle();
        }

        /** A failure while restoring a posted view: what the form sent back as its state cannot be read. */
        private static boolean unreadableState(ExceptionQueuedEventContext event, FacesContext faces) {
            return event.getPhaseId() == PhaseId.RESTORE_VIEW
                    && faces.getExternalContext().getRequestParameterMap().containsKey("jakarta.faces.ViewState");
        }

        private static ViewExpiredException find(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException expired) {
                    return expired;
                }
            }
            return null;
        }

        static String pageOf(String viewId) {
            String page = viewId == null || viewId.equals("/index.xhtml") ? "/" : viewId.replace(".xhtml", "");
            String id = Faces.param("id").map(Faces::encode).map(value -> "id=" + value + "&").orElse("");
            return page + "?" + id + "notice=expired";
        }
    }
}
