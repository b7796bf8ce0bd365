#!/usr/bin/env python3
"""Compares what two PDFs of one document say: the bidder names and service areas of the scenario, the
scores (numbers with two decimals) and the dates (YYYY 年 M 月 D 日) found in their text must be the
same sets.
usage: compare_document_text.py SCENARIO.json REFERENCE.pdf OTHER.pdf"""
import json
import re
import subprocess
import sys


def facts(pdf, names):
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    flat = re.sub(r"\s+", "", text)
    return {
        "names": {n for n in names if n in flat},
        "scores": set(re.findall(r"(?<![\d.])\d+\.\d\d(?![\d])", text)),
        "dates": set(re.findall(r"\d{4}年\d{1,2}月\d{1,2}日", flat)),
    }


def main():
    scenario, reference, other = sys.argv[1:4]
    with open(scenario, encoding="utf-8") as f:
        data = json.load(f)
    names = [b["name"] for b in data["bidders"]]
    for areas in data["project"].get("areas", {}).values():
        names += [a["name"] for a in areas]
    want, got = facts(reference, names), facts(other, names)
    ok = True
    for key in want:
        if not want[key]:
            print("FAIL %s: the reference PDF has no %s" % (reference, key))
            ok = False
        if want[key] != got[key]:
            print("FAIL %s: %s differ: missing %s, extra %s"
                  % (other, key, sorted(want[key] - got[key]), sorted(got[key] - want[key])))
            ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
