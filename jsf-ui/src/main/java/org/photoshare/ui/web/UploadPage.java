package org.photoshare.ui.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.photoshare.platform.client.RemoteRefusal;
import org.photoshare.ui.model.NewUpload;
import org.photoshare.ui.model.PhotoCard;
import org.photoshare.ui.port.Gallery;
import org.photoshare.ui.security.Viewer;

import java.util.Set;

/**
 * The upload page. The browser checks type and size first (app.js) for a fast answer; this bean checks
 * again, and photo-war has the last word (it looks at the bytes). Its refusals show on the page.
 */
@Named("uploadPage")
@RequestScoped
public class UploadPage {

    static final int MAX_TITLE = 140;
    static final Set<String> ACCEPTED_TYPES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp");
    static final String FILE_FIELD = "upload:file";

    @Inject
    Gallery gallery;

    @Inject
    Viewer viewer;

    @Inject
    @ConfigProperty(name = "photoshare.gateway.upload.max-bytes", defaultValue = "15728640")
    long maxBytes;

    private String title;
    private Part file;

    public void open() {
        if (!viewer.signedIn()) {
            Faces.signInFirst("/upload");
        }
    }

    public void upload() {
        if (!viewer.signedIn()) {
            Faces.signInFirst("/upload");
            return;
        }
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
            Faces.fieldError("upload:title", "Give the photo a title of 1 to " + MAX_TITLE + " characters.");
            return;
        }
        if (file == null || file.getSize() == 0) {
            Faces.fieldError(FILE_FIELD, "Choose a photo to upload.");
            return;
        }
        if (file.getSize() > maxBytes) {
            Faces.fieldError(FILE_FIELD, tooLarge());
            return;
        }
        try {
            PhotoCard created = gallery.upload(new NewUpload(cleanTitle, file.getSubmittedFileName(),
                    file.getContentType(), file.getSize(), file::getInputStream));
            Faces.redirect("/photo?id=" + created.id());
        } catch (RemoteRefusal refusal) {
            Faces.fieldError(FILE_FIELD, explain(refusal));
        } catch (RuntimeException failure) {
            Faces.error(Failures.explain(failure));
        }
    }

    private String explain(RemoteRefusal refusal) {
        return switch (refusal.status()) {
            // photo-war refuses too many pixels (from the header) with its own words; its file limit is ours
            case 413 -> refusal.detail() != null && refusal.detail().contains("pixels") ? refusal.detail() : tooLarge();
            case 415 -> "This file is not an image we can use. Upload a JPEG, PNG, GIF or WebP photo.";
            case 422 -> "This image is damaged or cannot be read. Try another file.";
            default -> Failures.explain(refusal);
        };
    }

    private String tooLarge() {
        return "This photo is too large. The limit is " + new Format().megabytes(maxBytes) + ".";
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public long getMaxBytes() {
        return maxBytes;
    }

    public int getMaxTitle() {
        return MAX_TITLE;
    }

    public String getAcceptedTypes() {
        return String.join(",", ACCEPTED_TYPES.stream().sorted().toList());
    }
}
