<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArchiveCommand</name>
    <message>
        <source>Seal a finished negotiation into one archive file, or verify a sealed archive.</source>
        <translation>Seal a finished negotiation into one archive file, or verify a sealed archive.</translation>
    </message>
    <message>
        <source>seal: writes one uncompressed POSIX tar file (.tparchive) with the canonical record, the rendered documents and a SHA-256 manifest, and prints the seal digest (the SHA-256 of manifest.sha256). The archived documents are always the Chinese ones, the official record. A negotiation of the workspace (ID) is sealed as the last step of its procedure, as the window seals it: its notice must be published, and once the file is written the seal digest is recorded as the issued archive and the negotiation is archived (it can no longer change); a scenario FILE has no workspace, only the file is written. Exit 5 when the negotiation is not finished or, for an ID, not published or already archived; exit 6 when the file cannot be written (disk full, no permission, a folder), and a file already at PATH is then left as it was.
verify: re-checks the container byte for byte, every file against the manifest and the manifest against the seal; then reads the record back, evaluates its scenario again and compares the result with the stored evaluation, renders every document again as seal does and compares the bytes. Documents rendered by another or an unknown version of TenderPanel are checked against the manifest and the seal only, with a note on standard error. Prints &quot;ok &lt;digest&gt;&quot; (exit 0) or names each file that does not match (exit 4).
Without TenderPanel: tar -xf X.tparchive &amp;&amp; sha256sum -c seal.sha256 &amp;&amp; sha256sum -c manifest.sha256</source>
        <translation>seal: writes one uncompressed POSIX tar file (.tparchive) with the canonical record, the rendered documents and a SHA-256 manifest, and prints the seal digest (the SHA-256 of manifest.sha256). The archived documents are always the Chinese ones, the official record. A negotiation of the workspace (ID) is sealed as the last step of its procedure, as the window seals it: its notice must be published, and once the file is written the seal digest is recorded as the issued archive and the negotiation is archived (it can no longer change); a scenario FILE has no workspace, only the file is written. Exit 5 when the negotiation is not finished or, for an ID, not published or already archived; exit 6 when the file cannot be written (disk full, no permission, a folder), and a file already at PATH is then left as it was.
verify: re-checks the container byte for byte, every file against the manifest and the manifest against the seal; then reads the record back, evaluates its scenario again and compares the result with the stored evaluation, renders every document again as seal does and compares the bytes. Documents rendered by another or an unknown version of TenderPanel are checked against the manifest and the seal only, with a note on standard error. Prints &quot;ok &lt;digest&gt;&quot; (exit 0) or names each file that does not match (exit 4).
Without TenderPanel: tar -xf X.tparchive &amp;&amp; sha256sum -c seal.sha256 &amp;&amp; sha256sum -c manifest.sha256</translation>
    </message>
    <message>
        <source>unknown action: use &quot;archive seal&quot; or &quot;archive verify&quot; (see --help)</source>
        <translation>unknown action: use &quot;archive seal&quot; or &quot;archive verify&quot; (see --help)</translation>
    </message>
    <message>
        <source>archive seal takes exactly one FILE or ID (see --help)</source>
        <translation>archive seal takes exactly one FILE or ID (see --help)</translation>
    </message>
    <message>
        <source>needs a path</source>
        <translation>needs a path</translation>
    </message>
    <message>
        <source>the negotiation is not finished (status %1): it cannot be sealed yet</source>
        <translation>the negotiation is not finished (status %1): it cannot be sealed yet</translation>
    </message>
    <message>
        <source>archive verify takes exactly one PATH (see --help)</source>
        <translation>archive verify takes exactly one PATH (see --help)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveSealer</name>
    <message>
        <source>The audit log does not verify</source>
        <translation>The audit log does not verify</translation>
    </message>
    <message>
        <source>the negotiation is not finished (status %1)</source>
        <translation>the negotiation is not finished (status %1)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The archive is written but not recorded</source>
        <translation>The archive is written but not recorded</translation>
    </message>
    <message>
        <source>The archive is written but the negotiation is not archived</source>
        <translation>The archive is written but the negotiation is not archived</translation>
    </message>
    <message>
        <source>The archive cannot be sealed</source>
        <translation>The archive cannot be sealed</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>is not an audit chain head (64 hexadecimal digits, or at least the first 16)</source>
        <translation>is not an audit chain head (64 hexadecimal digits, or at least the first 16)</translation>
    </message>
    <message>
        <source>names more than one audit event; give more of its digits</source>
        <translation>names more than one audit event; give more of its digits</translation>
    </message>
    <message>
        <source>the database file is damaged: %1</source>
        <translation>the database file is damaged: %1</translation>
    </message>
    <message>
        <source>the schema is not the one TenderPanel creates for version %1: %2</source>
        <translation>the schema is not the one TenderPanel creates for version %1: %2</translation>
    </message>
    <message>
        <source>audit event %1 (%2)</source>
        <translation>audit event %1 (%2)</translation>
    </message>
    <message>
        <source>audit event %1</source>
        <translation>audit event %1</translation>
    </message>
    <message>
        <source>is missing (the log goes from event %1 to event %2)</source>
        <translation>is missing (the log goes from event %1 to event %2)</translation>
    </message>
    <message>
        <source>does not chain to the previous event (its previous hash is %1, the previous event&apos;s hash is %2)</source>
        <translation>does not chain to the previous event (its previous hash is %1, the previous event&apos;s hash is %2)</translation>
    </message>
    <message>
        <source>its content does not match its hash (stored %1, computed %2)</source>
        <translation>its content does not match its hash (stored %1, computed %2)</translation>
    </message>
    <message>
        <source>its columns do not match its content</source>
        <translation>its columns do not match its content</translation>
    </message>
    <message>
        <source>names an unknown table &quot;%1&quot;</source>
        <translation>names an unknown table &quot;%1&quot;</translation>
    </message>
    <message>
        <source>has a malformed update of table &quot;%1&quot;</source>
        <translation>has a malformed update of table &quot;%1&quot;</translation>
    </message>
    <message>
        <source>updates %1, which no earlier event wrote</source>
        <translation>updates %1, which no earlier event wrote</translation>
    </message>
    <message>
        <source>%1: %2 was %3 by the earlier events but %4 before this one</source>
        <translation>%1: %2 was %3 by the earlier events but %4 before this one</translation>
    </message>
    <message>
        <source>changes the ballot box of vote %1 after its ballots were counted</source>
        <translation>changes the ballot box of vote %1 after its ballots were counted</translation>
    </message>
    <message>
        <source>counts %1 ballots in vote %2, but %3 were cast</source>
        <translation>counts %1 ballots in vote %2, but %3 were cast</translation>
    </message>
    <message>
        <source>has an unknown change &quot;%1&quot;</source>
        <translation>has an unknown change &quot;%1&quot;</translation>
    </message>
    <message>
        <source>records a score while the negotiation is at the step &quot;%1&quot;; scores are entered only during the presentations and scoring</source>
        <translation>records a score while the negotiation is at the step &quot;%1&quot;; scores are entered only during the presentations and scoring</translation>
    </message>
    <message>
        <source>audit event %1 (score_recorded)</source>
        <translation>audit event %1 (score_recorded)</translation>
    </message>
    <message>
        <source>is before the first event that entered scores of negotiation %1 in the record (%2), so the negotiation&apos;s record would not show it</source>
        <translation>is before the first event that entered scores of negotiation %1 in the record (%2), so the negotiation&apos;s record would not show it</translation>
    </message>
    <message>
        <source>the ballot box of vote %1 does not hold the ballots the tally records</source>
        <translation>the ballot box of vote %1 does not hold the ballots the tally records</translation>
    </message>
    <message>
        <source>the ballot box of vote %1 holds %2 ballots, but %3 were cast</source>
        <translation>the ballot box of vote %1 holds %2 ballots, but %3 were cast</translation>
    </message>
    <message>
        <source>the ballot box of vote %1 holds %2 ballots, but the roll names %3 members</source>
        <translation>the ballot box of vote %1 holds %2 ballots, but the roll names %3 members</translation>
    </message>
    <message>
        <source>%1 is in the table but no audit event wrote it</source>
        <translation>%1 is in the table but no audit event wrote it</translation>
    </message>
    <message>
        <source>%1: %2 is %3 in the table but %4 in the record</source>
        <translation>%1: %2 is %3 in the table but %4 in the record</translation>
    </message>
    <message>
        <source>%1 written by this event is missing from the table</source>
        <translation>%1 written by this event is missing from the table</translation>
    </message>
</context>
<context>
    <name>CanonicalRecordReader</name>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>must be an integer</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>is out of range</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>is not an ISO 8601 date-time</source>
        <translation>is not an ISO 8601 date-time</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>must be an array</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>must be at least 1</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>must be one of: %1</translation>
    </message>
    <message>
        <source>the key must be a number of winners</source>
        <translation>the key must be a number of winners</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>not a record this version reads (%1)</source>
        <translation>not a record this version reads (%1)</translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>needs a value</source>
        <translation>needs a value</translation>
    </message>
    <message>
        <source>given more than once</source>
        <translation>given more than once</translation>
    </message>
    <message>
        <source>unknown option (see --help)</source>
        <translation>unknown option (see --help)</translation>
    </message>
</context>
<context>
    <name>CmdAnalyze</name>
    <message>
        <source>How robust a result is: the winners&apos; margin, the result without each panel member, and how each member scored.</source>
        <translation>How robust a result is: the winners&apos; margin, the result without each panel member, and how each member scored.</translation>
    </message>
    <message>
        <source>Takes a scenario FILE or the ID of a negotiation in the workspace. Prints JSON (default) or a Chinese summary (--format text). A result still scoring or failed prints its status only.
Exit 0: the analysis (or the status) is printed; 2: invalid input, one line per problem on stderr; 6: the workspace could not be read.</source>
        <translation>Takes a scenario FILE or the ID of a negotiation in the workspace. Prints JSON (default) or a Chinese summary (--format text). A result still scoring or failed prints its status only.
Exit 0: the analysis (or the status) is printed; 2: invalid input, one line per problem on stderr; 6: the workspace could not be read.</translation>
    </message>
    <message>
        <source>analyze takes exactly one scenario FILE or negotiation ID (see --help)</source>
        <translation>analyze takes exactly one scenario FILE or negotiation ID (see --help)</translation>
    </message>
</context>
<context>
    <name>CmdDraw</name>
    <message>
        <source>Verifiable lot draw: print the commitment, then the presentation order, one id a line.</source>
        <translation>Verifiable lot draw: print the commitment, then the presentation order, one id a line.</translation>
    </message>
    <message>
        <source>The commitment is sha256(SEED); each bidder&apos;s key is sha256(SEED:ID) and the order is ascending by key. Anyone can check a key with:  printf &apos;%s&apos; &quot;$SEED:B1&quot; | sha256sum
Without --seed, a new seed is drawn from the system&apos;s secure random source and printed first.</source>
        <translation>The commitment is sha256(SEED); each bidder&apos;s key is sha256(SEED:ID) and the order is ascending by key. Anyone can check a key with:  printf &apos;%s&apos; &quot;$SEED:B1&quot; | sha256sum
Without --seed, a new seed is drawn from the system&apos;s secure random source and printed first.</translation>
    </message>
    <message>
        <source>name at least one bidder ID (see --help)</source>
        <translation>name at least one bidder ID (see --help)</translation>
    </message>
    <message>
        <source>a bidder ID must not be empty</source>
        <translation>a bidder ID must not be empty</translation>
    </message>
    <message>
        <source>bidder ID given more than once</source>
        <translation>bidder ID given more than once</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal characters</source>
        <translation>must be 64 lowercase hexadecimal characters</translation>
    </message>
    <message>
        <source>seed (reveal after the draw): %1</source>
        <translation>seed (reveal after the draw): %1</translation>
    </message>
</context>
<context>
    <name>CmdEvaluate</name>
    <message>
        <source>Evaluate a scenario file: qualification, draw, trimmed scores, ranking, votes, allocation, publication period.</source>
        <translation>Evaluate a scenario file: qualification, draw, trimmed scores, ranking, votes, allocation, publication period.</translation>
    </message>
    <message>
        <source>Prints the result as JSON (default) or as a readable summary (--format text).
Exit 0: status final, failed or scoring; 3: a tie needs the panel&apos;s anonymous vote (the result so far is printed); 2: invalid input, one line per problem on stderr.</source>
        <translation>Prints the result as JSON (default) or as a readable summary (--format text).
Exit 0: status final, failed or scoring; 3: a tie needs the panel&apos;s anonymous vote (the result so far is printed); 2: invalid input, one line per problem on stderr.</translation>
    </message>
    <message>
        <source>evaluate takes exactly one scenario FILE (see --help)</source>
        <translation>evaluate takes exactly one scenario FILE (see --help)</translation>
    </message>
</context>
<context>
    <name>CmdWorkdays</name>
    <message>
        <source>Print the last day of a period of N working days (Chinese statutory holidays and adjusted working days).</source>
        <translation>Print the last day of a period of N working days (Chinese statutory holidays and adjusted working days).</translation>
    </message>
    <message>
        <source>By default the start day is not counted (Civil Code art. 201); --count-start-day counts it when it is a working day. Years the calendar does not cover count weekends only, with a warning on stderr. Extend the calendar with a file named by TENDERPANEL_CALENDAR.</source>
        <translation>By default the start day is not counted (Civil Code art. 201); --count-start-day counts it when it is a working day. Years the calendar does not cover count weekends only, with a warning on stderr. Extend the calendar with a file named by TENDERPANEL_CALENDAR.</translation>
    </message>
    <message>
        <source>unexpected argument (see --help)</source>
        <translation>unexpected argument (see --help)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; is not a date of the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 1 to 10000</source>
        <translation>&quot;%1&quot; is not a whole number from 1 to 10000</translation>
    </message>
</context>
<context>
    <name>DocumentNoticeCommand</name>
    <message>
        <source>Render the result notice, the evaluation report or the letters to the bidders as PDF, HTML or OpenDocument text.</source>
        <translation>Render the result notice, the evaluation report or the letters to the bidders as PDF, HTML or OpenDocument text.</translation>
    </message>
    <message>
        <source>--kind result: 结果公示 (result notice); report: 评审报告 (procedure record with score sheets, calculation sheet, draw and vote records); letters: one letter per bidder with its own score and position (--bidder B: only that bidder&apos;s letter).
The format follows the extension of --out (.pdf, .html or .odt). The file is written whole or not at all; a device such as /dev/null is written in place.
--lang zh_CN (the default, the official language of the notice) or en: the language of the document, whatever the language of the program&apos;s messages.
Exit 0: written; 2: invalid input or usage; 5: the negotiation is not finished (a notice or letters need status final or failed); 6: the file cannot be written (disk full, no permission, a folder) and a file already at the path is left as it was.</source>
        <translation>--kind result: 结果公示 (result notice); report: 评审报告 (procedure record with score sheets, calculation sheet, draw and vote records); letters: one letter per bidder with its own score and position (--bidder B: only that bidder&apos;s letter).
The format follows the extension of --out (.pdf, .html or .odt). The file is written whole or not at all; a device such as /dev/null is written in place.
--lang zh_CN (the default, the official language of the notice) or en: the language of the document, whatever the language of the program&apos;s messages.
Exit 0: written; 2: invalid input or usage; 5: the negotiation is not finished (a notice or letters need status final or failed); 6: the file cannot be written (disk full, no permission, a folder) and a file already at the path is left as it was.</translation>
    </message>
    <message>
        <source>.odt: OpenDocument text with the same content, headings, tables and fonts, for adjusting the wording in a word processor before posting. It is a draft: only the PDF is the issued document. Each part starts on a new page; the page numbers are the word processor&apos;s.</source>
        <translation>.odt: OpenDocument text with the same content, headings, tables and fonts, for adjusting the wording in a word processor before posting. It is a draft: only the PDF is the issued document. Each part starts on a new page; the page numbers are the word processor&apos;s.</translation>
    </message>
    <message>
        <source>--kind and --out can be repeated, in pairs: the document of the n-th --kind is written to the n-th --out, all from one reading of the negotiation (faster than one command per document). Nothing is written when one of them cannot be made; when a file cannot be written, the ones after it are not written either.</source>
        <translation>--kind and --out can be repeated, in pairs: the document of the n-th --kind is written to the n-th --out, all from one reading of the negotiation (faster than one command per document). Nothing is written when one of them cannot be made; when a file cannot be written, the ones after it are not written either.</translation>
    </message>
    <message>
        <source>--kind robustness: 评审结果稳健性分析 (robustness of the result), for the supervisors and not part of the published result: the margin of the last winning place, the result without each panel member, and each member&apos;s figures (docs/analysis.md). It needs a ranked result, status final or vote_required (exit 5 otherwise).</source>
        <translation>--kind robustness: 评审结果稳健性分析 (robustness of the result), for the supervisors and not part of the published result: the margin of the last winning place, the result without each panel member, and each member&apos;s figures (docs/analysis.md). It needs a ranked result, status final or vote_required (exit 5 otherwise).</translation>
    </message>
    <message>
        <source>notice takes exactly one FILE or ID (see --help)</source>
        <translation>notice takes exactly one FILE or ID (see --help)</translation>
    </message>
    <message>
        <source>must be result, report, letters or robustness, not &quot;%1&quot;</source>
        <translation>must be result, report, letters or robustness, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>needs a path ending in .pdf, .html or .odt</source>
        <translation>needs a path ending in .pdf, .html or .odt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given more than once</source>
        <translation>&quot;%1&quot; is given more than once</translation>
    </message>
    <message>
        <source>each --kind needs its --out: %1 --kind and %2 --out were given</source>
        <extracomment>%1 and %2 are numbers of options</extracomment>
        <translation>each --kind needs its --out: %1 --kind and %2 --out were given</translation>
    </message>
    <message>
        <source>only applies to --kind letters</source>
        <translation>only applies to --kind letters</translation>
    </message>
    <message>
        <source>must be zh_CN or en, not &quot;%1&quot;</source>
        <translation>must be zh_CN or en, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no bidder &quot;%1&quot; in this negotiation</source>
        <translation>no bidder &quot;%1&quot; in this negotiation</translation>
    </message>
    <message>
        <source>the result has no ranking to analyse (status %1): the robustness analysis needs status final or vote_required</source>
        <translation>the result has no ranking to analyse (status %1): the robustness analysis needs status final or vote_required</translation>
    </message>
    <message>
        <source>the negotiation is not finished (status %1): nothing can be published yet</source>
        <translation>the negotiation is not finished (status %1): nothing can be published yet</translation>
    </message>
</context>
<context>
    <name>DocumentOcdsCommand</name>
    <message>
        <source>Export the award as an OCDS 1.1 release (one award per winner, shares noted).</source>
        <translation>Export the award as an OCDS 1.1 release (one award per winner, shares noted).</translation>
    </message>
    <message>
        <source>The release follows the OCDS 1.1.5 release schema without extensions: parties (buyer, procuringEntity, tenderer, supplier), the tender (procurementMethod &quot;selective&quot;) and one award per winner. The file is written whole or not at all; a device such as /dev/null is written in place.
Exit 0: written; 2: invalid input or usage; 6: the file cannot be written (disk full, no permission, a folder) and a file already at PATH is left as it was.</source>
        <translation>The release follows the OCDS 1.1.5 release schema without extensions: parties (buyer, procuringEntity, tenderer, supplier), the tender (procurementMethod &quot;selective&quot;) and one award per winner. The file is written whole or not at all; a device such as /dev/null is written in place.
