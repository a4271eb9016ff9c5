package org.photoshare.ui.model;

/** Where the gateway serves a photo's variants (it proxies them from photo-war). */
public record ImageLinks(String thumb, String display, String original) {

    public static ImageLinks of(long photoId) {
        String base = "/api/photos/" + photoId + "/image?variant=";
        return new ImageLinks(base + "thumb", base + "display", base + "original");
    }
}
