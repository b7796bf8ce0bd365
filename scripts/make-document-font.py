#!/usr/bin/env python3
"""Makes the typeface the documents are set in: a subset of a Noto Serif CJK SC face, renamed.

    make-document-font.py SOURCE FACE_INDEX STYLE OUTPUT

SOURCE is the font collection (NotoSerifCJK-Regular.ttc), FACE_INDEX the Simplified Chinese face in
it, STYLE "Regular" or "Bold". OUTPUT is written as "TenderPanel Serif SC" in that style.

Why: Qt's PDF writer looks up every character of the Basic Multilingual Plane in each font it embeds,
and matches each one the font maps against the glyphs a document used; loading a face also reads its
whole character map. The full face maps about 44,000 characters; this subset maps those of GB 2312
(the 6,763 common Hanzi and its symbols), Latin, and the punctuation and full-width forms, about
8,000. The glyphs, their metrics and the OpenType tables are the font's own, so a document looks the
same. A character outside the subset (a rare Hanzi in a name) is drawn by the next family the documents
name, the full Noto Serif CJK SC.

CJK radicals (U+2E80-U+2FDF) are left out on purpose: the full face draws many of them with the glyph
of an ideograph, and a PDF's text map then reads the radical instead of the ideograph.

The output is the same bytes for the same input (no time stamp is written), and keeps the font's
copyright, licence (SIL Open Font License 1.1) and trademark entries.
"""

import sys

from fontTools import subset
from fontTools.ttLib import TTFont

FAMILY = "TenderPanel Serif SC"


def characters():
    chars = set()
    for b1 in range(0xA1, 0xF8):
        for b2 in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([b1, b2]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    ranges = [
        (0x0020, 0x007E),  # ASCII
        (0x00A0, 0x024F),  # Latin-1, Latin Extended-A and -B (names, pinyin with tone marks)
        (0x02B0, 0x02FF),  # spacing modifier letters
        (0x0370, 0x03FF),  # Greek
        (0x2000, 0x206F),  # general punctuation
        (0x20A0, 0x20CF),  # currency symbols
        (0x2100, 0x218F),  # letterlike symbols, number forms
        (0x2190, 0x21FF),  # arrows
        (0x2200, 0x22FF),  # mathematical operators
        (0x2460, 0x24FF),  # enclosed alphanumerics
        (0x2500, 0x257F),  # box drawing
        (0x25A0, 0x25FF),  # geometric shapes
        (0x3000, 0x303F),  # CJK symbols and punctuation
        (0x3200, 0x32FF),  # enclosed CJK letters and months
        (0xFE30, 0xFE4F),  # CJK compatibility forms
        (0xFF00, 0xFFEF),  # half-width and full-width forms
    ]
    for first, last in ranges:
        chars.update(range(first, last + 1))
    return sorted(c for c in chars if not (0x2E80 <= c <= 0x2FDF))


def rename(font, style):
    ps_name = FAMILY.replace(" ", "") + "-" + style
    full = FAMILY if style == "Regular" else FAMILY + " " + style
    values = {1: FAMILY, 2: style, 3: ps_name, 4: full, 6: ps_name}
    name = font["name"]
    name.names = [record for record in name.names if record.nameID not in (1, 2, 3, 4, 6, 16, 17, 18, 21, 22)]
    for name_id, value in values.items():
        name.setName(value, name_id, 3, 1, 0x409)
    description = ("Subset of Noto Serif CJK SC (GB 2312, Latin, punctuation) renamed " + FAMILY +
                   " for the documents of TenderPanel.")
    name.setName(description, 10, 3, 1, 0x409)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [ps_name]
        top = cff[0]
        top.FullName = full
        top.FamilyName = FAMILY


def main(argv):
    if len(argv) != 5:
        sys.stderr.write(__doc__)
        return 2
    source, index, style, output = argv[1], int(argv[2]), argv[3], argv[4]
    font = TTFont(source, fontNumber=index, recalcTimestamp=False, lazy=False)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = [0x409]
    options.notdef_outline = True
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=characters())
    subsetter.subset(font)
    rename(font, style)
    font.save(output)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
