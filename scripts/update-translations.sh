#!/bin/sh
# Refreshes translations/tenderpanel_zh_CN.ts and translations/tenderpanel_en.ts from the tr() and
# QCoreApplication::translate() calls in core/, ui/ and app/. Existing translations are kept,
# new source texts are added as unfinished in zh_CN (translate them with Qt Linguist or an editor),
# texts no longer in the sources are dropped. English is filled with the source texts.
#
# Some core files translate through a local helper, tr(text) = translate("Context", text); lupdate
# files their texts under the enclosing class, so the contexts are renamed to the ones used at run
# time (CONTEXT_MAP below). A text of a free function is filed by lupdate under the namespace around
# it; it goes to the context of its file's helper, found from the file's location.
#
# Usage: scripts/update-translations.sh        (LUPDATE=/path/to/lupdate to choose the tool)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
  for dir in "$(qtpaths6 --query QT_HOST_LIBEXECS 2>/dev/null || true)" "$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || true)" \
             /usr/lib/qt6/libexec /usr/lib/qt6/bin; do
    if [ -n "$dir" ] && [ -x "$dir/lupdate" ]; then lupdate=$dir/lupdate; break; fi
  done
fi
[ -n "$lupdate" ] || { echo "lupdate not found (install qt6-l10n-tools or set LUPDATE)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$root"
"$lupdate" -silent -no-obsolete -locations absolute -recursive core ui app -ts "$tmp/sources.ts" 2>"$tmp/lupdate.log" ||
  { cat "$tmp/lupdate.log" >&2; exit 1; }

python3 - "$tmp/sources.ts" translations/tenderpanel_zh_CN.ts translations/tenderpanel_en.ts <<'PY'
import os
import re
import sys
import xml.etree.ElementTree as ET

CONTEXT_MAP = {
    "tp::store": "NegotiationRecord",
    "tp::store::AuditLog": "AuditLog",
    "tp::store::MemberAccess": "MemberAccess",
    "tp::store::MemberSession": "MemberSession",
    "tp::store::NegotiationRecord": "NegotiationRecord",
    "tp::store::NegotiationStore": "NegotiationStore",
    "tp::store::Procedure": "Procedure",
    "tp::store::ProcedureService": "ProcedureService",
    "tp::store::ScenarioMapping": "ScenarioMapping",
    "tp::store::SchemaCheck": "SchemaCheck",
    "tp::store::ScoringService": "ScoringService",
    "tp::store::SetupService": "SetupService",
    "tp::store::Workspace": "Workspace",
    "tp::store::WorkspaceAddress": "WorkspaceAddress",
    "tp::store::WriteTransaction": "Workspace",
    "tp::report": "CanonicalRecordReader",
    "tp::report::CanonicalRecordReader": "CanonicalRecordReader",
    "tp::report::SealedArchive": "SealedArchive",
    "tp::report::UstarArchive": "UstarArchive",
}


# The namespaces lupdate names the context of a free function's text after.
NAMESPACES = ("tp::store", "tp::report")
HELPER = re.compile(r'QString tr\(const char\* text\)\s*\{\s*return QCoreApplication::translate\("([^"]+)", text\);')


def helper_context(path, cache={}):
    """The context a file's local tr() helper looks up, or None."""
    if path not in cache:
        try:
            with open(path, encoding="utf-8") as f:
                found = HELPER.search(f.read())
        except OSError:
            found = None
        cache[path] = found.group(1) if found else None
    return cache[path]


def fresh_messages(path):
    """read_messages() of lupdate's output with locations: a namespace's text is filed under the context
    of the helper of each file it is in."""
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        raw = text(ctx, "name")
        for msg in ctx.iter("message"):
            files = [os.path.normpath(os.path.join(os.path.dirname(path), loc.get("filename")))
                     for loc in msg.iter("location")]
            contexts = [CONTEXT_MAP.get(raw, raw)]
            if raw in NAMESPACES:
                found = sorted({c for c in (helper_context(f) for f in files) if c})
                contexts = found or contexts
            for name in contexts:
                out.append((name, text(msg, "source"), text(msg, "comment"), text(msg, "extracomment"),
                            msg.get("numerus") == "yes", None))
    return out


def text(elem, tag):
    child = elem.find(tag)
    return child.text or "" if child is not None else None


def read_messages(path):
    """[(context, source, comment, extracomment, numerus, translation)] in file order."""
    if not os.path.exists(path):
        return []
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = CONTEXT_MAP.get(text(ctx, "name"), text(ctx, "name"))
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                value = None
            elif numerus:
                value = [f.text or "" for f in tr.iter("numerusform")]
            else:
                value = tr.text or ""
            out.append((name, text(msg, "source"), text(msg, "comment"), text(msg, "extracomment"), numerus, value))
    return out


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def write(path, language, messages):
    contexts = {}
    for m in messages:
        contexts.setdefault(m[0], []).append(m)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             '<TS version="2.1" language="%s">' % language]
    unfinished = 0
    for name in sorted(contexts):
        lines += ["<context>", "    <name>%s</name>" % esc(name)]
        for _, source, comment, extra, numerus, value in contexts[name]:
            lines.append('    <message numerus="yes">' if numerus else "    <message>")
            lines.append("        <source>%s</source>" % esc(source))
            if comment:
                lines.append("        <comment>%s</comment>" % esc(comment))
            if extra:
                lines.append("        <extracomment>%s</extracomment>" % esc(extra))
            done = value is not None and (all(value) if numerus else value != "")
            attr = "" if done else ' type="unfinished"'
            unfinished += 0 if done else 1
            if numerus:
                forms = value if value else [""] * (1 if language == "zh_CN" else 2)
                lines.append("        <translation%s>" % attr)
                lines += ["            <numerusform>%s</numerusform>" % esc(f) for f in forms]
                lines.append("        </translation>")
            else:
                lines.append("        <translation%s>%s</translation>" % (attr, esc(value or "")))
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return unfinished


fresh_path, zh_path, en_path = sys.argv[1:4]
fresh = fresh_messages(fresh_path)
seen = set()
unique = []
for m in fresh:
    key = (m[0], m[1], m[2])
    if key not in seen:
        seen.add(key)
        unique.append(m)

for path, language in ((zh_path, "zh_CN"), (en_path, "en")):
    old = read_messages(path)
    exact = {(m[0], m[1], m[2]): m[5] for m in old if m[5] is not None}
    by_text = {(m[1], m[2], m[4]): m[5] for m in old if m[5] is not None}
    merged = []
    for ctx, source, comment, extra, numerus, _ in unique:
        value = exact.get((ctx, source, comment))
        if value is None:
            value = by_text.get((source, comment, numerus))
        if value is None and language == "en":
            value = [source, source] if numerus else source
        merged.append((ctx, source, comment, extra, numerus, value))
    left = write(path, language, merged)
    print("%s: %d entries, %d unfinished" % (os.path.basename(path), len(merged), left))
PY
