#!/usr/bin/env python3
"""Writes a large, valid tenderpanel-scenario/1 file for benchmarks.

Usage: make_scenario.py BIDDERS PANELISTS CRITERIA [SEED] > scenario.json
Scores are random multiples of 0.5 up to each criterion's maximum; the draw is seeded.
"""
import hashlib
import json
import random
import sys


def main():
    bidders, panelists, criteria = (int(a) for a in sys.argv[1:4])
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 2014)
    maxima = [rng.choice([5, 10, 15, 20]) for _ in range(criteria)]
    scenario = {
        "format": "tenderpanel-scenario/1",
        "project": {
            "title": "基准测试:%d 家供应商 × %d 名谈判小组成员 × %d 项评判要素" % (bidders, panelists, criteria),
            "purchaser": "基准测试医疗保障管理中心",
            "registration_deadline": "2024-07-29T17:00:00+08:00",
            "proposal_deadline": "2024-08-05T09:00:00+08:00",
            "required_copies": 10,
            "max_winners": 3,
            "allocation": {"1": [100], "2": [60, 40], "3": [60, 30, 10]},
            "publication": {"start": "2024-09-27", "working_days": 7},
        },
        "criteria": [{"id": "C%d" % (c + 1), "title": "评判要素 %d" % (c + 1), "max": maxima[c]}
                     for c in range(criteria)],
        "bidders": [{"id": "B%d" % (b + 1), "name": "供应商 %d 保险股份有限公司" % (b + 1),
                     "registered_at": "2024-07-2%dT10:00:00+08:00" % (b % 9 + 1)} for b in range(bidders)],
        "proposals": [{"bidder": "B%d" % (b + 1), "received_at": "2024-08-01T10:00:00+08:00", "copies": 10,
                       "sealed": True} for b in range(bidders)],
        "panel": [{"id": "P%d" % (p + 1), "name": "成员 %d" % (p + 1), "role": "leader" if p == 0 else "member"}
                  for p in range(panelists)],
        "draw": {"seed": hashlib.sha256(b"benchmark").hexdigest()},
        "scores": [],
    }
    for p in range(panelists):
        for b in range(bidders):
            for c in range(criteria):
                # distinct bidder strengths keep ties out, so the result is final
                value = min(maxima[c], max(0, rng.randint(maxima[c] * 2 - 8, maxima[c] * 2) / 2 - b * 0.01))
                scenario["scores"].append({"panelist": "P%d" % (p + 1), "bidder": "B%d" % (b + 1),
                                           "criterion": "C%d" % (c + 1), "score": round(value, 2)})
    json.dump(scenario, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
