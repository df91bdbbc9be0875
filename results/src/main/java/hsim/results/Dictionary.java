package hsim.results;

import de.siegmar.fastcsv.writer.CsvWriter;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The data dictionary: what every column of a results folder's runs, daily and design tables holds
 * ({@code dictionary.csv}, columns {@link Columns#DICTIONARY}), and the generated section of
 * docs/OUTPUTS.md. Metrics and outcomes are described by {@link Measures}, parameters by the catalog
 * (passed in, since this module does not know the model).
 */
public final class Dictionary {
    private Dictionary() {}

    /** One column: in which file, its name, the model key it holds, and what it means. */
    public record Entry(String file, String column, String key, String kind, String label, String unit,
                        String accumulation, String statistic, String better, String submodel) {
        List<String> cells() {
            return List.of(file, column, key, kind, label, unit, accumulation, statistic, better, submodel);
        }
    }

    /** A scenario parameter as the dictionary shows it. */
    public record Parameter(String label, String unit) {}

    private static final Map<String, String> IDENTITY = new LinkedHashMap<>();
    static {
        IDENTITY.put(Columns.RUN_ID, "Run id: option/design point/replicate, zero-padded so text order is run order");
        IDENTITY.put(Columns.OPTION, "Scenario (option) name");
        IDENTITY.put(Columns.DESIGN_POINT, "Design point, 1-based; -1 in a comparison");
        IDENTITY.put(Columns.REPLICATE, "Replicate, 1-based; the same replicate has the same seed everywhere");
        IDENTITY.put(Columns.SEED, "The run's 64-bit seed");
        IDENTITY.put(Columns.STATUS, "ok or failed");
        IDENTITY.put(Columns.ERROR, "The error of a failed run; empty when ok");
        IDENTITY.put(Columns.WALL_SECONDS, "Wall-clock time of the run");
        IDENTITY.put(Columns.DAY, "Simulated day, 1-based");
    }

    /**
     * The entries of a results folder with these runs.csv, daily.csv and design.csv headers (design may be
     * empty). {@code parameter} describes a scenario parameter by key; null when unknown.
     */
    public static List<Entry> of(List<String> runs, List<String> daily, List<String> design,
                                 Function<String, Parameter> parameter) {
        Measures ms = Measures.standard();
        List<Entry> out = new ArrayList<>();
        String runsFile = FileNames.csv(FileNames.RUNS);
        for (String c : runs) {
            if (Columns.isParam(c)) out.add(param(runsFile, c, parameter));
            else if (Columns.isOutcome(c)) out.add(measure(runsFile, c, Columns.outcomeName(c), Measures.Kind.OUTCOME, ms));
            else out.add(identity(runsFile, c));
        }
        String dailyFile = FileNames.csv(FileNames.DAILY);
        for (String c : daily) {
            out.add(Columns.DAILY_KEYS.contains(c) ? identity(dailyFile, c) : measure(dailyFile, c, c, Measures.Kind.DAILY, ms));
        }
        String designFile = FileNames.csv(FileNames.DESIGN);
        for (String c : design) out.add(Columns.isParam(c) ? param(designFile, c, parameter) : identity(designFile, c));
        return out;
    }

    /**
     * The entries of a single run's folder ({@code hsim run}): daily.csv's columns, and summary.csv's
     * outcomes, which are rows there (column {@code outcome}), so each entry's column is the outcome's name.
     */
    public static List<Entry> ofRun(List<String> daily, List<String> outcomes) {
        Measures ms = Measures.standard();
        List<Entry> out = new ArrayList<>();
        String dailyFile = FileNames.csv(FileNames.DAILY);
        for (String c : daily) {
            out.add(Columns.DAILY_KEYS.contains(c) ? identity(dailyFile, c) : measure(dailyFile, c, c, Measures.Kind.DAILY, ms));
        }
        for (String o : outcomes) out.add(measure(FileNames.csv(FileNames.SUMMARY), o, o, Measures.Kind.OUTCOME, ms));
        return out;
    }

    /** The entries of units.csv, the unit trace of {@code hsim run --trace units}. */
    public static List<Entry> ofUnits() {
        String f = FileNames.csv(FileNames.UNITS);
        String[][] cols = {
                {Columns.DAY, "Simulated day, 1-based (the unit as it stands at the end of the day)", "day"},
                {"id", "Unit id, stable over the run and unique within its kind", ""},
                {"kind", "hnp_squad, rapid_force_unit, special_force_team or gang_cell", ""},
                {"cell", "Grid cell it stands on, row-major (y * width + x); -1 when it has no position", ""},
                {"x", "Grid column (east), -1 when it has no position", "cell"},
                {"y", "Grid row (south), -1 when it has no position", "cell"},
                {"strength", "Its people: officers, troops, operators or members", "people"},
                {"task", "Its current task, in lower-case words", ""}};
        List<Entry> out = new ArrayList<>();
        for (String[] c : cols) out.add(new Entry(f, c[0], c[0], "trace", c[1], c[2], "daily", "", "", ""));
        return out;
    }

    private static Entry identity(String file, String column) {
        String unit = column.equals(Columns.WALL_SECONDS) ? "seconds" : column.equals(Columns.DAY) ? "day" : "";
        return new Entry(file, column, column, "id", IDENTITY.getOrDefault(column, column), unit, "", "", "", "");
    }

    private static Entry param(String file, String column, Function<String, Parameter> parameter) {
        String key = Columns.paramKey(column);
        Parameter p = parameter.apply(key);
        return new Entry(file, column, key, "parameter", p == null ? "" : p.label(), p == null ? "" : p.unit(), "", "", "", "");
    }

    private static Entry measure(String file, String column, String name, Measures.Kind kind, Measures ms) {
        Measures.Measure m = ms.find(kind, name);
        String k = kind == Measures.Kind.DAILY ? "daily metric" : "outcome";
        if (m == null) return new Entry(file, column, name, k, ms.label(kind, name), "", "", "", "", "");
        return new Entry(file, column, name, k, ms.label(kind, name), m.unit(), m.accumulation(), m.statistic(),
                m.better().name().toLowerCase(java.util.Locale.ROOT), m.submodel());
    }

    /** Writes {@code entries} as dictionary.csv. */
    public static void write(Writer out, List<Entry> entries) throws IOException {
        CsvWriter w = Csv.writer(out);
        w.writeRecord(Columns.DICTIONARY);
        for (Entry e : entries) w.writeRecord(e.cells());
        w.flush();
    }

    /** The generated section of docs/OUTPUTS.md: one table of daily metrics, one of outcomes. */
    public static String markdown(Measures ms) {
        StringBuilder sb = new StringBuilder();
        sb.append("Generated from `results/src/main/resources/hsim/results/measures.csv` (checked against the model's\n")
          .append("columns by `MeasuresMatchModelTest`) by `OutputsDictionaryTest`; do not edit by hand. Every results folder\n")
          .append("holds the same facts per column in `dictionary.csv`. \"accumulation\": `daily` is the value on the day,\n")
          .append("`cumulative` the total since day 1, `run` a figure of the whole run. A `{cause}` or `{commune}` in a key\n")
          .append("stands for each cause of casualties or each commune's name.\n");
        sb.append("\n#### Daily metrics (daily.csv)\n\n| metric | label | unit | accumulation | better | headline | submodel |\n|---|---|---|---|---|---|---|\n");
        for (Measures.Measure m : ms.of(Measures.Kind.DAILY)) {
            sb.append("| `").append(m.key()).append("` | ").append(m.label()).append(" | ").append(m.unit()).append(" | ")
              .append(m.accumulation()).append(" | ").append(m.better().name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
              .append(m.headline() == 0 ? "" : Integer.toString(m.headline())).append(" | ").append(m.submodel()).append(" |\n");
        }
        sb.append("\n#### Outcomes (runs.csv `o_<outcome>`, summary.csv `outcome`)\n\n| outcome | label | unit | accumulation | statistic | better | submodel |\n|---|---|---|---|---|---|---|\n");
        for (Measures.Measure m : ms.of(Measures.Kind.OUTCOME)) {
            sb.append("| `").append(m.key()).append("` | ").append(m.label()).append(" | ").append(m.unit()).append(" | ")
              .append(m.accumulation()).append(" | ").append(m.statistic()).append(" | ")
              .append(m.better().name().toLowerCase(java.util.Locale.ROOT)).append(" | ").append(m.submodel()).append(" |\n");
        }
        return sb.toString();
    }
}
