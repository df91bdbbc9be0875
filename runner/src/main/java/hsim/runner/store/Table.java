package hsim.runner.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A rectangular table of text cells (the exact CSV text; empty means missing), written both as CSV and
 * as Parquet. {@code textColumns} are always strings in Parquet; other columns become INT64 when every
 * present value is an integer, DOUBLE when every present value is a number, else strings.
 */
public record Table(List<String> columns, List<String[]> rows, Set<String> textColumns) {
    public Table {
        columns = List.copyOf(columns);
        textColumns = Set.copyOf(textColumns);
        for (String[] r : rows) {
            if (r.length != columns.size()) throw new IllegalArgumentException("row has " + r.length + " cells, expected " + columns.size());
        }
    }

    public Table(List<String> columns, Set<String> textColumns) {
        this(columns, new ArrayList<>(), textColumns);
    }

    public void add(String[] row) {
        if (row.length != columns.size()) throw new IllegalArgumentException("row has " + row.length + " cells, expected " + columns.size());
        rows.add(row);
    }

    public int index(String column) { return columns.indexOf(column); }
}
