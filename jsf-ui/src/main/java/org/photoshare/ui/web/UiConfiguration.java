package org.photoshare.ui.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/** Activates Jakarta Faces for the gateway (without it, .xhtml pages would be served as source). */
@FacesConfig
@ApplicationScoped
public class UiConfiguration {
}
