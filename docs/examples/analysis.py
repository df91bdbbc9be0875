#!/usr/bin/env python3
"""Analyse an hsim results folder with pandas (Debian: apt-get install python3-pandas python3-matplotlib).

    python3 docs/examples/analysis.py RESULTS_DIR [OUT_DIR]

Reads RESULTS_DIR/runs.csv and daily.csv (written by `hsim compare` or `hsim sweep`), then
  1. prints the paired difference of every outcome between each option and baseline: runs that share
     a design point and replicate share their seed (common random numbers), so option - baseline is
     taken run by run before averaging, which removes most of the seed-to-seed noise;
  2. writes those differences to OUT_DIR/paired_differences.csv;
  3. plots the mean daily trajectory of one metric per option to OUT_DIR/daily_<metric>.png.
OUT_DIR defaults to RESULTS_DIR/analysis.

Column names: outcomes are o_<outcome> and parameters p_<key with '.' as '__'> (see the folder's
dictionary.csv). Folders written before that rename use o.<outcome> and p.<key>; both are accepted.
Empty cells are missing values, "NaN" is a value that is not a number: pandas reads both as NaN.
The Parquet twins (runs.parquet, daily.parquet) hold the same tables; pandas needs pyarrow for them,
which Debian does not package, so this script reads the CSV files.
"""
import math
import os
import sys

import pandas as pd

def t_quantile(p, df):
    """Student t quantile by bisection on its CDF (regularized incomplete beta), so no SciPy is needed."""
    def betacf(a, b, x):  # continued fraction of the incomplete beta (Numerical Recipes, 6.4)
        qab, qap, qam = a + b, a + 1, a - 1
        c, d = 1.0, 1 - qab * x / qap
        d = 1 / (d if abs(d) > 1e-300 else 1e-300)
        h = d
        for m in range(1, 300):
            for aa in (m * (b - m) * x / ((qam + 2 * m) * (a + 2 * m)),
                       -(a + m) * (qab + m) * x / ((a + 2 * m) * (qap + 2 * m))):
                d = 1 + aa * d
                d = 1 / (d if abs(d) > 1e-300 else 1e-300)
                c = 1 + aa / c
                c = c if abs(c) > 1e-300 else 1e-300
                h *= d * c
            if abs(d * c - 1) < 1e-15:
                break
        return h

    def cdf(t):
        if t == 0:
            return 0.5
        x = df / (df + t * t)
        a, b = df / 2, 0.5
        front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
        ibeta = front * betacf(a, b, x) / a if x < (a + 1) / (a + b + 2) else 1 - front * betacf(b, a, 1 - x) / b
        return 1 - ibeta / 2 if t > 0 else ibeta / 2

    lo, hi = -1e3, 1e3
    for _ in range(200):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if cdf(mid) < p else (lo, mid)
    return (lo + hi) / 2


def sql_names(columns):
    """o.x -> o_x and p.a.b -> p_a__b, so old and new results folders read the same."""
    out = []
    for c in columns:
        if c.startswith("o."):
            c = "o_" + c[2:]
        elif c.startswith("p."):
            c = "p_" + c[2:].replace(".", "__")
        out.append(c)
    return out


def load(results):
    runs = pd.read_csv(os.path.join(results, "runs.csv"))
    runs.columns = sql_names(runs.columns)
    daily = pd.read_csv(os.path.join(results, "daily.csv"))
    return runs, daily


def paired_differences(runs, baseline="baseline"):
    """One row per (option, outcome): n pairs, mean, sd and 95% t-interval of option - baseline."""
    ok = runs[runs["status"] == "ok"]
    outcomes = [c for c in ok.columns if c.startswith("o_")]
    key = ["design_point", "replicate"]
    base = ok[ok["option"] == baseline].set_index(key)[outcomes]
    rows = []
    for option in sorted(set(ok["option"]) - {baseline}):
        other = ok[ok["option"] == option].set_index(key)[outcomes]
        diff = other.sub(base).dropna(how="all")  # pairs present in both options
        for o in outcomes:
            d = diff[o].dropna()
            n = len(d)
            mean = d.mean() if n else math.nan
            sd = d.std(ddof=1) if n > 1 else math.nan
            half = t_quantile(0.975, n - 1) * sd / math.sqrt(n) if n > 1 else math.nan
            rows.append({"option": option, "outcome": o[2:], "n": n, "diff_mean": mean, "diff_sd": sd,
                         "diff_ci_low": mean - half, "diff_ci_high": mean + half})
    return pd.DataFrame(rows)


def plot_daily(daily, metric, path):
    import matplotlib
    matplotlib.use("Agg")  # no display needed
    import matplotlib.pyplot as plt

    mean = daily.groupby(["option", "day"])[metric].mean().unstack("option")
    fig, ax = plt.subplots(figsize=(8, 4.5))
    mean.plot(ax=ax)
    ax.set_xlabel("day")
    ax.set_ylabel(metric + " (mean over replicates)")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    results = argv[1]
    out = argv[2] if len(argv) > 2 else os.path.join(results, "analysis")
    os.makedirs(out, exist_ok=True)
    runs, daily = load(results)
    print(f"{len(runs)} runs ({(runs['status'] == 'ok').sum()} ok), {len(daily)} daily rows, "
          f"options: {', '.join(sorted(runs['option'].unique()))}")
    diffs = paired_differences(runs)
    diffs.to_csv(os.path.join(out, "paired_differences.csv"), index=False, float_format="%.17g")
    with pd.option_context("display.width", 120, "display.max_rows", 40):
        print(diffs.head(20).to_string(index=False))
    metric = "gang_control_share" if "gang_control_share" in daily.columns else daily.columns[6]
    png = os.path.join(out, "daily_" + metric + ".png")
    plot_daily(daily, metric, png)
    print("wrote", os.path.join(out, "paired_differences.csv"), "and", png)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
