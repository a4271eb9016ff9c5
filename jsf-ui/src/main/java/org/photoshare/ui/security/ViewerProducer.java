package org.photoshare.ui.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** {@code #{viewer}} in pages and {@code @Inject Viewer} in beans: the viewer the gateway put on the request. */
@ApplicationScoped
public class ViewerProducer {

    @Inject
    HttpServletRequest request;

    @Produces
    @Dependent
    @Named("viewer")
    Viewer viewer() {
        return of(request);
    }

    public static Viewer of(HttpServletRequest request) {
        return request.getAttribute(Viewer.ATTRIBUTE) instanceof Viewer viewer ? viewer : Viewer.ANONYMOUS;
    }
}
