#!/usr/bin/env python3
"""Checks the score workbook of `tenderpanel-cli workbook` against `tenderpanel-cli evaluate`.

usage: check_workbook.py SCENARIO.json EVALUATION.json WORKBOOK.xlsx CSV_DIR
CSV_DIR holds LibreOffice's CSV export of every sheet (WORKBOOK-SHEET.csv). Prints one line per
check ("ok ..." or "FAIL ..."); exits 1 when a check fails.
"""
import csv
import json
import os
import re
import sys
import zipfile

scenario_path, evaluation_path, workbook_path, csv_dir = sys.argv[1:5]
scenario = json.load(open(scenario_path, encoding="utf-8"))
evaluation = json.load(open(evaluation_path, encoding="utf-8"))
name = os.path.basename(scenario_path)
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print(f"FAIL {name}: {what}")


bidder_names = {b["id"]: b["name"] for b in scenario["bidders"]}
panel = scenario["panel"]
member_labels = [f"{p['id']} {p['name']}" if p.get("name") else p["id"] for p in panel]

# The container: a valid xlsx, the expected sheets, frozen header rows, A4 landscape, one page wide.
with zipfile.ZipFile(workbook_path) as z:
    check(z.testzip() is None, "the zip container is damaged")
    names = z.namelist()
    check("[Content_Types].xml" in names and "xl/workbook.xml" in names, "not an xlsx package")
    workbook_xml = z.read("xl/workbook.xml").decode("utf-8")
    sheets = re.findall(r'<sheet name="([^"]*)"', workbook_xml)
    expected = member_labels  # already at most 31 characters and free of []:*?/\ in the examples
    check(len(sheets) == len(panel) + 2, f"sheets {sheets}")
    check(sheets[0] in ("汇总", "Summary"), f"first sheet {sheets[0]!r} is not the summary")
    check(sheets[-1] in ("说明", "Notes"), f"last sheet {sheets[-1]!r} is not the notes")
    check(sheets[1:-1] == expected, f"panel member sheets {sheets[1:-1]} != {expected}")
    for i in range(1, len(sheets) + 1):
        xml = z.read(f"xl/worksheets/sheet{i}.xml").decode("utf-8")
        check('state="frozen"' in xml, f"sheet {i} has no frozen header rows")
        setup = re.search(r"<pageSetup ([^>]*)/>", xml)
        attributes = dict(re.findall(r'(\w+)="([^"]*)"', setup.group(1))) if setup else {}
        check(attributes.get("paperSize") == "9" and attributes.get("orientation") == "landscape",
              f"sheet {i} is not A4 landscape: {attributes}")
        # One page wide (fitToWidth defaults to 1), as many pages high as it takes.
        check('<pageSetUpPr fitToPage="1"/>' in xml and attributes.get("fitToHeight") == "0"
              and attributes.get("fitToWidth", "1") == "1", f"sheet {i} is not fitted to the page width")
    styles = z.read("xl/styles.xml").decode("utf-8")
    check("<strike/>" in styles, "no struck-through format for the dropped values")
    check('formatCode="0.00"' in styles or "numFmtId=\"2\"" in styles, "no 0.00 number format")


def read_csv(sheet):
    base = os.path.splitext(os.path.basename(workbook_path))[0]
    path = os.path.join(csv_dir, f"{base}-{sheet}.csv")
    if not os.path.exists(path):
        check(False, f"LibreOffice did not export sheet {sheet!r} ({path})")
        return []
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


scores = {(s["panelist"], s["bidder"], s["criterion"]): s["score"] for s in scenario.get("scores", [])}


def expected_total(entry, panelist):
    """A member's total as evaluate gives it; with the level criterion evaluate gives none, so the sum
    of the member's scores, in whole hundredths."""
    if "totals" in entry:
        return entry["totals"].get(panelist, "")
    hundredths = [round(float(v) * 100) for (p, b, _), v in scores.items() if p == panelist and b == entry["bidder"]]
    if not hundredths:
        return ""
    total = sum(hundredths)
    return f"{total // 100}.{total % 100:02d}"


