# Turns the runs.csv of an hsim sweep of docs/validation/epstein-docking.yaml into the Markdown table of
# docs/VALIDATION.md: per scenario and ratio rule, mean ± sd over the ok replicates (n where fewer than all
# replicates define the figure), and the share of replicates with at least one outburst. With -v by=KEY the
# rows are split further by the value of scenario parameter KEY.
#   awk -f docs/validation/epstein-table.awk out/epstein-docking/runs.csv
BEGIN {
    FS = ","   # plain split: ok rows hold no quoted field (parameters are canonical numbers, dates and names)
    nout = split("outbursts outburst_waiting_mean outburst_waiting_sd outburst_activation_mean outburst_duration_mean first_outburst_step peak_active mean_active mean_jailed final_jailed", outs, " ")
}
NR == 1 {
    width = NF
    for (i = 1; i <= NF; i++) col[$i] = i
    if (!("p_people__epstein_ratio_rule" in col)) { print "runs.csv has no p_people__epstein_ratio_rule column" > "/dev/stderr"; exit 2 }
    next
}
$col["status"] == "ok" {
    if (NF != width) { print "line " NR " has " NF " fields, the header " width > "/dev/stderr"; exit 2 }
    key = $col["option"] " | " $col["p_people__epstein_ratio_rule"]
    if (by != "") { bycol = by; gsub(/\./, "__", bycol); key = key " | " $col["p_" bycol] }
    if (!(key in seen)) { seen[key] = 1; keys[++nk] = key }
    runs[key]++
    for (j = 1; j <= nout; j++) {
        v = $col["o_" outs[j]]
        if (v == "" || v == "NaN") continue   # missing or not a number: no figure
        n[key, j]++; s[key, j] += v; ss[key, j] += v * v
    }
    if ($col["o_outbursts"] + 0 > 0) hit[key]++
}
END {
    printf "| scenario | ratio rule |%s runs | with outburst |", (by != "" ? " " by " |" : "")
    for (j = 1; j <= nout; j++) printf " %s |", outs[j]
    printf "\n|---|---|%s---|---|", (by != "" ? "---|" : "")
    for (j = 1; j <= nout; j++) printf "---|"
    printf "\n"
    for (k = 1; k <= nk; k++) {
        key = keys[k]
        np = split(key, p, " \\| ")
        printf "| %s | %s |%s %d | %d%% |", p[1], p[2], (np > 2 ? " " p[3] " |" : ""), runs[key], 100 * hit[key] / runs[key]
        for (j = 1; j <= nout; j++) {
            c = n[key, j]
            if (c == 0) { printf " - |"; continue }
            m = s[key, j] / c
            sd = c > 1 ? sqrt((ss[key, j] - c * m * m) / (c - 1)) : 0
            if (sd < 0 || sd != sd) sd = 0
            printf " %s ± %s%s |", fmt(m), fmt(sd), c < runs[key] ? " (n=" c ")" : ""
        }
        printf "\n"
    }
}
function fmt(x) { return (x >= 100 || x <= -100) ? sprintf("%.0f", x) : sprintf("%.1f", x) }
