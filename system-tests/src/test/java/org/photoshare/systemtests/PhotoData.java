package org.photoshare.systemtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads photo-war's schema directly, to see what an API call did or did not store. */
final class PhotoData {

    private PhotoData() {
    }

    static Connection connect() throws SQLException {
        String url = "jdbc:mariadb://127.0.0.1:" + Stack.databasePort() + "/photoshare_photo";
        return DriverManager.getConnection(url, "photo", Stack.secret("db-photo"));
    }

    static long count(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(String.valueOf(rows(sql, parameters).get(0).values().iterator().next()));
    }

    /** Every row of the result, each as column label to value. */
    static List<Map<String, Object>> rows(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                        row.put(result.getMetaData().getColumnLabel(c), result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** Photos and outbox messages of one owner: zero when nothing was stored for them. */
    static long storedFor(String ownerId) throws SQLException {
        return count("SELECT (SELECT COUNT(*) FROM photo WHERE owner_id = ?)"
                + " + (SELECT COUNT(*) FROM photo_outbox WHERE owner_id = ?)", ownerId, ownerId);
    }

    static long imageRows() throws SQLException {
        return count("SELECT COUNT(*) FROM photo_image");
    }

    static List<Map<String, Object>> outboxOf(long photoId) throws SQLException {
        return rows("SELECT target, kind, attempts, last_error FROM photo_outbox WHERE photo_id = ? ORDER BY id", photoId);
    }
}
