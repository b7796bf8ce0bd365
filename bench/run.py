#!/usr/bin/env python3
"""The driver of bench/run.sh: generates the data, runs every pair of measurements in alternation and
prints one table of medians against the goals.

Environment: BUILD (the build directory, with the programs built), RUNS (runs of each side of each pair),
BENCH_SMOKE=1 (smallest sizes, one run, the LibreOffice rows not measured), BENCH_GUI_PLATFORM (the Qt
platform of the GUI programs: xcb under xvfb-run, or offscreen).
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from decimal import Decimal
from xml.sax.saxutils import escape
import json

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.abspath(os.environ.get("BUILD", os.path.join(ROOT, "build-bench")))
SMOKE = os.environ.get("BENCH_SMOKE") == "1"
RUNS = 1 if SMOKE else int(os.environ.get("RUNS", "5"))
GUI_PLATFORM = os.environ.get("BENCH_GUI_PLATFORM", "offscreen")
CIXI = os.path.join(ROOT, "tests/data/examples/cixi-2014.json")

CLI = os.path.join(BUILD, "app/cli/tenderpanel-cli")
GUI = os.path.join(BUILD, "app/gui/tenderpanel")
WS_TOOL = os.path.join(BUILD, "bench/workspace_bench")
SAVE_TOOL = os.path.join(BUILD, "bench/save_bench")
BARE = os.path.join(BUILD, "bench/bare_home")
FLOOR = os.path.join(BUILD, "bench/json_floor")
FRESH = os.path.join(BUILD, "bench/fresh_memory")

if SMOKE:
    SMALL, BIG = 20, 200
    LARGE = (3, 5, 3)
    EVALUATE = (5, 5, 5)
    SCALED = (6, 5, 3)
    SAVES = 5
else:
    SMALL, BIG = 2000, 20000
    LARGE = (9, 13, 12)
    EVALUATE = (200, 25, 30)
    SCALED = (100, 25, 30)  # the report's growth with the negotiation: a note, no goal
    SAVES = 300


def die(message):
    print("bench: error: " + message, file=sys.stderr)
    sys.exit(1)


def log(message):
    print("bench: " + message, file=sys.stderr, flush=True)


class Run:
    def __init__(self, wall_ms, rss_kib, out, code):
        self.wall_ms, self.rss_kib, self.out, self.code = wall_ms, rss_kib, out, code


def run(argv, env=None, check=True, shell=False, limit_s=None):
    """Runs one process (tree); returns its wall time, its peak resident set (wait4) and its output. A process
    still running after limit_s seconds is killed and the benchmark stops."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        e = dict(os.environ)
        e.update(env or {})
        e["TENDERPANEL_START_NS"] = str(time.time_ns())
        t0 = time.perf_counter_ns()
        p = subprocess.Popen(argv, stdout=out, stderr=err, env=e, shell=shell)
        watchdog = threading.Timer(limit_s, p.kill) if limit_s else None
        if watchdog:
            watchdog.start()
        _, status, usage = os.wait4(p.pid, 0)
        wall_ms = (time.perf_counter_ns() - t0) / 1e6
        if watchdog:
            watchdog.cancel()
            if wall_ms >= limit_s * 1000:
                die("%s did not finish within %d s (waiting at a dialog?)" % (argv[0], limit_s))
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        text = out.read().decode("utf-8", "replace")
        errors = err.read().decode("utf-8", "replace")
    if check and p.returncode != 0:
        die("%s exited with %d:\n%s" % (argv if shell else " ".join(argv), p.returncode, (text + errors)[-2000:]))
    return Run(wall_ms, usage.ru_maxrss, text, p.returncode)


def alternate(ours, baseline, runs=None):
    """Runs ours() and baseline() in alternation (one warm-up of each first); returns the lists of results."""
    ours()
    baseline()
    a, b = [], []
    for _ in range(runs or RUNS):
        a.append(ours())
        b.append(baseline())
    return a, b


