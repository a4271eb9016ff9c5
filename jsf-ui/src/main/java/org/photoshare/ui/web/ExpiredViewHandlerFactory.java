package org.photoshare.ui.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.util.Iterator;

/**
 * A form whose view state cannot be restored (made with another key, tampered with, or too old) did
 * nothing: send the visitor back to the page with a note instead of an error page.
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
                Throwable failure = events.next().getContext().getException();
                ViewExpiredException expired = find(failure);
                if (expired != null && !FacesContext.getCurrentInstance().getResponseComplete()) {
                    events.remove();
                    Faces.redirect(pageOf(expired.getViewId()));
                }
            }
            getWrapped().handle();
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
