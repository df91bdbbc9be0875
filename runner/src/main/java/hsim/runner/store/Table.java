package hsim.runner.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rectangular table of text cells (the exact CSV text; empty means missing), written both as CSV and
 * as Parquet. {@code types} fixes a column's Parquet type, so that every shard of an experiment writes
 * the same schema whatever its values happen to be; a column not listed becomes BOOLEAN when every present
 * value is true or false, INT64 when every one is an integer, DOUBLE when every one is a number, else a
 * string.
 */
public record Table(List<String> columns, List<String[]> rows, Map<String, Type> types) {
    /** Parquet column types: INT64, DOUBLE, BOOLEAN (cells "true"/"false") or BYTE_ARRAY with UTF8 annotation. */
    public enum Type { INT64, DOUBLE, BOOLEAN, STRING }

    public Table {
        columns = List.copyOf(columns);
        types = Map.copyOf(types);
        for (String[] r : rows) {
            if (r.length != columns.size()) throw new IllegalArgumentException("row has " + r.length + " cells, expected " + columns.size());
        }
    }

    public Table(List<String> columns, Map<String, Type> types) {
        this(columns, new ArrayList<>(), types);
    }

    public void add(String[] row) {
        if (row.length != columns.size()) throw new IllegalArgumentException("row has " + row.length + " cells, expected " + columns.size());
        rows.add(row);
    }
}