def med(values):
    return statistics.median(values)


# ---------------------------------------------------------------- data

def summary_query():
    """What the program's list runs, from core/store/SummaryQuery.h, the one place it is written: the schema
    version, the columns, the search condition (its values bound in order: the pattern three times, the term,
    the pattern) and the order."""
    with open(os.path.join(ROOT, "core/store/SummaryQuery.h"), encoding="utf-8") as f:
        header = f.read()

    def text(name):
        literals = re.search(r"\b%s =((?:\s*\"(?:[^\"\\]|\\.)*\")+);" % name, header).group(1)
        return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', literals)).replace("\\\\", "\\")

    version = re.search(r"\bkSchemaVersion = (\d+);", header).group(1)
    return version, text("kColumns"), text("kSearchCondition"), text("kOrder")


def list_queries(term):
    """The SQL of `list` and of `list --search TERM`, with the term's values in place (the term must hold no
    \\, % or _, which its pattern would escape)."""
    _, columns, condition, order = summary_query()
    like = "'%" + term + "%'"
    for value in (like, like, like, "'" + term + "'", like):
        condition = condition.replace("?", value, 1)
    return columns + order, columns + " WHERE " + condition + order


def workspace(n):
    """A workspace of n negotiations made from the Cixi example, kept in BUILD/bench-data between runs as
    long as the program's schema version is the one it was made with (recorded in its .done file): a
    workspace of another version would be upgraded, or refused, by the program measured."""
    data = os.path.join(BUILD, "bench-data")
    os.makedirs(data, exist_ok=True)
    path = os.path.join(data, "workspace-%d.sqlite" % n)
    done = path + ".done"
    version = summary_query()[0]
    made = open(done).read().strip() if os.path.exists(done) else None
    if not (os.path.exists(path) and made == version):
        for f in (path, path + "-wal", path + "-shm", done):
            if os.path.exists(f):
                os.remove(f)
        log("generating a workspace of %d negotiations (kept in %s)" % (n, data))
        run([WS_TOOL, "generate", CIXI, path, str(n)])
        with open(done, "w") as f:
            f.write(version + "\n")
    return path


def scenario(work, dims):
    path = os.path.join(work, "scenario-%dx%dx%d.json" % dims)
    with open(path, "w") as f:
        subprocess.run([sys.executable, os.path.join(ROOT, "bench/make_scenario.py")] + [str(d) for d in dims],
                       stdout=f, check=True)
    return path


def pdf_pages(path):
    if not shutil.which("pdfinfo"):
        die("pdfinfo (poppler-utils, which scripts/install-deps.sh installs) is missing")
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def spreadsheet(scenario_path, fods_path):
    """The spreadsheet a clerk would build: a sheet of panel totals per bidder and member with
    =ROUND(TRIMMEAN(...; 2/n); 2) dropping the highest and lowest, and a sheet of every score."""
    s = json.load(open(scenario_path, encoding="utf-8"))
    panel = [p["id"] for p in s["panel"]]
    names = {b["id"]: b["name"] for b in s["bidders"]}
    totals = {}
    for e in s["scores"]:
        key = (e["bidder"], e["panelist"])
        totals[key] = totals.get(key, Decimal(0)) + Decimal(str(e["score"]))
    bidders = [b for b in names if any(k[0] == b for k in totals)]
    n = len(panel)

    def column(i):  # 0 -> A
        name = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            name = chr(65 + r) + name
        return name

    def text(value):
        return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(value)

    def number(value):
        return '<table:table-cell office:value-type="float" office:value="%s"/>' % value

    last = column(n)
    rows = ["<table:table-row>" + text("谈判人") + "".join(text(p) for p in panel) + text("得分") + "</table:table-row>"]
    for r, b in enumerate(bidders, start=2):
        rows.append("<table:table-row>" + text(names[b]) + "".join(number(totals[(b, p)]) for p in panel) +
                    '<table:table-cell table:formula="of:=ROUND(TRIMMEAN([.B%d:.%s%d];2/%d);2)"/>' % (r, last, r, n) +
                    "</table:table-row>")
    detail = ["<table:table-row>" + text("成员") + text("谈判人") + text("要素") + text("分数") + "</table:table-row>"]
    for e in s["scores"]:
        detail.append("<table:table-row>" + text(e["panelist"]) + text(names[e["bidder"]]) + text(e["criterion"]) +
                      number(e["score"]) + "</table:table-row>")
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
           ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
           ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
           ' xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2"'
           ' office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
           '<office:body><office:spreadsheet><table:table table:name="scores">%s</table:table>'
           '<table:table table:name="detail">%s</table:table></office:spreadsheet></office:body></office:document>\n'
           % ("".join(rows), "".join(detail)))
    with open(fods_path, "w", encoding="utf-8") as f:
        f.write(doc)