def ids_of(cell):
    return [part.split(" ")[0] for part in cell.split("、") if part]


# The summary: rank order, each member's total, dropped marks, published score, position, share, area.
rows = read_csv(sheets[0])
if rows:
    header = rows[2]
    col = {h: i for i, h in enumerate(header)}
    ranking = evaluation["ranking"]
    body = rows[3:3 + len(ranking)]
    check(len(body) == len(ranking), f"{len(body)} ranking rows, {len(ranking)} expected")
    published_col = next(i for i, h in enumerate(header) if h in ("公布得分", "Published score"))
    high_col = next(i for i, h in enumerate(header) if h in ("去掉(最高)", "dropped (highest)"))
    low_col = high_col + 1
    share_col = next((i for i, h in enumerate(header) if h in ("承办份额", "Share")), None)
    area_col = next((i for i, h in enumerate(header) if h in ("服务区域", "Service area")), None)
    for entry, row in zip(ranking, body):
        who = entry["bidder"]
        check(row[0] == str(entry["position"]), f"{who}: position {row[0]} != {entry['position']}")
        check(row[1] == bidder_names[who], f"{who}: name {row[1]}")
        check(row[published_col] == entry["score"], f"{who}: published {row[published_col]} != {entry['score']}")
        for label, p in zip(member_labels, panel):
            cell = row[col[label]]
            want = expected_total(entry, p["id"])
            check(cell == want, f"{who}: total of {p['id']} {cell!r} != {want!r}")
        if "dropped" in entry:  # with the level criterion the dropped totals are for information only
            dropped = entry["dropped"]
            check(ids_of(row[high_col]) == dropped["highest"], f"{who}: dropped highest {row[high_col]!r}")
            check(ids_of(row[low_col]) == dropped["lowest"], f"{who}: dropped lowest {row[low_col]!r}")
        if entry.get("share") is not None:
            check(share_col is not None and row[share_col] == f"{entry['share']}%",
                  f"{who}: share {row[share_col] if share_col is not None else None!r} != {entry['share']}%")
        if entry.get("area"):
            check(area_col is not None and row[area_col].startswith(entry["area"]["name"]),
                  f"{who}: service area {row[area_col] if area_col is not None else None!r}")
    if scenario["project"].get("trim", {}).get("level") == "criterion":
        for criterion in scenario["criteria"]:
            check(any(h.split("\n")[0] == criterion["id"] for h in header), f"no mean of criterion {criterion['id']}")
    if scenario["project"].get("areas") is None:
        check(area_col is None, "a service area column without areas")

# Each panel member's sheet: the scores as signed, and the total row per bidder.
for sheet, p in zip(sheets[1:-1], panel):
    rows = read_csv(sheet)
    if not rows:
        continue
    bidders = [e["bidder"] for e in evaluation["ranking"]]
    check(rows[1][2:2 + len(bidders)] == [bidder_names[b] for b in bidders], f"{sheet}: bidder columns {rows[1]}")
    for c, criterion in enumerate(scenario["criteria"]):
        row = rows[2 + c]
        for b, bidder in enumerate(bidders):
            want = scores.get((p["id"], bidder, criterion["id"]))
            got = row[2 + b]
            check(want is not None and float(got) == float(want) and re.fullmatch(r"-?\d+\.\d\d", got),
                  f"{sheet}: {bidder} {criterion['id']} {got!r} != {want!r}")
    total_row = rows[2 + len(scenario["criteria"])]
    for b, entry in enumerate(evaluation["ranking"]):
        want = expected_total(entry, p["id"])
        check(total_row[2 + b] == want, f"{sheet}: total of {entry['bidder']} {total_row[2 + b]!r} != {want!r}")

# The notes: the project and the date of the file.
rows = read_csv(sheets[-1])
if rows:
    text = "\n".join(",".join(r) for r in rows)
    check(scenario["project"]["title"] in text, "the notes do not name the project")
    check(scenario["project"]["purchaser"] in text, "the notes do not name the purchaser")

if not failures:
    print(f"ok   {name}: {len(sheets)} sheets, figures as evaluate gives them")
sys.exit(1 if failures else 0)
