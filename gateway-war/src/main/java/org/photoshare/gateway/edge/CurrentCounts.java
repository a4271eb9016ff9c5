package org.photoshare.gateway.edge;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The counts photo pages show, as the services give them now; empty when a service does not answer. */
public interface CurrentCounts {

    Optional<Map<Long, PhotoCounts>> of(Collection<Long> photoIds);
}
