package uk.ppo.common.dataprotection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service's rows about a person, read whole for a {@link HeldRecord}'s content: every column the query selects
 * (so a column added later is disclosed without anyone remembering to), named in camelCase; timestamps as
 * instants, dates as dates, JSON columns (and the text columns named as holding JSON) as JSON, not as strings.
 */
public final class HeldRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HeldRows() {
    }

    public static List<Map<String, Object>> read(Connection connection, String sql, Set<String> jsonTextColumns, Object... params)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                select.setObject(i + 1, params[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        String column = meta.getColumnLabel(c);
                        row.put(camel(column), value(rs, c, meta.getColumnTypeName(c), jsonTextColumns.contains(column)));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static Object value(ResultSet rs, int c, String type, boolean jsonText) throws SQLException {
        if (rs.getObject(c) == null) {
            return null;
        }
        return switch (type) {
            case "timestamptz" -> rs.getObject(c, OffsetDateTime.class).toInstant();
            case "timestamp" -> rs.getTimestamp(c).toInstant();
            case "date" -> rs.getObject(c, LocalDate.class);
            case "json", "jsonb" -> json(rs.getString(c));
            default -> jsonText ? json(rs.getString(c)) : rs.getObject(c);
        };
    }

    private static Object json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return text;  // not JSON after all: disclosed as held
        }
    }

    static String camel(String column) {
        StringBuilder name = new StringBuilder(column.length());
        boolean upper = false;
        for (char ch : column.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return name.toString();
    }
}
