package org.photoshare.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;

/** Not ready while the service's own database (the {@link DataSource} it produces) cannot be reached. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Inject
    Instance<DataSource> dataSource;

    /** The JDBC URL the launcher gives this service (photoshare.SERVICE.db.url), if any. */
    private static String databaseUrl() {
        Config config = ConfigProvider.getConfig();
        return config.getOptionalValue("photoshare.service.name", String.class)
                .flatMap(service -> config.getOptionalValue("photoshare." + service + ".db.url", String.class))
                .orElse(null);
    }

    @Override
    public HealthCheckResponse call() {
        if (!dataSource.isResolvable()) {
            return HealthCheckResponse.named("database").up().withData("used", false).build();
        }
        return DatabaseReadiness.check("database", dataSource.get(), databaseUrl());
    }
}