Exit 0: written; 2: invalid input or usage; 6: the file cannot be written (disk full, no permission, a folder) and a file already at PATH is left as it was.</translation>
    </message>
    <message>
        <source>ocds takes exactly one FILE or ID (see --help)</source>
        <translation>ocds takes exactly one FILE or ID (see --help)</translation>
    </message>
    <message>
        <source>needs a path</source>
        <translation>needs a path</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>Notice of the negotiation result</source>
        <translation>Notice of the negotiation result</translation>
    </message>
    <message>
        <source>Notice of award</source>
        <translation>Notice of award</translation>
    </message>
    <message>
        <source>To %1:</source>
        <extracomment>%1 is the bidder&apos;s name</extracomment>
        <translation>To %1:</translation>
    </message>
    <message>
        <source>Your company took part in the %2 conducted by %1. Following the evaluation by the negotiation panel, we notify you of your result as follows:</source>
        <extracomment>%1 is the purchaser, %2 the project&apos;s title</extracomment>
        <translation>Your company took part in the %2 conducted by %1. Following the evaluation by the negotiation panel, we notify you of your result as follows:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>Final score</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Not qualified: %1</source>
        <translation>Not qualified: %1</translation>
    </message>
    <message>
        <source>The negotiation has failed; no winner was chosen</source>
        <translation>The negotiation has failed; no winner was chosen</translation>
    </message>
    <message>
        <source>Awarded, with a share of %1%</source>
        <extracomment>%1 is the share in percent</extracomment>
        <translation>Awarded, with a share of %1%</translation>
    </message>
    <message>
        <source>Not awarded</source>
        <translation>Not awarded</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>Service area</translation>
    </message>
    <message>
        <source>Publication period</source>
        <translation>Publication period</translation>
    </message>
    <message>
        <source>When the publication period has ended, please sign the service agreement with the purchaser as the negotiation documents provide.</source>
        <translation>When the publication period has ended, please sign the service agreement with the purchaser as the negotiation documents provide.</translation>
    </message>
    <message>
        <source>Thank you for your support of and participation in this project.</source>
        <translation>Thank you for your support of and participation in this project.</translation>
    </message>
    <message>
        <source>If you disagree with the result, you may challenge it in writing to the purchaser within the publication period: %1.</source>
        <extracomment>%1 is the publication period</extracomment>
        <translation>If you disagree with the result, you may challenge it in writing to the purchaser within the publication period: %1.</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Scoring Terminal Credential</source>
        <comment>credential slip</comment>
        <translation>Scoring Terminal Credential</translation>
    </message>
    <message>
        <source>Panel member</source>
        <comment>credential slip</comment>
        <translation>Panel member</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <comment>credential slip</comment>
        <translation>Negotiation</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>credential slip</comment>
        <translation>Server</translation>
    </message>
    <message>
        <source>Database</source>
        <comment>credential slip</comment>
        <translation>Database</translation>
    </message>
    <message>
        <source>Login</source>
        <comment>credential slip</comment>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>credential slip</comment>
        <translation>Password</translation>
    </message>
    <message>
        <source>Scan to connect</source>
        <comment>credential slip</comment>
        <translation>Scan to connect</translation>
    </message>
    <message>
        <source>This credential is personal: do not pass it on. It ends when your score sheet is submitted and the votes are done, or when the secretary revokes it.</source>
        <comment>credential slip</comment>
        <translation>This credential is personal: do not pass it on. It ends when your score sheet is submitted and the votes are done, or when the secretary revokes it.</translation>
    </message>
    <message>
        <source>cut here</source>
        <comment>credential slip</comment>
        <translation>cut here</translation>
    </message>
    <message>
        <source>Scoring Terminal Credentials</source>
        <comment>credential slip</comment>
        <translation>Scoring Terminal Credentials</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>%1. </source>
        <extracomment>%1 is the section number; Chinese writes it in Chinese numerals (一、二、)</extracomment>
        <translation>%1. </translation>
    </message>
    <message>
        <source>: </source>
        <extracomment>Between a label and its value</extracomment>
        <translation>: </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list of names</comment>
        <extracomment>Between the names of a list</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between clauses of a sentence</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>No. %1</source>
        <extracomment>A place in the ranking</extracomment>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format of QLocale::toString (d day, M month, MMMM month name, yyyy year)</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Not eligible to take part</source>
        <translation>Not eligible to take part</translation>
    </message>
    <message>
        <source>Not registered, deemed to have withdrawn</source>
        <translation>Not registered, deemed to have withdrawn</translation>
    </message>
    <message>
        <source>Registered late, deemed to have withdrawn</source>
        <translation>Registered late, deemed to have withdrawn</translation>
    </message>
    <message>
        <source>No proposal submitted</source>
        <translation>No proposal submitted</translation>
    </message>
    <message>
        <source>Proposal submitted late</source>
        <translation>Proposal submitted late</translation>
    </message>
    <message>
        <source>Proposal rejected</source>
        <translation>Proposal rejected</translation>
    </message>
    <message>
        <source>%1 submitted fewer copies of the proposal than required</source>
        <translation>%1 submitted fewer copies of the proposal than required</translation>
    </message>
    <message>
        <source>The seal of the proposal of %1 is not intact</source>
        <translation>The seal of the proposal of %1 is not intact</translation>
    </message>
    <message>
        <source>%1 is excluded; its scores are not counted</source>
        <translation>%1 is excluded; its scores are not counted</translation>
    </message>
    <message>
        <source>The working-day calendar has no holiday arrangements for %1; only weekends are counted in that year</source>
        <extracomment>%1 is a year</extracomment>
        <translation>The working-day calendar has no holiday arrangements for %1; only weekends are counted in that year</translation>
    </message>
    <message>
        <source>Evaluation complete</source>
        <translation>Evaluation complete</translation>
    </message>
    <message>
        <source>Negotiation failed</source>
        <translation>Negotiation failed</translation>
    </message>
    <message>
        <source>Equal scores: the panel&apos;s anonymous vote is needed</source>
        <translation>Equal scores: the panel&apos;s anonymous vote is needed</translation>
    </message>
    <message>
        <source>Scoring in progress</source>
        <translation>Scoring in progress</translation>
    </message>
    <message>
        <source>without dropping the highest and lowest scores, </source>
        <translation>without dropping the highest and lowest scores, </translation>
    </message>
    <message>
        <source>after dropping the %1 highest and %2 lowest scores, </source>
        <translation>after dropping the %1 highest and %2 lowest scores, </translation>
    </message>
    <message>
        <source>The panel members score independently and once, against the scoring criteria. </source>
        <translation>The panel members score independently and once, against the scoring criteria. </translation>
    </message>
    <message>
        <source>For each bidder, %1the final score is the arithmetic mean of the remaining totals of the panel members; </source>
        <extracomment>%1 says which scores are dropped</extracomment>
        <translation>For each bidder, %1the final score is the arithmetic mean of the remaining totals of the panel members; </translation>
    </message>
    <message>
        <source>For each criterion, %1the scores of the panel members are averaged, and the final score is the sum of these means; </source>
        <extracomment>%1 says which scores are dropped</extracomment>
        <translation>For each criterion, %1the scores of the panel members are averaged, and the final score is the sum of these means; </translation>
    </message>
    <message>
        <source>the final score is published rounded half up to two decimals, and the bidders are ranked from the highest score down; </source>
        <translation>the final score is published rounded half up to two decimals, and the bidders are ranked from the highest score down; </translation>
    </message>
    <message>
        <source>where exact scores are equal and this affects the award, the panel decides the order by anonymous vote.</source>
        <translation>where exact scores are equal and this affects the award, the panel decides the order by anonymous vote.</translation>
    </message>
    <message>
        <source>where published scores are equal and this affects the award, the panel decides the order by anonymous vote.</source>
        <translation>where published scores are equal and this affects the award, the panel decides the order by anonymous vote.</translation>
    </message>
    <message>
        <source>No. %1: %2%</source>
        <extracomment>%1 is a place in the ranking, %2 the share in percent</extracomment>
        <translation>No. %1: %2%</translation>
    </message>
    <message>
        <source>, </source>
        <comment>shares</comment>
        <extracomment>Between the shares of the winners</extracomment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>with %n winner(s): %1</source>
        <extracomment>%n is the number of winners, %1 their shares</extracomment>
        <translation>
            <numerusform>with %n winner: %1</numerusform>
            <numerusform>with %n winners: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No. %1 serves %2</source>
        <extracomment>%1 is a place in the ranking, %2 a service area with its places</extracomment>
        <translation>No. %1 serves %2</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>The end of a sentence</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Number of winners and shares</source>
        <translation>Number of winners and shares</translation>
    </message>
    <message>
        <source>Number of winners and service areas</source>
        <translation>Number of winners and service areas</translation>
    </message>
    <message>
        <source>Number of winners, shares and service areas</source>
        <translation>Number of winners, shares and service areas</translation>
    </message>
    <message>
        <source>%1, share %2%.</source>
        <extracomment>%1 is the winner&apos;s name, %2 its share in percent</extracomment>
        <translation>%1, share %2%.</translation>
    </message>
    <message>
        <source>%1, service area %2.</source>
        <extracomment>%1 is the winner&apos;s name, %2 its service area with the places it covers</extracomment>
        <translation>%1, service area %2.</translation>
    </message>
    <message>
        <source>%1, share %2%, service area %3.</source>
        <extracomment>%1 is the winner&apos;s name, %2 its share in percent, %3 its service area with the places it covers</extracomment>
        <translation>%1, share %2%, service area %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n working day(s))</source>
        <extracomment>%1 and %2 are dates</extracomment>
        <translation>
            <numerusform>%1 to %2 (%n working day)</numerusform>
            <numerusform>%1 to %2 (%n working days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n bidder(s) qualified: the negotiation has failed.</source>
        <translation>
            <numerusform>Fewer than %n bidder qualified: the negotiation has failed.</numerusform>
            <numerusform>Fewer than %n bidders qualified: the negotiation has failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The negotiation has failed (%1).</source>
        <translation>The negotiation has failed (%1).</translation>
    </message>
    <message>
        <source>Error in adding up the scores</source>
        <translation>Error in adding up the scores</translation>
    </message>
    <message>
        <source>A score outside the range of points the scoring criteria allow</source>
        <translation>A score outside the range of points the scoring criteria allow</translation>
    </message>
    <message>
        <source>Differing scores for an objective criterion</source>
        <translation>Differing scores for an objective criterion</translation>
    </message>
    <message>
        <source>A score the whole panel found abnormally high or abnormally low</source>
        <translation>A score the whole panel found abnormally high or abnormally low</translation>
    </message>
    <message numerus="yes">
        <source>No. %1 of %n qualified bidder(s)</source>
        <extracomment>%1 is the bidder&apos;s place, %n the number of qualified bidders</extracomment>
        <translation>
            <numerusform>No. %1 of %n qualified bidder</numerusform>
            <numerusform>No. %1 of %n qualified bidders</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source> (late)</source>
        <extracomment>After a registration or receipt time that was after the deadline</extracomment>
        <translation> (late)</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <source>No receipt of proposals was recorded for this project.</source>
        <translation>No receipt of proposals was recorded for this project.</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>Not intact</source>
        <translation>Not intact</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>Opened at</translation>
    </message>
    <message>
        <source>Opening witnessed by</source>
        <translation>Opening witnessed by</translation>
    </message>
    <message>
        <source>No draw was held; the bidders present in the order of registration.</source>
        <translation>No draw was held; the bidders present in the order of registration.</translation>
    </message>
    <message>
        <source>Draw method</source>
        <translation>Draw method</translation>
    </message>
    <message>
        <source>verifiable random draw (the commitment is published before the draw; the key of each bidder is SHA-256(seed + &quot;:&quot; + bidder id), and the bidders present in ascending order of their keys)</source>
        <translation>verifiable random draw (the commitment is published before the draw; the key of each bidder is SHA-256(seed + &quot;:&quot; + bidder id), and the bidders present in ascending order of their keys)</translation>
    </message>
    <message>
        <source>manual draw on site (the result is recorded)</source>
        <translation>manual draw on site (the result is recorded)</translation>
    </message>
    <message>
        <source>Commitment SHA-256(seed)</source>
        <translation>Commitment SHA-256(seed)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Drawn at</source>
        <translation>Drawn at</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Witnesses</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Anyone can check the key of each bidder with the commands below (the first 64 characters of the output must match the table):</source>
        <translation>Anyone can check the key of each bidder with the commands below (the first 64 characters of the output must match the table):</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <source>presentation %1 minutes, supplementary statement %2 minutes</source>
        <translation>presentation %1 minutes, supplementary statement %2 minutes</translation>
    </message>
    <message>
        <source>— (the presentation times were not recorded)</source>
        <translation>— (the presentation times were not recorded)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Panel member</source>
        <translation>Panel member</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>dropped (highest)</source>
        <translation>dropped (highest)</translation>
    </message>
    <message>
        <source>dropped (lowest)</source>
        <translation>dropped (lowest)</translation>
    </message>
    <message>
        <source>Sum of the kept scores</source>
        <translation>Sum of the kept scores</translation>
    </message>
    <message>
        <source>Scores kept</source>
        <translation>Scores kept</translation>
    </message>
    <message>
        <source>Exact mean</source>
        <translation>Exact mean</translation>
    </message>
    <message>
        <source>Published score</source>
        <translation>Published score</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Mean of the criterion</source>
        <translation>Mean of the criterion</translation>
    </message>
    <message>
        <source>Calculation: %1 Struck-through values are the dropped highest and lowest scores; where the exact mean is a fraction, the published score is that fraction rounded half up.</source>
        <extracomment>%1 is the evaluation rule in words</extracomment>
        <translation>Calculation: %1 Struck-through values are the dropped highest and lowest scores; where the exact mean is a fraction, the published score is that fraction rounded half up.</translation>
    </message>
    <message>
        <source>The scoring is not finished yet.</source>
        <translation>The scoring is not finished yet.</translation>
    </message>
    <message>
        <source>— (no corrections recorded)</source>
        <translation>— (no corrections recorded)</translation>
    </message>
    <message>
        <source>Old score</source>
        <translation>Old score</translation>
    </message>
    <message>
        <source>Corrected score</source>
        <translation>Corrected score</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Ground</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <source>None (no equal scores needed a vote).</source>
        <translation>None (no equal scores needed a vote).</translation>
    </message>
    <message>
        <source>Vote, round %1</source>
        <translation>Vote, round %1</translation>
    </message>
    <message>
        <source>Bidders with equal scores</source>
        <translation>Bidders with equal scores</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Blank ballots</source>
        <translation>Blank ballots</translation>
    </message>
    <message>
        <source>%1 have equal scores (places %2 to %3); the anonymous vote of the panel is pending.</source>
        <extracomment>%1 lists the bidders, %2 and %3 are places in the ranking</extracomment>
        <translation>%1 have equal scores (places %2 to %3); the anonymous vote of the panel is pending.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Decided by vote</source>
        <translation>Decided by vote</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Score sheet of a panel member</source>
        <translation>Score sheet of a panel member</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Signature of the panel member: ____________________        Date: ____________________</source>
        <translation>Signature of the panel member: ____________________        Date: ____________________</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Evaluation report: %1</source>
        <extracomment>%1 is the project&apos;s title</extracomment>
        <translation>Evaluation report: %1</translation>
    </message>
    <message>
        <source>Head of the audit chain</source>
        <translation>Head of the audit chain</translation>
    </message>
    <message>
        <source>Record digest</source>
        <translation>Record digest</translation>
    </message>
    <message>
        <source>Archive digest</source>
        <translation>Archive digest</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>The project</translation>
    </message>
    <message>
        <source>Purchaser (medical security agency)</source>
        <translation>Purchaser (medical security agency)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Selective negotiation</source>
        <translation>Selective negotiation</translation>
    </message>
    <message>
        <source>Status of the evaluation</source>
        <translation>Status of the evaluation</translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <source>Proposal deadline</source>
        <translation>Proposal deadline</translation>
    </message>
    <message>
        <source>Copies of the proposal required</source>
        <translation>Copies of the proposal required</translation>
    </message>
    <message>
        <source>Minimum number of qualified bidders</source>
        <translation>Minimum number of qualified bidders</translation>
    </message>
    <message numerus="yes">
        <source>at most %n winner(s); </source>
        <translation>
            <numerusform>at most %n winner; </numerusform>
            <numerusform>at most %n winners; </numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation rules</source>
        <translation>Evaluation rules</translation>
    </message>
    <message>
        <source> (leader)</source>
        <extracomment>After the name of the panel leader</extracomment>
        <translation> (leader)</translation>
    </message>
    <message>
        <source>Negotiation panel</source>
        <translation>Negotiation panel</translation>
    </message>
    <message>
        <source>Procedure notes</source>
        <translation>Procedure notes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Registration record</source>
        <translation>Registration record</translation>
    </message>
    <message>
        <source>Proposals received</source>
        <translation>Proposals received</translation>
    </message>
    <message>
        <source>Lot draw for the order of presentation</source>
        <translation>Lot draw for the order of presentation</translation>
    </message>
    <message>
        <source>Presentations and statements</source>
        <translation>Presentations and statements</translation>
    </message>
    <message>
        <source>Calculation of the scores</source>
        <translation>Calculation of the scores</translation>
    </message>
    <message>
        <source>Corrections of scores</source>
        <translation>Corrections of scores</translation>
    </message>
    <message>
        <source>Anonymous votes</source>
        <translation>Anonymous votes</translation>
    </message>
    <message>
        <source>Ranking and allocation of shares</source>
        <translation>Ranking and allocation of shares</translation>
    </message>
    <message>
        <source>Ranking and service areas</source>
        <translation>Ranking and service areas</translation>
    </message>
    <message>
        <source>Signatures of the negotiation panel</source>
        <translation>Signatures of the negotiation panel</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>%1 · evaluation report</source>
        <extracomment>The running header of the report&apos;s pages; %1 is the project&apos;s title</extracomment>
        <translation>%1 · evaluation report</translation>
    </message>
    <message>
        <source>%1 Final score %2, %3.</source>
        <extracomment>%1 is &quot;name, share 60%.&quot;, %2 the final score in points, %3 the place in the ranking</extracomment>
        <translation>%1 Final score %2, %3.</translation>
    </message>
    <message>
        <source>Receipt for a Sealed Proposal</source>
        <comment>proposal receipt</comment>
        <translation>Receipt for a Sealed Proposal</translation>
    </message>
    <message>
        <source>Negotiation no.</source>
        <comment>proposal receipt</comment>
        <translation>Negotiation no.</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <comment>proposal receipt</comment>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>Representative</source>
        <comment>proposal receipt</comment>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Received at</source>
        <comment>proposal receipt</comment>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Deadline</source>
        <comment>proposal receipt</comment>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Copies</source>
        <comment>proposal receipt</comment>
        <translation>Copies</translation>
    </message>
    <message>
        <source>%1 (%2 required)</source>
        <comment>proposal receipt</comment>
        <extracomment>%1 copies received, %2 copies required</extracomment>
        <translation>%1 (%2 required)</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>proposal receipt, copies received</comment>
        <extracomment>%1 is the number of copies received; Chinese adds its unit (份)</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>Seal</source>
        <comment>proposal receipt</comment>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>proposal receipt</comment>
        <translation>Late</translation>
    </message>
    <message>
        <source>No (received by the deadline)</source>
        <comment>proposal receipt</comment>
        <translation>No (received by the deadline)</translation>
    </message>
    <message>
        <source>Yes (received after the deadline; recorded as such)</source>
        <comment>proposal receipt</comment>
        <translation>Yes (received after the deadline; recorded as such)</translation>
    </message>
    <message>
        <source>Received by</source>
        <comment>proposal receipt</comment>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Representative&apos;s signature: ____________________    Date: ____________</source>
        <comment>proposal receipt</comment>
        <translation>Representative&apos;s signature: ____________________    Date: ____________</translation>
    </message>
    <message>
        <source>Receiver&apos;s signature: ____________________    Date: ____________</source>
        <comment>proposal receipt</comment>
        <translation>Receiver&apos;s signature: ____________________    Date: ____________</translation>
    </message>
    <message>
        <source>This receipt is made in two copies, one for the bidder and one for the receiving office.</source>
        <comment>proposal receipt</comment>
        <translation>This receipt is made in two copies, one for the bidder and one for the receiving office.</translation>
    </message>
    <message>
        <source>Representative</source>
        <extracomment>The person who registered for a bidder</extracomment>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>Documents checked</translation>
    </message>
    <message>
        <source>letter of introduction, copy of ID</source>
        <translation>letter of introduction, copy of ID</translation>
    </message>
    <message>
        <source>letter of introduction (copy of ID not checked)</source>
        <translation>letter of introduction (copy of ID not checked)</translation>
    </message>
    <message>
        <source>copy of ID (letter of introduction not checked)</source>
        <translation>copy of ID (letter of introduction not checked)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>ID no. %1</source>
        <extracomment>%1 is the ID card number with all but its last 4 characters masked</extracomment>
        <translation>ID no. %1</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Opened / witness</source>
        <translation>Opened / witness</translation>
    </message>
    <message>
        <source>Corrected %1: %2 → %3; reason: %4 (recorded by %5)</source>
        <extracomment>A registration or proposal receipt corrected: %1 bidder, %2 the entry before, %3 after, %4 the reason, %5 who recorded the correction</extracomment>
        <translation>Corrected %1: %2 → %3; reason: %4 (recorded by %5)</translation>
    </message>
    <message>
        <source>Withdrawn entry of %1; reason: %2 (recorded by %3)</source>
        <extracomment>A registration or proposal receipt recorded in error and withdrawn: %1 bidder, %2 the reason, %3 who recorded it</extracomment>
        <translation>Withdrawn entry of %1; reason: %2 (recorded by %3)</translation>
    </message>
    <message>
        <source>over time by %1 s</source>
        <extracomment>A presentation longer than allowed; %1 is seconds</extracomment>
        <translation>over time by %1 s</translation>
    </message>
    <message>
        <source>over time by %1 min</source>
        <extracomment>A presentation longer than allowed; %1 is minutes</extracomment>
        <translation>over time by %1 min</translation>
    </message>
    <message>
        <source>over time by %1 min %2 s</source>
        <extracomment>A presentation longer than allowed; %1 is minutes, %2 seconds</extracomment>
        <translation>over time by %1 min %2 s</translation>
    </message>
    <message>
        <source>Published on</source>
        <extracomment>The website where the result notice is published</extracomment>
        <translation>Published on</translation>
    </message>
    <message>
        <source>Contact for challenges: </source>
        <extracomment>Before the contact, in the running text of the notice (ends with its own colon)</extracomment>
        <translation>Contact for challenges: </translation>
    </message>
    <message>
        <source>Contact for challenges</source>
        <extracomment>The head of a table row</extracomment>
        <translation>Contact for challenges</translation>
    </message>
    <message>
        <source>Record anchor: %1</source>
        <extracomment>%1 is the first 16 hex digits of the audit chain head, in groups of four</extracomment>
        <translation>Record anchor: %1</translation>
    </message>
    <message>
        <source>The anchor is the head of the negotiation record&apos;s audit chain when this document was made (in full: %1). Whoever holds the record can check that it has not been rewritten since: tenderpanel-cli audit verify --head %2</source>
        <extracomment>Small print under the record anchor; %1 is the full 64-digit hash, %2 its first 16 digits</extracomment>
        <translation>The anchor is the head of the negotiation record&apos;s audit chain when this document was made (in full: %1). Whoever holds the record can check that it has not been rewritten since: tenderpanel-cli audit verify --head %2</translation>
    </message>
    <message>
        <source>Result notice: %1</source>
        <extracomment>%1 is the project&apos;s title</extracomment>
        <translation>Result notice: %1</translation>
    </message>
    <message>
        <source>the negotiation documents of this project</source>
        <translation>the negotiation documents of this project</translation>
    </message>
    <message>
        <source>In accordance with %1, %2 conducted the %3. The negotiation panel has completed the evaluation following the prescribed procedure and evaluation method, and the result is published as follows:</source>
        <extracomment>%1 is the basis (the negotiation documents), %2 the purchaser, %3 the project&apos;s title</extracomment>
        <translation>In accordance with %1, %2 conducted the %3. The negotiation panel has completed the evaluation following the prescribed procedure and evaluation method, and the result is published as follows:</translation>
    </message>
    <message>
        <source>Method, basis and evaluation rules</source>
        <translation>Method, basis and evaluation rules</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Scores and ranking of the qualified bidders</source>
        <translation>Scores and ranking of the qualified bidders</translation>
    </message>
    <message>
        <source>Note: the bidders marked * had equal scores; their order was decided by the panel&apos;s anonymous vote.</source>
        <translation>Note: the bidders marked * had equal scores; their order was decided by the panel&apos;s anonymous vote.</translation>
    </message>
    <message>
        <source>Winners and their shares</source>
        <translation>Winners and their shares</translation>
    </message>
    <message>
        <source>Winners and their service areas</source>
        <translation>Winners and their service areas</translation>
    </message>
    <message>
        <source>Winners, their shares and service areas</source>
        <translation>Winners, their shares and service areas</translation>
    </message>
    <message>
        <source>This negotiation has no winner.</source>
        <translation>This negotiation has no winner.</translation>
    </message>
    <message>
        <source>Bidders not qualified, and why</source>
        <translation>Bidders not qualified, and why</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Members of the negotiation panel</source>
        <translation>Members of the negotiation panel</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Published at</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <source>A bidder who considers that the evaluation procedure or its result has harmed its rights may challenge it in writing to %1 within the publication period. The challenge must be signed by the legal representative or an authorised representative and bear the company seal, state the specific matters challenged and the facts they rest on, and enclose the supporting evidence. Challenges made late or anonymously are not accepted.</source>
        <extracomment>%1 is the purchaser</extracomment>
        <translation>A bidder who considers that the evaluation procedure or its result has harmed its rights may challenge it in writing to %1 within the publication period. The challenge must be signed by the legal representative or an authorised representative and bear the company seal, state the specific matters challenged and the facts they rest on, and enclose the supporting evidence. Challenges made late or anonymously are not accepted.</translation>
    </message>
    <message>
        <source>Challenges are received at</source>
        <translation>Challenges are received at</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Negotiation no.</source>
        <extracomment>The negotiation&apos;s number (code) in the workspace</extracomment>
        <translation>Negotiation no.</translation>
    </message>
    <message>
        <source>None yet: the panel&apos;s vote on equal scores is pending</source>
        <translation>None yet: the panel&apos;s vote on equal scores is pending</translation>
    </message>
    <message>
        <source>Winners</source>
        <extracomment>The winners of the negotiation (a label)</extracomment>
        <translation>Winners</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>A bidder&apos;s code, as B1</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Every qualified bidder wins: there is no margin.</source>
        <translation>Every qualified bidder wins: there is no margin.</translation>
    </message>
    <message>
        <source>%1, in the last winning place, is %2 points ahead of %3, the best-ranked bidder outside the winning places (exact scores, rounded half up to two decimals; no vote is counted).</source>
        <extracomment>%1 and %3 are bidders&apos; names, %2 the difference in points (as 6.70)</extracomment>
        <translation>%1, in the last winning place, is %2 points ahead of %3, the best-ranked bidder outside the winning places (exact scores, rounded half up to two decimals; no vote is counted).</translation>
    </message>
    <message>
        <source>For each member in panel order, the result is worked out again as if that member had not sat on the panel: their scores removed, the panel one smaller, the same number of highest and lowest scores dropped, and no vote counted. The bidders are named by their codes, as in the ranking above.</source>
        <translation>For each member in panel order, the result is worked out again as if that member had not sat on the panel: their scores removed, the panel one smaller, the same number of highest and lowest scores dropped, and no vote counted. The bidders are named by their codes, as in the ranking above.</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Member left out</source>
        <translation>Member left out</translation>
    </message>
    <message>
        <source>Ranking</source>
        <extracomment>The order of the bidders, best first</extracomment>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Winners change</source>
        <extracomment>Whether the winners change without the member</extracomment>
        <translation>Winners change</translation>
    </message>
    <message>
        <source>Too few members to drop the highest and lowest scores</source>
        <translation>Too few members to drop the highest and lowest scores</translation>
    </message>
    <message>
        <source>Equal scores, a vote is needed: %1</source>
        <extracomment>%1 lists the codes of the bidders with equal scores</extracomment>
        <translation>Equal scores, a vote is needed: %1</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>The result waits for the panel&apos;s vote on equal scores and has no winners yet, so every row counts as changed.</source>
        <translation>The result waits for the panel&apos;s vote on equal scores and has no winners yet, so every row counts as changed.</translation>
    </message>
    <message>
        <source>Without any one member, the winners stay the same.</source>
        <translation>Without any one member, the winners stay the same.</translation>
    </message>
    <message numerus="yes">
        <source>Without any one of these %n member(s), the winners would change: %1.</source>
        <extracomment>%1 lists the members&apos; names</extracomment>
        <translation>
            <numerusform>Without any one of these %n member(s), the winners would change: %1.</numerusform>
            <numerusform>Without any one of these %n member(s), the winners would change: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped as highest</source>
        <translation>Dropped as highest</translation>
    </message>
    <message>
        <source>Dropped as lowest</source>
        <translation>Dropped as lowest</translation>
    </message>
    <message>
        <source>Mean deviation</source>
        <translation>Mean deviation</translation>
    </message>
    <message>
        <source>Same order</source>
        <extracomment>Pairs of bidders the member put in the same order as the final scores</extracomment>
        <translation>Same order</translation>
    </message>
    <message>
        <source>Opposite order</source>
        <extracomment>Pairs of bidders the member put in the opposite order</extracomment>
        <translation>Opposite order</translation>
    </message>
    <message>
        <source>Margin: the exact score of the bidder in the last winning place minus that of the best-ranked bidder outside the winning places. The smaller it is, the closer the result.</source>
        <translation>Margin: the exact score of the bidder in the last winning place minus that of the best-ranked bidder outside the winning places. The smaller it is, the closer the result.</translation>
    </message>
    <message>
        <source>Each member left out: a row marked &quot;%1&quot; is a member whose scores alone decide the winners. That is not in itself a fault (with few bidders close together it happens often), but it is the row to read first.</source>
        <extracomment>%1 is the word that marks a changed row (&quot;Changed&quot;)</extracomment>
        <translation>Each member left out: a row marked &quot;%1&quot; is a member whose scores alone decide the winners. That is not in itself a fault (with few bidders close together it happens often), but it is the row to read first.</translation>
    </message>
    <message>
        <source>Dropped as highest, dropped as lowest: how many of the member&apos;s values the trim dropped as the highest or the lowest (one value per bidder when the totals are trimmed, one per bidder and criterion when each criterion is).</source>
        <translation>Dropped as highest, dropped as lowest: how many of the member&apos;s values the trim dropped as the highest or the lowest (one value per bidder when the totals are trimmed, one per bidder and criterion when each criterion is).</translation>
    </message>
    <message>
        <source>Mean deviation: the mean, over the qualified bidders, of the distance between the member&apos;s total for the bidder and the bidder&apos;s exact final score.</source>
        <translation>Mean deviation: the mean, over the qualified bidders, of the distance between the member&apos;s total for the bidder and the bidder&apos;s exact final score.</translation>
    </message>
    <message>
        <source>Same order, opposite order: over every pair of qualified bidders, whether the member&apos;s totals put the pair in the same order as the final scores or in the opposite order; a pair with equal totals or equal scores counts as neither.</source>
        <translation>Same order, opposite order: over every pair of qualified bidders, whether the member&apos;s totals put the pair in the same order as the final scores or in the opposite order; a pair with equal totals or equal scores counts as neither.</translation>
    </message>
    <message>
        <source>A member whose values are often dropped, whose deviation is large and whose order often disagrees with the panel&apos;s scored differently from the others. The figures describe; the dropping of the highest and lowest scores has already limited what any one member can do.</source>
        <translation>A member whose values are often dropped, whose deviation is large and whose order often disagrees with the panel&apos;s scored differently from the others. The figures describe; the dropping of the highest and lowest scores has already limited what any one member can do.</translation>
    </message>
    <message>
        <source>Robustness of the result: %1</source>
        <extracomment>%1 is the project&apos;s title</extracomment>
        <translation>Robustness of the result: %1</translation>
    </message>
    <message>
        <source>Robustness of the result</source>
        <translation>Robustness of the result</translation>
    </message>
    <message>
        <source>The result has no ranking yet (%1): there is nothing to analyse.</source>
        <extracomment>%1 is the status of the evaluation in words</extracomment>
        <translation>The result has no ranking yet (%1): there is nothing to analyse.</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>The result without each member</source>
        <translation>The result without each member</translation>
    </message>
    <message>
        <source>Each member&apos;s scoring</source>
        <translation>Each member&apos;s scoring</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>What the figures mean</translation>
    </message>
    <message>
        <source>About this analysis</source>
        <translation>About this analysis</translation>
    </message>
    <message>
        <source>This document is an analysis of the evaluation for the supervisors. It is not part of the published result, of the result notice or of the evaluation report, and it changes nothing in the result. It is worked out by the rules of the evaluation from the same exact scores as the result.</source>
        <translation>This document is an analysis of the evaluation for the supervisors. It is not part of the published result, of the result notice or of the evaluation report, and it changes nothing in the result. It is worked out by the rules of the evaluation from the same exact scores as the result.</translation>
    </message>
    <message>
        <source>%1 · robustness of the result</source>
        <extracomment>The running header of the robustness analysis&apos; pages; %1 is the project&apos;s title</extracomment>
        <translation>%1 · robustness of the result</translation>
    </message>
    <message>
        <source>An analysis for the supervisors: not part of the published result.</source>
        <translation>An analysis for the supervisors: not part of the published result.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Struck through on grey: the highest and lowest totals, for information only; the scores dropped are those of each criterion.</source>
        <translation>Struck through on grey: the highest and lowest totals, for information only; the scores dropped are those of each criterion.</translation>
    </message>
    <message>
        <source>Struck through on grey: a panel member&apos;s total dropped as one of the highest or lowest.</source>
        <translation>Struck through on grey: a panel member&apos;s total dropped as one of the highest or lowest.</translation>
    </message>
    <message>
        <source>Exact mean in full</source>
        <translation>Exact mean in full</translation>
    </message>
    <message>
        <source>Values dropped</source>
        <extracomment>%1 and %2 are numbers of values</extracomment>
        <translation>Values dropped</translation>
    </message>
    <message>
        <source>the %1 highest and the %2 lowest</source>
        <translation>the %1 highest and the %2 lowest</translation>
    </message>
    <message>
        <source>Dropped from</source>
        <translation>Dropped from</translation>
    </message>
    <message>
        <source>the panel members&apos; totals for a bidder</source>
        <translation>the panel members&apos; totals for a bidder</translation>
    </message>
    <message>
        <source>the panel members&apos; scores for each criterion</source>
        <translation>the panel members&apos; scores for each criterion</translation>
    </message>
    <message>
        <source>Equal scores compared</source>
        <translation>Equal scores compared</translation>
    </message>
    <message>
        <source>on the exact mean</source>
        <translation>on the exact mean</translation>
    </message>
    <message>
        <source>on the published score (two decimals)</source>
        <translation>on the published score (two decimals)</translation>
    </message>
    <message>
        <source>Date of the file</source>
        <translation>Date of the file</translation>
    </message>
</context>
<context>
    <name>DocumentWorkbookCommand</name>
    <message>
        <source>Write the scores as an Excel workbook (.xlsx): the ranking, each panel member&apos;s sheet, the rules.</source>
        <translation>Write the scores as an Excel workbook (.xlsx): the ranking, each panel member&apos;s sheet, the rules.</translation>
    </message>
    <message>
        <source>Sheet 汇总: the bidders in rank order with each panel member&apos;s total (the dropped ones struck through), the exact mean, the published score, the position, the share, the service area and the votes; one sheet per panel member with the scores as signed; sheet 说明: the evaluation rules, the project, the head of the audit chain and the date. The file is written whole or not at all; a device such as /dev/null is written in place.
Exit 0: written; 2: invalid input or usage; 5: there is no ranking yet (status scoring) or none at all (status failed); 6: the file cannot be written (disk full, no permission, a folder) and a file already at PATH is left as it was.</source>
        <translation>Sheet 汇总: the bidders in rank order with each panel member&apos;s total (the dropped ones struck through), the exact mean, the published score, the position, the share, the service area and the votes; one sheet per panel member with the scores as signed; sheet 说明: the evaluation rules, the project, the head of the audit chain and the date. The file is written whole or not at all; a device such as /dev/null is written in place.
Exit 0: written; 2: invalid input or usage; 5: there is no ranking yet (status scoring) or none at all (status failed); 6: the file cannot be written (disk full, no permission, a folder) and a file already at PATH is left as it was.</translation>
    </message>
    <message>
        <source>workbook takes exactly one FILE or ID (see --help)</source>
        <translation>workbook takes exactly one FILE or ID (see --help)</translation>
    </message>
    <message>
        <source>needs a path</source>
        <translation>needs a path</translation>
    </message>
    <message>
        <source>the negotiation has no ranking (status %1): there are no scores to write</source>
        <translation>the negotiation has no ranking (status %1): there are no scores to write</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <source>the seed must be 64 lowercase hexadecimal characters</source>
        <translation>the seed must be 64 lowercase hexadecimal characters</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>missing %1</translation>
    </message>
    <message>
        <source>%1 is listed more than once</source>
        <translation>%1 is listed more than once</translation>
    </message>
    <message>
        <source>%1 is excluded (%2)</source>
        <translation>%1 is excluded (%2)</translation>
    </message>
    <message>
        <source>%1 is not a bidder</source>
        <translation>%1 is not a bidder</translation>
    </message>
    <message>
        <source>the order must list each qualified bidder exactly once: %1</source>
        <translation>the order must list each qualified bidder exactly once: %1</translation>
    </message>
    <message>
        <source>%1 is not a panel member</source>
        <translation>%1 is not a panel member</translation>
    </message>
    <message>
        <source>%1 is not a criterion</source>
        <translation>%1 is not a criterion</translation>
    </message>
    <message>
        <source>%1 is below the minimum 0</source>
        <translation>%1 is below the minimum 0</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2 of criterion %3</source>
        <translation>%1 is above the maximum %2 of criterion %3</translation>
    </message>
    <message>
        <source>a second score of panelist %1 for bidder %2 on criterion %3</source>
        <translation>a second score of panelist %1 for bidder %2 on criterion %3</translation>
    </message>
    <message>
        <source>missing the score of panelist %1 for bidder %2 on criterion %3</source>
        <translation>missing the score of panelist %1 for bidder %2 on criterion %3</translation>
    </message>
    <message>
        <source>dropping %1 highest and %2 lowest values needs a panel of at least %3, not %4</source>
        <translation>dropping %1 highest and %2 lowest values needs a panel of at least %3, not %4</translation>
    </message>
    <message>
        <source>must be at least 1, not %1</source>
        <translation>must be at least 1, not %1</translation>
    </message>
    <message>
        <source>needs %1 percentages for %1 winners</source>
        <translation>needs %1 percentages for %1 winners</translation>
    </message>
    <message>
        <source>has no service areas for %1 winners: %1 bidders qualify to win</source>
        <translation>has no service areas for %1 winners: %1 bidders qualify to win</translation>
    </message>
    <message>
        <source>this round must settle the tie of %1 at positions %2 to %3, not a tie of %4</source>
        <translation>this round must settle the tie of %1 at positions %2 to %3, not a tie of %4</translation>
    </message>
    <message>
        <source>%1 ballots but the panel has only %2 members</source>
        <translation>%1 ballots but the panel has only %2 members</translation>
    </message>
    <message>
        <source>%1 is not one of the tied bidders %2</source>
        <translation>%1 is not one of the tied bidders %2</translation>
    </message>
    <message>
        <source>there is no tie left for this round to settle</source>
        <translation>there is no tie left for this round to settle</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>%1 is a file of the open workspace, which only the workspace itself reads and writes. Choose another file.</source>
        <translation>%1 is a file of the open workspace, which only the workspace itself reads and writes. Choose another file.</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>the file could not be saved to the disk: %1</source>
        <translation>the file could not be saved to the disk: %1</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>no file name was given</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
</context>
<context>
    <name>MemberAccess</name>
    <message>
        <source>the server&apos;s roles cannot be read (%1)</source>
        <translation>the server&apos;s roles cannot be read (%1)</translation>
    </message>
    <message>
        <source>terminal credentials are issued by the login that owns the workspace&apos;s tables; this login does not</source>
        <translation>terminal credentials are issued by the login that owns the workspace&apos;s tables; this login does not</translation>
    </message>
    <message>
        <source>this login may not create logins on the server (it needs the CREATEROLE attribute; ask the IT staff)</source>
        <translation>this login may not create logins on the server (it needs the CREATEROLE attribute; ask the IT staff)</translation>
    </message>
    <message>
        <source>panel members score on their own terminals only on a workspace on a PostgreSQL server; on a workspace file they score on this computer or on paper</source>
        <translation>panel members score on their own terminals only on a workspace on a PostgreSQL server; on a workspace file they score on this computer or on paper</translation>
    </message>
    <message>
        <source>the workspace must be upgraded before terminals can be used</source>
        <translation>the workspace must be upgraded before terminals can be used</translation>
    </message>
    <message>
        <source>%1 scores on their own terminal; revoke the credential to enter the sheet here</source>
        <translation>%1 scores on their own terminal; revoke the credential to enter the sheet here</translation>
    </message>
    <message>
        <source>the workspace address cannot be read</source>
        <translation>the workspace address cannot be read</translation>
    </message>
    <message>
        <source>terminal credentials are issued while scoring is open: %1</source>
        <translation>terminal credentials are issued while scoring is open: %1</translation>
    </message>
    <message>
        <source>no panel member &quot;%1&quot;</source>
        <translation>no panel member &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the score sheet of %1 is already submitted; no credential is needed</source>
        <translation>the score sheet of %1 is already submitted; no credential is needed</translation>
    </message>
    <message>
        <source>%1 already holds an active credential; revoke it first to issue a new one</source>
        <translation>%1 already holds an active credential; revoke it first to issue a new one</translation>
    </message>
    <message>
        <source>every panel member already holds a credential or has submitted the sheet</source>
        <translation>every panel member already holds a credential or has submitted the sheet</translation>
    </message>
    <message>
        <source>the server could not be prepared for terminals: %1</source>
        <translation>the server could not be prepared for terminals: %1</translation>
    </message>
    <message>
        <source>the login for %1 could not be created: %2</source>
        <translation>the login for %1 could not be created: %2</translation>
    </message>
</context>
<context>
    <name>MemberSession</name>
    <message>
        <source>this login is not an active credential of a panel member (it may have been revoked)</source>
        <translation>this login is not an active credential of a panel member (it may have been revoked)</translation>
    </message>
    <message>
        <source>a member&apos;s terminal acts only on the member&apos;s own sheet</source>
        <translation>a member&apos;s terminal acts only on the member&apos;s own sheet</translation>
    </message>
    <message>
        <source>scores cannot be entered before the draw is recorded</source>
        <translation>scores cannot be entered before the draw is recorded</translation>
    </message>
    <message>
        <source>scores cannot be entered before the presentations</source>
        <translation>scores cannot be entered before the presentations</translation>
    </message>
    <message>
        <source>scoring is closed; a change needs a correction</source>
        <translation>scoring is closed; a change needs a correction</translation>
    </message>
    <message>
        <source>the score sheet was submitted and is locked</source>
        <translation>the score sheet was submitted and is locked</translation>
    </message>
    <message>
        <source>no such bidder in this negotiation</source>
        <translation>no such bidder in this negotiation</translation>
    </message>
    <message>
        <source>no such criterion in this negotiation</source>
        <translation>no such criterion in this negotiation</translation>
    </message>
    <message>
        <source>the score is below 0 or above the criterion&apos;s maximum</source>
        <translation>the score is below 0 or above the criterion&apos;s maximum</translation>
    </message>
    <message>
        <source>the bidder is excluded and is not scored</source>
        <translation>the bidder is excluded and is not scored</translation>
    </message>
    <message>
        <source>the score sheet is incomplete</source>
        <translation>the score sheet is incomplete</translation>
    </message>
    <message>
        <source>a vote is held only after scoring, before the result</source>
        <translation>a vote is held only after scoring, before the result</translation>
    </message>
    <message>
        <source>this round of the vote is not open</source>
        <translation>this round of the vote is not open</translation>
    </message>
    <message>
        <source>you have already voted in this round</source>
        <translation>you have already voted in this round</translation>
    </message>
    <message>
        <source>the ballot names a bidder who is not in the vote</source>
        <translation>the ballot names a bidder who is not in the vote</translation>
    </message>
    <message>
        <source>this login is not an active credential of a panel member (it may have been revoked); ask the secretary for a new one</source>
        <translation>this login is not an active credential of a panel member (it may have been revoked); ask the secretary for a new one</translation>
    </message>
    <message>
        <source>a member terminal works on a workspace on a server</source>
        <translation>a member terminal works on a workspace on a server</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>The whole message is under &quot;Show Details…&quot;.</source>
        <translation>The whole message is under &quot;Show Details…&quot;.</translation>
    </message>
</context>
<context>
    <name>NegotiationRecord</name>
    <message>
        <source>the negotiation cannot be evaluated</source>
        <translation>the negotiation cannot be evaluated</translation>
    </message>
    <message>
        <source>no panel member &quot;%1&quot; in this negotiation</source>
        <translation>no panel member &quot;%1&quot; in this negotiation</translation>
    </message>
    <message>
        <source>no bidder &quot;%1&quot; in this negotiation</source>
        <translation>no bidder &quot;%1&quot; in this negotiation</translation>
    </message>
    <message>
        <source>no criterion &quot;%1&quot; in this negotiation</source>
        <translation>no criterion &quot;%1&quot; in this negotiation</translation>
    </message>
    <message>
        <source>no such negotiation in this workspace</source>
        <translation>no such negotiation in this workspace</translation>
    </message>
</context>
<context>
    <name>NegotiationStore</name>
    <message>
        <source>the project needs a title</source>
        <translation>the project needs a title</translation>
    </message>
    <message>
        <source>the project needs a purchaser</source>
        <translation>the project needs a purchaser</translation>
    </message>
    <message>
        <source>no criteria template %1</source>
        <translation>no criteria template %1</translation>
    </message>
    <message>
        <source>the negotiation is archived</source>
        <translation>the negotiation is archived</translation>
    </message>
    <message>
        <source>not a negotiation id (expected a code such as N-2014-0001 or a number)</source>
        <translation>not a negotiation id (expected a code such as N-2014-0001 or a number)</translation>
    </message>
    <message>
        <source>no such negotiation in this workspace</source>
        <translation>no such negotiation in this workspace</translation>
    </message>
    <message>
        <source>a template needs a name</source>
        <translation>a template needs a name</translation>
    </message>
    <message>
        <source>a template needs at least one criterion</source>
        <translation>a template needs at least one criterion</translation>
    </message>
    <message>
        <source>each criterion needs its own non-empty id</source>
        <translation>each criterion needs its own non-empty id</translation>
    </message>
    <message>
        <source>the maximum must be above 0</source>
        <translation>the maximum must be above 0</translation>
    </message>
    <message>
        <source>a template named &quot;%1&quot; exists</source>
        <translation>a template named &quot;%1&quot; exists</translation>
    </message>
</context>
<context>
    <name>OdtRenderer</name>
    <message>
        <source>the OpenDocument text could not be made</source>
        <translation>the OpenDocument text could not be made</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>cannot be written: %1</source>
        <translation>cannot be written: %1</translation>
    </message>
</context>
<context>
    <name>PdfTextRepair</name>
    <message>
        <source>cannot rewrite the text map of the PDF: %1</source>
        <translation>cannot rewrite the text map of the PDF: %1</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>the negotiation cannot go back to &quot;%1&quot;: a completed step cannot be undone</source>
        <translation>the negotiation cannot go back to &quot;%1&quot;: a completed step cannot be undone</translation>
    </message>
    <message>
        <source>the negotiation cannot skip to &quot;%1&quot;; the next step is &quot;%2&quot;</source>
        <translation>the negotiation cannot skip to &quot;%1&quot;; the next step is &quot;%2&quot;</translation>
    </message>
    <message>
        <source>registration has not opened</source>
        <translation>registration has not opened</translation>
    </message>
    <message>
        <source>registration is closed</source>
        <translation>registration is closed</translation>
    </message>
    <message>
        <source>proposals are received after registration opens</source>
        <translation>proposals are received after registration opens</translation>
    </message>
    <message>
        <source>proposals are no longer received</source>
        <translation>proposals are no longer received</translation>
    </message>
    <message>
        <source>there is no registration to correct before registration opens</source>
        <translation>there is no registration to correct before registration opens</translation>
    </message>
    <message>
        <source>registrations can no longer be corrected once the proposals step is closed</source>
        <translation>registrations can no longer be corrected once the proposals step is closed</translation>
    </message>
    <message>
        <source>there is no proposal receipt to correct before registration opens</source>
        <translation>there is no proposal receipt to correct before registration opens</translation>
    </message>
    <message>
        <source>proposal receipts can no longer be corrected once the draw is recorded</source>
        <translation>proposal receipts can no longer be corrected once the draw is recorded</translation>
    </message>
    <message>
        <source>the criteria and project settings are fixed once registration opens</source>
        <translation>the criteria and project settings are fixed once registration opens</translation>
    </message>
    <message>
        <source>the panel cannot change once scoring has begun</source>
        <translation>the panel cannot change once scoring has begun</translation>
    </message>
    <message>
        <source>the draw is already recorded and cannot be redone</source>
        <translation>the draw is already recorded and cannot be redone</translation>
    </message>
    <message>
        <source>the draw comes after the proposals are opened</source>
        <translation>the draw comes after the proposals are opened</translation>
    </message>
    <message>
        <source>the draw step has passed</source>
        <translation>the draw step has passed</translation>
    </message>
    <message>
        <source>the draw for the presentation order is not recorded yet</source>
        <translation>the draw for the presentation order is not recorded yet</translation>
    </message>
    <message>
        <source>presentations are logged in the presentations step</source>
        <translation>presentations are logged in the presentations step</translation>
    </message>
    <message>
        <source>scores cannot be entered before the draw is recorded</source>
        <translation>scores cannot be entered before the draw is recorded</translation>
    </message>
    <message>
        <source>scores cannot be entered before the presentations</source>
        <translation>scores cannot be entered before the presentations</translation>
    </message>
    <message>
        <source>scoring is closed; a change needs a correction</source>
        <translation>scoring is closed; a change needs a correction</translation>
    </message>
    <message>
        <source>there are no submitted scores to correct</source>
        <translation>there are no submitted scores to correct</translation>
    </message>
    <message>
        <source>the result is fixed; scores can no longer be corrected</source>
        <translation>the result is fixed; scores can no longer be corrected</translation>
    </message>
    <message>
        <source>a vote is held only after scoring, before the result</source>
        <translation>a vote is held only after scoring, before the result</translation>
    </message>
    <message>
        <source>there is no result before scoring</source>
        <translation>there is no result before scoring</translation>
    </message>
    <message>
        <source>the result is already fixed</source>
        <translation>the result is already fixed</translation>
    </message>
    <message>
        <source>the result is not fixed yet</source>
        <translation>the result is not fixed yet</translation>
    </message>
    <message>
        <source>the result is already published</source>
        <translation>the result is already published</translation>
    </message>
    <message>
        <source>proposals are opened at the proposal deadline</source>
        <translation>proposals are opened at the proposal deadline</translation>
    </message>
    <message>
        <source>the opening of the proposals cannot change once the draw is recorded</source>
        <translation>the opening of the proposals cannot change once the draw is recorded</translation>
    </message>
    <message>
        <source>the notice is already published with these details</source>
        <translation>the notice is already published with these details</translation>
    </message>
    <message>
        <source>the negotiation is already archived</source>
        <translation>the negotiation is already archived</translation>
    </message>
    <message>
        <source>only a published negotiation can be archived</source>
        <translation>only a published negotiation can be archived</translation>
    </message>
</context>
<context>
    <name>ProcedureService</name>
    <message>
        <source>no such negotiation in this workspace</source>
        <translation>no such negotiation in this workspace</translation>
    </message>
    <message>
        <source>registration opens once the setup is complete:</source>
        <translation>registration opens once the setup is complete:</translation>
    </message>
    <message>
        <source>no bidder has registered</source>
        <translation>no bidder has registered</translation>
    </message>
    <message>
        <source>the draw is not recorded yet</source>
        <translation>the draw is not recorded yet</translation>
    </message>
    <message>
        <source>the panel needs exactly one leader</source>
        <translation>the panel needs exactly one leader</translation>
    </message>
    <message>
        <source>the panel has %1 members; at least %2 are needed</source>
        <translation>the panel has %1 members; at least %2 are needed</translation>
    </message>
    <message>
        <source>the result is fixed by evaluating the scores (record the result)</source>
        <translation>the result is fixed by evaluating the scores (record the result)</translation>
    </message>
    <message>
        <source>use publish or archive for this step</source>
        <translation>use publish or archive for this step</translation>
    </message>
    <message>
        <source>a bidder needs an id and a name</source>
        <translation>a bidder needs an id and a name</translation>
    </message>
    <message>
        <source>the registration time is missing</source>
        <translation>the registration time is missing</translation>
    </message>
    <message>
        <source>bidder %1 is already registered</source>
        <translation>bidder %1 is already registered</translation>
    </message>
    <message>
        <source>eligibility is decided before the draw</source>
        <translation>eligibility is decided before the draw</translation>
    </message>
    <message>
        <source>a bidder cannot withdraw once scoring has begun</source>
        <translation>a bidder cannot withdraw once scoring has begun</translation>
    </message>
    <message>
        <source>the time received is missing</source>
        <translation>the time received is missing</translation>
    </message>
    <message>
        <source>the number of copies cannot be negative</source>
        <translation>the number of copies cannot be negative</translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <translation>a rejection needs a reason</translation>
    </message>
    <message>
        <source>the proposal of %1 is already opened</source>
        <translation>the proposal of %1 is already opened</translation>
    </message>
    <message>
        <source>the proposal of %1 is already received; a receipt recorded in error is corrected with a reason</source>
        <translation>the proposal of %1 is already received; a receipt recorded in error is corrected with a reason</translation>
    </message>
    <message>
        <source>a correction needs a reason</source>
        <translation>a correction needs a reason</translation>
    </message>
    <message>
        <source>a proposal of %1 is recorded; withdraw its receipt first</source>
        <translation>a proposal of %1 is recorded; withdraw its receipt first</translation>
    </message>
    <message>
        <source>no proposal from %1 was received</source>
        <translation>no proposal from %1 was received</translation>
    </message>
    <message>
        <source>the proposal of %1 is already opened; its receipt cannot be withdrawn</source>
        <translation>the proposal of %1 is already opened; its receipt cannot be withdrawn</translation>
    </message>
    <message>
        <source>opening a proposal needs a witness</source>
        <translation>opening a proposal needs a witness</translation>
    </message>
    <message>
        <source>proposals are opened at the proposal deadline</source>
        <translation>proposals are opened at the proposal deadline</translation>
    </message>
    <message>
        <source>proposals cannot be opened before the deadline %1</source>
        <translation>proposals cannot be opened before the deadline %1</translation>
    </message>
    <message>
        <source>enter the time of the opening</source>
        <translation>enter the time of the opening</translation>
    </message>
    <message>
        <source>is %1 characters long, longer than the limit of %2</source>
        <translation>is %1 characters long, longer than the limit of %2</translation>
    </message>
    <message>
        <source>no proposal was received</source>
        <translation>no proposal was received</translation>
    </message>
    <message>
        <source>a seed is 64 lowercase hexadecimal characters</source>
        <translation>a seed is 64 lowercase hexadecimal characters</translation>
    </message>
    <message>
        <source>the commitment %1 was shown at %2; the draw can only reveal its seed</source>
        <translation>the commitment %1 was shown at %2; the draw can only reveal its seed</translation>
    </message>
    <message>
        <source>give either a seed or a manual order</source>
        <translation>give either a seed or a manual order</translation>
    </message>
    <message>
        <source>no commitment was shown; give a seed or a manual order</source>
        <translation>no commitment was shown; give a seed or a manual order</translation>
    </message>
    <message>
        <source>the order must name each qualified bidder once (%1)</source>
        <translation>the order must name each qualified bidder once (%1)</translation>
    </message>
    <message>
        <source>the presentation must end after it starts</source>
        <translation>the presentation must end after it starts</translation>
    </message>
    <message>
        <source>publication needs a start date and at least one working day</source>
        <translation>publication needs a start date and at least one working day</translation>
    </message>
    <message>
        <source>the notice needs the website it is published on</source>
        <translation>the notice needs the website it is published on</translation>
    </message>
</context>
<context>
    <name>ProgramModule</name>
    <message>
        <source>%1: no entry point</source>
        <translation>%1: no entry point</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>the file is missing</translation>
    </message>
</context>
<context>
    <name>QpdfModule</name>
    <message>
        <source>the PDF module %1 cannot be loaded (%2)</source>
        <translation>the PDF module %1 cannot be loaded (%2)</translation>
    </message>
</context>
<context>
    <name>ScenarioInput</name>
    <message>
        <source>must be json or text, not &quot;%1&quot;</source>
        <translation>must be json or text, not &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ScenarioMapping</name>
    <message>
        <source>no such negotiation</source>
        <translation>no such negotiation</translation>
    </message>
</context>
<context>
    <name>ScenarioReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <source>the number %1 is too large</source>
        <translation>the number %1 is too large</translation>
    </message>
    <message>
        <source>a string holds a control character that must be escaped</source>
        <translation>a string holds a control character that must be escaped</translation>
    </message>
    <message>
        <source>a string holds an invalid escape sequence</source>
        <translation>a string holds an invalid escape sequence</translation>
    </message>
    <message>
        <source>the JSON text ends too early (is the file truncated?)</source>
        <translation>the JSON text ends too early (is the file truncated?)</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON object</source>
        <translation>unexpected text after the end of the JSON object</translation>
    </message>
    <message>
        <source>invalid JSON at &quot;%1&quot;</source>
        <translation>invalid JSON at &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte 0x%1)</source>
        <translation>the file is not valid UTF-8 (byte 0x%1)</translation>
    </message>
    <message>
        <source>the file holds a NUL byte (is it a binary file?)</source>
        <translation>the file holds a NUL byte (is it a binary file?)</translation>
    </message>
    <message>
        <source>there is not enough memory to read the file</source>
        <translation>there is not enough memory to read the file</translation>
    </message>
    <message>
        <source>the file could not be parsed as JSON</source>
        <translation>the file could not be parsed as JSON</translation>
    </message>
    <message>
        <source>the JSON nesting is deeper than %1 levels</source>
        <translation>the JSON nesting is deeper than %1 levels</translation>
    </message>
    <message>
        <source>the file holds more than %1 JSON values</source>
        <translation>the file holds more than %1 JSON values</translation>
    </message>
    <message>
        <source>the key appears more than once in this object</source>
        <translation>the key appears more than once in this object</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 MiB</source>
        <translation>the file is larger than the limit of %1 MiB</translation>
    </message>
    <message>
        <source>cannot open the file: it is a folder</source>
        <translation>cannot open the file: it is a folder</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>the file could not be read</translation>
    </message>
    <message>
        <source>%1 more problems are not listed</source>
        <translation>%1 more problems are not listed</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>a boolean</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>must be an object, found %1</source>
        <translation>must be an object, found %1</translation>
    </message>
    <message>
        <source>must be an array, found %1</source>
        <translation>must be an array, found %1</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>required key is missing</translation>
    </message>
    <message>
        <source>must be a string, found %1</source>
        <translation>must be a string, found %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>is %1 characters long, longer than the limit of %2</source>
        <translation>is %1 characters long, longer than the limit of %2</translation>
    </message>
    <message>
        <source>must be an integer, found %1</source>
        <translation>must be an integer, found %1</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 is below the minimum %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 is above the maximum %2</translation>
    </message>
    <message>
        <source>must be true or false, found %1</source>
        <translation>must be true or false, found %1</translation>
    </message>
    <message>
        <source>must be a number, found %1</source>
        <translation>must be a number, found %1</translation>
    </message>
    <message>
        <source>%1 has more than 2 decimals</source>
        <translation>%1 has more than 2 decimals</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 is out of range</translation>
    </message>
    <message>
        <source>%1 is not a decimal number</source>
        <translation>%1 is not a decimal number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real calendar date and time</source>
        <translation>&quot;%1&quot; is not a real calendar date and time</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an offset from UTC beyond 14 hours</source>
        <translation>&quot;%1&quot; has an offset from UTC beyond 14 hours</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date-time with an offset such as 2014-07-29T17:00:00+08:00</source>
        <translation>&quot;%1&quot; is not a date-time with an offset such as 2014-07-29T17:00:00+08:00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real calendar date</source>
        <translation>&quot;%1&quot; is not a real calendar date</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2014-08-08</source>
        <translation>&quot;%1&quot; is not a date such as 2014-08-08</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot; or &quot;%2&quot;, found &quot;%3&quot;</source>
        <translation>must be &quot;%1&quot; or &quot;%2&quot;, found &quot;%3&quot;</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (also %2)</source>
        <translation>duplicate id &quot;%1&quot; (also %2)</translation>
    </message>
    <message>
        <source>no bidder has id &quot;%1&quot;</source>
        <translation>no bidder has id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no panelist has id &quot;%1&quot;</source>
        <translation>no panelist has id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no criterion has id &quot;%1&quot;</source>
        <translation>no criterion has id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file must hold one JSON object, found %1</source>
        <translation>the file must hold one JSON object, found %1</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>must be &quot;%1&quot;, found &quot;%2&quot;</translation>
    </message>
    <message>
        <source>needs &quot;proposals&quot;: only received proposals are opened</source>
        <translation>needs &quot;proposals&quot;: only received proposals are opened</translation>
    </message>
    <message>
        <source>1 winner serves exactly 1 area, found %1</source>
        <translation>1 winner serves exactly 1 area, found %1</translation>
    </message>
    <message>
        <source>%1 winners serve exactly %1 areas, found %2</source>
        <translation>%1 winners serve exactly %1 areas, found %2</translation>
    </message>
    <message>
        <source>another area is named &quot;%1&quot;</source>
        <translation>another area is named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must name at least one place</source>
        <translation>must name at least one place</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a place of the area &quot;%2&quot;</source>
        <translation>&quot;%1&quot; is already a place of the area &quot;%2&quot;</translation>
    </message>
    <message>
        <source>required key is missing: max_winners is 2, so the shares for 2 winners are needed</source>
        <translation>required key is missing: max_winners is 2, so the shares for 2 winners are needed</translation>
    </message>
    <message>
        <source>required key is missing: max_winners is %1, so the shares for 2 to %1 winners are needed</source>
        <translation>required key is missing: max_winners is %1, so the shares for 2 to %1 winners are needed</translation>
    </message>
    <message>
        <source>unexpected key: the keys are winner counts &quot;1&quot;, &quot;2&quot;, ...</source>
        <translation>unexpected key: the keys are winner counts &quot;1&quot;, &quot;2&quot;, ...</translation>
    </message>
    <message>
        <source>unexpected key: max_winners is 1, so the only key is &quot;1&quot;</source>
        <translation>unexpected key: max_winners is 1, so the only key is &quot;1&quot;</translation>
    </message>
    <message>
        <source>unexpected key: max_winners is %1, so the keys are &quot;1&quot; to &quot;%1&quot;</source>
        <translation>unexpected key: max_winners is %1, so the keys are &quot;1&quot; to &quot;%1&quot;</translation>
    </message>
    <message>
        <source>required key is missing: the shares for a single winner are needed</source>
        <translation>required key is missing: the shares for a single winner are needed</translation>
    </message>
    <message>
        <source>required key is missing: max_winners is %1, so the shares for %2 winners are needed</source>
        <translation>required key is missing: max_winners is %1, so the shares for %2 winners are needed</translation>
    </message>
    <message>
        <source>must hold exactly 1 share, found %1</source>
        <translation>must hold exactly 1 share, found %1</translation>
    </message>
    <message>
        <source>must hold exactly %1 shares, found %2</source>
        <translation>must hold exactly %1 shares, found %2</translation>
    </message>
    <message>
        <source>%1 is larger than the share before it (%2); shares must not increase</source>
        <translation>%1 is larger than the share before it (%2); shares must not increase</translation>
    </message>
    <message>
        <source>the shares add up to %1, not 100</source>
        <translation>the shares add up to %1, not 100</translation>
    </message>
    <message>
        <source>must hold at least one criterion</source>
        <translation>must hold at least one criterion</translation>
    </message>
    <message>
        <source>must be greater than 0, found %1</source>
        <translation>must be greater than 0, found %1</translation>
    </message>
    <message>
        <source>must hold at least one bidder</source>
        <translation>must hold at least one bidder</translation>
    </message>
    <message>
        <source>a second proposal for bidder &quot;%1&quot; (also %2)</source>
        <translation>a second proposal for bidder &quot;%1&quot; (also %2)</translation>
    </message>
    <message>
        <source>there must be exactly one leader, found %1 (%2)</source>
        <translation>there must be exactly one leader, found %1 (%2)</translation>
    </message>
    <message>
        <source>there must be exactly one leader, found none</source>
        <translation>there must be exactly one leader, found none</translation>
    </message>
    <message>
        <source>the panel has %1 members, but dropping %2 highest and %3 lowest values needs at least %4</source>
        <translation>the panel has %1 members, but dropping %2 highest and %3 lowest values needs at least %4</translation>
    </message>
    <message>
        <source>must hold either &quot;seed&quot; or &quot;order&quot;, not both</source>
        <translation>must hold either &quot;seed&quot; or &quot;order&quot;, not both</translation>
    </message>
    <message>
        <source>must hold &quot;seed&quot; or &quot;order&quot;</source>
        <translation>must hold &quot;seed&quot; or &quot;order&quot;</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal characters, found &quot;%1&quot;</source>
        <translation>must be 64 lowercase hexadecimal characters, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice (also %2)</source>
        <translation>&quot;%1&quot; appears twice (also %2)</translation>
    </message>
    <message>
        <source>%1 is below the minimum 0</source>
        <translation>%1 is below the minimum 0</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2 of criterion %3</source>
        <translation>%1 is above the maximum %2 of criterion %3</translation>
    </message>
    <message>
        <source>a second score of panelist &quot;%1&quot; for bidder &quot;%2&quot; on criterion &quot;%3&quot; (also %4)</source>
        <translation>a second score of panelist &quot;%1&quot; for bidder &quot;%2&quot; on criterion &quot;%3&quot; (also %4)</translation>
    </message>
    <message>
        <source>must name at least 2 bidders, found %1</source>
        <translation>must name at least 2 bidders, found %1</translation>
    </message>
    <message>
        <source>%1 ballots, but the panel has only %2 members</source>
        <translation>%1 ballots, but the panel has only %2 members</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the tied bidders</source>
        <translation>&quot;%1&quot; is not one of the tied bidders</translation>
    </message>
    <message>
        <source>must be a bidder id or null, found %1</source>
        <translation>must be a bidder id or null, found %1</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>rule</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; on table %3</source>
        <translation>%1 &quot;%2&quot; on table %3</translation>
    </message>
    <message>
        <source>the journal mode</source>
        <translation>the journal mode</translation>
    </message>
    <message>
        <source>the setting %1</source>
        <translation>the setting %1</translation>
    </message>
    <message>
        <source>a temporary folder for the reference schema cannot be created</source>
        <translation>a temporary folder for the reference schema cannot be created</translation>
    </message>
    <message>
        <source>%1 is not part of the TenderPanel schema</source>
        <translation>%1 is not part of the TenderPanel schema</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>%1 is not defined as TenderPanel defines it</source>
        <translation>%1 is not defined as TenderPanel defines it</translation>
    </message>
    <message>
        <source>table %1 has a column %2 that TenderPanel does not define</source>
        <translation>table %1 has a column %2 that TenderPanel does not define</translation>
    </message>
    <message>
        <source>table %1 lacks its column %2</source>
        <translation>table %1 lacks its column %2</translation>
    </message>
    <message>
        <source>table %1: column %2 is &quot;%3&quot; instead of &quot;%4&quot;</source>
        <translation>table %1: column %2 is &quot;%3&quot; instead of &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot; instead of &quot;%3&quot;</source>
        <translation>%1 is &quot;%2&quot; instead of &quot;%3&quot;</translation>
    </message>
    <message>
        <source>schema_meta holds a row &quot;%1&quot; that TenderPanel does not write</source>
        <translation>schema_meta holds a row &quot;%1&quot; that TenderPanel does not write</translation>
    </message>
    <message>
        <source>schema_meta lacks its row &quot;%1&quot;</source>
        <translation>schema_meta lacks its row &quot;%1&quot;</translation>
    </message>
    <message>
        <source>schema_meta row &quot;%1&quot; is &quot;%2&quot; instead of &quot;%3&quot;</source>
        <translation>schema_meta row &quot;%1&quot; is &quot;%2&quot; instead of &quot;%3&quot;</translation>
    </message>
    <message>
        <source>already has %1 of version %2</source>
        <translation>already has %1 of version %2</translation>
    </message>
    <message>
        <source>already has column %1 (table %2) of version %3</source>
        <translation>already has column %1 (table %2) of version %3</translation>
    </message>
    <message>
        <source>has no %1</source>
        <translation>has no %1</translation>
    </message>
    <message>
        <source>has no column %1 in table %2</source>
        <translation>has no column %1 in table %2</translation>
    </message>
