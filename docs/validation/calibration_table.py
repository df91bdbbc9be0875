#!/usr/bin/env python3
"""Calibration table from a `hsim sweep docs/validation/calibration.yaml` results folder.
Usage: python3 docs/validation/calibration_table.py out/calib > docs/validation/calibration.csv
Prints, per design point (tuned level) and measure: model median and 10-90% over replicates."""
import csv, sys, statistics
d = sys.argv[1]
design = {r["design_point"]: r for r in csv.DictReader(open(d + "/design.csv"))}
rows = list(csv.DictReader(open(d + "/daily.csv")))
META = 0.4   # supply.varreux_metro_share
def q(v, p):
    v = sorted(v); k = (len(v) - 1) * p; f = int(k); c = min(f + 1, len(v) - 1)
    return v[f] + (v[c] - v[f]) * (k - f)
runs = {}
for r in rows: runs.setdefault((r["design_point"], r["replicate"]), {})[int(r["day"])] = r
def mean(run, col, a, b): return statistics.mean(float(run[t][col]) for t in range(a, b + 1))
measures = [
    ("varreux_equiv_trucks_per_day_days5-33", lambda x: mean(x, "fuel_trucks_delivered", 5, 33) / META),
    ("varreux_equiv_trucks_per_day_days35-41", lambda x: mean(x, "fuel_trucks_delivered", 35, 41) / META),
    ("varreux_equiv_trucks_per_day_days35-120", lambda x: mean(x, "fuel_trucks_delivered", 35, 120) / META),
    ("varreux_open_share_days34-120", lambda x: mean(x, "varreux_open", 34, 120)),
    ("cholera_cases_cum_day22", lambda x: float(x[22]["cholera_cases_cum"])),
    ("cholera_cases_cum_day37", lambda x: float(x[37]["cholera_cases_cum"])),
    ("cholera_cases_cum_day72", lambda x: float(x[72]["cholera_cases_cum"])),
    ("cholera_cases_cum_day79", lambda x: float(x[79]["cholera_cases_cum"])),
    ("displaced_people_day1", lambda x: float(x[1]["displaced_people"])),
    ("displaced_people_day30", lambda x: float(x[30]["displaced_people"])),
    ("gang_control_share_day28", lambda x: float(x[28]["gang_control_share"])),
]
w = csv.writer(sys.stdout)
w.writerow(["design_point", "factors", "measure", "median", "p10", "p90", "n"])
for dp in sorted(design, key=int):
    f = ";".join(f"{k}={v}" for k, v in design[dp].items() if k != "design_point")
    reps = [v for (p, _), v in runs.items() if p == dp]
    for name, fn in measures:
        vals = [fn(x) for x in reps]
        w.writerow([dp, f, name, f"{q(vals, .5):.4g}", f"{q(vals, .1):.4g}", f"{q(vals, .9):.4g}", len(vals)])
