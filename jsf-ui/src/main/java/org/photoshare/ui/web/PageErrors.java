package org.photoshare.ui.web;

/** What a page tells the site's error page (the gateway's) about the error it raised. */
public final class PageErrors {

    /** A request attribute: the explanation to show instead of the status's usual words (plain text). */
    public static final String EXPLANATION = PageErrors.class.getName() + ".explanation";

    private PageErrors() {
    }
}