</context>
<context>
    <name>ScoreWorkbook</name>
    <message>
        <source>the workbook cannot be made: %1</source>
        <translation>the workbook cannot be made: %1</translation>
    </message>
</context>
<context>
    <name>ScoringService</name>
    <message>
        <source>%1 is below 0</source>
        <translation>%1 is below 0</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2 of criterion %3</source>
        <translation>%1 is above the maximum %2 of criterion %3</translation>
    </message>
    <message>
        <source>the score sheet of %1 was already submitted at %2</source>
        <translation>the score sheet of %1 was already submitted at %2</translation>
    </message>
    <message>
        <source>the score sheet of %1 is not submitted; only a submitted sheet&apos;s scores are corrected or confirmed</source>
        <translation>the score sheet of %1 is not submitted; only a submitted sheet&apos;s scores are corrected or confirmed</translation>
    </message>
    <message>
        <source>the score sheet of %1 is incomplete: %2 score(s) missing (first: %3)</source>
        <translation>the score sheet of %1 is incomplete: %2 score(s) missing (first: %3)</translation>
    </message>
    <message>
        <source>the panel has no leader to approve a correction</source>
        <translation>the panel has no leader to approve a correction</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the panel leader (%2)</source>
        <translation>&quot;%1&quot; is not the panel leader (%2)</translation>
    </message>
    <message>
        <source>no tie needs a vote: no round is open</source>
        <translation>no tie needs a vote: no round is open</translation>
    </message>
    <message>
        <source>round %1 is not open; the vote is in round %2</source>
        <translation>round %1 is not open; the vote is in round %2</translation>
    </message>
    <message>
        <source>the score sheet of %1 was submitted at %2 and is locked; a change needs a correction</source>
        <translation>the score sheet of %1 was submitted at %2 and is locked; a change needs a correction</translation>
    </message>
    <message>
        <source>%1 is excluded (%2) and is not scored</source>
        <translation>%1 is excluded (%2) and is not scored</translation>
    </message>
    <message>
        <source>the score belongs to the sheet of %1, not %2</source>
        <translation>the score belongs to the sheet of %1, not %2</translation>
    </message>
    <message>
        <source>no criterion &quot;%1&quot; in this negotiation</source>
        <translation>no criterion &quot;%1&quot; in this negotiation</translation>
    </message>
    <message>
        <source>no bidder &quot;%1&quot; in this negotiation</source>
        <translation>no bidder &quot;%1&quot; in this negotiation</translation>
    </message>
    <message>
        <source>the score is entered twice</source>
        <translation>the score is entered twice</translation>
    </message>
    <message>
        <source>a confirmation needs a reason</source>
        <translation>a confirmation needs a reason</translation>
    </message>
    <message>
        <source>the score of %1 for %2 on %3 is not flagged for review, or is already reviewed</source>
        <translation>the score of %1 for %2 on %3 is not flagged for review, or is already reviewed</translation>
    </message>
    <message>
        <source>a correction needs a reason</source>
        <translation>a correction needs a reason</translation>
    </message>
    <message>
        <source>a vote needs at least two different bidders</source>
        <translation>a vote needs at least two different bidders</translation>
    </message>
    <message>
        <source>%1 is not a qualified bidder</source>
        <translation>%1 is not a qualified bidder</translation>
    </message>
    <message>
        <source>round %1 is still open</source>
        <translation>round %1 is still open</translation>
    </message>
    <message>
        <source>%1 votes on their own terminal; revoke the credential to record the ballot here</source>
        <translation>%1 votes on their own terminal; revoke the credential to record the ballot here</translation>
    </message>
    <message>
        <source>%1 has already voted in round %2</source>
        <translation>%1 has already voted in round %2</translation>
    </message>
    <message>
        <source>a ballot names %1, who is not in the vote</source>
        <translation>a ballot names %1, who is not in the vote</translation>
    </message>
    <message>
        <source>no such negotiation in this workspace</source>
        <translation>no such negotiation in this workspace</translation>
    </message>
    <message>
        <source>the score sheet of %1 is not submitted yet</source>
        <translation>the score sheet of %1 is not submitted yet</translation>
    </message>
    <message>
        <source>%1 abnormal score(s) are flagged for the panel to confirm or correct (first: %2 for %3 on %4)</source>
        <translation>%1 abnormal score(s) are flagged for the panel to confirm or correct (first: %2 for %3 on %4)</translation>
    </message>
    <message>
        <source>a document needs a kind</source>
        <translation>a document needs a kind</translation>
    </message>
    <message>
        <source>documents are issued once the result is fixed</source>
        <translation>documents are issued once the result is fixed</translation>
    </message>
    <message>
        <source>the result notice is issued once it is published; this export is a draft</source>
        <translation>the result notice is issued once it is published; this export is a draft</translation>
    </message>
    <message>
        <source>this document is already recorded as issued</source>
        <translation>this document is already recorded as issued</translation>
    </message>
    <message>
        <source>the negotiation is archived: it can no longer change</source>
        <translation>the negotiation is archived: it can no longer change</translation>
    </message>
    <message>
        <source>no panel member %1</source>
        <translation>no panel member %1</translation>
    </message>
    <message>
        <source>%1 scores on their own terminal; the draft is seen only there</source>
        <translation>%1 scores on their own terminal; the draft is seen only there</translation>
    </message>
    <message>
        <source>the scores of a submitted sheet stay hidden until every panel member&apos;s sheet is in (%1 of %2 submitted)</source>
        <translation>the scores of a submitted sheet stay hidden until every panel member&apos;s sheet is in (%1 of %2 submitted)</translation>
    </message>
