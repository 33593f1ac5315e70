#!/usr/bin/env python3
"""Rank robustness with numpy, vectorised, on the files that `icc-index robustness --export DIR` writes.

What a researcher would write: the same computation as org.iccindex.benchmark.RankRobustness, on the same exported
sample and the same drawn variants, so that both must give identical intervals.

  python3 bench/robustness_numpy.py DIR [--repeat N] [--check JAVA_INTERVALS_CSV]

Per variant and city, over the areas the city has, summed in area order: arithmetic sum(w*s)/sum(w); geometric
sum(w*ln s)/sum(w) (the log of the geometric mean: same order). Rank among cities of the same kind = 1 + the number
with a strictly higher value. Quantiles: nearest rank, the k-th smallest with k = ceil(q * draws) for 5 %, 50 %, 95 %.
Prints the intervals as CSV (same columns as the Java side) and each computation's time on stderr.
"""
import argparse
import csv
import sys
import time

import numpy as np

CHUNK = 2000  # variants per block: bounds the memory of the pairwise comparison


def read(directory):
    with open(f"{directory}/sample.csv", newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    cities = [r[0] for r in body]
    synthetic = np.array([r[1] == "1" for r in body])
    scores = np.array([[float(x) if x != "" else np.nan for x in r[2:]] for r in body], dtype=np.float64)
    with open(f"{directory}/weights.csv") as f:
        base = np.array([float(x) for x in f.read().strip().split(",")], dtype=np.float64)
    areas = len(header) - 2
    raw = np.fromfile(f"{directory}/draws.f64", dtype="<f8").reshape(-1, areas + 1)
    return cities, synthetic, scores, base, raw[:, :areas].copy(), raw[:, areas] == 1.0


def aggregate(weights, has, values):
    """weights: variants x areas; has, values: cities x areas (values 0 where missing). Returns variants x cities."""
    total = np.zeros((weights.shape[0], values.shape[0]))
    weight = np.zeros_like(total)
    for a in range(values.shape[1]):  # area order, as the Java side adds them
        w = np.where(has[None, :, a], weights[:, a, None], 0.0)
        total += w * values[None, :, a]
        weight += w
    return total / weight


def ranks_of(values):
    """Competition ranks along axis 1: 1 + the number of strictly higher values."""
    return 1 + (values[:, None, :] > values[:, :, None]).sum(axis=2)


def compute(synthetic, scores, base, weights, geometric):
    has = ~np.isnan(scores)
    plain = np.where(has, scores, 0.0)
    with np.errstate(divide="ignore"):
        logs = np.where(has, np.log(np.where(has, scores, 1.0)), 0.0)
    draws = weights.shape[0]
    k_low, k_median, k_high = (5 * draws + 99) // 100, (draws + 1) // 2, (95 * draws + 99) // 100
    out = {}
    for kind in (False, True):
        members = np.flatnonzero(synthetic == kind)
        if members.size == 0:
            continue
        h, p, lg = has[members], plain[members], logs[members]
        nominal = ranks_of(aggregate((base / base.sum())[None, :], h, p))[0]
        ranks = np.empty((draws, members.size), dtype=np.int32)
        for start in range(0, draws, CHUNK):
            end = min(draws, start + CHUNK)
            w, g = weights[start:end], geometric[start:end]
            values = np.where(g[:, None], aggregate(w, h, lg), aggregate(w, h, p))
            ranks[start:end] = ranks_of(values)
        ranks.sort(axis=0)
        for j, m in enumerate(members):
            out[m] = (members.size, int(nominal[j]), int(ranks[k_median - 1, j]),
                      int(ranks[k_low - 1, j]), int(ranks[k_high - 1, j]))
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--check", help="the Java intervals.csv: exit 1 unless every interval is identical")
    args = parser.parse_args()
    cities, synthetic, scores, base, weights, geometric = read(args.dir)
    result = None
    for _ in range(max(1, args.repeat)):
        start = time.perf_counter()
        result = compute(synthetic, scores, base, weights, geometric)
        elapsed = time.perf_counter() - start
        print(f"numpy: {weights.shape[0]} variants x {len(cities)} cities computed in {elapsed:.3f} s",
              file=sys.stderr)
    lines = ["city,synthetic,out_of,nominal,median,low,high"]
    for m, (n, nominal, median, low, high) in result.items():
        lines.append(f"{cities[m]},{1 if synthetic[m] else 0},{n},{nominal},{median},{low},{high}")
    print("\n".join(lines))
    if args.check:
        with open(args.check, newline="") as f:
            java = {tuple(r) for r in csv.reader(f) if r}
        mine = {tuple(l.split(",")) for l in lines}
        if java != mine:
            differ = sorted(mine.symmetric_difference(java))
            print(f"DIFFERENT: {len(differ)} rows differ, e.g. {differ[:4]}", file=sys.stderr)
            sys.exit(1)
        print(f"identical: {len(mine) - 1} intervals equal to {args.check}", file=sys.stderr)


if __name__ == "__main__":
    main()
