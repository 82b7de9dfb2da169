#!/usr/bin/env python3
"""Turn a JMH JSON result file into the Markdown tables of BENCHMARKS.md.

Usage: python3 ets-benchmarks/scripts/results-table.py jmh-result.json [more.json ...] > tables.md

Every benchmark class pairs exact methods with a primitive baseline: a method whose name contains
"baseline", "bisection" (the balance-value reference) or "primitiveLoop". A method is compared with the
baselines of its own class and parameters whose stem (the name without that word) it starts with, e.g.
unitAllocation with unitBaseline, balanceValue with balanceValueBisection; when no stem matches, with
every baseline of the class. Ratios of scores measured in the same run are what holds on a noisy machine.

Tables: (1) every result with score (mean of the measurement iterations), error (99.9 %), best (fastest
iteration), unit and, when run with -prof gc, bytes allocated per operation; (2) the ratio of each method
to its baseline, of the means and of the best iterations (on a shared machine the fastest iteration is
the one least disturbed by other processes); (3) for benchmarks with one numeric parameter, the ratio of
each size's score to the previous size's (how the cost grows), again of the means and of the best.
"""
import json
import sys

MARKERS = ("baseline", "bisection", "primitiveloop")


def key(result):
    params = result.get("params") or {}
    return ", ".join(f"{k}={v}" for k, v in sorted(params.items()))


def is_baseline(method):
    lowered = method.lower()
    return any(m in lowered for m in MARKERS)


def stem(method):
    lowered = method.lower()
    for m in MARKERS:
        lowered = lowered.replace(m, "")
    return lowered


def number(value):
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def alloc_of(result):
    secondary = result.get("secondaryMetrics", {})
    return secondary.get("gc.alloc.rate.norm") or secondary.get("\u00b7gc.alloc.rate.norm")


def main(paths):
    results = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            results.extend(json.load(f))
    print("| benchmark | params | score | error (99.9 %) | best | unit | alloc B/op |")
    print("|---|---|---:|---:|---:|---|---:|")
    rows = {}
    for r in results:
        cls, method = r["benchmark"].rsplit(".", 1)
        cls = cls.rsplit(".", 1)[-1]
        metric = r["primaryMetric"]
        alloc = alloc_of(r)
        alloc_text = number(alloc["score"]) if alloc else ""
        error = metric.get("scoreError")
        error_text = number(error) if isinstance(error, (int, float)) and error == error else ""
        raw = [x for fork in metric.get("rawData", []) for x in fork] or [metric["score"]]
        best = min(raw)
        print(f"| {cls}.{method} | {key(r)} | {number(metric['score'])} | ± {error_text} | {number(best)} "
              f"| {metric['scoreUnit']} | {alloc_text} |")
        rows[(cls, method, key(r))] = (metric["score"], metric["scoreUnit"], r.get("params") or {}, best,
                                       alloc["score"] if alloc else None)
    print()
    print("| class | method / baseline | params | ratio of means | ratio of best |")
    print("|---|---|---|---:|---:|")
    for (cls, method, params), (score, unit, _, best, _) in sorted(rows.items()):
        if is_baseline(method):
            continue
        candidates = [(bmethod, bscore, bbest) for (bcls, bmethod, bparams), (bscore, bunit, _, bbest, _)
                      in sorted(rows.items())
                      if bcls == cls and bparams == params and is_baseline(bmethod) and bscore > 0 and bunit == unit]
        matching = [c for c in candidates if stem(c[0]) and method.lower().startswith(stem(c[0]))]
        for bmethod, bscore, bbest in matching or candidates:
            print(f"| {cls} | {method} / {bmethod} | {params} | {number(score / bscore)} | {number(best / bbest)} |")
    scaling = []
    by_method = {}
    for (cls, method, params), (score, unit, raw, best, alloc) in rows.items():
        if len(raw) == 1:
            (name, value), = raw.items()
            try:
                size = float(value)
            except ValueError:
                continue
            by_method.setdefault((cls, method, name), []).append((size, value, score, best, alloc))
    for (cls, method, name), points in sorted(by_method.items()):
        points.sort()
        for (s0, v0, t0, b0, a0), (s1, v1, t1, b1, a1) in zip(points, points[1:]):
            alloc_ratio = number(a1 / a0) if a0 and a1 else ""
            scaling.append(f"| {cls}.{method} | {name} {v0} → {v1} | {number(s1 / s0)} | {number(t1 / t0)} "
                           f"| {number(b1 / b0)} | {alloc_ratio} |")
    if scaling:
        print()
        print("| benchmark | size step | size ratio | time ratio (means) | time ratio (best) | B/op ratio |")
        print("|---|---|---:|---:|---:|---:|")
        print("\n".join(scaling))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
