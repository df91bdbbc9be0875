package hsim.runner.calibrate;

import hsim.model.InputException;
import hsim.model.scenario.ParameterCatalog;
import hsim.results.Csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A calibrated ensemble (ensemble.csv of {@code hsim calibrate}, shipped in data/ensemble/): lines starting
 * with {@code # key: value} say how it was made (command, commit, config, method, targets, note), then a CSV
 * with one accepted parameter set per row: {@code member, wave, point, weight, distance} and one column per
 * calibrated parameter key (keys contain a dot).
 */
public record Ensemble(Map<String, String> meta, List<String> keys, List<Member> members) {
    public static final List<String> FIXED = List.of("member", "wave", "point", "weight", "distance");
    /** Where {@code hsim compare} looks for the shipped ensemble. */
    public static final Path SHIPPED_DIR = Path.of("data", "ensemble");

    public record Member(int id, int wave, int point, double weight, double distance, Map<String, String> values) {}

    public Ensemble {
        meta = new LinkedHashMap<>(meta);
        keys = List.copyOf(keys);
        members = List.copyOf(members);
    }

    public void write(Path file) throws IOException {
        StringBuilder b = new StringBuilder("# hsim ensemble: accepted parameter sets of a calibration; see docs/CALIBRATION.md\n");
        meta.forEach((k, v) -> b.append("# ").append(k).append(": ").append(v.replace('\n', ' ')).append('\n'));
        List<String> head = new ArrayList<>(FIXED);
        head.addAll(keys);
        b.append(Csv.line(head));
        for (Member m : members) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(m.id()), Integer.toString(m.wave()), Integer.toString(m.point()),
                    Csv.number(m.weight()), Csv.number(m.distance())));
            for (String k : keys) row.add(m.values().get(k));
            b.append(Csv.line(row));
        }
        CalibrationOutputs.write(file, b.toString());
    }

    /** Reads and checks an ensemble file: every parameter a catalog key, every value inside its allowed range. */
    public static Ensemble read(Path file, ParameterCatalog catalog) {
        String src = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(src, 0, null, "cannot be read: " + e.getMessage());
        }
        Map<String, String> meta = new LinkedHashMap<>();
        StringBuilder csv = new StringBuilder();
        int skipped = 0;
        boolean inCsv = false;
        for (String line : text.split("\n", -1)) {
            if (!inCsv && line.startsWith("#")) {
                int c = line.indexOf(':');
                if (c > 0) meta.put(line.substring(1, c).strip(), line.substring(c + 1).strip());
                skipped++;
            } else {
                inCsv = true;
                csv.append(line).append('\n');
            }
        }
        List<String[]> recs = new ArrayList<>();
        for (String[] r : Csv.records(src, csv.toString())) if (!(r.length == 1 && r[0].isBlank())) recs.add(r);
        if (recs.isEmpty()) throw new InputException(src, skipped + 1, null, "no header; expected " + String.join(",", FIXED) + ",<parameter keys>");
        String[] head = recs.get(0);
        for (int i = 0; i < FIXED.size(); i++) {
            if (head.length <= i || !head[i].equals(FIXED.get(i))) {
                throw new InputException(src, skipped + 1, FIXED.get(i), "column " + (i + 1) + " must be '" + FIXED.get(i) + "'; the header starts " + String.join(",", FIXED));
            }
        }
        List<String> keys = new ArrayList<>();
        for (int i = FIXED.size(); i < head.length; i++) {
            if (catalog.get(head[i]) == null) {
                throw new InputException(src, skipped + 1, head[i], "not a scenario parameter; did you mean " + String.join(" or ", catalog.closest(head[i], 3)) + "?");
            }
            keys.add(head[i]);
        }
        List<Member> members = new ArrayList<>();
        for (int r = 1; r < recs.size(); r++) {
            String[] f = recs.get(r);
            int line = skipped + 1 + r;
            if (f.length != head.length) throw new InputException(src, line, null, f.length + " fields; the header has " + head.length);
            double w = number(src, line, "weight", f[3]);
            if (!(w >= 0)) throw new InputException(src, line, "weight", f[3] + " is out of range; allowed >= 0");
            Map<String, String> v = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) v.put(keys.get(i), catalog.get(keys.get(i)).canonical(f[FIXED.size() + i], src, line));
            members.add(new Member((int) number(src, line, "member", f[0]), (int) number(src, line, "wave", f[1]),
                    (int) number(src, line, "point", f[2]), w, number(src, line, "distance", f[4]), v));
        }
        if (members.isEmpty()) throw new InputException(src, skipped + 2, null, "no members");
        return new Ensemble(meta, keys, members);
    }

    private static double number(String src, int line, String field, String t) {
        Double d = Csv.parse(t);
        if (d == null) throw new InputException(src, line, field, "'" + t + "' is not a number");
        return d;
    }

    /** The single {@code *.csv} in {@code dir}, or null when there is none; several is bad input. */
    public static Path shipped(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return null;
        TreeSet<Path> found = new TreeSet<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.csv")) {
            for (Path p : ds) found.add(p);
        }
        if (found.isEmpty()) return null;
        if (found.size() > 1) {
            throw new InputException(dir.toString(), 0, null, found.size() + " ensemble files; keep one, or name one with --ensemble FILE");
        }
        return found.first();
    }

    /**
     * {@code n} members drawn by weight with systematic resampling (Kitagawa 1996): deterministic, and a member
     * of weight w appears about n x w times. All members, in order, when there are at most n.
     */
    public List<Member> draw(int n) {
        if (members.size() <= n) return members;
        double total = members.stream().mapToDouble(Member::weight).sum();
        List<Member> out = new ArrayList<>();
        double c = 0;
        int i = 0;
        for (int k = 0; k < n; k++) {
            double u = (k + 0.5) / n * total;
            while (i < members.size() - 1 && c + members.get(i).weight() < u) c += members.get(i++).weight();
            out.add(members.get(i));
        }
        return out;
    }
}
