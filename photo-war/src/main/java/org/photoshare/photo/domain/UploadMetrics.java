package org.photoshare.photo.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.Metric;

/** Counts uploads, and refused uploads by the status they were refused with. */
@ApplicationScoped
public class UploadMetrics {

    @Inject
    @Metric(name = "photoshare_photo_uploads", absolute = true, description = "Photos uploaded and stored")
    Counter uploads;

    @Inject
    MetricRegistry registry;

    public void stored() {
        uploads.inc();
    }

    public void refused(int status) {
        registry.counter("photoshare_photo_uploads_refused", new Tag("status", Integer.toString(status))).inc();
    }
}