</context>
<context>
    <name>SealedArchive</name>
    <message>
        <source>the files are not in sorted order or a name repeats</source>
        <translation>the files are not in sorted order or a name repeats</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>does not match the manifest: the manifest or the seal was changed</source>
        <translation>does not match the manifest: the manifest or the seal was changed</translation>
    </message>
    <message>
        <source>a line is not in sha256sum format</source>
        <translation>a line is not in sha256sum format</translation>
    </message>
    <message>
        <source>missing from the archive</source>
        <translation>missing from the archive</translation>
    </message>
    <message>
        <source>not listed in the manifest</source>
        <translation>not listed in the manifest</translation>
    </message>
    <message>
        <source>a file that does not belong in a sealed archive</source>
        <translation>a file that does not belong in a sealed archive</translation>
    </message>
    <message>
        <source>lists an unknown file %1</source>
        <translation>lists an unknown file %1</translation>
    </message>
    <message>
        <source>its SHA-256 differs from the manifest: the file was changed</source>
        <translation>its SHA-256 differs from the manifest: the file was changed</translation>
    </message>
    <message>
        <source>is not in canonical form (sorted, one line per file)</source>
        <translation>is not in canonical form (sorted, one line per file)</translation>
    </message>
    <message>
        <source>is not a canonical record</source>
        <translation>is not a canonical record</translation>
    </message>
    <message>
        <source>the container is not in canonical form</source>
        <translation>the container is not in canonical form</translation>
    </message>
    <message>
        <source>has fields a canonical record does not have, or lacks some</source>
        <translation>has fields a canonical record does not have, or lacks some</translation>
    </message>
    <message>
        <source>does not read back as the same scenario</source>
        <translation>does not read back as the same scenario</translation>
    </message>
    <message>
        <source>differs from what the rules engine computes from the record&apos;s scenario</source>
        <translation>differs from what the rules engine computes from the record&apos;s scenario</translation>
    </message>
    <message>
        <source>the negotiation is not finished (status %1): it cannot be sealed</source>
        <translation>the negotiation is not finished (status %1): it cannot be sealed</translation>
    </message>
    <message>
        <source>the record has no ranking to analyse (status %1): an archive of it holds no robustness analysis</source>
        <translation>the record has no ranking to analyse (status %1): an archive of it holds no robustness analysis</translation>
    </message>
    <message>
        <source>differs from the document the record produces</source>
        <translation>differs from the document the record produces</translation>
    </message>
    <message>
        <source>the documents were rendered by %1 %2; this is %3, so they are checked against the manifest and seal only, not re-rendered</source>
        <translation>the documents were rendered by %1 %2; this is %3, so they are checked against the manifest and seal only, not re-rendered</translation>
    </message>
    <message>
        <source>the documents were rendered by an unknown version of TenderPanel; this is %1, so they are checked against the manifest and seal only, not re-rendered</source>
        <translation>the documents were rendered by an unknown version of TenderPanel; this is %1, so they are checked against the manifest and seal only, not re-rendered</translation>
    </message>
    <message>
        <source>the archive holds no robustness analysis (robustness.pdf): it was sealed by a version that did not archive one</source>
        <translation>the archive holds no robustness analysis (robustness.pdf): it was sealed by a version that did not archive one</translation>
    </message>
    <message>
        <source>the files&apos; modification time is not the record&apos;s document date (%1)</source>
        <translation>the files&apos; modification time is not the record&apos;s document date (%1)</translation>
    </message>
</context>
<context>
    <name>SetupService</name>
    <message>
        <source>no criterion &quot;%1&quot; in this negotiation</source>
        <translation>no criterion &quot;%1&quot; in this negotiation</translation>
    </message>
    <message>
        <source>criterion %1 exists already; choose another code</source>
        <translation>criterion %1 exists already; choose another code</translation>
    </message>
    <message>
        <source>no panel member &quot;%1&quot; in this negotiation</source>
        <translation>no panel member &quot;%1&quot; in this negotiation</translation>
    </message>
    <message>
        <source>panel member %1 exists already; choose another code</source>
        <translation>panel member %1 exists already; choose another code</translation>
    </message>
    <message>
        <source>a code has 1 to %1 characters and no spaces at either end</source>
        <translation>a code has 1 to %1 characters and no spaces at either end</translation>
    </message>
    <message>
        <source>is %1 characters long, longer than the limit of %2</source>
        <translation>is %1 characters long, longer than the limit of %2</translation>
    </message>
    <message>
        <source>a criterion needs a title</source>
        <translation>a criterion needs a title</translation>
    </message>
    <message>
        <source>the points must be above 0</source>
        <translation>the points must be above 0</translation>
    </message>
    <message>
        <source>the points must be at most %1</source>
        <translation>the points must be at most %1</translation>
    </message>
    <message>
        <source>a panel member needs a name</source>
        <translation>a panel member needs a name</translation>
    </message>
    <message>
        <source>a declared conflict of interest needs a note saying what it is</source>
        <translation>a declared conflict of interest needs a note saying what it is</translation>
    </message>
    <message>
        <source>the position must be 1 to %1</source>
        <translation>the position must be 1 to %1</translation>
    </message>
    <message>
        <source>the panel already has a leader (%1 %2); make them a member first</source>
        <translation>the panel already has a leader (%1 %2); make them a member first</translation>
    </message>
    <message>
        <source>criterion %1 is listed twice</source>
        <translation>criterion %1 is listed twice</translation>
    </message>
    <message>
        <source>the project needs a title</source>
        <translation>the project needs a title</translation>
    </message>
    <message>
        <source>the project needs a purchaser</source>
        <translation>the project needs a purchaser</translation>
    </message>
    <message>
        <source>no criterion is set</source>
        <translation>no criterion is set</translation>
    </message>
    <message>
        <source>the panel has no members</source>
        <translation>the panel has no members</translation>
    </message>
    <message>
        <source>the panel has %1 members; a negotiation panel needs at least %2</source>
        <translation>the panel has %1 members; a negotiation panel needs at least %2</translation>
    </message>
    <message>
        <source>the panel has %1 members; it needs an odd number of members</source>
        <translation>the panel has %1 members; it needs an odd number of members</translation>
    </message>
    <message>
        <source>no criteria template %1</source>
        <translation>no criteria template %1</translation>
    </message>
    <message>
        <source>panel member %1 has entered scores and stays on the panel</source>
        <translation>panel member %1 has entered scores and stays on the panel</translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message>
        <source>Setup</source>
        <translation>Setup</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Draw</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Presentations</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>the project is being set up</source>
        <translation>the project is being set up</translation>
    </message>
    <message>
        <source>registration opens once the project, criteria and panel are set up</source>
        <translation>registration opens once the project, criteria and panel are set up</translation>
    </message>
    <message>
        <source>the proposals are opened once registration closes</source>
        <translation>the proposals are opened once registration closes</translation>
    </message>
    <message>
        <source>the draw comes after the proposals are opened</source>
        <translation>the draw comes after the proposals are opened</translation>
    </message>
    <message>
        <source>the presentations follow the draw</source>
        <translation>the presentations follow the draw</translation>
    </message>
    <message>
        <source>scores can already be entered; this step begins with the first submitted sheet or when the presentations are done</source>
        <translation>scores can already be entered; this step begins with the first submitted sheet or when the presentations are done</translation>
    </message>
    <message>
        <source>a vote is held only when the computed result has a tie that matters</source>
        <translation>a vote is held only when the computed result has a tie that matters</translation>
    </message>
    <message>
        <source>first every sheet, the review of flagged scores and any vote</source>
        <translation>first every sheet, the review of flagged scores and any vote</translation>
    </message>
    <message>
        <source>publishing the result notice starts this step</source>
        <translation>publishing the result notice starts this step</translation>
    </message>
    <message>
        <source>the negotiation is archived after the notice is published</source>
        <translation>the negotiation is archived after the notice is published</translation>
    </message>
