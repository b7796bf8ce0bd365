#!/usr/bin/env python3
"""Validates OCDS release files against the OCDS 1.1 release schema (JSON Schema draft 4).

usage: validate_ocds.py SCHEMA RELEASE.json...
Exit 0 when every release is valid; 1 with one line per error otherwise; 3 when jsonschema is missing.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("validate_ocds.py: the python3-jsonschema package is not installed", file=sys.stderr)
    sys.exit(3)


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    failed = False
    for path in argv[2:]:
        with open(path, encoding="utf-8") as f:
            release = json.load(f)
        for error in sorted(validator.iter_errors(release), key=lambda e: list(e.path)):
            failed = True
            where = "/".join(str(p) for p in error.path)
            print(f"{path}: {where}: {error.message}")
        # What OCDS says beyond the schema that this exporter promises.
        tender = release.get("tender", {})
        checks = [
            (release["ocid"].startswith("ocds-tpanel-"), "ocid prefix"),
            (tender.get("procurementMethod") == "selective", "procurementMethod"),
            (tender.get("procurementMethodDetails") == "选择性谈判", "procurementMethodDetails"),
            (tender.get("numberOfTenderers") == len(tender.get("tenderers", [])), "numberOfTenderers"),
        ]
        party_ids = {p["id"] for p in release.get("parties", [])}
        for award in release.get("awards", []):
            for supplier in award.get("suppliers", []):
                checks.append((supplier["id"] in party_ids, "award supplier is a party"))
                roles = next(p["roles"] for p in release["parties"] if p["id"] == supplier["id"])
                checks.append(("supplier" in roles, "supplier role"))
            # Its share, or the service area it serves (an item named in the description).
            description = award.get("description", "")
            areas = [i.get("description", "") for i in award.get("items", [])]
            checks.append(("%" in description or any(a and a in description for a in areas),
                           "award share or service area noted"))
        for ok, what in checks:
            if not ok:
                failed = True
                print(f"{path}: {what} is wrong")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
