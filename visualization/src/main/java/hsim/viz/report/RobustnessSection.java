package hsim.viz.report;

import hsim.results.CsvTable;
import hsim.results.Measures;
import hsim.results.ResultsFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static hsim.viz.report.Html.esc;
import static hsim.viz.report.Html.num;

/**
 * The robustness table of a comparison over ensemble members (robustness.csv and regret.csv, written by
 * {@code hsim compare} in ensemble mode): per headline outcome, each option's regret and, for each pair, the
 * share of members in which the row's option beats the column's. Empty for a single-parameter-set comparison.
 */
public final class RobustnessSection implements ReportSection {
    @Override
    public String id() { return "robustness"; }

    @Override
    public String title() { return "Robustness over the ensemble"; }

    @Override
    public String render(ResultsFolder results, Path reportDir) throws IOException {
        Path regFile = results.dir().resolve("regret.csv"), robFile = results.dir().resolve("robustness.csv");
        if (!Files.isRegularFile(regFile) || !Files.isRegularFile(robFile)) return "";
        CsvTable reg = CsvTable.read(regFile), rob = CsvTable.read(robFile);
        if (reg.size() == 0) return "";
        Measures measures = Measures.standard();
        StringBuilder b = new StringBuilder("<p class=\"note\">Each option ran over the same calibrated ensemble members "
                + "(parameter sets accepted by <code>hsim calibrate</code>), with common random numbers within each member. "
                + "A member's value is the mean over its replicates. <b>Max regret</b>: the largest amount by which the option falls "
                + "short of the best option of the same member (0: never beaten). The matrix gives the share of members in which "
                + "the row's option beats the column's.</p>\n");
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < reg.size(); i++) if (!outcomes.contains(reg.text(i, "outcome"))) outcomes.add(reg.text(i, "outcome"));
        for (String o : outcomes) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < reg.size(); i++) if (reg.text(i, "outcome").equals(o)) rows.add(i);
            List<String> opts = rows.stream().map(i -> reg.text(i, "option")).toList();
            b.append("<h3>").append(esc(measures.label(o))).append(" (<code>").append(esc(o)).append("</code>, ")
                    .append(measures.direction(o) < 0 ? "lower" : "higher").append(" is better; ")
                    .append(esc(reg.text(rows.get(0), "members"))).append(" members)</h3>\n<table>\n<thead><tr><th>option</th>"
                    + "<th>max regret</th><th>mean regret</th><th>best in</th>");
            for (String x : opts) b.append("<th>beats ").append(esc(x)).append("</th>");
            b.append("</tr></thead>\n<tbody>\n");
            for (int i : rows) {
                String a = reg.text(i, "option");
                b.append("<tr><td>").append(Tables.option(a)).append("</td><td class=\"num\">").append(num(reg.number(i, "max_regret")))
                        .append("</td><td class=\"num\">").append(num(reg.number(i, "mean_regret"))).append("</td><td class=\"num\">")
                        .append(num(Math.round(100 * reg.number(i, "share_best")))).append(" %</td>");
                for (String x : opts) {
                    String cell = "";
                    for (int k = 0; k < rob.size(); k++) {
                        if (rob.text(k, "outcome").equals(o) && rob.text(k, "option").equals(a) && rob.text(k, "other").equals(x)) {
                            cell = num(Math.round(100 * rob.number(k, "share_better"))) + " %";
                        }
                    }
                    b.append("<td class=\"num\">").append(cell).append("</td>");
                }
                b.append("</tr>\n");
            }
            b.append("</tbody></table>\n");
        }
        return b.toString();
    }
}