# ---------------------------------------------------------------- figures

ROWS = []  # (figure, ours, baseline, unit, ratio text, goal text, met or None)


def row_ratio(figure, ours, base, unit, goal, digits=1):
    ratio = ours / base if base > 0 else float("inf")
    ROWS.append((figure, fmt(ours, unit, digits), fmt(base, unit, digits), "%.2f×" % ratio, "≤ %.1f×" % goal,
                 ratio <= goal))


def row_faster(figure, ours, base, unit, goal, digits=1):
    speedup = base / ours if ours > 0 else float("inf")
    ROWS.append((figure, fmt(ours, unit, digits), fmt(base, unit, digits), "%.1f× faster" % speedup,
                 "≥ %d× faster" % goal, speedup >= goal))


def row_not_measured(figure, goal):
    ROWS.append((figure, "not measured (smoke)", "not measured (smoke)", "–", goal, None))


def fmt(value, unit, digits):
    if unit == "MiB":
        return "%.1f MiB" % (value / 1024.0)
    return ("%." + str(digits) + "f %s") % (value, unit)


def gui_start(program, ws, work):
    # Every start is a first start: settings and data in a new empty directory (the font cache is the system's).
    home = tempfile.mkdtemp(dir=work)
    env = {"TENDERPANEL_EXIT_AT_FIRST_PAINT": "1", "QT_QPA_PLATFORM": GUI_PLATFORM, "XDG_CONFIG_HOME": home,
           "XDG_DATA_HOME": home}
    argv = [GUI, "--workspace", ws] if program == "gui" else [BARE, ws]
    r = run(argv, env, limit_s=60)
    shutil.rmtree(home, ignore_errors=True)
    values = dict(line.split(" ", 1) for line in r.out.splitlines() if line.startswith(("first-paint-ms", "peak-rss")))
    if "first-paint-ms" not in values or values["first-paint-ms"] == "none":
        die("%s printed no first paint:\n%s" % (argv[0], r.out[-2000:]))
    r.paint_ms = float(values["first-paint-ms"])
    # The external clock: the first paint cannot come after the process has ended.
    if r.paint_ms > r.wall_ms + 1.0:
        die("%s: first paint %.1f ms after a whole run of %.1f ms: the clock is wrong" % (argv[0], r.paint_ms, r.wall_ms))
    return r


def processors():
    """The time a fixed loop takes on each processor the bench may use, in ms: on a virtual machine they
    can differ, and change during a run, which moves every figure with threads."""
    loop = "s = 0\nfor i in range(300000):\n    s += i\n"
    times = []
    for cpu in sorted(os.sched_getaffinity(0)):
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", loop], check=True,
                           preexec_fn=lambda cpu=cpu: os.sched_setaffinity(0, {cpu}))
            runs.append((time.perf_counter() - t0) * 1000)
        times.append("%d: %.0f ms" % (cpu, statistics.median(runs)))
    return ", ".join(times)