</context>
<context>
    <name>TemplateTitle</name>
    <message>
        <source>Cixi 2014: eight elements</source>
        <translation>Cixi 2014: eight elements</translation>
    </message>
    <message>
        <source>Reinsurance 2022: five criteria</source>
        <translation>Reinsurance 2022: five criteria</translation>
    </message>
    <message>
        <source>Zhaoqing 2025: three winners, three service areas</source>
        <translation>Zhaoqing 2025: three winners, three service areas</translation>
    </message>
    <message>
        <source>It also sets at least %1 valid bidder(s), up to %2 winner(s) and their service areas, in place of any shares.</source>
        <translation>It also sets at least %1 valid bidder(s), up to %2 winner(s) and their service areas, in place of any shares.</translation>
    </message>
</context>
<context>
    <name>UstarArchive</name>
    <message>
        <source>a hard link</source>
        <translation>a hard link</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>a symbolic link</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>a character device</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>a block device</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>a directory</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>a named pipe (FIFO)</translation>
    </message>
    <message>
        <source>a contiguous file</source>
        <translation>a contiguous file</translation>
    </message>
    <message>
        <source>an extended (pax) header</source>
        <translation>an extended (pax) header</translation>
    </message>
    <message>
        <source>a GNU long name header</source>
        <translation>a GNU long name header</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>the archive is not a whole number of 512-byte blocks</source>
        <translation>the archive is not a whole number of 512-byte blocks</translation>
    </message>
    <message>
        <source>the archive ends without its two end blocks</source>
        <translation>the archive ends without its two end blocks</translation>
    </message>
    <message>
        <source>the second end block is missing or not zero</source>
        <translation>the second end block is missing or not zero</translation>
    </message>
    <message>
        <source>there are bytes after the end of the archive</source>
        <translation>there are bytes after the end of the archive</translation>
    </message>
    <message>
        <source>the header checksum is wrong</source>
        <translation>the header checksum is wrong</translation>
    </message>
    <message>
        <source>member %1 is %2 (type %3); a sealed archive holds only regular files</source>
        <translation>member %1 is %2 (type %3); a sealed archive holds only regular files</translation>
    </message>
    <message>
        <source>the size or time field of the header is malformed</source>
        <translation>the size or time field of the header is malformed</translation>
    </message>
    <message>
        <source>the header names a file this archive format does not allow</source>
        <translation>the header names a file this archive format does not allow</translation>
    </message>
    <message>
        <source>the header differs from the canonical form (field at offset %1)</source>
        <translation>the header differs from the canonical form (field at offset %1)</translation>
    </message>
    <message>
        <source>the file data is cut short</source>
        <translation>the file data is cut short</translation>
    </message>
    <message>
        <source>the padding after the file data is cut short</source>
        <translation>the padding after the file data is cut short</translation>
    </message>
    <message>
        <source>the padding after the file data is not zero</source>
        <translation>the padding after the file data is not zero</translation>
    </message>
</context>
<context>
    <name>VoteTallyText</name>
    <message>
        <source>Round %1 %2</source>
        <translation>Round %1 %2</translation>
    </message>
    <message>
        <source>Round %1: %2 ballots (%3)</source>
        <translation>Round %1: %2 ballots (%3)</translation>
    </message>
    <message>
        <source>%1 %2 ballots</source>
        <translation>%1 %2 ballots</translation>
    </message>
    <message>
        <source>blank ballots %1</source>
        <translation>blank ballots %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>WorkingDayCalendar</name>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the line must start with a year, not %1</source>
        <translation>the line must start with a year, not %1</translation>
    </message>
    <message>
        <source>after the year comes &quot;off&quot; or &quot;work&quot;</source>
        <translation>after the year comes &quot;off&quot; or &quot;work&quot;</translation>
    </message>
    <message>
        <source>the line lists no dates</source>
        <translation>the line lists no dates</translation>
    </message>
    <message>
        <source>%1 is not a date or a range DATE..DATE</source>
        <translation>%1 is not a date or a range DATE..DATE</translation>
    </message>
    <message>
        <source>the range %1 ends before it starts</source>
        <translation>the range %1 ends before it starts</translation>
    </message>
    <message>
        <source>%1 is too far from the year %2</source>
        <translation>%1 is too far from the year %2</translation>
    </message>
    <message>
        <source>%1 is both a day off and an adjusted working day (line %2)</source>
        <translation>%1 is both a day off and an adjusted working day (line %2)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>not a table of the negotiation record</source>
        <translation>not a table of the negotiation record</translation>
    </message>
    <message>
        <source>the workspace is in use by another program (close it and try again)</source>
        <translation>the workspace is in use by another program (close it and try again)</translation>
    </message>
    <message>
        <source>the workspace file is read-only</source>
        <translation>the workspace file is read-only</translation>
    </message>
    <message>
        <source>the disk could not be read or written (%1)</source>
        <translation>the disk could not be read or written (%1)</translation>
    </message>
    <message>
        <source>the workspace file is damaged (restore it from a backup)</source>
        <translation>the workspace file is damaged (restore it from a backup)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the workspace file cannot be opened</source>
        <translation>the workspace file cannot be opened</translation>
    </message>
    <message>
        <source>the file is not a TenderPanel workspace (not a database)</source>
        <translation>the file is not a TenderPanel workspace (not a database)</translation>
    </message>
    <message>
        <source>the server refused the user name or password (%1)</source>
        <translation>the server refused the user name or password (%1)</translation>
    </message>
    <message>
        <source>the server is shutting down or restarting; nothing of the action in progress was saved (try again once it is back)</source>
        <translation>the server is shutting down or restarting; nothing of the action in progress was saved (try again once it is back)</translation>
    </message>
    <message>
        <source>the server cannot be reached; nothing of the action in progress was saved (try again once it is back): %1</source>
        <translation>the server cannot be reached; nothing of the action in progress was saved (try again once it is back): %1</translation>
    </message>
    <message>
        <source>the workspace is busy with another program&apos;s change (try again)</source>
        <translation>the workspace is busy with another program&apos;s change (try again)</translation>
    </message>
    <message>
        <source>the database does not exist on the server (%1)</source>
        <translation>the database does not exist on the server (%1)</translation>
    </message>
    <message>
        <source>the server does not allow this user to change the workspace (%1)</source>
        <translation>the server does not allow this user to change the workspace (%1)</translation>
    </message>
    <message>
        <source>the server allows only reading (%1)</source>
        <translation>the server allows only reading (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full</source>
        <translation>the server&apos;s disk is full</translation>
    </message>
    <message>
        <source>the database reported: %1</source>
        <translation>the database reported: %1</translation>
    </message>
    <message>
        <source>the workspace is on read-only media: it can be read but not changed</source>
        <translation>the workspace is on read-only media: it can be read but not changed</translation>
    </message>
    <message>
        <source>the workspace file is read-only: it can be read but not changed</source>
        <translation>the workspace file is read-only: it can be read but not changed</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written, so the database cannot create its journal files (-wal, -shm) there: the workspace can be read but not changed</source>
        <translation>the folder %1 cannot be written, so the database cannot create its journal files (-wal, -shm) there: the workspace can be read but not changed</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>the server closed the connection</translation>
    </message>
    <message>
        <source>no workspace file given</source>
        <translation>no workspace file given</translation>
    </message>
    <message>
        <source>the workspace was opened read-only</source>
        <translation>the workspace was opened read-only</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL) is not installed</source>
        <translation>the PostgreSQL driver of Qt (QPSQL) is not installed</translation>
    </message>
    <message>
        <source>the file already exists; a copy is written only to a new file or an empty database, never over another</source>
        <translation>the file already exists; a copy is written only to a new file or an empty database, never over another</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>is not a file</translation>
    </message>
    <message>
        <source>the file is empty; it is not a workspace</source>
        <translation>the file is empty; it is not a workspace</translation>
    </message>
    <message>
        <source>no workspace at this path</source>
        <translation>no workspace at this path</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>the folder cannot be created</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written, so no workspace can be created there</source>
        <translation>the folder %1 cannot be written, so no workspace can be created there</translation>
    </message>
    <message>
        <source>the database already holds a workspace; a copy is written only to a new file or an empty database, never over or into another</source>
        <translation>the database already holds a workspace; a copy is written only to a new file or an empty database, never over or into another</translation>
    </message>
    <message>
        <source>the database is not empty (it holds %1); a copy is written only to a new file or an empty database</source>
        <translation>the database is not empty (it holds %1); a copy is written only to a new file or an empty database</translation>
    </message>
    <message>
        <source>other objects</source>
        <translation>other objects</translation>
    </message>
    <message>
        <source>the workspace has no valid schema version</source>
        <translation>the workspace has no valid schema version</translation>
    </message>
    <message>
        <source>the database is not a TenderPanel workspace (it holds other tables)</source>
        <translation>the database is not a TenderPanel workspace (it holds other tables)</translation>
    </message>
    <message>
        <source>the database holds no workspace yet (importing a negotiation creates one)</source>
        <translation>the database holds no workspace yet (importing a negotiation creates one)</translation>
    </message>
    <message>
        <source>the workspace was written by a newer TenderPanel (schema version %1; this program reads up to version %2); it was left unchanged</source>
        <translation>the workspace was written by a newer TenderPanel (schema version %1; this program reads up to version %2); it was left unchanged</translation>
    </message>
    <message>
        <source>the workspace needs an upgrade from schema version %1, but %2</source>
        <translation>the workspace needs an upgrade from schema version %1, but %2</translation>
    </message>
    <message>
        <source>the workspace needs an upgrade from schema version %1 but was opened read-only</source>
        <translation>the workspace needs an upgrade from schema version %1 but was opened read-only</translation>
    </message>
    <message>
        <source>the workspace cannot be locked against other programs (%1); it was not opened</source>
        <translation>the workspace cannot be locked against other programs (%1); it was not opened</translation>
    </message>
    <message>
        <source>trigger &quot;%1&quot;</source>
        <translation>trigger &quot;%1&quot;</translation>
    </message>
    <message>
        <source>trigger &quot;%1&quot; on table %2</source>
        <translation>trigger &quot;%1&quot; on table %2</translation>
    </message>
    <message>
        <source>the workspace holds %1, which TenderPanel did not create (a trigger can change what is stored without the audit log); it is not opened for changes and was left unchanged</source>
        <translation>the workspace holds %1, which TenderPanel did not create (a trigger can change what is stored without the audit log); it is not opened for changes and was left unchanged</translation>
    </message>
    <message>
        <source>the workspace says schema version %1 but %2; it was left unchanged</source>
        <translation>the workspace says schema version %1 but %2; it was left unchanged</translation>
    </message>
    <message>
        <source>the workspace was changed by another program while opening; open it again</source>
        <translation>the workspace was changed by another program while opening; open it again</translation>
    </message>
    <message>
        <source>the row to change is not in the workspace</source>
        <translation>the row to change is not in the workspace</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; to change</source>
        <translation>no column &quot;%1&quot; to change</translation>
    </message>
    <message>
        <source>no transaction is open</source>
        <translation>no transaction is open</translation>
    </message>
    <message>
        <source>the connection to the server broke while the change was being saved, so whether it was saved is not known; open the negotiation again and check before entering it again (%1)</source>
        <translation>the connection to the server broke while the change was being saved, so whether it was saved is not known; open the negotiation again and check before entering it again (%1)</translation>
    </message>
