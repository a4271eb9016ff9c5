package org.photoshare.ui.port;

import org.photoshare.ui.model.DatabaseNode;

import java.util.List;
import java.util.Optional;

/**
 * The database nodes and their states for the admin console; {@link Optional#empty()} when they
 * cannot be read, and the page says so.
 */
public interface DatabaseNodes {

    Optional<List<DatabaseNode>> nodes();
}
