package org.photoshare.gateway.compose;

import jakarta.enterprise.context.ApplicationScoped;
import org.photoshare.ui.model.DatabaseNode;
import org.photoshare.ui.port.DatabaseNodes;

import java.util.List;
import java.util.Optional;

/** Stands in until the Galera/etcd work provides the database nodes view (replace this bean). */
@ApplicationScoped
public class NoDatabaseNodes implements DatabaseNodes {

    @Override
    public Optional<List<DatabaseNode>> nodes() {
        return Optional.empty();
    }
}
