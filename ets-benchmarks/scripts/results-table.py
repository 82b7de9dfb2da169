#!/usr/bin/env python3
"""Turn a JMH JSON result file into the Markdown tables of BENCHMARKS.md.

Usage: python3 ets-benchmarks/scripts/results-table.py jmh-result.json > table.md

Every benchmark class pairs exact methods with a primitive baseline (a method whose name contains
"baseline", or "bisection" for the balance-value reference). The second table divides each method's
score by the baseline of the same class and parameters, which is what holds on a noisy machine.
"""
import json
import sys


def key(result):
    params = result.get("params") or {}
    return ", ".join(f"{k}={v}" for k, v in sorted(params.items()))


def is_baseline(method):
    lowered = method.lower()
    return "baseline" in lowered or "bisection" in lowered or "primitiveloop" in lowered


def main(path):
    with open(path, encoding="utf-8") as f:
        results = json.load(f)
    print("| benchmark | params | score | error (99.9 %) | unit | alloc B/op |")
    print("|---|---|---:|---:|---|---:|")
    rows = {}
    for r in results:
        cls, method = r["benchmark"].rsplit(".", 1)
        cls = cls.rsplit(".", 1)[-1]
        metric = r["primaryMetric"]
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm") or r.get("secondaryMetrics", {}).get("·gc.alloc.rate.norm")
        alloc_text = f"{alloc['score']:.1f}" if alloc else ""
        error = metric.get("scoreError")
        error_text = f"{error:.3f}" if isinstance(error, (int, float)) and error == error else ""
        print(f"| {cls}.{method} | {key(r)} | {metric['score']:.3f} | {error_text} | {metric['scoreUnit']} | {alloc_text} |")
        rows[(cls, method, key(r))] = metric["score"]
    print()
    print("| class | method / baseline | params | ratio |")
    print("|---|---|---|---:|")
    for (cls, method, params), score in sorted(rows.items()):
        if is_baseline(method):
            continue
        for (bcls, bmethod, bparams), bscore in sorted(rows.items()):
            if bcls == cls and bparams == params and is_baseline(bmethod) and bscore > 0:
                print(f"| {cls} | {method} / {bmethod} | {params} | {score / bscore:.2f} |")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
