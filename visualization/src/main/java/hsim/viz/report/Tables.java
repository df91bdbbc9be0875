package hsim.viz.report;

import hsim.results.ResultsFolder;
import hsim.results.Measures;
import hsim.results.RunRow;
import hsim.results.SummaryRow;
import hsim.results.PrimRow;
import hsim.viz.charts.Palette;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static hsim.viz.report.Html.esc;
import static hsim.viz.report.Html.num;

/** The report's HTML tables, built from the results folder's files. */
final class Tables {
    /** Outcomes shown in the headline table. */
    static final int HEADLINE_OUTCOMES = 4;

    private final ResultsFolder results;
    private final Measures headlines;

    Tables(ResultsFolder results, Measures headlines) {
        this.results = results;
        this.headlines = headlines;
    }

    static String option(String name) {
        return Html.swatch(Palette.hex(name)) + esc(name);
    }

    /** Outcomes present in summary.csv, headline ones first. */
    List<String> headlineOutcomes() {
        List<String> all = new ArrayList<>();
        for (SummaryRow r : results.summary()) if (!all.contains(r.outcome())) all.add(r.outcome());
        List<String> picked = headlines.pick(all);
        return picked.subList(0, Math.min(HEADLINE_OUTCOMES, picked.size()));
    }

    /** Options ranked by the first headline outcome, with mean, CI and difference from baseline. */
    String headline() {
        List<String> outcomes = headlineOutcomes();
        if (outcomes.isEmpty()) return "<p>summary.csv has no outcomes.</p>\n";
        String key = outcomes.get(0);
        int dir = headlines.direction(key);
        List<String> options = new ArrayList<>();
        for (SummaryRow r : results.summary()) if (!options.contains(r.option())) options.add(r.option());
        options.sort(Comparator.comparingDouble((String o) -> {
            SummaryRow r = results.summary(o, key);
            double m = r == null || Double.isNaN(r.mean()) ? Double.NEGATIVE_INFINITY : r.mean() * (dir < 0 ? -1 : 1);
            return -m;
        }).thenComparing(Palette::compareOptions));
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"note\">Ranked by <b>").append(esc(headlines.label(key))).append("</b> (")
                .append(dir < 0 ? "lower is better" : dir > 0 ? "higher is better" : "highest first; direction not listed")
                .append("). Each cell: mean with 95% confidence interval")
                .append(results.summary().stream().anyMatch(SummaryRow::hasDiff)
                        ? "; below it the paired difference from baseline. <span class=\"sig\">Bold</span> differences "
                                + "have intervals that exclude zero.</p>\n"
                        : ". These results have no baseline to compare against.</p>\n");
        b.append("<div class=\"wrap\"><table class=\"headline\" id=\"headline-table\"><thead><tr><th>Rank</th><th>Option</th><th>Runs</th>");
        for (String o : outcomes) b.append("<th>").append(esc(headlines.label(o))).append("</th>");
        b.append("</tr></thead><tbody>\n");
        int rank = 1;
        for (String opt : options) {
            SummaryRow first = results.summary(opt, key);
            b.append("<tr><td class=\"n\">").append(rank++).append("</td><td class=\"opt\">").append(option(opt)).append("</td><td class=\"n\">")
                    .append(first == null ? "" : first.n()).append("</td>");
            for (String o : outcomes) {
                SummaryRow r = results.summary(opt, o);
                b.append("<td class=\"n\">");
                if (r != null) {
                    b.append("<span class=\"m\">").append(num(r.mean())).append("</span> <span class=\"ci\">[").append(num(r.ciLow())).append(", ")
                            .append(num(r.ciHigh())).append("]</span>");
                    if (r.hasDiff()) {
                        boolean sig = r.diffCiLow() > 0 || r.diffCiHigh() < 0;
                        b.append("<br><span class=\"diff").append(sig ? " sig" : "").append("\">Δ ")
                                .append(r.diffMean() > 0 ? "+" : "").append(num(r.diffMean())).append(" [")
                                .append(num(r.diffCiLow())).append(", ").append(num(r.diffCiHigh())).append("]</span>");
                    } else if (opt.equals("baseline")) {
                        b.append("<br><span class=\"diff\">reference</span>");
                    }
                }
                b.append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody></table></div>\n").toString();
    }

    /** Parameters per option; those that differ between options first, the rest folded away. */
    String parameters() {
        List<String> options = results.options();
        List<String> differ = new ArrayList<>();
        List<String> same = new ArrayList<>();
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        for (String key : results.paramKeys()) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String o : options) {
                TreeSet<String> values = new TreeSet<>();
                results.runs().stream().filter(r -> r.option().equals(o)).forEach(r -> values.add(r.params().get(key)));
                row.put(o, describe(values));
            }
            cells.put(key, row);
            (new TreeSet<>(row.values()).size() > 1 ? differ : same).add(key);
        }
        if (cells.isEmpty()) return "<p>runs.csv records no parameters (no <code>p_*</code> columns).</p>\n";
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"note\">From the <code>p_*</code> columns of runs.csv. ").append(differ.size())
                .append(" parameter(s) differ between options; ").append(same.size()).append(" are the same in all.</p>\n");
        if (!differ.isEmpty()) b.append(paramTable("params-differ", differ, cells, options));
        if (!same.isEmpty()) {
            b.append("<details><summary>Parameters the same in every option (").append(same.size()).append(")</summary>\n")
                    .append(paramTable("params-same", same, cells, options)).append("</details>\n");
        }
        return b.toString();
    }

    private static String describe(TreeSet<String> values) {
        if (values.size() == 1) return values.first();
        if (values.size() <= 3) return String.join(" | ", values);
        return values.size() + " values (" + values.first() + " … " + values.last() + ")";
    }

    private static String paramTable(String id, List<String> keys, Map<String, Map<String, String>> cells, List<String> options) {
        StringBuilder b = new StringBuilder("<div class=\"wrap\"><table class=\"params\" id=\"").append(id).append("\"><thead><tr><th>Parameter</th>");
        for (String o : options) b.append("<th>").append(option(o)).append("</th>");
        b.append("</tr></thead><tbody>\n");
        for (String k : keys) {
            b.append("<tr><td><code>").append(esc(k)).append("</code></td>");
            String base = cells.get(k).get(options.get(0));
            for (String o : options) {
                String v = cells.get(k).get(o);
                b.append("<td").append(v.equals(base) ? "" : " class=\"changed\"").append(">").append(esc(v)).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody></table></div>\n").toString();
    }

    /** Every restriction of every PRIM box. */
    String prim() {
        StringBuilder b = new StringBuilder("<table class=\"prim\" id=\"prim-table\"><thead><tr><th>Outcome</th>"
                + "<th>Threshold</th><th>Box</th><th>Factor</th><th>Lower</th><th>Upper</th><th>Coverage</th>"
                + "<th>Density</th><th>Runs in box</th></tr></thead><tbody>\n");
        for (PrimRow p : results.prim()) {
            b.append("<tr><td>").append(esc(headlines.label(p.outcome()))).append("</td><td class=\"n\">").append(esc(p.threshold()))
                    .append("</td><td class=\"n\">").append(p.box()).append("</td><td><code>").append(esc(p.factor()))
                    .append("</code></td><td class=\"n\">").append(Double.isNaN(p.lower()) ? "—" : num(p.lower()))
                    .append("</td><td class=\"n\">").append(Double.isNaN(p.upper()) ? "—" : num(p.upper()))
                    .append("</td><td class=\"n\">").append(num(p.coverage())).append("</td><td class=\"n\">")
                    .append(num(p.density())).append("</td><td class=\"n\">").append(p.nInBox()).append("</td></tr>\n");
        }
        return b.append("</tbody></table>\n").toString();
    }

    /** manifest.json as a key/value table plus what runs.csv says about seeds and failures. */
    String provenance() {
        StringBuilder b = new StringBuilder("<table class=\"kv\" id=\"provenance\"><tbody>\n");
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", results.manifest(), flat);
        if (flat.isEmpty()) b.append(kv("manifest.json", "not present in the results folder"));
        for (Map.Entry<String, String> e : flat.entrySet()) b.append(kv(e.getKey(), e.getValue()));
        List<RunRow> runs = results.runs();
        long failed = runs.stream().filter(r -> !r.ok()).count();
        b.append(kv("runs (runs.csv)", runs.size() + " (" + failed + " failed)"));
        TreeSet<Long> seeds = new TreeSet<>();
        runs.forEach(r -> seeds.add(r.seed()));
        b.append(kv("seeds (runs.csv)", seeds.size() <= 12 ? seeds.toString()
                : seeds.size() + " distinct, " + seeds.first() + " … " + seeds.last()));
        b.append("</tbody></table>\n");
        if (failed > 0) {
            b.append("<h3>Failed runs (left out of every chart)</h3><table class=\"kv\" id=\"failed\"><tbody>\n");
            runs.stream().filter(r -> !r.ok()).forEach(r -> b.append(kv(r.runId(), r.error())));
            b.append("</tbody></table>\n");
        }
        return b.toString();
    }

    private static String kv(String k, String v) {
        return "<tr><th>" + esc(k) + "</th><td>" + esc(v) + "</td></tr>\n";
    }

    /** Nested objects become dotted keys; lists of plain values one line, long lists shortened. */
    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object v, Map<String, String> out) {
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                flatten(prefix.isEmpty() ? String.valueOf(e.getKey()) : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (v instanceof List<?> l) {
            boolean plain = l.stream().noneMatch(x -> x instanceof Map || x instanceof List);
            if (plain) {
                List<String> s = l.stream().map(String::valueOf).toList();
                out.put(prefix, s.size() <= 20 ? String.join(", ", s)
                        : String.join(", ", s.subList(0, 20)) + ", … (" + s.size() + " in all)");
            } else {
                for (int i = 0; i < l.size(); i++) flatten(prefix + "[" + i + "]", l.get(i), out);
            }
        } else {
            out.put(prefix, String.valueOf(v));
        }
    }
}
