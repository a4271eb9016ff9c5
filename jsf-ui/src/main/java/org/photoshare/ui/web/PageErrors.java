package org.photoshare.ui.web;

/** What a page tells the site's error page (the gateway's) about the error it raised. */
public final class PageErrors {

    /** A request attribute: the explanation to show instead of the status's usual words (plain text). */
    public static final String EXPLANATION = PageErrors.class.getName() + ".explanation";

    /** Request attributes the error view ({@code /WEB-INF/error.xhtml}) shows. */
    public static final String STATUS = PageErrors.class.getName() + ".status";
    public static final String HEADLINE = PageErrors.class.getName() + ".headline";
    public static final String VIEW = "/WEB-INF/error.xhtml";

    private PageErrors() {
    }
}
