#!/usr/bin/env python3
"""Per design point of a `hsim sweep` with options: which option is best on each outcome, and how often
each wins. Also prints the SRC ranking (from sensitivity.csv) of the headline outcomes.
Usage: python3 docs/validation/option_wins.py out/sens"""
import csv, sys, statistics
from collections import defaultdict, Counter
d = sys.argv[1]
OUT = {"fuel_need_met_share_mean": max, "gang_control_share_mean": min, "gang_control_share": min,
       "civilian_deaths_violence_cum": min, "cholera_cases_cum": min}
vals = defaultdict(list)  # (outcome, dp, option) -> replicate values
for r in csv.DictReader(open(d + "/runs.csv")):
    if r["status"] != "ok": continue
    for o in OUT:
        v = r.get("o_" + o, "")
        if v not in ("", "NaN"): vals[(o, int(r["design_point"]), r["option"])].append(float(v))
opts = sorted({k[2] for k in vals}); dps = sorted({k[1] for k in vals})
print("## Best option per design point (mean over replicates)")
for o, best in OUT.items():
    wins = Counter(); margins = []; orders = Counter()
    for dp in dps:
        m = {op: statistics.mean(vals[(o, dp, op)]) for op in opts if vals[(o, dp, op)]}
        if not m: continue
        b = best(m, key=m.get); wins[b] += 1
        orders[tuple(sorted(m, key=m.get, reverse=(best is max)))] += 1
        s = sorted(m.values(), reverse=(best is max)); margins.append(abs(s[0] - s[1]))
    print(f"{o}: " + ", ".join(f"{op} {wins[op]}/{len(dps)}" for op in opts)
          + f"; median margin best vs second {statistics.median(margins):.3g}")
    print("   full orderings (best first): " + "; ".join(f"{' > '.join(k)} x{n}" for k, n in orders.most_common()))
    print("   option means over the design: " + ", ".join(
        f"{op} {statistics.mean(v for dp in dps for v in vals[(o, dp, op)]):.3g}" for op in opts))
print("\n## SRC (rank: factor src) for headline outcomes, all options pooled")
src = defaultdict(list); r2 = {}
for r in csv.DictReader(open(d + "/sensitivity.csv")):
    if r["outcome"] not in OUT: continue
    if r["measure"] == "r2": r2[r["outcome"]] = r["value"]
    elif r["rank"]: src[r["outcome"]].append((int(r["rank"]), r["factor"], float(r["value"])))
for o in OUT:
    print(f"{o} (R2 {float(r2.get(o, 'nan')):.2f}): " + "; ".join(f"{k}. {f} {v:+.2f}" for k, f, v in sorted(src[o])))

# SRC per option (the sweep's sensitivity.csv pools all options, so option differences count as noise there)
import numpy as np
factors = [r for r in csv.DictReader(open(d + "/design.csv"))][0].keys() - {"design_point"}
factors = sorted(factors)  # p_<key with . as __>, the same columns as in runs.csv
rows = [r for r in csv.DictReader(open(d + "/runs.csv")) if r["status"] == "ok"]
print("\n## SRC per option (rank: factor src; R2)")
for o in ("fuel_need_met_share_mean", "gang_control_share_mean"):
    for op in opts:
        rs = [r for r in rows if r["option"] == op and r.get("o_" + o) not in ("", "NaN", None)]
        X = np.array([[float(r[f]) for f in factors] for r in rs]); y = np.array([float(r["o_" + o]) for r in rs])
        sx = X.std(axis=0); keep = sx > 0
        Z = (X[:, keep] - X[:, keep].mean(axis=0)) / sx[keep]
        if y.std() == 0: print(f"{o} / {op}: constant"); continue
        zy = (y - y.mean()) / y.std()
        A = np.column_stack([np.ones(len(zy)), Z]); b, *_ = np.linalg.lstsq(A, zy, rcond=None)
        r2 = 1 - ((zy - A @ b) ** 2).sum() / (zy ** 2).sum()
        names = [f[2:].replace("__", ".") for f, k in zip(factors, keep) if k]
        ranked = sorted(zip(names, b[1:]), key=lambda t: -abs(t[1]))
        print(f"{o} / {op} (R2 {r2:.2f}): " + "; ".join(f"{f} {v:+.2f}" for f, v in ranked[:4]))
