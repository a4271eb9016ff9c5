package org.photoshare.platform.health;

import org.eclipse.microprofile.health.HealthCheckResponse;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Answers a readiness probe by asking the service's own database for a live connection. */
public final class DatabaseReadiness {

    private static final int TIMEOUT_SECONDS = 2;

    private DatabaseReadiness() {
    }

    public static HealthCheckResponse check(String name, DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(TIMEOUT_SECONDS);
            return HealthCheckResponse.named(name).status(valid).build();
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named(name).down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
