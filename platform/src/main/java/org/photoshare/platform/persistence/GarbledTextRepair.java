package org.photoshare.platform.persistence;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.photoshare.platform.text.GarbledText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * A migration that repairs text the pages stored garbled (see {@link GarbledText}): every row of one
 * table, in batches by key, each listed column that is garbled rewritten as typed. Each service names
 * its own table and columns; a service that has no such text has no such migration.
 */
public final class GarbledTextRepair implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(GarbledTextRepair.class.getName());
    private static final int BATCH = 500;

    private final MigrationVersion version;
    private final String table;
    private final String key;
    private final List<String> columns;

    /** Names are the service's own constants, never input: they are written into the SQL. */
    public GarbledTextRepair(String version, String table, String key, String... columns) {
        this.version = MigrationVersion.fromVersion(version);
        this.table = table;
        this.key = key;
        this.columns = List.of(columns);
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return "repair " + table + " text garbled by form posts (" + String.join(", ", columns) + ")";
    }

    @Override
    public Integer getChecksum() {
        return (table + ":" + key + ":" + columns).hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String select = "SELECT " + key + ", " + String.join(", ", columns) + " FROM " + table + " %s ORDER BY "
                + key + " LIMIT " + BATCH;
        String update = "UPDATE " + table + " SET "
                + columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", ")) + " WHERE " + key + " = ?";
        Object after = null;
        int repaired = 0;
        try (PreparedStatement first = connection.prepareStatement(select.formatted(""));
             PreparedStatement next = connection.prepareStatement(select.formatted("WHERE " + key + " > ?"));
             PreparedStatement write = connection.prepareStatement(update)) {
            while (true) {
                PreparedStatement read = after == null ? first : next;
                if (after != null) {
                    read.setObject(1, after);
                }
                int rows = 0;
                try (ResultSet result = read.executeQuery()) {
                    while (result.next()) {
                        rows++;
                        after = result.getObject(1);
                        if (queueRepair(result, write)) {
                            repaired++;
                        }
                    }
                }
                write.executeBatch();
                if (rows < BATCH) {
                    break;
                }
            }
        }
        int count = repaired;
        LOG.info(() -> getDescription() + ": " + count + " rows repaired");
    }

    /** Adds the row's update to the batch when one of its columns is garbled. */
    private boolean queueRepair(ResultSet row, PreparedStatement write) throws SQLException {
        String[] values = new String[columns.size()];
        boolean changed = false;
        for (int i = 0; i < values.length; i++) {
            String stored = row.getString(i + 2);
            Optional<String> typed = GarbledText.repaired(stored);
            values[i] = typed.orElse(stored);
            changed |= typed.isPresent();
        }
        if (!changed) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            write.setString(i + 1, values[i]);
        }
        write.setObject(values.length + 1, row.getObject(1));
        write.addBatch();
        return true;
    }
}
