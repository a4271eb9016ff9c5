package org.photoshare.ui.port;

import org.photoshare.ui.model.ServiceStatus;

import java.util.List;

/** What the admin console shows about the running services. */
public interface Operations {

    List<ServiceStatus> services();
}
