package org.photoshare.ui.model;

import java.io.IOException;
import java.io.InputStream;

/** A file to upload as the browser sent it; the bytes are read once, when they are forwarded. */
public record NewUpload(String title, String fileName, String contentType, long size, Content content) {

    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
