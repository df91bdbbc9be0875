#!/usr/bin/env python3
"""Calibration table (median [10%, 90%] over replicates) from `hsim compare --options calibration-2022`.
Usage: python3 docs/validation/calibration_final.py out/cal-final"""
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1] + "/daily.csv")))
runs = {}
for r in rows: runs.setdefault(r["replicate"], {})[int(r["day"])] = r
def q(v, p):
    v = sorted(v); k = (len(v) - 1) * p; f = int(k); c = min(f + 1, len(v) - 1); return v[f] + (v[c] - v[f]) * (k - f)
def m(x, c, a, b): return statistics.mean(float(x[t][c]) for t in range(a, b + 1))
SHARE = 0.4  # supply.varreux_metro_share: Varreux-equivalent trucks = metro deliveries / share
ms = [("fuel d5-33", lambda x: m(x, "fuel_trucks_delivered", 5, 33) / SHARE),
      ("fuel d35-41", lambda x: m(x, "fuel_trucks_delivered", 35, 41) / SHARE),
      ("fuel d35-120", lambda x: m(x, "fuel_trucks_delivered", 35, 120) / SHARE),
      ("varreux open d34-120", lambda x: m(x, "varreux_open", 34, 120))]
for d in (13, 22, 30, 37, 72, 79, 106): ms.append((f"cholera d{d}", lambda x, d=d: float(x[d]["cholera_cases_cum"])))
for d in (1, 30, 61, 120): ms.append((f"displaced d{d}", lambda x, d=d: float(x[d]["displaced_people"])))
for d in (1, 28, 61, 120): ms.append((f"gang share d{d}", lambda x, d=d: float(x[d]["gang_control_share"])))
for n, f in ms:
    v = [f(x) for x in runs.values()]
    print(f"{n}: {q(v, .5):.4g} [{q(v, .1):.4g}, {q(v, .9):.4g}] n={len(v)}")