</context>
<context>
    <name>WorkspaceAddress</name>
    <message>
        <source>no workspace file given</source>
        <translation>no workspace file given</translation>
    </message>
    <message>
        <source>the server address &quot;%1&quot; lacks its closing &quot;]&quot;</source>
        <translation>the server address &quot;%1&quot; lacks its closing &quot;]&quot;</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after the server address</source>
        <translation>unexpected &quot;%1&quot; after the server address</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection setting TenderPanel passes on (it knows host, port, user, dbname, sslmode, %2)</source>
        <translation>&quot;%1&quot; is not a connection setting TenderPanel passes on (it knows host, port, user, dbname, sslmode, %2)</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; may not contain a space or &quot;;&quot;</source>
        <translation>the value of &quot;%1&quot; may not contain a space or &quot;;&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1 to 65535)</source>
        <translation>&quot;%1&quot; is not a port number (1 to 65535)</translation>
    </message>
    <message>
        <source>the server address names no host (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>the server address names no host (postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <source>the server address names no database (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>the server address names no database (postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TLS mode (%2)</source>
        <translation>&quot;%1&quot; is not a TLS mode (%2)</translation>
    </message>
</context>
<context>
    <name>WorkspaceAuditCommand</name>
    <message>
        <source>Verify the workspace&apos;s audit chain against its tables.</source>
        <translation>Verify the workspace&apos;s audit chain against its tables.</translation>
    </message>
    <message>
        <source>Checks the database file, compares its schema with the one the program&apos;s migrations create (tables, columns, indexes, views, triggers, schema_meta rows, stored settings), recomputes the SHA-256 chain of audit events and replays the events into the record they describe, comparing it with the tables, so a change made behind the program&apos;s back is found. The workspace is opened read-only.
--head HASH (repeatable) also proves that each head printed on a published document (the record anchor of the result notice or of a bidder&apos;s letter, the chain head of the report; the full 64 digits or at least the first 16) is an event of the verified chain, and prints &quot;head HASH: event SEQ of EVENTS, ACTION at TIME&quot; for each. A head that is not in the chain means the record was rewritten after the document was made, or the document comes from another workspace.
Exit 0 and &quot;ok EVENTS HEAD-HASH&quot;, or exit 4 naming the first bad event (or row) or each head that is not in the chain; exit 6 when the workspace cannot be read.</source>
        <translation>Checks the database file, compares its schema with the one the program&apos;s migrations create (tables, columns, indexes, views, triggers, schema_meta rows, stored settings), recomputes the SHA-256 chain of audit events and replays the events into the record they describe, comparing it with the tables, so a change made behind the program&apos;s back is found. The workspace is opened read-only.
--head HASH (repeatable) also proves that each head printed on a published document (the record anchor of the result notice or of a bidder&apos;s letter, the chain head of the report; the full 64 digits or at least the first 16) is an event of the verified chain, and prints &quot;head HASH: event SEQ of EVENTS, ACTION at TIME&quot; for each. A head that is not in the chain means the record was rewritten after the document was made, or the document comes from another workspace.
Exit 0 and &quot;ok EVENTS HEAD-HASH&quot;, or exit 4 naming the first bad event (or row) or each head that is not in the chain; exit 6 when the workspace cannot be read.</translation>
    </message>
    <message>
        <source>unknown audit action (expected: verify)</source>
        <translation>unknown audit action (expected: verify)</translation>
    </message>
    <message>
        <source>is not an event of this workspace&apos;s audit chain: the record was rewritten after the document was made, or the document comes from another workspace</source>
        <translation>is not an event of this workspace&apos;s audit chain: the record was rewritten after the document was made, or the document comes from another workspace</translation>
    </message>
    <message>
        <source>head %1: event %2 of %3, %4 at %5</source>
        <translation>head %1: event %2 of %3, %4 at %5</translation>
    </message>
</context>
<context>
    <name>WorkspaceCli</name>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than 2 decimals</source>
        <translation>&quot;%1&quot; has more than 2 decimals</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range</source>
        <translation>&quot;%1&quot; is out of range</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number such as 18 or 18.5 (digits with at most 2 decimals; no exponent, sign &quot;+&quot; or spaces)</source>
        <translation>&quot;%1&quot; is not a decimal number such as 18 or 18.5 (digits with at most 2 decimals; no exponent, sign &quot;+&quot; or spaces)</translation>
    </message>
    <message>
        <source>usage: tenderpanel-cli %1</source>
        <translation>usage: tenderpanel-cli %1</translation>
    </message>
    <message>
        <source>ID is the negotiation&apos;s code printed by import and list, N-YYYY-NNNN (the project&apos;s year and its number within that year, e.g. N-2014-0001), or its plain number.
The workspace is --workspace PATH, else $TENDERPANEL_WORKSPACE, else workspace.sqlite in the user&apos;s data folder. The audit log records the user as $TENDERPANEL_ACTOR, else the login name.
Exit 6: the workspace, the disk or an output file cannot be read or written (locked, read-only, full, not a TenderPanel workspace).</source>
        <translation>ID is the negotiation&apos;s code printed by import and list, N-YYYY-NNNN (the project&apos;s year and its number within that year, e.g. N-2014-0001), or its plain number.
The workspace is --workspace PATH, else $TENDERPANEL_WORKSPACE, else workspace.sqlite in the user&apos;s data folder. The audit log records the user as $TENDERPANEL_ACTOR, else the login name.
Exit 6: the workspace, the disk or an output file cannot be read or written (locked, read-only, full, not a TenderPanel workspace).</translation>
    </message>
</context>
<context>
    <name>WorkspaceCopy</name>
    <message>
        <source>the table %1 is not known to the copy; nothing was copied</source>
        <translation>the table %1 is not known to the copy; nothing was copied</translation>
    </message>
    <message>
        <source>the audit chain does not verify, so it is not copied (%1); nothing was written</source>
        <translation>the audit chain does not verify, so it is not copied (%1); nothing was written</translation>
    </message>
    <message>
        <source>the copy does not verify: %1</source>
        <translation>the copy does not verify: %1</translation>
    </message>
    <message>
        <source>the copy&apos;s audit chain (%1 events, head %2) is not the source&apos;s (%3 events, head %4)</source>
        <translation>the copy&apos;s audit chain (%1 events, head %2) is not the source&apos;s (%3 events, head %4)</translation>
    </message>
</context>
<context>
    <name>WorkspaceCopyCommand</name>
    <message>
        <source>Copy a whole workspace to a new file or an empty database, between engines or within one.</source>
        <translation>Copy a whole workspace to a new file or an empty database, between engines or within one.</translation>
    </message>
    <message>
        <source>SRC and DST are each a workspace file or a postgresql://USER@HOST:PORT/DATABASE address: a file to a server moves the workspace to the server, a server to a file makes an offline copy or one for the archive. --workspace is not used.
SRC is opened read-only (a file of an older schema version is upgraded first, as for every reading) and its audit chain must verify before anything is written. DST must be a new file or an empty database: one that holds anything is refused and left as it was, never overwritten or merged. DST is created at the current schema version and takes every row of every table, the audit events verbatim, in one transaction: on a failure an empty database is left empty and a new file is removed. The copy is then verified and both chain heads are printed:
  source ok EVENTS HEAD
  copy ok EVENTS HEAD
The heads are equal, and audit verify gives the same head on both.
Exit 0 copied; 2 usage; 4 the audit chain of SRC does not verify (nothing written); 5 DST is not new or not empty (nothing written); 6 SRC cannot be read or DST cannot be written (nothing left behind).</source>
        <translation>SRC and DST are each a workspace file or a postgresql://USER@HOST:PORT/DATABASE address: a file to a server moves the workspace to the server, a server to a file makes an offline copy or one for the archive. --workspace is not used.
SRC is opened read-only (a file of an older schema version is upgraded first, as for every reading) and its audit chain must verify before anything is written. DST must be a new file or an empty database: one that holds anything is refused and left as it was, never overwritten or merged. DST is created at the current schema version and takes every row of every table, the audit events verbatim, in one transaction: on a failure an empty database is left empty and a new file is removed. The copy is then verified and both chain heads are printed:
  source ok EVENTS HEAD
  copy ok EVENTS HEAD
The heads are equal, and audit verify gives the same head on both.
Exit 0 copied; 2 usage; 4 the audit chain of SRC does not verify (nothing written); 5 DST is not new or not empty (nothing written); 6 SRC cannot be read or DST cannot be written (nothing left behind).</translation>
    </message>
    <message>
        <source>unknown workspace action (expected: copy)</source>
        <translation>unknown workspace action (expected: copy)</translation>
    </message>
</context>
<context>
    <name>WorkspaceCorrectCommand</name>
    <message>
        <source>Correct a score on a submitted sheet, with its ground and reason.</source>
        <translation>Correct a score on a submitted sheet, with its ground and reason.</translation>
    </message>
    <message>
        <source>CAT is one of the four grounds on which compiled results may be changed: summation_error, out_of_range, objective_disagreement, abnormal_score. The correction names the panel leader (--leader must match the leader recorded in the panel; without it, that leader is recorded), stays in the record and the audit log. Refused (exit 5) unless the sheet is submitted and the result is not fixed yet. Prints &quot;corrected OLD -&gt; NEW&quot;.
</source>
        <translation>CAT is one of the four grounds on which compiled results may be changed: summation_error, out_of_range, objective_disagreement, abnormal_score. The correction names the panel leader (--leader must match the leader recorded in the panel; without it, that leader is recorded), stays in the record and the audit log. Refused (exit 5) unless the sheet is submitted and the result is not fixed yet. Prints &quot;corrected OLD -&gt; NEW&quot;.
</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of summation_error, out_of_range, objective_disagreement, abnormal_score</source>
        <translation>&quot;%1&quot; is not one of summation_error, out_of_range, objective_disagreement, abnormal_score</translation>
    </message>
</context>
<context>
    <name>WorkspaceExportCommand</name>
    <message>
        <source>Write a stored negotiation as a scenario file.</source>
        <translation>Write a stored negotiation as a scenario file.</translation>
    </message>
    <message>
        <source>Writes tenderpanel-scenario/1 JSON to FILE (replaced atomically) or to standard output. &quot;evaluate&quot; gives the same result on the exported file as on the imported one.
</source>
        <translation>Writes tenderpanel-scenario/1 JSON to FILE (replaced atomically) or to standard output. &quot;evaluate&quot; gives the same result on the exported file as on the imported one.
</translation>
    </message>
</context>
<context>
    <name>WorkspaceImportCommand</name>
    <message>
        <source>Store a scenario file in the workspace as a new negotiation.</source>
        <translation>Store a scenario file in the workspace as a new negotiation.</translation>
    </message>
    <message>
        <source>Prints the new negotiation&apos;s id (N-YYYY-NNNN). The file must read and evaluate without problems; otherwise nothing is stored (exit 2).
The negotiation lands in the step its data implies: with votes, &quot;vote&quot;; with scores, &quot;scoring&quot; with every panel member&apos;s sheet submitted (locked: changes are corrections); with a draw, &quot;presentations&quot;; with proposals, &quot;draw&quot;; otherwise &quot;proposals&quot;.
</source>
        <translation>Prints the new negotiation&apos;s id (N-YYYY-NNNN). The file must read and evaluate without problems; otherwise nothing is stored (exit 2).
The negotiation lands in the step its data implies: with votes, &quot;vote&quot;; with scores, &quot;scoring&quot; with every panel member&apos;s sheet submitted (locked: changes are corrections); with a draw, &quot;presentations&quot;; with proposals, &quot;draw&quot;; otherwise &quot;proposals&quot;.
</translation>
    </message>
</context>
<context>
    <name>WorkspaceListCommand</name>
    <message>
        <source>List the negotiations of the workspace, newest first.</source>
        <translation>List the negotiations of the workspace, newest first.</translation>
    </message>
    <message>
        <source>--search keeps those whose title, purchaser or id contains TEXT (ASCII letters in any case).
Text (default): one line each: id, step, title, purchaser, separated by tabs. JSON: an array of {&quot;id&quot;, &quot;title&quot;, &quot;purchaser&quot;, &quot;stage&quot;, &quot;created_at&quot;, &quot;updated_at&quot;}.
</source>
        <translation>--search keeps those whose title, purchaser or id contains TEXT (ASCII letters in any case).
Text (default): one line each: id, step, title, purchaser, separated by tabs. JSON: an array of {&quot;id&quot;, &quot;title&quot;, &quot;purchaser&quot;, &quot;stage&quot;, &quot;created_at&quot;, &quot;updated_at&quot;}.
</translation>
    </message>
    <message>
        <source>must be json or text, not &quot;%1&quot;</source>
        <translation>must be json or text, not &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>WorkspaceScoreCommand</name>
    <message>
        <source>Enter one score on a panel member&apos;s sheet.</source>
        <translation>Enter one score on a panel member&apos;s sheet.</translation>
    </message>
    <message>
        <source>Prints &quot;saved&quot; only after the value is durably committed. V is written as a scenario file writes a score (18, 18.5: digits with at most 2 decimals, no exponent or sign &quot;+&quot;) and lies in [0, the criterion&apos;s maximum].
Exit 5 (refused): the draw is not recorded yet, the presentations have not begun, the sheet is submitted (locked: use correct), scoring is over, or the bidder is excluded.
</source>
        <translation>Prints &quot;saved&quot; only after the value is durably committed. V is written as a scenario file writes a score (18, 18.5: digits with at most 2 decimals, no exponent or sign &quot;+&quot;) and lies in [0, the criterion&apos;s maximum].
Exit 5 (refused): the draw is not recorded yet, the presentations have not begun, the sheet is submitted (locked: use correct), scoring is over, or the bidder is excluded.
</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
</context>
<context>
    <name>WorkspaceSubmitSheetCommand</name>
    <message>
        <source>Submit and lock a panel member&apos;s score sheet (one-time scoring).</source>
        <translation>Submit and lock a panel member&apos;s score sheet (one-time scoring).</translation>
    </message>
    <message>
        <source>The sheet must hold a score for every qualified bidder and criterion. Afterwards &quot;score&quot; is refused for it (exit 5); a change needs &quot;correct&quot;. Prints &quot;submitted&quot; after the commit.
</source>
        <translation>The sheet must hold a score for every qualified bidder and criterion. Afterwards &quot;score&quot; is refused for it (exit 5); a change needs &quot;correct&quot;. Prints &quot;submitted&quot; after the commit.
</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
</context>
<context>
    <name>XlsxModule</name>
    <message>
        <source>the workbook module %1 cannot be loaded (%2)</source>
        <translation>the workbook module %1 cannot be loaded (%2)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: tenderpanel-cli [--workspace PATH] COMMAND [ARGS...]</source>
        <translation>Usage: tenderpanel-cli [--workspace PATH] COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>       tenderpanel-cli COMMAND --help</source>
        <translation>       tenderpanel-cli COMMAND --help</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 2 invalid input or usage, 3 a tie needs the panel&apos;s vote, 4 verification failed, 5 refused by the procedure, 6 the disk, an output file or the workspace could not be read or written.</source>
        <translation>Exit status: 0 done, 2 invalid input or usage, 3 a tie needs the panel&apos;s vote, 4 verification failed, 5 refused by the procedure, 6 the disk, an output file or the workspace could not be read or written.</translation>
    </message>
    <message>
        <source>the standard output cannot be written: %1</source>
        <translation>the standard output cannot be written: %1</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>needs a value</translation>
    </message>
    <message>
        <source>Usage: tenderpanel-cli %1</source>
        <translation>Usage: tenderpanel-cli %1</translation>
    </message>
    <message>
        <source>unknown command (see tenderpanel-cli --help)</source>
        <translation>unknown command (see tenderpanel-cli --help)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The workspace file to open.</source>
        <translation>The workspace file to open.</translation>
    </message>
</context>
<context>
    <name>tp::store::RankingApprovals</name>
    <message>
        <source>the ranking is approved once the final result is recorded</source>
        <translation>the ranking is approved once the final result is recorded</translation>
    </message>
    <message>
        <source>only a final ranking is approved</source>
        <translation>only a final ranking is approved</translation>
    </message>
    <message>
        <source>the approval is not in the record</source>
        <translation>the approval is not in the record</translation>
    </message>
</context>
<context>
    <name>tp::ui::AllocationEditor</name>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>By shares</source>
        <translation>By shares</translation>
    </message>
    <message>
        <source>By service areas</source>
        <translation>By service areas</translation>
    </message>
    <message>
        <source>By shares and service areas</source>
        <translation>By shares and service areas</translation>
    </message>
    <message>
        <source>Each winner gets a percentage share, serves a service area of its own, or both.</source>
        <translation>Each winner gets a percentage share, serves a service area of its own, or both.</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>At most</translation>
    </message>
    <message>
        <source>winner(s)</source>
        <translation>winner(s)</translation>
    </message>
    <message numerus="yes">
        <source>%n winner(s):</source>
        <translation>
            <numerusform>%n winner(s):</numerusform>
            <numerusform>%n winner(s):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share of position %1 when %n bidder(s) win</source>
        <translation>
            <numerusform>Share of position %1 when %n bidder(s) win</numerusform>
            <numerusform>Share of position %1 when %n bidder(s) win</numerusform>
        </translation>
    </message>
    <message>
        <source>sum %1 %</source>
        <translation>sum %1 %</translation>
    </message>
</context>
<context>
    <name>tp::ui::AreaEditor</name>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>The first winner serves the first area, the second winner the second, and so on.</source>
        <translation>The first winner serves the first area, the second winner the second, and so on.</translation>
    </message>
    <message>
        <source>Move the selected area up: a better-ranked winner serves it</source>
        <translation>Move the selected area up: a better-ranked winner serves it</translation>
    </message>
    <message>
        <source>Move the selected area down: a lower-ranked winner serves it</source>
        <translation>Move the selected area down: a lower-ranked winner serves it</translation>
    </message>
    <message>
        <source>e.g. first service area</source>
        <translation>e.g. first service area</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>Service areas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message numerus="yes">
        <source>when %n bidder(s) win</source>
        <translation>
            <numerusform>when %n bidder(s) win</numerusform>
            <numerusform>when %n bidder(s) win</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>No places yet</source>
        <translation>No places yet</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No service areas yet for %1 winner(s).</source>
        <translation>No service areas yet for %1 winner(s).</translation>
    </message>
    <message>
        <source>Enter them, or the evaluation stops when that many bidders win.</source>
        <translation>Enter them, or the evaluation stops when that many bidders win.</translation>
    </message>
    <message>
        <source>No service area is entered.</source>
        <translation>No service area is entered.</translation>
    </message>
</context>
<context>
    <name>tp::ui::BidderTable</name>
    <message>
        <source>Bidder</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>tp::ui::ConnectServerDialog</name>
    <message>
        <source>Connect to Server Workspace</source>
        <translation>Connect to Server Workspace</translation>
    </message>
    <message>
        <source>e.g. db.example.org or 10.0.0.5</source>
        <translation>e.g. db.example.org or 10.0.0.5</translation>
    </message>
    <message>
        <source>leave empty if the server does not ask for one</source>
        <translation>leave empty if the server does not ask for one</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it</source>
        <translation>Encrypt when the server offers it</translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <translation>Always encrypt</translation>
    </message>
    <message>
        <source>Always encrypt and check the server&apos;s certificate</source>
        <translation>Always encrypt and check the server&apos;s certificate</translation>
    </message>
    <message>
        <source>Always encrypt and check the certificate and the server&apos;s name</source>
        <translation>Always encrypt and check the certificate and the server&apos;s name</translation>
    </message>
    <message>
        <source>Never encrypt</source>
        <translation>Never encrypt</translation>
    </message>
    <message>
        <source>The centre&apos;s IT staff give these details. The password is used for this connection only and is never saved.</source>
        <translation>The centre&apos;s IT staff give these details. The password is used for this connection only and is never saved.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Enter the server&apos;s name or address.</translation>
    </message>
    <message>
        <source>Enter the name of the workspace&apos;s database.</source>
        <translation>Enter the name of the workspace&apos;s database.</translation>
    </message>
</context>
<context>
    <name>tp::ui::CriteriaEditor</name>
    <message>
        <source>Load from template</source>
        <translation>Load from template</translation>
    </message>
    <message>
        <source>Double-click a cell to change the code, the criterion or its points.</source>
        <translation>Double-click a cell to change the code, the criterion or its points.</translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s), total %1 points</source>
        <translation>
            <numerusform>%n criterion(s), total %1 points</numerusform>
            <numerusform>%n criterion(s), total %1 points</numerusform>
        </translation>
    </message>
    <message>
        <source>(not 100: check that this total is intended)</source>
        <translation>(not 100: check that this total is intended)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n criterion(s))</source>
        <translation>
            <numerusform>%1 (%n criterion(s))</numerusform>
            <numerusform>%1 (%n criterion(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>Load the criteria of the template?</source>
        <translation>Load the criteria of the template?</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n criterion(s) listed with those of the template?</source>
        <translation>
            <numerusform>Replace the %n criterion(s) listed with those of the template?</numerusform>
            <numerusform>Replace the %n criterion(s) listed with those of the template?</numerusform>
        </translation>
    </message>
    <message>
        <source>Load criteria from a template</source>
        <translation>Load criteria from a template</translation>
    </message>
</context>
<context>
    <name>tp::ui::CriteriaModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of points with at most two decimals</source>
        <translation>&quot;%1&quot; is not a number of points with at most two decimals</translation>
    </message>
</context>
<context>
    <name>tp::ui::CriterionDialog</name>
    <message>
        <source>Add criterion</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <source>e.g. 20 or 7.5</source>
        <translation>e.g. 20 or 7.5</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>The points must be a number with at most two decimals, e.g. 20 or 7.5.</source>
        <translation>The points must be a number with at most two decimals, e.g. 20 or 7.5.</translation>
    </message>
</context>
<context>
    <name>tp::ui::DeadlineClock</name>
    <message>
        <source>No deadline is set.</source>
        <translation>No deadline is set.</translation>
    </message>
    <message>
        <source>Deadline %1 has passed: later entries are recorded as late.</source>
        <translation>Deadline %1 has passed: later entries are recorded as late.</translation>
    </message>
    <message numerus="yes">
        <source>Deadline %1 — %n day(s) %2 left</source>
        <translation>
            <numerusform>Deadline %1 — %n day %2 left</numerusform>
            <numerusform>Deadline %1 — %n days %2 left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::DocumentDetailsForm</name>
    <message>
        <source>e.g. the negotiation document&apos;s name and number</source>
        <translation>e.g. the negotiation document&apos;s name and number</translation>
    </message>
    <message>
        <source>empty: the purchaser</source>
        <translation>empty: the purchaser</translation>
    </message>
    <message>
        <source>where a written challenge is delivered</source>
        <translation>where a written challenge is delivered</translation>
    </message>
    <message>
        <source>person and telephone for challenges</source>
        <translation>person and telephone for challenges</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Basis of the negotiation</source>
        <translation>Basis of the negotiation</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Challenges received at</source>
        <translation>Challenges received at</translation>
    </message>
    <message>
        <source>Contact for challenges</source>
        <translation>Contact for challenges</translation>
    </message>
    <message>
        <source>Contact person for bidders</source>
        <translation>Contact person for bidders</translation>
    </message>
    <message>
        <source>Contact telephone</source>
        <translation>Contact telephone</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>Contact address</translation>
    </message>
</context>
<context>
    <name>tp::ui::DocumentPreviewDialog</name>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export editable (.odt)…</source>
        <translation>Export editable (.odt)…</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <source>OpenDocument text for adjusting the wording in a word processor. It is a draft: only the exported PDF is the issued document.</source>
        <translation>OpenDocument text for adjusting the wording in a word processor. It is a draft: only the exported PDF is the issued document.</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Language of the document</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page(s)</numerusform>
            <numerusform>%n page(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Export editable document</source>
        <translation>Export editable document</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Exported to %1 as a draft for editing.</source>
        <translation>Exported to %1 as a draft for editing.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The printer cannot be started.</source>
        <translation>The printer cannot be started.</translation>
    </message>
</context>
<context>
    <name>tp::ui::DoubleEntryWidget</name>
    <message>
        <source>First keying complete</source>
        <translation>First keying complete</translation>
    </message>
    <message>
        <source>Second keying complete: compare</source>
        <translation>Second keying complete: compare</translation>
    </message>
    <message>
        <source>Accept sheet</source>
        <translation>Accept sheet</translation>
    </message>
    <message>
        <source>The first keying is hidden while the sheet is keyed again.</source>
        <translation>The first keying is hidden while the sheet is keyed again.</translation>
    </message>
    <message>
        <source>The second keying starts when the first one is complete.</source>
        <translation>The second keying starts when the first one is complete.</translation>
    </message>
    <message>
        <source>First keying</source>
        <translation>First keying</translation>
    </message>
    <message>
        <source>Second keying</source>
        <translation>Second keying</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>Paper sheet of %1: keyed twice</source>
        <translation>Paper sheet of %1: keyed twice</translation>
    </message>
    <message>
        <source>Accept paper sheet</source>
        <translation>Accept paper sheet</translation>
    </message>
    <message>
        <source>Both keyings of %1&apos;s sheet agree. Accept the sheet as keyed? It is then submitted and cannot be changed.</source>
        <translation>Both keyings of %1&apos;s sheet agree. Accept the sheet as keyed? It is then submitted and cannot be changed.</translation>
    </message>
    <message>
        <source>Sheet accepted.</source>
        <translation>Sheet accepted.</translation>
    </message>
    <message>
        <source>Key the signed paper sheet exactly as written, then press &quot;First keying complete&quot;.</source>
        <translation>Key the signed paper sheet exactly as written, then press &quot;First keying complete&quot;.</translation>
    </message>
    <message>
        <source>A second person now keys the same paper sheet again, without looking at the first keying.</source>
        <translation>A second person now keys the same paper sheet again, without looking at the first keying.</translation>
    </message>
    <message>
        <source>Cells that differ are shown in red on both sides. Check each against the paper sheet and correct the wrong keying.</source>
        <translation>Cells that differ are shown in red on both sides. Check each against the paper sheet and correct the wrong keying.</translation>
    </message>
    <message>
        <source>%1 of %2 scores keyed.</source>
        <translation>%1 of %2 scores keyed.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) differ between the two keyings. Correct them against the paper sheet.</source>
        <translation>
            <numerusform>%n cell differs between the two keyings. Correct it against the paper sheet.</numerusform>
            <numerusform>%n cells differ between the two keyings. Correct them against the paper sheet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both keyings agree so far, but some scores are empty.</source>
        <translation>Both keyings agree so far, but some scores are empty.</translation>
    </message>
    <message>
        <source>Both keyings agree.</source>
        <translation>Both keyings agree.</translation>
    </message>
</context>
<context>
    <name>tp::ui::DrawPage</name>
    <message>
        <source>Draw now</source>
        <translation>Draw now</translation>
    </message>
    <message>
        <source>Print commitment sheet…</source>
        <translation>Print commitment sheet…</translation>
    </message>
    <message>
        <source>Reveal seed and order…</source>
        <translation>Reveal seed and order…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Record this order…</source>
        <translation>Record this order…</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>Check command (the key is its output)</source>
        <translation>Check command (the key is its output)</translation>
    </message>
    <message>
        <source>The computer draws a secret seed. Its commitment (the SHA-256 of the seed) is shown and printed before the draw is revealed; afterwards anyone can check the order from the seed with sha256sum.</source>
        <translation>The computer draws a secret seed. Its commitment (the SHA-256 of the seed) is shown and printed before the draw is revealed; afterwards anyone can check the order from the seed with sha256sum.</translation>
    </message>
    <message>
        <source>When the order was drawn by hand (sealed lots), put the bidders in the drawn order and record it.</source>
        <translation>When the order was drawn by hand (sealed lots), put the bidders in the drawn order and record it.</translation>
    </message>
    <message>
        <source>Verifiable draw</source>
        <translation>Verifiable draw</translation>
    </message>
    <message>
        <source>Physical draw</source>
        <translation>Physical draw</translation>
    </message>
    <message>
        <source>Reveal the draw</source>
        <translation>Reveal the draw</translation>
    </message>
    <message>
        <source>Reveal the seed and the presentation order now? Make sure the commitment has been shown to everyone present (and printed) first.</source>
        <translation>Reveal the seed and the presentation order now? Make sure the commitment has been shown to everyone present (and printed) first.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Record the physical draw</source>
        <translation>Record the physical draw</translation>
    </message>
    <message>
        <source>Record this presentation order?

%1</source>
        <translation>Record this presentation order?

%1</translation>
    </message>
    <message>
        <source>Lot draw: commitment</source>
        <translation>Lot draw: commitment</translation>
    </message>
    <message>
        <source>This is the SHA-256 commitment of the secret seed, published before the draw is revealed:</source>
        <translation>This is the SHA-256 commitment of the secret seed, published before the draw is revealed:</translation>
    </message>
    <message>
        <source>Bidders taking part:</source>
        <translation>Bidders taking part:</translation>
    </message>
    <message>
        <source>After the reveal, anyone can check: printf &apos;%s&apos; SEED | sha256sum gives this commitment.</source>
        <translation>After the reveal, anyone can check: printf &apos;%s&apos; SEED | sha256sum gives this commitment.</translation>
    </message>
    <message>
        <source>Print commitment sheet</source>
        <translation>Print commitment sheet</translation>
    </message>
    <message>
        <source>Commitment (SHA-256 of the secret seed):</source>
        <translation>Commitment (SHA-256 of the secret seed):</translation>
    </message>
    <message>
        <source>No draw yet.</source>
        <translation>No draw yet.</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>Seed: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Key: %1</translation>
    </message>
    <message>
        <source>The order is ascending by key. Check the commitment with: %1</source>
        <translation>The order is ascending by key. Check the commitment with: %1</translation>
    </message>
    <message>
        <source>Physical draw recorded.</source>
        <translation>Physical draw recorded.</translation>
    </message>
</context>
<context>
    <name>tp::ui::DrawStepPage</name>
    <message>
        <source>Show the draw on the projector</source>
        <translation>Show the draw on the projector</translation>
    </message>
    <message>
        <source>Shows the order and the seed on the audience&apos;s screen</source>
        <translation>Shows the order and the seed on the audience&apos;s screen</translation>
    </message>
    <message>
        <source>names, separated by 、 or commas</source>
        <translation>names, separated by 、 or commas</translation>
    </message>
    <message>
        <source>Recorded with the draw and printed in the evaluation report</source>
        <translation>Recorded with the draw and printed in the evaluation report</translation>
    </message>
    <message>
        <source>Witnesses of the draw</source>
        <translation>Witnesses of the draw</translation>
    </message>
    <message>
        <source>The draw is not recorded</source>
        <translation>The draw is not recorded</translation>
    </message>
    <message>
        <source>The commitment is not stored</source>
        <translation>The commitment is not stored</translation>
    </message>
</context>
<context>
    <name>tp::ui::FractionText</name>
    <message>
        <source>%1/%2 = %3</source>
        <translation>%1/%2 = %3</translation>
    </message>
</context>
<context>
    <name>tp::ui::HomeView</name>
    <message>
        <source>New negotiation</source>
        <translation>New negotiation</translation>
    </message>
    <message>
        <source>Import scenario file…</source>
        <translation>Import scenario file…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No negotiation yet&lt;/h2&gt;&lt;p&gt;Start a new negotiation from a template of criteria, or import a scenario file that another TenderPanel exported.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;No negotiation yet&lt;/h2&gt;&lt;p&gt;Start a new negotiation from a template of criteria, or import a scenario file that another TenderPanel exported.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Negotiations&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Negotiations&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Search by title, purchaser, bidder, number or year</source>
        <translation>Search by title, purchaser, bidder, number or year</translation>
    </message>
    <message>
        <source>Read-only: %1.</source>
        <translation>Read-only: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n negotiation(s)</source>
        <translation>
            <numerusform>%n negotiation</numerusform>
            <numerusform>%n negotiations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::LeaveOneOutModel</name>
    <message>
        <source>Panel too small to drop the highest and lowest</source>
        <translation>Panel too small to drop the highest and lowest</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Tie, vote needed: %1</source>
        <translation>Tie, vote needed: %1</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Without this member the winners would differ, or a vote would be needed.</source>
        <translation>Without this member the winners would differ, or a vote would be needed.</translation>
    </message>
    <message>
        <source>Without this member the winners would be the same.</source>
        <translation>Without this member the winners would be the same.</translation>
    </message>
    <message>
        <source>Member left out</source>
        <translation>Member left out</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>Winners</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>tp::ui::MainWindow</name>
    <message>
        <source>TenderPanel</source>
        <translation>TenderPanel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No workspace is open.</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Cannot open the workspace</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened:
%2</source>
        <translation>The workspace %1 cannot be opened:
%2</translation>
    </message>
    <message>
        <source>%1 — TenderPanel</source>
        <translation>%1 — TenderPanel</translation>
    </message>
    <message>
        <source>%1 — TenderPanel (read-only)</source>
        <translation>%1 — TenderPanel (read-only)</translation>
    </message>
    <message>
        <source>TenderPanel (read-only)</source>
        <translation>TenderPanel (read-only)</translation>
    </message>
    <message>
        <source>Workspace: %1 (read-only: %2)</source>
        <translation>Workspace: %1 (read-only: %2)</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost; retrying…</source>
        <translation>The connection to the server was lost; retrying…</translation>
    </message>
    <message>
        <source>Workspace: %1 (connection lost)</source>
        <translation>Workspace: %1 (connection lost)</translation>
    </message>
    <message>
        <source>Workspace: %1 (connected again)</source>
        <translation>Workspace: %1 (connected again)</translation>
    </message>
    <message>
        <source>Cannot open the scoring terminal</source>
        <translation>Cannot open the scoring terminal</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Changed by another user. Refresh to see the changes.</source>
        <translation>Changed by another user. Refresh to see the changes.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New negotiation…</source>
        <translation>&amp;New negotiation…</translation>
    </message>
    <message>
        <source>&amp;Import scenario file…</source>
        <translation>&amp;Import scenario file…</translation>
    </message>
    <message>
        <source>&amp;Export scenario…</source>
        <translation>&amp;Export scenario…</translation>
    </message>
    <message>
        <source>Open &amp;sealed archive…</source>
        <translation>Open &amp;sealed archive…</translation>
    </message>
    <message>
        <source>&amp;Connect to Server Workspace…</source>
        <translation>&amp;Connect to Server Workspace…</translation>
    </message>
    <message>
        <source>&amp;Recent Workspaces</source>
        <translation>&amp;Recent Workspaces</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;All negotiations</source>
        <translation>&amp;All negotiations</translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation>&amp;Projector window</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About TenderPanel</source>
        <translation>&amp;About TenderPanel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language is changed the next time TenderPanel starts.</source>
        <translation>The language is changed the next time TenderPanel starts.</translation>
    </message>
    <message>
        <source>The negotiation is not created</source>
        <translation>The negotiation is not created</translation>
    </message>
    <message>
        <source>The file is not imported</source>
        <translation>The file is not imported</translation>
    </message>
    <message>
        <source>Import scenario file</source>
        <translation>Import scenario file</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Scenario files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported; nothing was stored:
%2</source>
        <translation>%1 cannot be imported; nothing was stored:
%2</translation>
    </message>
    <message>
        <source>Imported as %1.</source>
        <translation>Imported as %1.</translation>
    </message>
    <message>
        <source>Export scenario</source>
        <translation>Export scenario</translation>
    </message>
    <message>
        <source>Open a negotiation first.</source>
        <translation>Open a negotiation first.</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>Scenario files (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Open sealed archive</source>
        <translation>Open sealed archive</translation>
    </message>
    <message>
        <source>Sealed archives (*.tparchive);;All files (*)</source>
        <translation>Sealed archives (*.tparchive);;All files (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>About TenderPanel</source>
        <translation>About TenderPanel</translation>
    </message>
    <message>
        <source>TenderPanel %1
Runs a selective negotiation from registration to the final ranking.</source>
        <translation>TenderPanel %1
Runs a selective negotiation from registration to the final ranking.</translation>
    </message>
</context>
<context>
    <name>tp::ui::MemberFiguresModel</name>
    <message>
        <source>Exactly %1</source>
        <translation>Exactly %1</translation>
    </message>
    <message>
        <source>The mean, over the qualified bidders, of the distance between the member&apos;s total and the bidder&apos;s exact score.</source>
        <translation>The mean, over the qualified bidders, of the distance between the member&apos;s total and the bidder&apos;s exact score.</translation>
    </message>
    <message>
        <source>Pairs of bidders the member&apos;s totals put in the same order as the exact scores.</source>
        <translation>Pairs of bidders the member&apos;s totals put in the same order as the exact scores.</translation>
    </message>
    <message>
        <source>Pairs of bidders the member&apos;s totals put in the other order.</source>
        <translation>Pairs of bidders the member&apos;s totals put in the other order.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Dropped as highest</source>
        <translation>Dropped as highest</translation>
    </message>
    <message>
        <source>Dropped as lowest</source>
        <translation>Dropped as lowest</translation>
    </message>
    <message>
        <source>Mean deviation</source>
        <translation>Mean deviation</translation>
    </message>
    <message>
        <source>Same order</source>
        <translation>Same order</translation>
    </message>
    <message>
        <source>Other order</source>
        <translation>Other order</translation>
    </message>
</context>
<context>
    <name>tp::ui::MemberSheetModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(max %1)
%2</source>
        <translation>(max %1)
%2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Your sheet has been submitted and can no longer be changed.</source>
        <translation>Your sheet has been submitted and can no longer be changed.</translation>
    </message>
    <message>
        <source>%1 has more than 2 decimals: scores are kept to 0.01.</source>
        <translation>%1 has more than 2 decimals: scores are kept to 0.01.</translation>
    </message>
    <message>
        <source>“%1” is not a score: type a number such as 16 or 16.5.</source>
        <translation>“%1” is not a score: type a number such as 16 or 16.5.</translation>
    </message>
    <message>
        <source>%1 is outside 0 to %2, the range of %3.</source>
        <translation>%1 is outside 0 to %2, the range of %3.</translation>
    </message>
</context>
<context>
    <name>tp::ui::MemberTerminalsWidget</name>
    <message>
        <source>Issue scoring credentials…</source>
        <translation>Issue scoring credentials…</translation>
    </message>
    <message>
        <source>Revoke credentials…</source>
        <translation>Revoke credentials…</translation>
    </message>
    <message>
        <source>Panel member</source>
        <translation>Panel member</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Issues a credential to each selected member (none selected: to every member without one) and saves their slips as a PDF to print and hand out.</source>
        <translation>Issues a credential to each selected member (none selected: to every member without one) and saves their slips as a PDF to print and hand out.</translation>
    </message>
    <message>
        <source>Ends the selected members&apos; credentials (none selected: every member&apos;s).</source>
        <translation>Ends the selected members&apos; credentials (none selected: every member&apos;s).</translation>
    </message>
    <message>
        <source>The name or address by which the members&apos; terminals reach the database server, printed on the slips. Empty: the server&apos;s address of this computer&apos;s workspace.</source>
        <translation>The name or address by which the members&apos; terminals reach the database server, printed on the slips. Empty: the server&apos;s address of this computer&apos;s workspace.</translation>
    </message>
    <message>
        <source>Server for the terminals:</source>
        <translation>Server for the terminals:</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation>Not issued</translation>
    </message>
    <message>
        <source>Waiting for login</source>
        <translation>Waiting for login</translation>
    </message>
    <message>
        <source>Scoring %1/%2</source>
        <translation>Scoring %1/%2</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>The members&apos; progress cannot be read: %1</source>
        <translation>The members&apos; progress cannot be read: %1</translation>
    </message>
    <message>
        <source>Paper / this computer</source>
        <translation>Paper / this computer</translation>
    </message>
    <message>
        <source>Sheets submitted on the terminals: %1 of %2. Scores stay hidden until every sheet is in.</source>
        <translation>Sheets submitted on the terminals: %1 of %2. Scores stay hidden until every sheet is in.</translation>
    </message>
    <message>
        <source>scoring-credentials.pdf</source>
        <translation>scoring-credentials.pdf</translation>
    </message>
    <message>
        <source>Save the credential slips</source>
        <translation>Save the credential slips</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>No credential is issued</source>
        <translation>No credential is issued</translation>
    </message>
    <message>
        <source>The slips are not saved</source>
        <translation>The slips are not saved</translation>
    </message>
    <message>
        <source>The credential slips cannot be written to %1: %2
The credentials just issued are revoked again; issue them once more with another file.</source>
        <translation>The credential slips cannot be written to %1: %2
The credentials just issued are revoked again; issue them once more with another file.</translation>
    </message>
    <message>
        <source>Every chosen member holds a credential already.</source>
        <translation>Every chosen member holds a credential already.</translation>
    </message>
    <message>
        <source>Revoke the credentials of every panel member? Their terminals can then no longer enter scores or vote.</source>
        <translation>Revoke the credentials of every panel member? Their terminals can then no longer enter scores or vote.</translation>
    </message>
    <message>
        <source>Revoke the credentials of %1? Their terminals can then no longer enter scores or vote.</source>
        <translation>Revoke the credentials of %1? Their terminals can then no longer enter scores or vote.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Revoke credentials</source>
        <translation>Revoke credentials</translation>
    </message>
    <message>
        <source>No credential is revoked</source>
        <translation>No credential is revoked</translation>
    </message>
</context>
<context>
    <name>tp::ui::MemberWindow</name>
    <message>
        <source>Scoring terminal — TenderPanel</source>
        <translation>Scoring terminal — TenderPanel</translation>
    </message>
    <message>
        <source>Submit score sheet</source>
        <translation>Submit score sheet</translation>
    </message>
    <message>
        <source>Cast my vote</source>
        <translation>Cast my vote</translation>
    </message>
    <message>
        <source>The connection to the server was lost; retrying…</source>
        <translation>The connection to the server was lost; retrying…</translation>
    </message>
    <message>
        <source>Connected again.</source>
        <translation>Connected again.</translation>
    </message>
    <message>
        <source>Your sheet cannot be read now: %1</source>
        <translation>Your sheet cannot be read now: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Panel member: %1</source>
        <translation>Panel member: %1</translation>
    </message>
    <message>
        <source>Scoring terminal — %1</source>
        <translation>Scoring terminal — %1</translation>
    </message>
    <message>
        <source>Scoring credential revoked.
This terminal can no longer enter scores or vote. Thank you.</source>
        <translation>Scoring credential revoked.
This terminal can no longer enter scores or vote. Thank you.</translation>
    </message>
    <message>
        <source>Presenting now: %1</source>
        <translation>Presenting now: %1</translation>
    </message>
    <message>
        <source>Submitted. Sheets submitted: %1/%2</source>
        <translation>Submitted. Sheets submitted: %1/%2</translation>
    </message>
    <message>
        <source>The sheet opens once the bidders&apos; order is drawn.</source>
        <translation>The sheet opens once the bidders&apos; order is drawn.</translation>
    </message>
    <message>
        <source>Vote round %1: you have voted. Waiting for the other members.</source>
        <translation>Vote round %1: you have voted. Waiting for the other members.</translation>
    </message>
    <message>
        <source>Vote round %1: these bidders are tied. Choose one, or abstain.</source>
        <translation>Vote round %1: these bidders are tied. Choose one, or abstain.</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <source>Saved: %1 = %2</source>
        <translation>Saved: %1 = %2</translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation>Not saved: %1: %2</translation>
    </message>
    <message>
        <source>The sheet is not complete: %1 has no score yet.</source>
        <translation>The sheet is not complete: %1 has no score yet.</translation>
    </message>
    <message>
        <source>The sheet is not submitted</source>
        <translation>The sheet is not submitted</translation>
    </message>
    <message>
        <source>Submit your score sheet? Once submitted, your scores can no longer be changed.</source>
        <translation>Submit your score sheet? Once submitted, your scores can no longer be changed.</translation>
    </message>
    <message>
        <source>The sheet is not submitted: %1</source>
        <translation>The sheet is not submitted: %1</translation>
    </message>
    <message>
        <source>No vote is cast</source>
        <translation>No vote is cast</translation>
    </message>
    <message>
        <source>Choose a bidder, or abstain.</source>
        <translation>Choose a bidder, or abstain.</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>abstain</translation>
    </message>
    <message>
        <source>Vote for %1? A vote cannot be changed once cast.</source>
        <translation>Vote for %1? A vote cannot be changed once cast.</translation>
    </message>
    <message>
        <source>Abstain in this round? A vote cannot be changed once cast.</source>
        <translation>Abstain in this round? A vote cannot be changed once cast.</translation>
    </message>
</context>
<context>
    <name>tp::ui::NegotiationListModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>Purchaser</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>tp::ui::NegotiationView</name>
    <message>
        <source>← All negotiations</source>
        <translation>← All negotiations</translation>
    </message>
    <message>
        <source>Cannot open the negotiation</source>
        <translation>Cannot open the negotiation</translation>
    </message>
    <message>
        <source>Cannot read the negotiation</source>
        <translation>Cannot read the negotiation</translation>
    </message>
    <message>
        <source>%1 · %2 · current step: %3</source>
        <translation>%1 · %2 · current step: %3</translation>
    </message>
    <message>
        <source>✓ %1
not needed</source>
        <translation>✓ %1
not needed</translation>
    </message>
    <message>
        <source>✓ %1
done</source>
        <translation>✓ %1
done</translation>
    </message>
    <message>
        <source>▶ %1
current step</source>
        <translation>▶ %1
current step</translation>
    </message>
    <message>
        <source>%1
not yet: %2</source>
        <translation>%1
not yet: %2</translation>
    </message>
    <message>
        <source>Open registration</source>
        <translation>Open registration</translation>
    </message>
    <message>
        <source>Close registration</source>
        <translation>Close registration</translation>
    </message>
    <message>
        <source>Close proposals, go to the draw</source>
        <translation>Close proposals, go to the draw</translation>
    </message>
    <message>
        <source>Presentations done, start scoring</source>
        <translation>Presentations done, start scoring</translation>
    </message>
    <message>
        <source>Compute the result</source>
        <translation>Compute the result</translation>
    </message>
    <message>
        <source>Publish the result notice…</source>
        <translation>Publish the result notice…</translation>
    </message>
    <message>
        <source>Seal the archive…</source>
        <translation>Seal the archive…</translation>
    </message>
    <message>
        <source>The result cannot be computed yet</source>
        <translation>The result cannot be computed yet</translation>
    </message>
    <message>
        <source>Finish this step</source>
        <translation>Finish this step</translation>
    </message>
    <message>
        <source>Finish &quot;%1&quot; and go to &quot;%2&quot;? A finished step cannot be reopened.</source>
        <translation>Finish &quot;%1&quot; and go to &quot;%2&quot;? A finished step cannot be reopened.</translation>
    </message>
    <message>
        <source>The step cannot be finished yet</source>
        <translation>The step cannot be finished yet</translation>
    </message>
</context>
<context>
    <name>tp::ui::NewNegotiationDialog</name>
    <message>
        <source>New negotiation</source>
        <translation>New negotiation</translation>
    </message>
    <message>
        <source>Blank: no criteria</source>
        <translation>Blank: no criteria</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>Purchaser</translation>
    </message>
    <message>
        <source>Criteria template</source>
        <translation>Criteria template</translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <source>Proposal deadline</source>
        <translation>Proposal deadline</translation>
    </message>
</context>
<context>
    <name>tp::ui::OrderedListEditor</name>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>tp::ui::OutlierReviewWidget</name>
    <message>
        <source>Confirm the score as given</source>
        <translation>Confirm the score as given</translation>
    </message>
    <message>
        <source>Correct the score</source>
        <translation>Correct the score</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Other members&apos; scores</source>
        <translation>Other members&apos; scores</translation>
    </message>
    <message>
        <source>Their mean</source>
        <translation>Their mean</translation>
    </message>
    <message>
        <source>Why the panel keeps or changes this score</source>
        <translation>Why the panel keeps or changes this score</translation>
    </message>
    <message>
        <source>New score, when correcting</source>
        <translation>New score, when correcting</translation>
    </message>
    <message>
        <source>A score is flagged when it is far from what the other members gave the same bidder on the same criterion. The panel confirms each flagged score with the reason, or corrects it on the ground of an abnormal score; the result is computed once every flagged score is reviewed.</source>
        <translation>A score is flagged when it is far from what the other members gave the same bidder on the same criterion. The panel confirms each flagged score with the reason, or corrects it on the ground of an abnormal score; the result is computed once every flagged score is reviewed.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Corrected score:</source>
        <translation>Corrected score:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <source>the panel leader, %1</source>
        <translation>the panel leader, %1</translation>
    </message>
    <message>
        <source>No flagged score waits for review.</source>
        <translation>No flagged score waits for review.</translation>
    </message>
    <message>
        <source>%1 flagged score(s) wait for the panel&apos;s review.</source>
        <translation>%1 flagged score(s) wait for the panel&apos;s review.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (high)</source>
        <translation>%1 (high)</translation>
    </message>
    <message>
        <source>%1 (low)</source>
        <translation>%1 (low)</translation>
    </message>
    <message>
        <source>Choose a flagged score and give the reason.</source>
        <translation>Choose a flagged score and give the reason.</translation>
    </message>
    <message>
        <source>Choose a flagged score, enter the corrected score and give the reason.</source>
        <translation>Choose a flagged score, enter the corrected score and give the reason.</translation>
    </message>
</context>
<context>
    <name>tp::ui::PanelEditor</name>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Negotiation panel (at least 3)</source>
        <translation>Negotiation panel (at least 3)</translation>
    </message>
    <message>
        <source>Evaluation committee (at least 5)</source>
        <translation>Evaluation committee (at least 5)</translation>
    </message>
    <message>
        <source>Large-budget project (at least 7)</source>
        <translation>Large-budget project (at least 7)</translation>
    </message>
    <message>
        <source>The panel is a</source>
        <translation>The panel is a</translation>
    </message>
    <message>
        <source>Too few members to drop the highest and lowest: at least %1.</source>
        <translation>Too few members to drop the highest and lowest: at least %1.</translation>
    </message>
    <message>
        <source>The regulations want at least %1 members.</source>
        <translation>The regulations want at least %1 members.</translation>
    </message>
    <message>
        <source>The regulations want an odd number of members (%1).</source>
        <translation>The regulations want an odd number of members (%1).</translation>
    </message>
    <message>
        <source>Name a leader of the panel.</source>
        <translation>Name a leader of the panel.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>%n member(s).</numerusform>
            <numerusform>%n member(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The panel&apos;s size is fine.</source>
        <translation>The panel&apos;s size is fine.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Declared a conflict of interest: %1. A member with a conflict should withdraw from the panel.</source>
        <translation>Declared a conflict of interest: %1. A member with a conflict should withdraw from the panel.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>tp::ui::PanelMemberDialog</name>
    <message>
        <source>What the conflict is</source>
        <translation>What the conflict is</translation>
    </message>
    <message>
        <source>Edit panel member</source>
        <translation>Edit panel member</translation>
    </message>
    <message>
        <source>Add panel member</source>
        <translation>Add panel member</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>e.g. the municipal medical security bureau</source>
        <translation>e.g. the municipal medical security bureau</translation>
    </message>
    <message>
        <source>Not declared yet</source>
        <translation>Not declared yet</translation>
    </message>
    <message>
        <source>Declared: no conflict of interest</source>
        <translation>Declared: no conflict of interest</translation>
    </message>
    <message>
        <source>Declared: has a conflict of interest</source>
        <translation>Declared: has a conflict of interest</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflict of interest</translation>
    </message>
</context>
<context>
    <name>tp::ui::PanelModel</name>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Not declared yet</source>
        <translation>Not declared yet</translation>
    </message>
    <message>
        <source>No conflict declared</source>
        <translation>No conflict declared</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest: %2</source>
        <translation>%1 declared a conflict of interest: %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
</context>
<context>
    <name>tp::ui::PlaceListEditor</name>
    <message>
        <source>Double-click a place to change it.</source>
        <translation>Double-click a place to change it.</translation>
    </message>
    <message>
        <source>New place, e.g. a county or district</source>
        <translation>New place, e.g. a county or district</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Move the selected place up</source>
        <translation>Move the selected place up</translation>
    </message>
    <message>
        <source>Move the selected place down</source>
        <translation>Move the selected place down</translation>
    </message>
</context>
<context>
    <name>tp::ui::PlaceListModel</name>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>tp::ui::PresentationTimerWidget</name>
    <message>
        <source>Start the statement now</source>
        <translation>Start the statement now</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Overrun</translation>
    </message>
    <message>
        <source>Presentation %1 min, then supplementary statement %2 min.</source>
        <translation>Presentation %1 min, then supplementary statement %2 min.</translation>
    </message>
    <message>
        <source>End presentation</source>
        <translation>End presentation</translation>
    </message>
    <message>
        <source>%1 still has %2 left. End this presentation and move on?</source>
        <translation>%1 still has %2 left. End this presentation and move on?</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No presentation order yet.</source>
        <translation>No presentation order yet.</translation>
    </message>
    <message numerus="yes">
        <source>All %n presentation(s) finished.</source>
        <translation>
            <numerusform>The %n presentation is finished.</numerusform>
            <numerusform>All %n presentations finished.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 of %2: %3</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (paused)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Next bidder</source>
        <translation>Next bidder</translation>
    </message>
    <message>
        <source>Finish presentations</source>
        <translation>Finish presentations</translation>
    </message>
</context>
<context>
    <name>tp::ui::PresentationsStepPage</name>
    <message>
        <source>The presentation is not logged</source>
        <translation>The presentation is not logged</translation>
    </message>
</context>
<context>
    <name>tp::ui::ProjectForm</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Result notice period</source>
        <translation>Result notice period</translation>
    </message>
    <message>
        <source> working day(s)</source>
        <translation> working day(s)</translation>
    </message>
    <message>
        <source>Count the day of publication when it is a working day</source>
        <translation>Count the day of publication when it is a working day</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>each panel member&apos;s total</source>
        <translation>each panel member&apos;s total</translation>
    </message>
    <message>
        <source>each criterion separately</source>
        <translation>each criterion separately</translation>
    </message>
    <message>
        <source>exact scores</source>
        <translation>exact scores</translation>
    </message>
    <message>
        <source>published scores (2 decimals)</source>
        <translation>published scores (2 decimals)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>Purchaser</translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <source>Proposal deadline</source>
        <translation>Proposal deadline</translation>
    </message>
    <message>
        <source>Copies of the proposal</source>
        <translation>Copies of the proposal</translation>
    </message>
    <message>
        <source>Presentation time</source>
        <translation>Presentation time</translation>
    </message>
    <message>
        <source>Statement time</source>
        <translation>Statement time</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Minimum qualified bidders</source>
        <translation>Minimum qualified bidders</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>highest</translation>
    </message>
    <message>
        <source>lowest</source>
        <translation>lowest</translation>
    </message>
    <message>
        <source>Values dropped</source>
        <translation>Values dropped</translation>
    </message>
    <message>
        <source>Drop them from</source>
        <translation>Drop them from</translation>
    </message>
    <message>
        <source>Ties compare</source>
        <translation>Ties compare</translation>
    </message>
    <message>
        <source>Winners and allocation</source>
        <translation>Winners and allocation</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>Published from</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Notice period</translation>
    </message>
    <message>
        <source>Highest values dropped</source>
        <translation>Highest values dropped</translation>
    </message>
    <message>
        <source>Lowest values dropped</source>
        <translation>Lowest values dropped</translation>
    </message>
    <message>
        <source>Count the day of publication</source>
        <translation>Count the day of publication</translation>
    </message>
    <message>
        <source>Change the winners and their shares</source>
        <translation>Change the winners and their shares</translation>
    </message>
    <message>
        <source>Change the winners and their service areas</source>
        <translation>Change the winners and their service areas</translation>
    </message>
    <message>
        <source>Change the winners, their shares and service areas</source>
        <translation>Change the winners, their shares and service areas</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Change “%1”</translation>
    </message>
</context>
<context>
    <name>tp::ui::ProjectorWindow</name>
    <message>
        <source>TenderPanel: audience view</source>
        <translation>TenderPanel: audience view</translation>
    </message>
    <message>
        <source>Presentation order</source>
        <translation>Presentation order</translation>
    </message>
    <message>
        <source>Result of the negotiation</source>
        <translation>Result of the negotiation</translation>
    </message>
    <message>
        <source>%1.  %2</source>
        <translation>%1.  %2</translation>
    </message>
    <message>
        <source>Seed: %1
Check the commitment with: %2</source>
        <translation>Seed: %1
Check the commitment with: %2</translation>
    </message>
    <message>
        <source>Presentation %1 of %2</source>
        <translation>Presentation %1 of %2</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>Service area</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Anonymous vote, round %1: result</source>
        <translation>Anonymous vote, round %1: result</translation>
    </message>
    <message>
        <source>%1: %2 ballots</source>
        <translation>%1: %2 ballots</translation>
    </message>
    <message>
        <source>Blank ballots: %1. Ballots cast: %2 of %3.</source>
        <translation>Blank ballots: %1. Ballots cast: %2 of %3.</translation>
    </message>
    <message>
        <source>Anonymous vote, round %1</source>
        <translation>Anonymous vote, round %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>ballots cast. The tally is shown when the round closes.</source>
        <translation>ballots cast. The tally is shown when the round closes.</translation>
    </message>
</context>
<context>
    <name>tp::ui::ProposalsStepPage</name>
    <message>
        <source>Proposal received</source>
        <translation>Proposal received</translation>
    </message>
    <message>
        <source>Copies and seal</source>
        <translation>Copies and seal</translation>
    </message>
    <message>
        <source>Receive proposal…</source>
        <translation>Receive proposal…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>Print receipt…</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Save receipt as PDF…</translation>
    </message>
    <message>
        <source>Opening of the proposals</source>
        <translation>Opening of the proposals</translation>
    </message>
    <message>
        <source>Record the opening</source>
        <translation>Record the opening</translation>
    </message>
    <message>
        <source>Correct or withdraw the selected proposal receipt, with the reason</source>
        <translation>Correct or withdraw the selected proposal receipt, with the reason</translation>
    </message>
    <message>
        <source>The receipt for the representative of the selected bidder: time received, copies, seal, lateness, with lines for both signatures</source>
        <translation>The receipt for the representative of the selected bidder: time received, copies, seal, lateness, with lines for both signatures</translation>
    </message>
    <message>
        <source>names, separated by 、 or commas</source>
        <translation>names, separated by 、 or commas</translation>
    </message>
    <message>
        <source>Recorded for every proposal received and not rejected; printed in the evaluation report. It can be corrected until the draw.</source>
        <translation>Recorded for every proposal received and not rejected; printed in the evaluation report. It can be corrected until the draw.</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>Opened at</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Witnesses</translation>
    </message>
    <message>
        <source>The opening is not recorded</source>
        <translation>The opening is not recorded</translation>
    </message>
    <message>
        <source>%1 of %2 copies</source>
        <translation>%1 of %2 copies</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation>%1 copies</translation>
    </message>
    <message>
        <source>seal intact</source>
        <translation>seal intact</translation>
    </message>
    <message>
        <source>seal broken</source>
        <translation>seal broken</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rejected: %1</translation>
    </message>
    <message>
        <source>negotiation</source>
        <translation>negotiation</translation>
    </message>
    <message>
        <source>%1-receipt-%2.pdf</source>
        <translation>%1-receipt-%2.pdf</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Save receipt as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>No proposal is awaited</source>
        <translation>No proposal is awaited</translation>
    </message>
    <message>
        <source>Every bidder registered in time and eligible has a recorded receipt. A receipt recorded in error is changed with &quot;Correct…&quot;.</source>
        <translation>Every bidder registered in time and eligible has a recorded receipt. A receipt recorded in error is changed with &quot;Correct…&quot;.</translation>
    </message>
    <message>
        <source>The proposal is not recorded</source>
        <translation>The proposal is not recorded</translation>
    </message>
    <message>
        <source>The receipt is not corrected</source>
        <translation>The receipt is not corrected</translation>
    </message>
</context>
<context>
    <name>tp::ui::PublicationForm</name>
    <message>
        <source>Count the day of publication when it is a working day</source>
        <translation>Count the day of publication when it is a working day</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Unchecked, the period starts on the day after publication (Civil Code art. 201); this is the same setting as in the project&apos;s setup.</source>
        <translation>Unchecked, the period starts on the day after publication (Civil Code art. 201); this is the same setting as in the project&apos;s setup.</translation>
    </message>
    <message>
        <source>e.g. the website of the medical security bureau</source>
        <translation>e.g. the website of the medical security bureau</translation>
    </message>
    <message>
        <source>person and telephone for challenges</source>
        <translation>person and telephone for challenges</translation>
    </message>
    <message>
        <source>where a written challenge is delivered</source>
        <translation>where a written challenge is delivered</translation>
    </message>
    <message>
        <source>Notice starts on</source>
        <translation>Notice starts on</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Working days</translation>
    </message>
    <message>
        <source>Published on (website)</source>
        <translation>Published on (website)</translation>
    </message>
    <message>
        <source>Contact for challenges</source>
        <translation>Contact for challenges</translation>
    </message>
    <message>
        <source>Challenges received at</source>
        <translation>Challenges received at</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (first counted day) to %2 (last day), %n working day(s)</source>
        <translation>
            <numerusform>%1 (first counted day) to %2 (last day), %n working day</numerusform>
            <numerusform>%1 (first counted day) to %2 (last day), %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar has no holiday arrangements for %1: only weekends are counted as days off there. Check the end date.</source>
        <translation>The calendar has no holiday arrangements for %1: only weekends are counted as days off there. Check the end date.</translation>
    </message>
    <message>
        <source>Enter the website where the notice is published</source>
        <translation>Enter the website where the notice is published</translation>
    </message>
</context>
<context>
    <name>tp::ui::PublicationStepPage</name>
    <message>
        <source>Publish the result notice</source>
        <translation>Publish the result notice</translation>
    </message>
    <message>
        <source>Seal the archive…</source>
        <translation>Seal the archive…</translation>
    </message>
    <message>
        <source>Preview result notice</source>
        <translation>Preview result notice</translation>
    </message>
    <message>
        <source>Preview evaluation report</source>
        <translation>Preview evaluation report</translation>
    </message>
    <message>
        <source>Preview letters</source>
        <translation>Preview letters</translation>
    </message>
    <message>
        <source>Preview robustness analysis</source>
        <translation>Preview robustness analysis</translation>
    </message>
    <message>
        <source>For the supervisors: how robust the result is. It is not published.</source>
        <translation>For the supervisors: how robust the result is. It is not published.</translation>
    </message>
    <message>
        <source>Result notice</source>
        <translation>Result notice</translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation>Evaluation report</translation>
    </message>
    <message>
        <source>Letters to the bidders</source>
        <translation>Letters to the bidders</translation>
    </message>
    <message>
        <source>Robustness analysis (for the supervisors)</source>
        <translation>Robustness analysis (for the supervisors)</translation>
    </message>
    <message>
        <source>Sealed archive</source>
        <translation>Sealed archive</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>Sealed archive file</source>
        <translation>Sealed archive file</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>Issued documents</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Not recorded as issued: the negotiation is archived.</source>
        <translation>Not recorded as issued: the negotiation is archived.</translation>
    </message>
    <message>
        <source>Draft: not recorded as issued. The result notice is issued once it is published; export it again after publishing.</source>
        <translation>Draft: not recorded as issued. The result notice is issued once it is published; export it again after publishing.</translation>
    </message>
    <message>
        <source>Already recorded as issued (SHA-256 %1).</source>
        <translation>Already recorded as issued (SHA-256 %1).</translation>
    </message>
    <message>
        <source>Not recorded as issued: %1</source>
        <translation>Not recorded as issued: %1</translation>
    </message>
    <message>
        <source>Recorded as issued (SHA-256 %1).</source>
        <translation>Recorded as issued (SHA-256 %1).</translation>
    </message>
    <message>
        <source>Not noted in the record: the negotiation is archived.</source>
        <translation>Not noted in the record: the negotiation is archived.</translation>
    </message>
    <message>
        <source>The export could not be noted in the record: %1</source>
        <translation>The export could not be noted in the record: %1</translation>
    </message>
    <message>
        <source>Noted in the record as a draft (SHA-256 %1), not as issued.</source>
        <translation>Noted in the record as a draft (SHA-256 %1), not as issued.</translation>
    </message>
    <message>
        <source>The result is not fixed yet: compute it in the results step, then publish the notice here.</source>
        <translation>The result is not fixed yet: compute it in the results step, then publish the notice here.</translation>
    </message>
    <message>
        <source>The result is fixed. Enter when and where the notice is published, then publish it. A notice exported before publishing is a draft: it is not recorded as issued.</source>
        <translation>The result is fixed. Enter when and where the notice is published, then publish it. A notice exported before publishing is a draft: it is not recorded as issued.</translation>
    </message>
    <message>
        <source>The result notice is published. When the period is over and any challenge is settled, seal the archive.</source>
        <translation>The result notice is published. When the period is over and any challenge is settled, seal the archive.</translation>
    </message>
    <message>
        <source>The negotiation is archived: it can no longer change.</source>
        <translation>The negotiation is archived: it can no longer change.</translation>
    </message>
    <message>
        <source>The publication period is not set in the project yet.</source>
        <translation>The publication period is not set in the project yet.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Result notice&lt;/h3&gt;&lt;p&gt;Published from %1 for %2 working days: the first counted day is %3, the period ends on %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Result notice&lt;/h3&gt;&lt;p&gt;Published from %1 for %2 working days: the first counted day is %3, the period ends on %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Published on: %1</source>
        <translation>Published on: %1</translation>
    </message>
    <message>
        <source>Contact for challenges: %1</source>
        <translation>Contact for challenges: %1</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Sealed into %1.</source>
        <translation>Sealed into %1.</translation>
    </message>
    <message>
        <source>Seal digest:</source>
        <translation>Seal digest:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Check the archive with:</source>
        <translation>Check the archive with:</translation>
    </message>
    <message>
        <source>or, without TenderPanel:</source>
        <translation>or, without TenderPanel:</translation>
    </message>
    <message>
        <source>The notice cannot be published</source>
        <translation>The notice cannot be published</translation>
    </message>
    <message numerus="yes">
        <source>Publish the result notice on %1 for %n working day(s), %2?

The publication details cannot be changed afterwards.</source>
        <translation>
            <numerusform>Publish the result notice on %1 for %n working day, %2?

The publication details cannot be changed afterwards.</numerusform>
            <numerusform>Publish the result notice on %1 for %n working days, %2?

The publication details cannot be changed afterwards.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive cannot be sealed</source>
        <translation>The archive cannot be sealed</translation>
    </message>
    <message>
        <source>negotiation</source>
        <translation>negotiation</translation>
    </message>
    <message>
        <source>Seal the archive</source>
        <translation>Seal the archive</translation>
    </message>
    <message>
        <source>Sealed archives (*.tparchive)</source>
        <translation>Sealed archives (*.tparchive)</translation>
    </message>
    <message>
        <source>Seal the negotiation into %1 and archive it?

Afterwards nothing in this negotiation can change.</source>
        <translation>Seal the negotiation into %1 and archive it?

Afterwards nothing in this negotiation can change.</translation>
    </message>
    <message>
        <source>The result notice cannot be made</source>
        <translation>The result notice cannot be made</translation>
    </message>
    <message>
        <source>The document cannot be made</source>
        <translation>The document cannot be made</translation>
    </message>
    <message>
        <source>Only a ranked result can be analysed; this one has no ranking.</source>
        <translation>Only a ranked result can be analysed; this one has no ranking.</translation>
    </message>
    <message>
        <source>Only a final or failed result is published; the result is not fixed yet.</source>
        <translation>Only a final or failed result is published; the result is not fixed yet.</translation>
    </message>
    <message>
        <source>%1-result-notice.pdf</source>
        <translation>%1-result-notice.pdf</translation>
    </message>
    <message>
        <source>%1-evaluation-report.pdf</source>
        <translation>%1-evaluation-report.pdf</translation>
    </message>
    <message>
        <source>%1-letters.pdf</source>
        <translation>%1-letters.pdf</translation>
    </message>
    <message>
        <source>%1-robustness-analysis.pdf</source>
        <translation>%1-robustness-analysis.pdf</translation>
    </message>
    <message>
        <source>Not recorded as issued: only the Chinese document is official.</source>
        <translation>Not recorded as issued: only the Chinese document is official.</translation>
    </message>
</context>
<context>
    <name>tp::ui::RankingModel</name>
    <message>
        <source>Dropped: highest total</source>
        <translation>Dropped: highest total</translation>
    </message>
    <message>
        <source>Dropped: lowest total</source>
        <translation>Dropped: lowest total</translation>
    </message>
    <message>
        <source>Exact mean of the kept totals: %1 hundredths</source>
        <translation>Exact mean of the kept totals: %1 hundredths</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The order within a tie was decided by an anonymous vote of the panel.</source>
        <translation>The order within a tie was decided by an anonymous vote of the panel.</translation>
    </message>
    <message>
        <source>Tied: an anonymous vote of the panel decides the order.</source>
        <translation>Tied: an anonymous vote of the panel decides the order.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>tied</source>
        <translation>tied</translation>
    </message>
    <message>
        <source>by vote</source>
        <translation>by vote</translation>
    </message>
    <message>
        <source>Total given by %1 (%2)</source>
        <translation>Total given by %1 (%2)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>Exact mean</source>
        <translation>Exact mean</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>Service area</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
</context>
<context>
    <name>tp::ui::ReceiveProposalDialog</name>
    <message>
        <source>Sealed</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <source>Withdraw this receipt: it was recorded in error</source>
        <translation>Withdraw this receipt: it was recorded in error</translation>
    </message>
    <message>
        <source>Receive proposal</source>
        <translation>Receive proposal</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>Correct proposal receipt</source>
        <translation>Correct proposal receipt</translation>
    </message>
</context>
<context>
    <name>tp::ui::RegisterBidderDialog</name>
    <message>
        <source>Letter of introduction checked</source>
        <translation>Letter of introduction checked</translation>
    </message>
    <message>
        <source>Copy of the ID card checked</source>
        <translation>Copy of the ID card checked</translation>
    </message>
    <message>
        <source>Meets the eligibility requirements</source>
        <translation>Meets the eligibility requirements</translation>
    </message>
    <message>
        <source>Withdraw this registration: it was recorded in error</source>
        <translation>Withdraw this registration: it was recorded in error</translation>
    </message>
    <message>
        <source>Register bidder</source>
        <translation>Register bidder</translation>
    </message>
    <message>
        <source>Bidder number</source>
        <translation>Bidder number</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>Correct registration</source>
        <translation>Correct registration</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
</context>
<context>
    <name>tp::ui::RegistrationStepPage</name>
    <message>
        <source>Registered at</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>Documents checked</translation>
    </message>
    <message>
        <source>Register bidder…</source>
        <translation>Register bidder…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Correct or withdraw the selected registration, with the reason</source>
        <translation>Correct or withdraw the selected registration, with the reason</translation>
    </message>
    <message>
        <source>Representative: %1</source>
        <translation>Representative: %1</translation>
    </message>
    <message>
        <source>Letter of introduction %1</source>
        <translation>Letter of introduction %1</translation>
    </message>
    <message>
        <source>Copy of ID %1</source>
        <translation>Copy of ID %1</translation>
    </message>
    <message>
        <source>The bidder is not registered</source>
        <translation>The bidder is not registered</translation>
    </message>
    <message>
        <source>The registration is not corrected</source>
        <translation>The registration is not corrected</translation>
    </message>
</context>
<context>
    <name>tp::ui::ResultsPage</name>
    <message>
        <source>Start the anonymous vote…</source>
        <translation>Start the anonymous vote…</translation>
    </message>
    <message>
        <source>Approve the ranking for publication…</source>
        <translation>Approve the ranking for publication…</translation>
    </message>
    <message>
        <source>Export the scores as a workbook…</source>
        <translation>Export the scores as a workbook…</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx): the ranking with each member&apos;s totals, one sheet per member with the scores as signed, and the rules.</source>
        <translation>An Excel workbook (.xlsx): the ranking with each member&apos;s totals, one sheet per member with the scores as signed, and the rules.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Robustness analysis</source>
        <translation>Robustness analysis</translation>
    </message>
    <message>
        <source>How close the result is, whether it would differ without any one member, and how each member scored.</source>
        <translation>How close the result is, whether it would differ without any one member, and how each member scored.</translation>
    </message>
    <message>
        <source>Excluded: %1 (%2)</source>
        <translation>Excluded: %1 (%2)</translation>
    </message>
    <message>
        <source>Final ranking. Selected: %1</source>
        <translation>Final ranking. Selected: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 serves %2: %3</source>
        <translation>%1 serves %2: %3</translation>
    </message>
    <message>
        <source>Tie for positions %1–%2: %3. The panel decides by anonymous vote.</source>
        <translation>Tie for positions %1–%2: %3. The panel decides by anonymous vote.</translation>
    </message>
    <message>
        <source>The negotiation failed: fewer qualified bidders than the project requires.</source>
        <translation>The negotiation failed: fewer qualified bidders than the project requires.</translation>
    </message>
    <message>
        <source>Scoring is not complete yet: no results.</source>
        <translation>Scoring is not complete yet: no results.</translation>
    </message>
    <message>
        <source>Anonymous vote — %1</source>
        <translation>Anonymous vote — %1</translation>
    </message>
    <message>
        <source>Struck-through totals are dropped (one highest, one lowest); the score is the mean of the rest, published with 2 decimals.</source>
        <translation>Struck-through totals are dropped (one highest, one lowest); the score is the mean of the rest, published with 2 decimals.</translation>
    </message>
    <message>
        <source>Approve ranking</source>
        <translation>Approve ranking</translation>
    </message>
    <message>
        <source>Approve this final ranking? The ranking (positions, scores and shares) can then be shown to the audience and published.</source>
        <translation>Approve this final ranking? The ranking (positions, scores and shares) can then be shown to the audience and published.</translation>
    </message>
    <message>
        <source>Panel totals per bidder</source>
        <translation>Panel totals per bidder</translation>
    </message>
    <message>
        <source>Totals of the panel</source>
        <translation>Totals of the panel</translation>
    </message>
    <message>
        <source>Dropped totals</source>
        <translation>Dropped totals</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Mean score per criterion</source>
        <translation>Mean score per criterion</translation>
    </message>
</context>
<context>
    <name>tp::ui::ResultsStepPage</name>
    <message>
        <source>Go to the publication step</source>
        <translation>Go to the publication step</translation>
    </message>
    <message>
        <source>The ranking is not approved</source>
        <translation>The ranking is not approved</translation>
    </message>
    <message>
        <source>Ranking approved for publication on %1 by %2. Next: publish the result notice.</source>
        <translation>Ranking approved for publication on %1 by %2. Next: publish the result notice.</translation>
    </message>
    <message>
        <source>There is no result yet: it is computed once every sheet is submitted and every flagged score is reviewed.</source>
        <translation>There is no result yet: it is computed once every sheet is submitted and every flagged score is reviewed.</translation>
    </message>
    <message>
        <source>There is no result yet: %1</source>
        <translation>There is no result yet: %1</translation>
    </message>
    <message>
        <source>There is no result yet: the scores are not all in.</source>
        <translation>There is no result yet: the scores are not all in.</translation>
    </message>
    <message>
        <source>Export the scores as a workbook</source>
        <translation>Export the scores as a workbook</translation>
    </message>
    <message>
        <source>negotiation</source>
        <translation>negotiation</translation>
    </message>
    <message>
        <source>%1-scores.xlsx</source>
        <translation>%1-scores.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The scores are written to %1.</source>
        <translation>The scores are written to %1.</translation>
    </message>
</context>
<context>
    <name>tp::ui::RobustnessView</name>
    <message>
        <source>There is no ranking yet: nothing to analyse.</source>
        <translation>There is no ranking yet: nothing to analyse.</translation>
    </message>
    <message>
        <source>Without each member, recomputed (votes not counted)</source>
        <translation>Without each member, recomputed (votes not counted)</translation>
    </message>
    <message>
        <source>How each member scored</source>
        <translation>How each member scored</translation>
    </message>
    <message>
        <source>The last winner %1 is %3 points ahead of the best-ranked bidder who does not win, %2 (votes not counted).</source>
        <translation>The last winner %1 is %3 points ahead of the best-ranked bidder who does not win, %2 (votes not counted).</translation>
    </message>
    <message>
        <source>Every qualified bidder wins: there is no margin.</source>
        <translation>Every qualified bidder wins: there is no margin.</translation>
    </message>
    <message>
        <source>Leaving out any one member, the winners stay the same.</source>
        <translation>Leaving out any one member, the winners stay the same.</translation>
    </message>
    <message numerus="yes">
        <source>Leaving out any one of %n member(s) would change the winners (rows marked “Changed”).</source>
        <translation>
            <numerusform>Leaving out any one of %n member(s) would change the winners (rows marked “Changed”).</numerusform>
            <numerusform>Leaving out any one of %n member(s) would change the winners (rows marked “Changed”).</numerusform>
        </translation>
    </message>
    <message>
        <source>The result waits for the vote and has no winners yet, so every row counts as changed.</source>
        <translation>The result waits for the vote and has no winners yet, so every row counts as changed.</translation>
    </message>
    <message>
        <source>%1
Final score: %2</source>
        <translation>%1
Final score: %2</translation>
    </message>
    <message>
        <source>%1
%2: total %3</source>
        <translation>%1
%2: total %3</translation>
    </message>
    <message>
        <source>Each member&apos;s totals against the final scores</source>
        <translation>Each member&apos;s totals against the final scores</translation>
    </message>
    <message>
        <source>Final score (exact)</source>
        <translation>Final score (exact)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>tp::ui::ScoreSheetModel</name>
    <message>
        <source>“%1” is not a score: type a number such as 16 or 16.5.</source>
        <translation>“%1” is not a score: type a number such as 16 or 16.5.</translation>
    </message>
    <message>
        <source>%1 has more than 2 decimals: scores are kept to 0.01.</source>
        <translation>%1 has more than 2 decimals: scores are kept to 0.01.</translation>
    </message>
    <message>
        <source>A score cannot be negative: criterion %1 takes 0 to %2.</source>
        <translation>A score cannot be negative: criterion %1 takes 0 to %2.</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2 of criterion %3.</source>
        <translation>%1 is above the maximum %2 of criterion %3.</translation>
    </message>
    <message>
        <source>This sheet has been submitted and can no longer be changed.</source>
        <translation>This sheet has been submitted and can no longer be changed.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>%1 (max %2)</source>
        <translation>%1 (max %2)</translation>
    </message>
    <message>
        <source>%1 %2 (max %3)</source>
        <translation>%1 %2 (max %3)</translation>
    </message>
    <message>
        <source>%1 %2
Score from 0 to %3 points, up to 2 decimals.</source>
        <translation>%1 %2
Score from 0 to %3 points, up to 2 decimals.</translation>
    </message>
    <message>
        <source>Some scores for this bidder are still empty.</source>
        <translation>Some scores for this bidder are still empty.</translation>
    </message>
    <message>
        <source>%1 for %2: 0 to %3</source>
        <translation>%1 for %2: 0 to %3</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tp::ui::ScoreSheetWidget</name>
    <message>
        <source>Submit my score sheet…</source>
        <translation>Submit my score sheet…</translation>
    </message>
    <message>
        <source>Type each score and press Enter: from 0 to the criterion&apos;s maximum, up to 2 decimals. Other members&apos; sheets and all totals stay hidden until every sheet is in.</source>
        <translation>Type each score and press Enter: from 0 to the criterion&apos;s maximum, up to 2 decimals. Other members&apos; sheets and all totals stay hidden until every sheet is in.</translation>
    </message>
    <message>
        <source>Score sheet of %1</source>
        <translation>Score sheet of %1</translation>
    </message>
    <message>
        <source>%1 of %2 panel members have submitted their sheets.</source>
        <translation>%1 of %2 panel members have submitted their sheets.</translation>
    </message>
    <message>
        <source>Submitted. The figures of every sheet stay hidden until all panel members have submitted.</source>
        <translation>Submitted. The figures of every sheet stay hidden until all panel members have submitted.</translation>
    </message>
    <message>
        <source>Submitted. This sheet can no longer be changed.</source>
        <translation>Submitted. This sheet can no longer be changed.</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>%1 of %2 scores entered.</source>
        <translation>%1 of %2 scores entered.</translation>
    </message>
    <message>
        <source>Score sheet incomplete</source>
        <translation>Score sheet incomplete</translation>
    </message>
    <message>
        <source>Every criterion needs a score for every bidder before the sheet can be submitted.</source>
        <translation>Every criterion needs a score for every bidder before the sheet can be submitted.</translation>
    </message>
    <message>
        <source>Submit score sheet</source>
        <translation>Submit score sheet</translation>
    </message>
    <message>
        <source>Submit your score sheet now?

Scoring is one-time: once submitted, your scores cannot be changed. A correction is only possible later through a correction recorded by the panel.</source>
        <translation>Submit your score sheet now?

Scoring is one-time: once submitted, your scores cannot be changed. A correction is only possible later through a correction recorded by the panel.</translation>
    </message>
</context>
<context>
    <name>tp::ui::ScoringStepPage</name>
    <message>
        <source>Panel member:</source>
        <translation>Panel member:</translation>
    </message>
    <message>
        <source>Panel terminal</source>
        <translation>Panel terminal</translation>
    </message>
    <message>
        <source>Paper sheets</source>
        <translation>Paper sheets</translation>
    </message>
    <message>
        <source>Abnormal scores</source>
        <translation>Abnormal scores</translation>
    </message>
    <message>
        <source>Member terminals</source>
        <translation>Member terminals</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Scores cannot be entered now: %1</source>
        <translation>Scores cannot be entered now: %1</translation>
    </message>
    <message>
        <source>%1 of %2 sheets submitted; the totals stay hidden until every sheet is in.</source>
        <translation>%1 of %2 sheets submitted; the totals stay hidden until every sheet is in.</translation>
    </message>
    <message>
        <source>Abnormal scores (%1)</source>
        <translation>Abnormal scores (%1)</translation>
    </message>
    <message>
        <source>Every sheet is submitted and no flagged score waits for review: the result can be computed.</source>
        <translation>Every sheet is submitted and no flagged score waits for review: the result can be computed.</translation>
    </message>
    <message>
        <source>Every sheet is submitted. %1 flagged score(s) wait for the panel to confirm or correct them before the result is computed.</source>
        <translation>Every sheet is submitted. %1 flagged score(s) wait for the panel to confirm or correct them before the result is computed.</translation>
    </message>
    <message>
        <source>The confirmation is not recorded</source>
        <translation>The confirmation is not recorded</translation>
    </message>
    <message>
        <source>The correction is not recorded</source>
        <translation>The correction is not recorded</translation>
    </message>
    <message>
        <source>The score is not stored</source>
        <translation>The score is not stored</translation>
    </message>
    <message>
        <source>The sheet is not submitted</source>
        <translation>The sheet is not submitted</translation>
    </message>
    <message>
        <source>The paper sheet is not stored</source>
        <translation>The paper sheet is not stored</translation>
    </message>
</context>
<context>
    <name>tp::ui::SealedArchiveDialog</name>
    <message>
        <source>Sealed archive %1</source>
        <translation>Sealed archive %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation>Opened read-only: %1</translation>
    </message>
    <message>
        <source>Files in the archive:</source>
        <translation>Files in the archive:</translation>
    </message>
    <message>
        <source>The archive verifies: every file matches the manifest and the seal, and the record evaluates to the stored result. Seal digest (SHA-256): %1</source>
        <translation>The archive verifies: every file matches the manifest and the seal, and the record evaluates to the stored result. Seal digest (SHA-256): %1</translation>
    </message>
    <message>
        <source>The archive verifies: every file matches the manifest and the seal, and every document is the one its record produces. Seal digest (SHA-256): %1</source>
        <translation>The archive verifies: every file matches the manifest and the seal, and every document is the one its record produces. Seal digest (SHA-256): %1</translation>
    </message>
    <message>
        <source>The archive does NOT verify: it differs from what was sealed.</source>
        <translation>The archive does NOT verify: it differs from what was sealed.</translation>
    </message>
</context>
<context>
    <name>tp::ui::SetupEditor</name>
    <message>
        <source>The negotiation cannot be read</source>
        <translation>The negotiation cannot be read</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Not changed: %1</translation>
    </message>
    <message>
        <source>Add criterion %1</source>
        <translation>Add criterion %1</translation>
    </message>
    <message>
        <source>Edit criterion %1</source>
        <translation>Edit criterion %1</translation>
    </message>
    <message>
        <source>Rename criterion %1 to %2</source>
        <translation>Rename criterion %1 to %2</translation>
    </message>
    <message>
        <source>Remove criterion %1</source>
        <translation>Remove criterion %1</translation>
    </message>
    <message>
        <source>Move criterion %1</source>
        <translation>Move criterion %1</translation>
    </message>
    <message>
        <source>Load the criteria of a template</source>
        <translation>Load the criteria of a template</translation>
    </message>
    <message>
        <source>Add panel member %1</source>
        <translation>Add panel member %1</translation>
    </message>
    <message>
        <source>Edit panel member %1</source>
        <translation>Edit panel member %1</translation>
    </message>
    <message>
        <source>Remove panel member %1</source>
        <translation>Remove panel member %1</translation>
    </message>
    <message>
        <source>Move panel member %1</source>
        <translation>Move panel member %1</translation>
    </message>
</context>
<context>
    <name>tp::ui::SetupStepPage</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Notice and letters</source>
        <translation>Notice and letters</translation>
    </message>
    <message>
        <source>The winners are not changed</source>
        <translation>The winners are not changed</translation>
    </message>
    <message>
        <source>The criterion is not changed</source>
        <translation>The criterion is not changed</translation>
    </message>
    <message>
        <source>What the result notice, the evaluation report and the letters print. An empty field is left out of them. These can be changed until the notice is published.</source>
        <translation>What the result notice, the evaluation report and the letters print. An empty field is left out of them. These can be changed until the notice is published.</translation>
    </message>
    <message>
        <source>The notice is published with these details; they can no longer change.</source>
        <translation>The notice is published with these details; they can no longer change.</translation>
    </message>
    <message>
        <source>Criteria (%1 · %2 points)</source>
        <translation>Criteria (%1 · %2 points)</translation>
    </message>
    <message>
        <source>Panel (%1)</source>
        <translation>Panel (%1)</translation>
    </message>
    <message>
        <source>Enter the project&apos;s settings, the criteria and the panel. Each change is saved at once and can be undone (Ctrl+Z). They are fixed once registration opens.</source>
        <translation>Enter the project&apos;s settings, the criteria and the panel. Each change is saved at once and can be undone (Ctrl+Z). They are fixed once registration opens.</translation>
    </message>
    <message>
        <source>The settings are shown read-only here; they are fixed once registration opens.</source>
        <translation>The settings are shown read-only here; they are fixed once registration opens.</translation>
    </message>
    <message>
        <source>Registration cannot open yet:</source>
        <translation>Registration cannot open yet:</translation>
    </message>
    <message>
        <source>The details are not saved</source>
        <translation>The details are not saved</translation>
    </message>
</context>
<context>
    <name>tp::ui::StepPage</name>
    <message>
        <source>The audit log does not verify</source>
        <translation>The audit log does not verify</translation>
    </message>
    <message>
        <source>The document cannot be made</source>
        <translation>The document cannot be made</translation>
    </message>
</context>
<context>
    <name>tp::ui::TimerStyle</name>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Supplementary statement</source>
        <translation>Supplementary statement</translation>
    </message>
    <message>
        <source>Time is up: overrun</source>
        <translation>Time is up: overrun</translation>
    </message>
</context>
<context>
    <name>tp::ui::VoteStepPage</name>
    <message>
        <source>Show the vote on the projector</source>
        <translation>Show the vote on the projector</translation>
    </message>
    <message>
        <source>Shows the round on the audience&apos;s screen: the number of ballots cast while it is open, the tally once it is closed</source>
        <translation>Shows the round on the audience&apos;s screen: the number of ballots cast while it is open, the tally once it is closed</translation>
    </message>
    <message>
        <source>No vote is pending: the result is fixed.</source>
        <translation>No vote is pending: the result is fixed.</translation>
    </message>
    <message>
        <source>A vote is held only when the scoring ends in a tie that matters.</source>
        <translation>A vote is held only when the scoring ends in a tie that matters.</translation>
    </message>
    <message>
        <source>Tie between %1: the panel votes (round %2).</source>
        <translation>Tie between %1: the panel votes (round %2).</translation>
    </message>
    <message>
        <source>The ballot is not recorded</source>
        <translation>The ballot is not recorded</translation>
    </message>
    <message>
        <source>The vote cannot be stored</source>
        <translation>The vote cannot be stored</translation>
    </message>
    <message>
        <source>The result cannot be computed</source>
        <translation>The result cannot be computed</translation>
    </message>
</context>
<context>
    <name>tp::ui::VoteWidget</name>
    <message>
        <source>I am ready to vote</source>
        <translation>I am ready to vote</translation>
    </message>
    <message>
        <source>Close the round…</source>
        <translation>Close the round…</translation>
    </message>
    <message>
        <source>Cast my ballot…</source>
        <translation>Cast my ballot…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Pass the laptop to the next panel member. The member picks their own name on the roll; only the member voting looks at the screen.</source>
        <translation>Pass the laptop to the next panel member. The member picks their own name on the roll; only the member voting looks at the screen.</translation>
    </message>
    <message>
        <source>Roll (who has voted):</source>
        <translation>Roll (who has voted):</translation>
    </message>
    <message>
        <source>I am:</source>
        <translation>I am:</translation>
    </message>
    <message>
        <source>Choose one bidder, or a blank ballot. Your choice is not linked to you.</source>
        <translation>Choose one bidder, or a blank ballot. Your choice is not linked to you.</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <source>Anonymous vote, round %1: %2</source>
        <translation>Anonymous vote, round %1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Blank ballot (no choice)</source>
        <translation>Blank ballot (no choice)</translation>
    </message>
    <message>
        <source>(choose your name)</source>
        <translation>(choose your name)</translation>
    </message>
    <message>
        <source>✓ %1 — has voted</source>
        <translation>✓ %1 — has voted</translation>
    </message>
    <message>
        <source>○ %1 — not yet</source>
        <translation>○ %1 — not yet</translation>
    </message>
    <message>
        <source>%1 of %2 ballots cast</source>
        <translation>%1 of %2 ballots cast</translation>
    </message>
    <message>
        <source>Cast a blank ballot? It cannot be changed afterwards.</source>
        <translation>Cast a blank ballot? It cannot be changed afterwards.</translation>
    </message>
    <message>
        <source>Cast your ballot for %1? It cannot be changed afterwards.</source>
        <translation>Cast your ballot for %1? It cannot be changed afterwards.</translation>
    </message>
    <message>
        <source>Cast ballot</source>
        <translation>Cast ballot</translation>
    </message>
    <message>
        <source>Close the round</source>
        <translation>Close the round</translation>
    </message>
    <message>
        <source>Only %1 of %2 members have voted. Close the round now and count the ballots?</source>
        <translation>Only %1 of %2 members have voted. Close the round now and count the ballots?</translation>
    </message>
    <message>
        <source>Round %1 closed: %2 of %3 ballots cast.</source>
        <translation>Round %1 closed: %2 of %3 ballots cast.</translation>
    </message>
    <message>
        <source>Blank ballots</source>
        <translation>Blank ballots</translation>
    </message>
</context>
</TS>
