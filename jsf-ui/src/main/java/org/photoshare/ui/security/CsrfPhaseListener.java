package org.photoshare.ui.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Refuses every form post (Faces postback) whose CSRF token does not belong to the viewer, before any
 * value is applied or action run. The encrypted client-side view state alone is not enough: anyone can
 * obtain a valid one from their own visit.
 */
public class CsrfPhaseListener implements PhaseListener {

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() || faces.getResponseComplete()) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        String submitted = external.getRequestParameterMap().get(CsrfTokens.FIELD);
        CsrfTokens tokens = CDI.current().select(CsrfTokens.class).get();
        if (!tokens.accepts((HttpServletRequest) external.getRequest(), submitted)) {
            try {
                external.responseSendError(403, "This form was not sent from your own Photoshare page.");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
