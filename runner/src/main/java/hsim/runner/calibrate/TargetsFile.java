package hsim.runner.calibrate;

import hsim.model.InputException;
import hsim.results.Csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

/**
 * Reads data/history/targets.csv for calibration. Rows marked {@code use=validation}, and any row dated after
 * the calibration cut-off, are held out for out-of-sample validation: this reader never returns them, and a
 * row marked calibration but dated after the cut-off is refused as bad input (it would leak validation data
 * into the fit). Every error names the file, line, field and what is allowed.
 */
public final class TargetsFile {
    /** The last date calibration may use (issue 13: data up to 31 Dec 2023; later data is for validation). */
    public static final LocalDate CUTOFF = LocalDate.of(2023, 12, 31);
    static final List<String> REQUIRED = List.of("date", "metric", "value", "low", "high", "source", "use", "model_metric", "metro_share");

    /** The file's rows split by use; {@code validation} is only counted, never handed to a fit. */
    public record Read(List<Target> calibration, int validationRows) {}

    private TargetsFile() {}

    /** Calibration rows dated on or before {@code until} (at most {@link #CUTOFF}). */
    public static Read read(Path file, LocalDate until) {
        if (until.isAfter(CUTOFF)) {
            throw new InputException(file.toString(), 0, "until", until + " is after " + CUTOFF + "; data after it is reserved for validation");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(file.toString(), 0, null, "cannot be read: " + e.getMessage());
        }
        String src = file.toString();
        List<String[]> recs;
        try {
            recs = Csv.records(src, text);
        } catch (RuntimeException e) {
            throw new InputException(src, 0, null, "not a CSV file: " + e.getMessage());
        }
        if (recs.isEmpty()) throw new InputException(src, 1, null, "empty; expected a header with " + String.join(", ", REQUIRED));
        Map<String, Integer> col = new HashMap<>();
        String[] head = recs.get(0);
        for (int i = 0; i < head.length; i++) col.put(head[i].strip(), i);
        for (String c : REQUIRED) if (!col.containsKey(c)) throw new InputException(src, 1, c, "column missing; required: " + String.join(", ", REQUIRED));
        List<Target> out = new ArrayList<>();
        int validation = 0;
        for (int i = 1; i < recs.size(); i++) {
            String[] r = recs.get(i);
            int line = i + 1;
            if (r.length == 1 && r[0].isBlank()) continue;
            if (r.length != head.length) throw new InputException(src, line, null, r.length + " fields; the header has " + head.length);
            String use = r[col.get("use")].strip();
            if (use.equals("validation")) {
                validation++;
                continue;
            }
            if (!use.equals("calibration")) throw new InputException(src, line, "use", "'" + use + "' is not allowed; expected calibration or validation");
            LocalDate date = date(src, line, "date", r[col.get("date")]);
            if (date.isAfter(CUTOFF)) {
                throw new InputException(src, line, "date", date + " is marked calibration but lies after " + CUTOFF
                        + "; data after it is reserved for validation (mark the row use=validation)");
            }
            if (date.isAfter(until)) continue;
            String metric = r[col.get("metric")].strip();
            double value = number(src, line, "value", r[col.get("value")], false);
            double low = number(src, line, "low", r[col.get("low")], true);
            double high = number(src, line, "high", r[col.get("high")], true);
            if (Double.isNaN(low)) low = value;
            if (Double.isNaN(high)) high = value;
            if (!(low <= value && value <= high)) {
                throw new InputException(src, line, "low", "band [" + low + ", " + high + "] must hold the value " + value);
            }
            String shareText = r[col.get("metro_share")].strip();
            double share = shareText.isEmpty() ? Double.NaN : number(src, line, "metro_share", shareText, false);
            if (!Double.isNaN(share) && !(share > 0 && share <= 1)) {
                throw new InputException(src, line, "metro_share", shareText + " is out of range; allowed (0, 1]");
            }
            String ps = col.containsKey("period_start") ? r[col.get("period_start")].strip() : "";
            LocalDate periodStart = ps.isEmpty() ? null : date(src, line, "period_start", ps);
            if (periodStart != null && periodStart.isAfter(date)) {
                throw new InputException(src, line, "period_start", ps + " is after the row's date " + date);
            }
            out.add(new Target(date, metric, value, low, high, use, r[col.get("model_metric")].strip(), share, periodStart,
                    r[col.get("source")].strip(), line));
        }
        return new Read(List.copyOf(out), validation);
    }

    private static LocalDate date(String src, int line, String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InputException(src, line, field, "'" + text + "' is not a date; expected YYYY-MM-DD");
        }
    }

    private static double number(String src, int line, String field, String text, boolean blankOk) {
        String t = text.strip();
        if (t.isEmpty() && blankOk) return Double.NaN;
        try {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InputException(src, line, field, "'" + text + "' is not a finite number");
    }
}