def main():
    for f in (CLI, GUI, WS_TOOL, SAVE_TOOL, BARE, FLOOR, FRESH):
        if not os.access(f, os.X_OK):
            die(f + ": not built")
    need = ["sqlite3", "tar", "sha256sum"] + ([] if SMOKE else ["soffice", "pdftotext"])
    for tool in need:
        if not shutil.which(tool):
            die(tool + ": not installed (a baseline needs it)")
    work = tempfile.mkdtemp(prefix="tp-bench-")
    notes = []
    before = processors()
    try:
        small, big = workspace(SMALL), workspace(BIG)
        size_small = os.path.getsize(small) / 1e6
        size_big = os.path.getsize(big) / 1e6

        # GUI start: the same workspace, bare window and TenderPanel in alternation.
        log("GUI start")
        g2, b2 = alternate(lambda: gui_start("gui", small, work), lambda: gui_start("bare", small, work))
        row_ratio("GUI start to the home list painted, %d negotiations" % SMALL, med(r.paint_ms for r in g2),
                  med(r.paint_ms for r in b2), "ms", 1.3)
        g20, b20 = alternate(lambda: gui_start("gui", big, work), lambda: gui_start("bare", big, work))
        g2b, g20b = alternate(lambda: gui_start("gui", small, work), lambda: gui_start("gui", big, work))
        gui_big = [r.paint_ms for r in g20] + [r.paint_ms for r in g20b]
        gui_small = [r.paint_ms for r in g2] + [r.paint_ms for r in g2b]
        row_ratio("GUI start, %d negotiations vs the same GUI with %d" % (BIG, SMALL), med(gui_big), med(gui_small),
                  "ms", 1.2)
        row_ratio("GUI peak memory, %d negotiations" % BIG, med(r.rss_kib for r in g20), med(r.rss_kib for r in b20),
                  "MiB", 1.5)
        notes.append("GUI start: wall time of the whole process (external clock), median: TenderPanel %.1f ms / "
                     "bare %.1f ms (%d); TenderPanel %.1f ms / bare %.1f ms (%d)" %
                     (med(r.wall_ms for r in g2), med(r.wall_ms for r in b2), SMALL, med(r.wall_ms for r in g20),
                      med(r.wall_ms for r in b20), BIG))

        # Documents against LibreOffice.
        notice = lambda s, kind, out: [CLI, "notice", s, "--kind", kind, "--out", out]
        large = scenario(work, LARGE)
        # The three documents from one process: `notice` takes --kind/--out pairs (docs/cli.md).
        three = [CLI, "notice", large]
        for kind in ("result", "report", "letters"):
            three += ["--kind", kind]
        for kind in ("result", "report", "letters"):
            three += ["--out", os.path.join(work, kind + ".pdf")]
        if SMOKE:
            run(notice(CIXI, "result", os.path.join(work, "n.pdf")))
            run(three)
            row_not_measured("result notice PDF, Cixi", "≥ 25× faster")
            row_not_measured("notice, report and letters, %d×%d×%d" % LARGE, "≥ 25× faster")
        else:
            log("documents against LibreOffice")
            profile = "file://" + os.path.join(work, "lo-profile")

            def office(fods):
                return lambda: run(["soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to",
                                    "pdf", "--outdir", os.path.join(work, "lo"), fods])

            cixi_sheet, large_sheet = os.path.join(work, "cixi.fods"), os.path.join(work, "large.fods")
            spreadsheet(CIXI, cixi_sheet)
            spreadsheet(large, large_sheet)
            office(cixi_sheet)()  # the first start creates the profile
            pdf = subprocess.run(["pdftotext", os.path.join(work, "lo/cixi.pdf"), "-"], capture_output=True,
                                 text=True).stdout
            if "85.7" not in pdf:
                die("LibreOffice did not compute 85.7 for the Cixi sheet")
            a, b = alternate(lambda: run(notice(CIXI, "result", os.path.join(work, "n.pdf"))), office(cixi_sheet))
            row_faster("result notice PDF, Cixi", med(r.wall_ms for r in a), med(r.wall_ms for r in b), "ms", 25)
            a, b = alternate(lambda: run(three), office(large_sheet))
            row_faster("notice, report and letters, %d×%d×%d (one process)" % LARGE, med(r.wall_ms for r in a),
                       med(r.wall_ms for r in b), "ms", 25)

        # How the report grows with the negotiation: against the LARGE one, in time, pages and scores. Not a goal;
        # it shows a cost that grows faster than the pages (a layout repeated for each cell of a table, say).
        log("report at scale")
        scaled = scenario(work, SCALED)
        a, b = alternate(lambda: run(notice(scaled, "report", os.path.join(work, "scaled.pdf"))),
                         lambda: run(notice(large, "report", os.path.join(work, "large.pdf"))))
        pages = [pdf_pages(os.path.join(work, name)) for name in ("scaled.pdf", "large.pdf")]
        ours, base = med(r.wall_ms for r in a), med(r.wall_ms for r in b)
        scores = [dims[0] * dims[1] * dims[2] for dims in (SCALED, LARGE)]
        notes.append("the report at scale: %d×%d×%d, %d pages, %.0f ms; %d×%d×%d, %d pages, %.0f ms: %.1f× the "
                     "time for %.1f× the pages and %.1f× the scores"
                     % (SCALED + (pages[0], ours) + LARGE + (pages[1], base, ours / base, pages[0] / pages[1],
                                                              scores[0] / scores[1])))

        # list and list --search against sqlite3 with the same SQL.
        log("list")
        term = "第%d批" % (SMALL - 1)
        list_sql, search_sql = list_queries(term)
        a, b = alternate(lambda: run([CLI, "--workspace", small, "list"]),
                         lambda: run(["sqlite3", small, list_sql]))
        if len(a[0].out.splitlines()) != SMALL or len(b[0].out.splitlines()) != SMALL:
            die("list: not %d lines" % SMALL)
        row_ratio("`list`, %d negotiations" % SMALL, med(r.wall_ms for r in a), med(r.wall_ms for r in b), "ms", 1.5)
        a, b = alternate(lambda: run([CLI, "--workspace", small, "list", "--search", term]),
                         lambda: run(["sqlite3", small, search_sql]))
        if len(a[0].out.splitlines()) != 1 or len(b[0].out.splitlines()) != 1:
            die("list --search: not 1 line")
        row_ratio("`list --search`, %d negotiations" % SMALL, med(r.wall_ms for r in a), med(r.wall_ms for r in b),
                  "ms", 1.5)

        # The durable save of one score, in process (save_bench alternates per operation itself).
        log("save")
        # Blocks of 100 operations of each kind: a save is measured as it runs in a program that is the
        # file's only writer, not after the other connections' commits made its cached pages stale
        # (see bench/save_bench.cpp); a block takes some 30 ms, so the kinds still meet the same disk.
        r = run([SAVE_TOOL, CIXI, os.path.join(work, "save.sqlite"), str(SAVES * RUNS), "100"])
        ours, base, least, writes = (float(v) for v in r.out.split("save-us", 1)[1].split()[:4])
        row_ratio("durable save of one score, in process (%d saves)" % (SAVES * RUNS), ours / 1000, base / 1000,
                  "ms", 1.5, digits=2)
        notes.append("the save's floor: the same rows written by hand in one transaction (bench/save_bench.cpp, "
                     "no rule applied) take %.0f µs, %.2f× the raw insert, of which their writes alone %.0f µs, "
                     "%.2f×; the store's save takes %.2f× that floor"
                     % (least, least / base, writes, writes / base, ours / least))

        # evaluate against the program's start.
        log("evaluate")
        big_scenario = scenario(work, EVALUATE)
        floor = []

        def version_then_floor():
            floor.append(run([FLOOR, big_scenario]))
            return run([CLI, "--version"])

        a, b = alternate(lambda: run([CLI, "evaluate", big_scenario]), version_then_floor)
        version_ms = med(r.wall_ms for r in b)
        row_ratio("`evaluate`, %d×%d×%d vs `--version`" % EVALUATE, med(r.wall_ms for r in a), version_ms, "ms", 2.0)
        # What reading the file with simdjson alone costs (bench/json_floor.cpp), and the program's start
        # with it.
        empty = [run(["true"]) for _ in range(RUNS + 1)][1:]
        read_ms = max(0.0, med(r.wall_ms for r in floor[1:]) - med(r.wall_ms for r in empty))
        notes.append("`evaluate` beside a general parser: reading the file and visiting every value with simdjson "
                     "alone (bench/json_floor, no Qt) "
                     "takes %.1f ms beyond a process start; with the program's start, %.1f + %.1f ms = %.2f× "
                     "`--version`" % (read_ms, version_ms, read_ms, (version_ms + read_ms) / version_ms))
        # What the memory `evaluate` uses beyond `--version` costs on this machine whatever is done with it:
        # touched once, as fresh memory, in processes of their own (bench/fresh_memory.cpp), after the pairs.
        extra_mib = max(1, round((med(r.rss_kib for r in a) - med(r.rss_kib for r in b)) / 1024))
        fresh = [run([FRESH, str(extra_mib)]) for _ in range(RUNS + 1)][1:]
        fresh_ms = med(float(r.out.split("fresh-ms", 1)[1].split()[0]) for r in fresh)
        notes.append("fresh memory: `evaluate` holds %d MiB more at its peak than `--version`; touching that much "
                     "memory a process never used, allocated as the program allocates it (bench/fresh_memory), "
                     "takes %.1f ms on this machine, %.2f× `--version`"
                     % (extra_mib, fresh_ms, fresh_ms / version_ms))

        # archive verify against tar, sha256sum and rendering the documents it holds once (the notice, the
        # report, the letters and the robustness analysis).
        log("archive verify")
        archive = os.path.join(work, "cixi.tparchive")
        run([CLI, "archive", "seal", CIXI, "--out", archive])
        out = os.path.join(work, "unpacked")
        os.makedirs(out)
        by_hand = ("cd %s && tar -xf %s && sha256sum --quiet -c seal.sha256 && sha256sum --quiet -c manifest.sha256 && "
                   "%s" % (out, archive, " && ".join(" ".join(notice(CIXI, kind, os.path.join(out, kind + "-again.pdf")))
                                                     for kind in ("result", "report", "letters", "robustness"))))
        a, b = alternate(lambda: run([CLI, "archive", "verify", archive]), lambda: run(by_hand, shell=True))
        row_ratio("`archive verify`, Cixi", med(r.wall_ms for r in a), med(r.wall_ms for r in b), "ms", 1.2)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    if len(ROWS) != 10:
        die("%d rows instead of 10" % len(ROWS))
    head = ("figure", "ours (median)", "baseline (median)", "ratio", "goal", "met?")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for figure, ours, base, ratio, goal, met in ROWS:
        print("| %s | %s | %s | %s | %s | %s |" % (figure, ours, base, ratio, goal,
                                                   "–" if met is None else ("yes" if met else "no")))
    print()
    print("Runs: %d of each side of each pair, in alternation, after one warm-up of each; medians." % RUNS)
    print("Workspaces: %d negotiations (%.0f MB), %d negotiations (%.0f MB)." % (SMALL, size_small, BIG, size_big))
    print("GUI platform: %s." % ("xcb on Xvfb (xvfb-run)" if GUI_PLATFORM == "xcb" else GUI_PLATFORM))
    for note in notes:
        print(note + ".")
    print("Processors, a fixed loop on each: at the start %s; at the end %s." % (before, processors()))
    try:
        load = open("/proc/loadavg").read().split()[:3]
        print("Load average at the end: %s." % " ".join(load))
    except OSError:
        pass


if __name__ == "__main__":
    main()
