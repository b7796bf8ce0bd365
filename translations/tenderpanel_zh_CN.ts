<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArchiveCommand</name>
    <message>
        <source>Seal a finished negotiation into one archive file, or verify a sealed archive.</source>
        <translation>将已结束的谈判封存为一个归档文件，或验证已封存的归档。</translation>
    </message>
    <message>
        <source>seal: writes one uncompressed POSIX tar file (.tparchive) with the canonical record, the rendered documents and a SHA-256 manifest, and prints the seal digest (the SHA-256 of manifest.sha256). The archived documents are always the Chinese ones, the official record. A negotiation of the workspace (ID) is sealed as the last step of its procedure, as the window seals it: its notice must be published, and once the file is written the seal digest is recorded as the issued archive and the negotiation is archived (it can no longer change); a scenario FILE has no workspace, only the file is written. Exit 5 when the negotiation is not finished or, for an ID, not published or already archived; exit 6 when the file cannot be written (disk full, no permission, a folder), and a file already at PATH is then left as it was.
verify: re-checks the container byte for byte, every file against the manifest and the manifest against the seal; then reads the record back, evaluates its scenario again and compares the result with the stored evaluation, renders every document again as seal does and compares the bytes. Documents rendered by another or an unknown version of TenderPanel are checked against the manifest and the seal only, with a note on standard error. Prints &quot;ok &lt;digest&gt;&quot; (exit 0) or names each file that does not match (exit 4).
Without TenderPanel: tar -xf X.tparchive &amp;&amp; sha256sum -c seal.sha256 &amp;&amp; sha256sum -c manifest.sha256</source>
        <translation>seal：写入一个未压缩的 POSIX tar 文件（.tparchive），其中包含规范记录、生成的文书和 SHA-256 清单，并输出封存摘要（manifest.sha256 的 SHA-256）。归档的文书始终为中文文书，即正式记录。工作区中的谈判（ID）按窗口中的方式封存，作为其程序的最后一步：结果公示须已发布；文件写入后，封存摘要记录为已出具的归档，谈判转为已归档（此后不能再更改）；场景文件（FILE）没有工作区，只写入文件。谈判尚未结束，或按 ID 封存时尚未公示或已归档，退出码为 5；文件无法写入（磁盘已满、无权限、是文件夹）时退出码为 6，PATH 处已有的文件保持原样。
verify：逐字节重新核验容器，逐一核对每个文件与清单、清单与封存摘要；然后读回记录，重新评估其中的场景并将结果与存储的评估结果比较，再按 seal 的方式重新生成每份文书并逐字节比较。由其他版本或未知版本的 TenderPanel 生成的文书只按清单和封存摘要核验，并在标准错误输出中说明。输出 &quot;ok &lt;digest&gt;&quot;（退出码 0），或列出每个不一致的文件（退出码 4）。
不使用 TenderPanel 时：tar -xf X.tparchive &amp;&amp; sha256sum -c seal.sha256 &amp;&amp; sha256sum -c manifest.sha256</translation>
    </message>
    <message>
        <source>unknown action: use &quot;archive seal&quot; or &quot;archive verify&quot; (see --help)</source>
        <translation>未知操作：请使用 &quot;archive seal&quot; 或 &quot;archive verify&quot;（参见 --help）</translation>
    </message>
    <message>
        <source>archive seal takes exactly one FILE or ID (see --help)</source>
        <translation>archive seal 只接受一个 FILE 或 ID（参见 --help）</translation>
    </message>
    <message>
        <source>needs a path</source>
        <translation>需要一个路径</translation>
    </message>
    <message>
        <source>the negotiation is not finished (status %1): it cannot be sealed yet</source>
        <translation>谈判尚未结束（状态 %1）：暂不能封存</translation>
    </message>
    <message>
        <source>archive verify takes exactly one PATH (see --help)</source>
        <translation>archive verify 只接受一个 PATH（参见 --help）</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>ArchiveSealer</name>
    <message>
        <source>The audit log does not verify</source>
        <translation>审计日志核验未通过</translation>
    </message>
    <message>
        <source>the negotiation is not finished (status %1)</source>
        <translation>谈判尚未结束（状态 %1）</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The archive is written but not recorded</source>
        <translation>归档文件已写入，但未能登记</translation>
    </message>
    <message>
        <source>The archive is written but the negotiation is not archived</source>
        <translation>归档文件已写入，但谈判未能转为已归档</translation>
    </message>
    <message>
        <source>The archive cannot be sealed</source>
        <translation>无法封存归档</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>is not an audit chain head (64 hexadecimal digits, or at least the first 16)</source>
        <translation>不是审计链头（应为 64 位十六进制数字，或至少其前 16 位）</translation>
    </message>
    <message>
        <source>names more than one audit event; give more of its digits</source>
        <translation>对应多个审计事件；请给出更多位数字</translation>
    </message>
    <message>
        <source>the database file is damaged: %1</source>
        <translation>数据库文件已损坏：%1</translation>
    </message>
    <message>
        <source>the schema is not the one TenderPanel creates for version %1: %2</source>
        <translation>数据库结构与 TenderPanel 为版本 %1 创建的结构不符：%2</translation>
    </message>
    <message>
        <source>audit event %1 (%2)</source>
        <translation>审计事件 %1（%2）</translation>
    </message>
    <message>
        <source>audit event %1</source>
        <translation>审计事件 %1</translation>
    </message>
    <message>
        <source>is missing (the log goes from event %1 to event %2)</source>
        <translation>缺失（日志从事件 %1 跳到事件 %2）</translation>
    </message>
    <message>
        <source>does not chain to the previous event (its previous hash is %1, the previous event&apos;s hash is %2)</source>
        <translation>未与前一事件相链接（其前一哈希为 %1，前一事件的哈希为 %2）</translation>
    </message>
    <message>
        <source>its content does not match its hash (stored %1, computed %2)</source>
        <translation>其内容与哈希不符（存储值 %1，计算值 %2）</translation>
    </message>
    <message>
        <source>its columns do not match its content</source>
        <translation>其各列与内容不符</translation>
    </message>
    <message>
        <source>names an unknown table &quot;%1&quot;</source>
        <translation>指向未知的数据表“%1”</translation>
    </message>
    <message>
        <source>has a malformed update of table &quot;%1&quot;</source>
        <translation>对表“%1”的更新格式不正确</translation>
    </message>
    <message>
        <source>updates %1, which no earlier event wrote</source>
        <translation>更新了 %1，但此前没有任何事件写入该行</translation>
    </message>
    <message>
        <source>%1: %2 was %3 by the earlier events but %4 before this one</source>
        <translation>%1：按此前的事件 %2 应为 %3，但本事件记载其原值为 %4</translation>
    </message>
    <message>
        <source>changes the ballot box of vote %1 after its ballots were counted</source>
        <translation>在表决 %1 的选票计票之后又改动了其票箱</translation>
    </message>
    <message>
        <source>counts %1 ballots in vote %2, but %3 were cast</source>
        <translation>表决 %2 计票 %1 张，但已投出 %3 张</translation>
    </message>
    <message>
        <source>has an unknown change &quot;%1&quot;</source>
        <translation>含有未知的变更“%1”</translation>
    </message>
    <message>
        <source>records a score while the negotiation is at the step &quot;%1&quot;; scores are entered only during the presentations and scoring</source>
        <translation>在谈判处于“%1”环节时记录了评分；评分只能在演示和评分环节录入</translation>
    </message>
    <message>
        <source>audit event %1 (score_recorded)</source>
        <translation>审计事件 %1（score_recorded）</translation>
    </message>
    <message>
        <source>is before the first event that entered scores of negotiation %1 in the record (%2), so the negotiation&apos;s record would not show it</source>
        <translation>早于记录中谈判 %1 首次录入评分的事件（%2），该谈判的记录将不会显示它</translation>
    </message>
    <message>
        <source>the ballot box of vote %1 does not hold the ballots the tally records</source>
        <translation>表决 %1 的票箱中的选票与计票记录不符</translation>
    </message>
    <message>
        <source>the ballot box of vote %1 holds %2 ballots, but %3 were cast</source>
        <translation>表决 %1 的票箱中有 %2 张选票，但已投出 %3 张</translation>
    </message>
    <message>
        <source>the ballot box of vote %1 holds %2 ballots, but the roll names %3 members</source>
        <translation>表决 %1 的票箱中有 %2 张选票，但名单上有 %3 名成员</translation>
    </message>
    <message>
        <source>%1 is in the table but no audit event wrote it</source>
        <translation>%1 在数据表中，但没有任何审计事件写入它</translation>
    </message>
    <message>
        <source>%1: %2 is %3 in the table but %4 in the record</source>
        <translation>%1：%2 在数据表中为 %3，但在记录中为 %4</translation>
    </message>
    <message>
        <source>%1 written by this event is missing from the table</source>
        <translation>此事件写入的 %1 在数据表中缺失</translation>
    </message>
</context>
<context>
    <name>CanonicalRecordReader</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>is not an ISO 8601 date-time</source>
        <translation>不是 ISO 8601 日期时间</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>必须至少为 1</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <source>the key must be a number of winners</source>
        <translation>键必须是成交人数</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>not a record this version reads (%1)</source>
        <translation>不是本版本可读取的记录（%1）</translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>needs a value</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>given more than once</source>
        <translation>重复给出</translation>
    </message>
    <message>
        <source>unknown option (see --help)</source>
        <translation>未知选项（参见 --help）</translation>
    </message>
</context>
<context>
    <name>CmdAnalyze</name>
    <message>
        <source>How robust a result is: the winners&apos; margin, the result without each panel member, and how each member scored.</source>
        <translation>评审结果的稳健性：成交供应商的领先幅度、逐一去掉每名评审成员后的结果，以及每名成员的评分情况。</translation>
    </message>
    <message>
        <source>Takes a scenario FILE or the ID of a negotiation in the workspace. Prints JSON (default) or a Chinese summary (--format text). A result still scoring or failed prints its status only.
Exit 0: the analysis (or the status) is printed; 2: invalid input, one line per problem on stderr; 6: the workspace could not be read.</source>
        <translation>参数为场景文件 FILE 或工作区中谈判的编号 ID。输出 JSON（默认）或中文摘要（--format text）。尚在评分或谈判失败的结果只输出其状态。
退出码 0：已输出分析（或状态）；2：输入无效，每个问题在标准错误输出一行；6：无法读取工作区。</translation>
    </message>
    <message>
        <source>analyze takes exactly one scenario FILE or negotiation ID (see --help)</source>
        <translation>analyze 只接受一个场景文件 FILE 或谈判编号 ID（参见 --help）</translation>
    </message>
</context>
<context>
    <name>CmdDraw</name>
    <message>
        <source>Verifiable lot draw: print the commitment, then the presentation order, one id a line.</source>
        <translation>可验证的抽签：先输出承诺值，再输出演示顺序，每行一个编号。</translation>
    </message>
    <message>
        <source>The commitment is sha256(SEED); each bidder&apos;s key is sha256(SEED:ID) and the order is ascending by key. Anyone can check a key with:  printf &apos;%s&apos; &quot;$SEED:B1&quot; | sha256sum
Without --seed, a new seed is drawn from the system&apos;s secure random source and printed first.</source>
        <translation>承诺值为 sha256(SEED)；每家供应商的键值为 sha256(SEED:ID)，顺序按键值升序排列。任何人都可以这样核对键值：  printf &apos;%s&apos; &quot;$SEED:B1&quot; | sha256sum
未给出 --seed 时，从系统的安全随机源抽取新种子，并首先输出。</translation>
    </message>
    <message>
        <source>name at least one bidder ID (see --help)</source>
        <translation>请至少给出一个供应商编号（参见 --help）</translation>
    </message>
    <message>
        <source>a bidder ID must not be empty</source>
        <translation>供应商编号不能为空</translation>
    </message>
    <message>
        <source>bidder ID given more than once</source>
        <translation>供应商编号重复给出</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal characters</source>
        <translation>必须是 64 个小写十六进制字符</translation>
    </message>
    <message>
        <source>seed (reveal after the draw): %1</source>
        <translation>种子（抽签后公开）：%1</translation>
    </message>
</context>
<context>
    <name>CmdEvaluate</name>
    <message>
        <source>Evaluate a scenario file: qualification, draw, trimmed scores, ranking, votes, allocation, publication period.</source>
        <translation>评估场景文件：资格审查、抽签、去掉最高分和最低分后的得分、排名、表决、份额分配、公示期。</translation>
    </message>
    <message>
        <source>Prints the result as JSON (default) or as a readable summary (--format text).
Exit 0: status final, failed or scoring; 3: a tie needs the panel&apos;s anonymous vote (the result so far is printed); 2: invalid input, one line per problem on stderr.</source>
        <translation>以 JSON（默认）或可读摘要（--format text）输出结果。
退出码 0：状态为 final、failed 或 scoring；3：出现并列，需要谈判小组无记名表决（输出当前结果）；2：输入无效，每个问题在 stderr 输出一行。</translation>
    </message>
    <message>
        <source>evaluate takes exactly one scenario FILE (see --help)</source>
        <translation>evaluate 只接受一个场景文件 FILE（参见 --help）</translation>
    </message>
</context>
<context>
    <name>CmdWorkdays</name>
    <message>
        <source>Print the last day of a period of N working days (Chinese statutory holidays and adjusted working days).</source>
        <translation>输出 N 个工作日期间的最后一天（按中国法定节假日和调休工作日计算）。</translation>
    </message>
    <message>
        <source>By default the start day is not counted (Civil Code art. 201); --count-start-day counts it when it is a working day. Years the calendar does not cover count weekends only, with a warning on stderr. Extend the calendar with a file named by TENDERPANEL_CALENDAR.</source>
        <translation>默认不计算起始日（《民法典》第二百零一条）；--count-start-day 在起始日为工作日时将其计入。日历未覆盖的年份只扣除周末，并在 stderr 给出警告。可用 TENDERPANEL_CALENDAR 指定的文件扩充日历。</translation>
    </message>
    <message>
        <source>unexpected argument (see --help)</source>
        <translation>多余的参数（参见 --help）</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 1 to 10000</source>
        <translation>“%1”不是 1 到 10000 之间的整数</translation>
    </message>
</context>
<context>
    <name>DocumentNoticeCommand</name>
    <message>
        <source>Render the result notice, the evaluation report or the letters to the bidders as PDF, HTML or OpenDocument text.</source>
        <translation>将结果公示、评审报告或致供应商的通知书生成为 PDF、HTML 或 OpenDocument 文本。</translation>
    </message>
    <message>
        <source>--kind result: 结果公示 (result notice); report: 评审报告 (procedure record with score sheets, calculation sheet, draw and vote records); letters: one letter per bidder with its own score and position (--bidder B: only that bidder&apos;s letter).
The format follows the extension of --out (.pdf, .html or .odt). The file is written whole or not at all; a device such as /dev/null is written in place.
--lang zh_CN (the default, the official language of the notice) or en: the language of the document, whatever the language of the program&apos;s messages.
Exit 0: written; 2: invalid input or usage; 5: the negotiation is not finished (a notice or letters need status final or failed); 6: the file cannot be written (disk full, no permission, a folder) and a file already at the path is left as it was.</source>
        <translation>--kind result：结果公示；report：评审报告（谈判过程记录，含评分表、计算表、抽签记录和表决记录）；letters：每家供应商一份通知书，写明其得分和名次（--bidder B：只生成该供应商的通知书）。
格式由 --out 的扩展名决定（.pdf、.html 或 .odt）。文件要么完整写入，要么完全不写；/dev/null 等设备就地写入。
--lang zh_CN（默认，公示的正式语言）或 en：文书的语言，与程序消息的语言无关。
退出码 0：已写入；2：输入或用法无效；5：谈判尚未结束（结果公示和通知书需要状态为 final 或 failed）；6：文件无法写入（磁盘已满、无权限、是文件夹），该路径处已有的文件保持原样。</translation>
    </message>
    <message>
        <source>.odt: OpenDocument text with the same content, headings, tables and fonts, for adjusting the wording in a word processor before posting. It is a draft: only the PDF is the issued document. Each part starts on a new page; the page numbers are the word processor&apos;s.</source>
        <translation>.odt：内容、标题、表格和字体与 PDF 相同的 OpenDocument 文本，供发布前在文字处理软件中调整措辞。它是草稿：只有 PDF 是正式出具的文书。每一部分从新的一页开始；页码由文字处理软件生成。</translation>
    </message>
    <message>
        <source>--kind and --out can be repeated, in pairs: the document of the n-th --kind is written to the n-th --out, all from one reading of the negotiation (faster than one command per document). Nothing is written when one of them cannot be made; when a file cannot be written, the ones after it are not written either.</source>
        <translation>--kind 与 --out 可成对重复：第 n 个 --kind 的文书写入第 n 个 --out，全部来自对谈判的一次读取（比每份文书运行一次命令更快）。其中任何一份无法生成时，一份也不写；某个文件无法写入时，其后的文件也不再写入。</translation>
    </message>
    <message>
        <source>--kind robustness: 评审结果稳健性分析 (robustness of the result), for the supervisors and not part of the published result: the margin of the last winning place, the result without each panel member, and each member&apos;s figures (docs/analysis.md). It needs a ranked result, status final or vote_required (exit 5 otherwise).</source>
        <translation>--kind robustness：评审结果稳健性分析，供监督人员使用，不属于公示结果：最后一个成交名次的领先幅度、逐一去掉每名评审成员后的结果，以及每名成员的评分情况（见 docs/analysis.md）。需要已排名的结果，即状态为 final 或 vote_required（否则退出码为 5）。</translation>
    </message>
    <message>
        <source>notice takes exactly one FILE or ID (see --help)</source>
        <translation>notice 只接受一个 FILE 或 ID（参见 --help）</translation>
    </message>
    <message>
        <source>must be result, report, letters or robustness, not &quot;%1&quot;</source>
        <translation>必须为 result、report、letters 或 robustness，而不是“%1”</translation>
    </message>
    <message>
        <source>needs a path ending in .pdf, .html or .odt</source>
        <translation>需要一个以 .pdf、.html 或 .odt 结尾的路径</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given more than once</source>
        <translation>“%1”给出了不止一次</translation>
    </message>
    <message>
        <source>each --kind needs its --out: %1 --kind and %2 --out were given</source>
        <extracomment>%1 and %2 are numbers of options</extracomment>
        <translation>每个 --kind 都需要对应的 --out：给出了 %1 个 --kind 和 %2 个 --out</translation>
    </message>
    <message>
        <source>only applies to --kind letters</source>
        <translation>仅适用于 --kind letters</translation>
    </message>
    <message>
        <source>must be zh_CN or en, not &quot;%1&quot;</source>
        <translation>必须是 zh_CN 或 en，而不是“%1”</translation>
    </message>
    <message>
        <source>no bidder &quot;%1&quot; in this negotiation</source>
        <translation>本次谈判中没有供应商“%1”</translation>
    </message>
    <message>
        <source>the result has no ranking to analyse (status %1): the robustness analysis needs status final or vote_required</source>
        <translation>结果尚无排名可供分析（状态 %1）：稳健性分析需要状态为 final 或 vote_required</translation>
    </message>
    <message>
        <source>the negotiation is not finished (status %1): nothing can be published yet</source>
        <translation>谈判尚未结束（状态 %1）：暂无可公示的内容</translation>
    </message>
</context>
<context>
    <name>DocumentOcdsCommand</name>
    <message>
        <source>Export the award as an OCDS 1.1 release (one award per winner, shares noted).</source>
        <translation>将成交结果导出为 OCDS 1.1 发布（每家成交供应商一个 award，注明份额）。</translation>
    </message>
    <message>
        <source>The release follows the OCDS 1.1.5 release schema without extensions: parties (buyer, procuringEntity, tenderer, supplier), the tender (procurementMethod &quot;selective&quot;) and one award per winner. The file is written whole or not at all; a device such as /dev/null is written in place.
Exit 0: written; 2: invalid input or usage; 6: the file cannot be written (disk full, no permission, a folder) and a file already at PATH is left as it was.</source>
        <translation>发布遵循不带扩展的 OCDS 1.1.5 release 模式：parties（buyer、procuringEntity、tenderer、supplier）、tender（procurementMethod 为 &quot;selective&quot;）以及每家成交供应商一个 award。文件要么完整写入，要么完全不写；/dev/null 等设备就地写入。
退出码 0：已写入；2：输入或用法无效；6：文件无法写入（磁盘已满、无权限、是文件夹），PATH 处已有的文件保持原样。</translation>
    </message>
    <message>
        <source>ocds takes exactly one FILE or ID (see --help)</source>
        <translation>ocds 只接受一个 FILE 或 ID（参见 --help）</translation>
    </message>
    <message>
        <source>needs a path</source>
        <translation>需要一个路径</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>Notice of the negotiation result</source>
        <translation>谈判结果通知书</translation>
    </message>
    <message>
        <source>Notice of award</source>
        <translation>成交通知书</translation>
    </message>
    <message>
        <source>To %1:</source>
        <extracomment>%1 is the bidder&apos;s name</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Your company took part in the %2 conducted by %1. Following the evaluation by the negotiation panel, we notify you of your result as follows:</source>
        <extracomment>%1 is the purchaser, %2 the project&apos;s title</extracomment>
        <translation>贵单位参加了%1组织的%2。经谈判小组评审,现将贵单位的评审结果通知如下:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>谈判人</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>评审结果</translation>
    </message>
    <message>
        <source>Not qualified: %1</source>
        <translation>未入围:%1</translation>
    </message>
    <message>
        <source>The negotiation has failed; no winner was chosen</source>
        <translation>本次谈判失败,未确定成交人</translation>
    </message>
    <message>
        <source>Awarded, with a share of %1%</source>
        <extracomment>%1 is the share in percent</extracomment>
        <translation>确定为成交人,承办份额 %1%</translation>
    </message>
    <message>
        <source>Not awarded</source>
        <translation>未确定为成交人</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>确定为成交人</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>服务区域</translation>
    </message>
    <message>
        <source>Publication period</source>
        <translation>公示期</translation>
    </message>
    <message>
        <source>When the publication period has ended, please sign the service agreement with the purchaser as the negotiation documents provide.</source>
        <translation>请贵单位在结果公示期满后,按谈判文件的规定与采购人签订承办协议。</translation>
    </message>
    <message>
        <source>Thank you for your support of and participation in this project.</source>
        <translation>感谢贵单位对本项目的支持与参与。</translation>
    </message>
    <message>
        <source>If you disagree with the result, you may challenge it in writing to the purchaser within the publication period: %1.</source>
        <extracomment>%1 is the publication period</extracomment>
        <translation>贵单位对评审结果有异议的,可在公示期内以书面形式向采购人提出质疑;公示期为%1。</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Scoring Terminal Credential</source>
        <comment>credential slip</comment>
        <translation>评分终端凭证</translation>
    </message>
    <message>
        <source>Panel member</source>
        <comment>credential slip</comment>
        <translation>评审成员</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <comment>credential slip</comment>
        <translation>谈判项目</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>credential slip</comment>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Database</source>
        <comment>credential slip</comment>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Login</source>
        <comment>credential slip</comment>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>credential slip</comment>
        <translation>密码</translation>
    </message>
    <message>
        <source>Scan to connect</source>
        <comment>credential slip</comment>
        <translation>扫码登录</translation>
    </message>
    <message>
        <source>This credential is personal: do not pass it on. It ends when your score sheet is submitted and the votes are done, or when the secretary revokes it.</source>
        <comment>credential slip</comment>
        <translation>本凭证仅限本人使用，请勿转交他人。评分表提交且投票结束后，或由秘书收回后，本凭证即失效。</translation>
    </message>
    <message>
        <source>cut here</source>
        <comment>credential slip</comment>
        <translation>沿此线剪开</translation>
    </message>
    <message>
        <source>Scoring Terminal Credentials</source>
        <comment>credential slip</comment>
        <translation>评分终端凭证</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>%1. </source>
        <extracomment>%1 is the section number; Chinese writes it in Chinese numerals (一、二、)</extracomment>
        <translation>%1、</translation>
    </message>
    <message>
        <source>: </source>
        <extracomment>Between a label and its value</extracomment>
        <translation>:</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list of names</comment>
        <extracomment>Between the names of a list</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between clauses of a sentence</extracomment>
        <translation>;</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>No. %1</source>
        <extracomment>A place in the ranking</extracomment>
        <translation>第 %1 名</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format of QLocale::toString (d day, M month, MMMM month name, yyyy year)</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>主动撤回</translation>
    </message>
    <message>
        <source>Not eligible to take part</source>
        <translation>不具备入围资格</translation>
    </message>
    <message>
        <source>Not registered, deemed to have withdrawn</source>
        <translation>未登记,视为主动放弃</translation>
    </message>
    <message>
        <source>Registered late, deemed to have withdrawn</source>
        <translation>逾期登记,视为主动放弃</translation>
    </message>
    <message>
        <source>No proposal submitted</source>
        <translation>未提交谈判方案</translation>
    </message>
    <message>
        <source>Proposal submitted late</source>
        <translation>逾期提交谈判方案</translation>
    </message>
    <message>
        <source>Proposal rejected</source>
        <translation>谈判方案被拒收</translation>
    </message>
    <message>
        <source>%1 submitted fewer copies of the proposal than required</source>
        <translation>%1 提交的方案份数不足</translation>
    </message>
    <message>
        <source>The seal of the proposal of %1 is not intact</source>
        <translation>%1 的方案密封不完好</translation>
    </message>
    <message>
        <source>%1 is excluded; its scores are not counted</source>
        <translation>%1 已被排除,其评分不予计算</translation>
    </message>
    <message>
        <source>The working-day calendar has no holiday arrangements for %1; only weekends are counted in that year</source>
        <extracomment>%1 is a year</extracomment>
        <translation>工作日历未收录 %1 年的节假日安排,该年仅按周末计算</translation>
    </message>
    <message>
        <source>Evaluation complete</source>
        <translation>评审完成</translation>
    </message>
    <message>
        <source>Negotiation failed</source>
        <translation>谈判失败</translation>
    </message>
    <message>
        <source>Equal scores: the panel&apos;s anonymous vote is needed</source>
        <translation>评分相同,需谈判小组无记名表决</translation>
    </message>
    <message>
        <source>Scoring in progress</source>
        <translation>评分中</translation>
    </message>
    <message>
        <source>without dropping the highest and lowest scores, </source>
        <translation>不去掉最高分和最低分,</translation>
    </message>
    <message>
        <source>after dropping the %1 highest and %2 lowest scores, </source>
        <translation>去掉 %1 个最高分和 %2 个最低分后,</translation>
    </message>
    <message>
        <source>The panel members score independently and once, against the scoring criteria. </source>
        <translation>谈判小组成员按评分标准独立、一次性评分。</translation>
    </message>
    <message>
        <source>For each bidder, %1the final score is the arithmetic mean of the remaining totals of the panel members; </source>
        <extracomment>%1 says which scores are dropped</extracomment>
        <translation>每家谈判人的各成员总分%1取其余总分的算术平均值为最终得分;</translation>
    </message>
    <message>
        <source>For each criterion, %1the scores of the panel members are averaged, and the final score is the sum of these means; </source>
        <extracomment>%1 says which scores are dropped</extracomment>
        <translation>每个评分项的各成员评分%1取算术平均值,各评分项平均值之和为最终得分;</translation>
    </message>
    <message>
        <source>the final score is published rounded half up to two decimals, and the bidders are ranked from the highest score down; </source>
        <translation>最终得分按四舍五入保留两位小数公布,按得分由高到低排序;</translation>
    </message>
    <message>
        <source>where exact scores are equal and this affects the award, the panel decides the order by anonymous vote.</source>
        <translation>得分精确值相同且影响成交结果的,由谈判小组无记名投票确定排序。</translation>
    </message>
    <message>
        <source>where published scores are equal and this affects the award, the panel decides the order by anonymous vote.</source>
        <translation>公布得分相同且影响成交结果的,由谈判小组无记名投票确定排序。</translation>
    </message>
    <message>
        <source>No. %1: %2%</source>
        <extracomment>%1 is a place in the ranking, %2 the share in percent</extracomment>
        <translation>第 %1 名 %2%</translation>
    </message>
    <message>
        <source>, </source>
        <comment>shares</comment>
        <extracomment>Between the shares of the winners</extracomment>
        <translation>,</translation>
    </message>
    <message numerus="yes">
        <source>with %n winner(s): %1</source>
        <extracomment>%n is the number of winners, %1 their shares</extracomment>
        <translation>
            <numerusform>成交 %n 家时:%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No. %1 serves %2</source>
        <extracomment>%1 is a place in the ranking, %2 a service area with its places</extracomment>
        <translation>第 %1 名承担%2</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>The end of a sentence</extracomment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>Number of winners and shares</source>
        <translation>成交人数及承办份额</translation>
    </message>
    <message>
        <source>Number of winners and service areas</source>
        <translation>成交人数及服务区域</translation>
    </message>
    <message>
        <source>Number of winners, shares and service areas</source>
        <translation>成交人数、承办份额及服务区域</translation>
    </message>
    <message>
        <source>%1, share %2%.</source>
        <extracomment>%1 is the winner&apos;s name, %2 its share in percent</extracomment>
        <translation>%1,承办份额 %2%。</translation>
    </message>
    <message>
        <source>%1, service area %2.</source>
        <extracomment>%1 is the winner&apos;s name, %2 its service area with the places it covers</extracomment>
        <translation>%1，承担%2。</translation>
    </message>
    <message>
        <source>%1, share %2%, service area %3.</source>
        <extracomment>%1 is the winner&apos;s name, %2 its share in percent, %3 its service area with the places it covers</extracomment>
        <translation>%1，承办份额 %2%，承担%3。</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n working day(s))</source>
        <extracomment>%1 and %2 are dates</extracomment>
        <translation>
            <numerusform>%1至%2(%n个工作日)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n bidder(s) qualified: the negotiation has failed.</source>
        <translation>
            <numerusform>符合条件的谈判人不足 %n 家,本次谈判失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>The negotiation has failed (%1).</source>
        <translation>本次谈判失败(%1)。</translation>
    </message>
    <message>
        <source>Error in adding up the scores</source>
        <translation>分值汇总计算错误</translation>
    </message>
    <message>
        <source>A score outside the range of points the scoring criteria allow</source>
        <translation>分项评分超出评分标准规定的分值范围</translation>
    </message>
    <message>
        <source>Differing scores for an objective criterion</source>
        <translation>客观评审因素评分不一致</translation>
    </message>
    <message>
        <source>A score the whole panel found abnormally high or abnormally low</source>
        <translation>经谈判小组一致认定评分畸高、畸低</translation>
    </message>
    <message numerus="yes">
        <source>No. %1 of %n qualified bidder(s)</source>
        <extracomment>%1 is the bidder&apos;s place, %n the number of qualified bidders</extracomment>
        <translation>
            <numerusform>第 %1 名(入围谈判人共 %n 家)</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>入围资格</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source> (late)</source>
        <extracomment>After a registration or receipt time that was after the deadline</extracomment>
        <translation>(逾期)</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>具备</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不具备</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>入围</translation>
    </message>
    <message>
        <source>No receipt of proposals was recorded for this project.</source>
        <translation>本项目未记录方案接收情况。</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>密封</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Not intact</source>
        <translation>不完好</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>开启时间</translation>
    </message>
    <message>
        <source>Opening witnessed by</source>
        <translation>开启见证人</translation>
    </message>
    <message>
        <source>No draw was held; the bidders present in the order of registration.</source>
        <translation>未进行抽签,按登记顺序演示。</translation>
    </message>
    <message>
        <source>Draw method</source>
        <translation>抽签方式</translation>
    </message>
    <message>
        <source>verifiable random draw (the commitment is published before the draw; the key of each bidder is SHA-256(seed + &quot;:&quot; + bidder id), and the bidders present in ascending order of their keys)</source>
        <translation>可验证随机抽签(抽签前公布承诺值;各谈判人的签值为 SHA-256(种子 + &quot;:&quot; + 谈判人编号),按签值升序确定演示顺序)</translation>
    </message>
    <message>
        <source>manual draw on site (the result is recorded)</source>
        <translation>现场人工抽签(记录抽签结果)</translation>
    </message>
    <message>
        <source>Commitment SHA-256(seed)</source>
        <translation>承诺值 SHA-256(种子)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Drawn at</source>
        <translation>抽签时间</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>见证人</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>签值</translation>
    </message>
    <message>
        <source>Anyone can check the key of each bidder with the commands below (the first 64 characters of the output must match the table):</source>
        <translation>任何人均可用以下命令复核各谈判人的签值(输出的前 64 位应与上表一致):</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>演示时限</translation>
    </message>
    <message>
        <source>presentation %1 minutes, supplementary statement %2 minutes</source>
        <translation>演示 %1 分钟,补充陈述 %2 分钟</translation>
    </message>
    <message>
        <source>— (the presentation times were not recorded)</source>
        <translation>—(未记录演示时间)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Panel member</source>
        <translation>评审成员</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>dropped (highest)</source>
        <translation>去掉(最高)</translation>
    </message>
    <message>
        <source>dropped (lowest)</source>
        <translation>去掉(最低)</translation>
    </message>
    <message>
        <source>Sum of the kept scores</source>
        <translation>保留分之和</translation>
    </message>
    <message>
        <source>Scores kept</source>
        <translation>保留人数</translation>
    </message>
    <message>
        <source>Exact mean</source>
        <translation>精确均值</translation>
    </message>
    <message>
        <source>Published score</source>
        <translation>公布得分</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Mean of the criterion</source>
        <translation>评分项均值</translation>
    </message>
    <message>
        <source>Calculation: %1 Struck-through values are the dropped highest and lowest scores; where the exact mean is a fraction, the published score is that fraction rounded half up.</source>
        <extracomment>%1 is the evaluation rule in words</extracomment>
        <translation>计算规则:%1划线数值为去掉的最高分、最低分;精确均值为分数形式时,公布得分按其四舍五入。</translation>
    </message>
    <message>
        <source>The scoring is not finished yet.</source>
        <translation>尚未完成评分。</translation>
    </message>
    <message>
        <source>— (no corrections recorded)</source>
        <translation>—(无更正记录)</translation>
    </message>
    <message>
        <source>Old score</source>
        <translation>原分值</translation>
    </message>
    <message>
        <source>Corrected score</source>
        <translation>更正后</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>更正事由</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>None (no equal scores needed a vote).</source>
        <translation>无(未出现需表决的同分情形)。</translation>
    </message>
    <message>
        <source>Vote, round %1</source>
        <translation>第 %1 轮表决</translation>
    </message>
    <message>
        <source>Bidders with equal scores</source>
        <translation>同分谈判人</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>得票数</translation>
    </message>
    <message>
        <source>Blank ballots</source>
        <translation>空白票</translation>
    </message>
    <message>
        <source>%1 have equal scores (places %2 to %3); the anonymous vote of the panel is pending.</source>
        <extracomment>%1 lists the bidders, %2 and %3 are places in the ranking</extracomment>
        <translation>%1 得分相同(第 %2 至 %3 名),尚待谈判小组无记名投票。</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>承办份额</translation>
    </message>
    <message>
        <source>Decided by vote</source>
        <translation>经投票确定</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Score sheet of a panel member</source>
        <translation>谈判小组成员评分表</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Signature of the panel member: ____________________        Date: ____________________</source>
        <translation>评审成员签名:____________________        日期:______年____月____日</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Evaluation report: %1</source>
        <extracomment>%1 is the project&apos;s title</extracomment>
        <translation>%1评审报告</translation>
    </message>
    <message>
        <source>Head of the audit chain</source>
        <translation>审计链头</translation>
    </message>
    <message>
        <source>Record digest</source>
        <translation>记录摘要</translation>
    </message>
    <message>
        <source>Archive digest</source>
        <translation>归档摘要</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>项目基本情况</translation>
    </message>
    <message>
        <source>Purchaser (medical security agency)</source>
        <translation>采购人(经办机构)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>谈判方式</translation>
    </message>
    <message>
        <source>Selective negotiation</source>
        <translation>选择性谈判</translation>
    </message>
    <message>
        <source>Status of the evaluation</source>
        <translation>评审状态</translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation>登记截止时间</translation>
    </message>
    <message>
        <source>Proposal deadline</source>
        <translation>方案提交截止时间</translation>
    </message>
    <message>
        <source>Copies of the proposal required</source>
        <translation>方案份数要求</translation>
    </message>
    <message>
        <source>Minimum number of qualified bidders</source>
        <translation>最少有效谈判人数</translation>
    </message>
    <message numerus="yes">
        <source>at most %n winner(s); </source>
        <translation>
            <numerusform>成交人不超过 %n 家;</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation rules</source>
        <translation>评审办法</translation>
    </message>
    <message>
        <source> (leader)</source>
        <extracomment>After the name of the panel leader</extracomment>
        <translation>(组长)</translation>
    </message>
    <message>
        <source>Negotiation panel</source>
        <translation>谈判小组</translation>
    </message>
    <message>
        <source>Procedure notes</source>
        <translation>程序提示</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Registration record</source>
        <translation>登记记录</translation>
    </message>
    <message>
        <source>Proposals received</source>
        <translation>谈判方案接收记录</translation>
    </message>
    <message>
        <source>Lot draw for the order of presentation</source>
        <translation>演示顺序抽签记录</translation>
    </message>
    <message>
        <source>Presentations and statements</source>
        <translation>演示及陈述记录</translation>
    </message>
    <message>
        <source>Calculation of the scores</source>
        <translation>得分计算表</translation>
    </message>
    <message>
        <source>Corrections of scores</source>
        <translation>评分更正记录</translation>
    </message>
    <message>
        <source>Anonymous votes</source>
        <translation>无记名投票记录</translation>
    </message>
    <message>
        <source>Ranking and allocation of shares</source>
        <translation>排名及份额分配</translation>
    </message>
    <message>
        <source>Ranking and service areas</source>
        <translation>排名及服务区域</translation>
    </message>
    <message>
        <source>Signatures of the negotiation panel</source>
        <translation>谈判小组签字</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>%1 · evaluation report</source>
        <extracomment>The running header of the report&apos;s pages; %1 is the project&apos;s title</extracomment>
        <translation>%1 · 评审报告</translation>
    </message>
    <message>
        <source>%1 Final score %2, %3.</source>
        <extracomment>%1 is &quot;name, share 60%.&quot;, %2 the final score in points, %3 the place in the ranking</extracomment>
        <translation>%1最终得分 %2,%3。</translation>
    </message>
    <message>
        <source>Receipt for a Sealed Proposal</source>
        <comment>proposal receipt</comment>
        <translation>谈判方案接收回执</translation>
    </message>
    <message>
        <source>Negotiation no.</source>
        <comment>proposal receipt</comment>
        <translation>项目编号</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <comment>proposal receipt</comment>
        <translation>递交单位</translation>
    </message>
    <message>
        <source>Representative</source>
        <comment>proposal receipt</comment>
        <translation>递交人</translation>
    </message>
    <message>
        <source>Received at</source>
        <comment>proposal receipt</comment>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <comment>proposal receipt</comment>
        <translation>递交截止时间</translation>
    </message>
    <message>
        <source>Copies</source>
        <comment>proposal receipt</comment>
        <translation>份数</translation>
    </message>
    <message>
        <source>%1 (%2 required)</source>
        <comment>proposal receipt</comment>
        <extracomment>%1 copies received, %2 copies required</extracomment>
        <translation>%1 份(要求 %2 份)</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>proposal receipt, copies received</comment>
        <extracomment>%1 is the number of copies received; Chinese adds its unit (份)</extracomment>
        <translation>%1 份</translation>
    </message>
    <message>
        <source>Seal</source>
        <comment>proposal receipt</comment>
        <translation>密封情况</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>proposal receipt</comment>
        <translation>是否逾期</translation>
    </message>
    <message>
        <source>No (received by the deadline)</source>
        <comment>proposal receipt</comment>
        <translation>否(截止时间前送达)</translation>
    </message>
    <message>
        <source>Yes (received after the deadline; recorded as such)</source>
        <comment>proposal receipt</comment>
        <translation>是(截止时间后送达,已如实记录)</translation>
    </message>
    <message>
        <source>Received by</source>
        <comment>proposal receipt</comment>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Representative&apos;s signature: ____________________    Date: ____________</source>
        <comment>proposal receipt</comment>
        <translation>递交人签字:____________________        日期:______年____月____日</translation>
    </message>
    <message>
        <source>Receiver&apos;s signature: ____________________    Date: ____________</source>
        <comment>proposal receipt</comment>
        <translation>接收人签字:____________________        日期:______年____月____日</translation>
    </message>
    <message>
        <source>This receipt is made in two copies, one for the bidder and one for the receiving office.</source>
        <comment>proposal receipt</comment>
        <translation>本回执一式两份,递交单位和接收单位各执一份。</translation>
    </message>
    <message>
        <source>Representative</source>
        <extracomment>The person who registered for a bidder</extracomment>
        <translation>代表人</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>核验材料</translation>
    </message>
    <message>
        <source>letter of introduction, copy of ID</source>
        <translation>介绍信、身份证复印件</translation>
    </message>
    <message>
        <source>letter of introduction (copy of ID not checked)</source>
        <translation>介绍信(身份证复印件未核验)</translation>
    </message>
    <message>
        <source>copy of ID (letter of introduction not checked)</source>
        <translation>身份证复印件(介绍信未核验)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未核验</translation>
    </message>
    <message>
        <source>ID no. %1</source>
        <extracomment>%1 is the ID card number with all but its last 4 characters masked</extracomment>
        <translation>身份证号 %1</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Opened / witness</source>
        <translation>开启时间 / 见证人</translation>
    </message>
    <message>
        <source>Corrected %1: %2 → %3; reason: %4 (recorded by %5)</source>
        <extracomment>A registration or proposal receipt corrected: %1 bidder, %2 the entry before, %3 after, %4 the reason, %5 who recorded the correction</extracomment>
        <translation>更正 %1：%2 → %3；理由：%4（记录人：%5）</translation>
    </message>
    <message>
        <source>Withdrawn entry of %1; reason: %2 (recorded by %3)</source>
        <extracomment>A registration or proposal receipt recorded in error and withdrawn: %1 bidder, %2 the reason, %3 who recorded it</extracomment>
        <translation>撤销 %1 的记录；理由：%2（记录人：%3）</translation>
    </message>
    <message>
        <source>over time by %1 s</source>
        <extracomment>A presentation longer than allowed; %1 is seconds</extracomment>
        <translation>超时 %1 秒</translation>
    </message>
    <message>
        <source>over time by %1 min</source>
        <extracomment>A presentation longer than allowed; %1 is minutes</extracomment>
        <translation>超时 %1 分</translation>
    </message>
    <message>
        <source>over time by %1 min %2 s</source>
        <extracomment>A presentation longer than allowed; %1 is minutes, %2 seconds</extracomment>
        <translation>超时 %1 分 %2 秒</translation>
    </message>
    <message>
        <source>Published on</source>
        <extracomment>The website where the result notice is published</extracomment>
        <translation>公示网站</translation>
    </message>
    <message>
        <source>Contact for challenges: </source>
        <extracomment>Before the contact, in the running text of the notice (ends with its own colon)</extracomment>
        <translation>质疑联系方式:</translation>
    </message>
    <message>
        <source>Contact for challenges</source>
        <extracomment>The head of a table row</extracomment>
        <translation>质疑联系方式</translation>
    </message>
    <message>
        <source>Record anchor: %1</source>
        <extracomment>%1 is the first 16 hex digits of the audit chain head, in groups of four</extracomment>
        <translation>记录锚点：%1</translation>
    </message>
    <message>
        <source>The anchor is the head of the negotiation record&apos;s audit chain when this document was made (in full: %1). Whoever holds the record can check that it has not been rewritten since: tenderpanel-cli audit verify --head %2</source>
        <extracomment>Small print under the record anchor; %1 is the full 64-digit hash, %2 its first 16 digits</extracomment>
        <translation>记录锚点是本文书生成时谈判记录审计链的链头（完整值：%1）。持有记录者可据此核对记录此后未被改写：tenderpanel-cli audit verify --head %2</translation>
    </message>
    <message>
        <source>Result notice: %1</source>
        <extracomment>%1 is the project&apos;s title</extracomment>
        <translation>%1结果公示</translation>
    </message>
    <message>
        <source>the negotiation documents of this project</source>
        <translation>本项目谈判文件</translation>
    </message>
    <message>
        <source>In accordance with %1, %2 conducted the %3. The negotiation panel has completed the evaluation following the prescribed procedure and evaluation method, and the result is published as follows:</source>
        <extracomment>%1 is the basis (the negotiation documents), %2 the purchaser, %3 the project&apos;s title</extracomment>
        <translation>根据%1,%2组织开展了%3。谈判小组按照规定的程序和评审办法完成了评审工作,现将结果公示如下:</translation>
    </message>
    <message>
        <source>Method, basis and evaluation rules</source>
        <translation>谈判方式、依据及评审办法</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>谈判依据</translation>
    </message>
    <message>
        <source>Scores and ranking of the qualified bidders</source>
        <translation>入围谈判人得分及排名</translation>
    </message>
    <message>
        <source>Note: the bidders marked * had equal scores; their order was decided by the panel&apos;s anonymous vote.</source>
        <translation>注:标 * 者得分相同,其排序经谈判小组无记名投票确定。</translation>
    </message>
    <message>
        <source>Winners and their shares</source>
        <translation>成交人及承办份额</translation>
    </message>
    <message>
        <source>Winners and their service areas</source>
        <translation>成交人及服务区域</translation>
    </message>
    <message>
        <source>Winners, their shares and service areas</source>
        <translation>成交人、承办份额及服务区域</translation>
    </message>
    <message>
        <source>This negotiation has no winner.</source>
        <translation>本次谈判无成交人。</translation>
    </message>
    <message>
        <source>Bidders not qualified, and why</source>
        <translation>未入围谈判人及原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Members of the negotiation panel</source>
        <translation>谈判小组成员</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>公示媒介</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>质疑</translation>
    </message>
    <message>
        <source>A bidder who considers that the evaluation procedure or its result has harmed its rights may challenge it in writing to %1 within the publication period. The challenge must be signed by the legal representative or an authorised representative and bear the company seal, state the specific matters challenged and the facts they rest on, and enclose the supporting evidence. Challenges made late or anonymously are not accepted.</source>
        <extracomment>%1 is the purchaser</extracomment>
        <translation>参加谈判的供应商认为评审过程或结果使自己的权益受到损害的,可在公示期内以书面形式向%1提出质疑,质疑书应由法定代表人或其授权代表签字并加盖单位公章,写明具体的质疑事项及事实依据,并附相关证明材料。逾期提出或以匿名方式提出的质疑不予受理。</translation>
    </message>
    <message>
        <source>Challenges are received at</source>
        <translation>质疑受理地址</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Negotiation no.</source>
        <extracomment>The negotiation&apos;s number (code) in the workspace</extracomment>
        <translation>项目编号</translation>
    </message>
    <message>
        <source>None yet: the panel&apos;s vote on equal scores is pending</source>
        <translation>尚未确定：同分情形待谈判小组表决</translation>
    </message>
    <message>
        <source>Winners</source>
        <extracomment>The winners of the negotiation (a label)</extracomment>
        <translation>成交供应商</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>A bidder&apos;s code, as B1</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <source>Every qualified bidder wins: there is no margin.</source>
        <translation>所有有效供应商均成交，无领先幅度。</translation>
    </message>
    <message>
        <source>%1, in the last winning place, is %2 points ahead of %3, the best-ranked bidder outside the winning places (exact scores, rounded half up to two decimals; no vote is counted).</source>
        <extracomment>%1 and %3 are bidders&apos; names, %2 the difference in points (as 6.70)</extracomment>
        <translation>处于最后一个成交名次的%1比成交名次之外排名最前的%3高 %2 分（按精确得分计算，四舍五入保留两位小数，不计表决）。</translation>
    </message>
    <message>
        <source>For each member in panel order, the result is worked out again as if that member had not sat on the panel: their scores removed, the panel one smaller, the same number of highest and lowest scores dropped, and no vote counted. The bidders are named by their codes, as in the ranking above.</source>
        <translation>按谈判小组成员顺序，逐一假设该成员未参加评审，重新计算结果：去掉其全部评分，谈判小组减少一人，去掉最高分和最低分的个数不变，不计表决。供应商以编号表示，与上表排名一致。</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>改变</translation>
    </message>
    <message>
        <source>Member left out</source>
        <translation>去掉的成员</translation>
    </message>
    <message>
        <source>Ranking</source>
        <extracomment>The order of the bidders, best first</extracomment>
        <translation>排名</translation>
    </message>
    <message>
        <source>Winners change</source>
        <extracomment>Whether the winners change without the member</extracomment>
        <translation>成交结果</translation>
    </message>
    <message>
        <source>Too few members to drop the highest and lowest scores</source>
        <translation>人数不足以去掉最高分和最低分</translation>
    </message>
    <message>
        <source>Equal scores, a vote is needed: %1</source>
        <extracomment>%1 lists the codes of the bidders with equal scores</extracomment>
        <translation>同分需表决：%1</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>The result waits for the panel&apos;s vote on equal scores and has no winners yet, so every row counts as changed.</source>
        <translation>评审结果尚待谈判小组对同分情形表决，尚无成交供应商，因此每一行均计为改变。</translation>
    </message>
    <message>
        <source>Without any one member, the winners stay the same.</source>
        <translation>去掉任何一名成员，成交结果均不变。</translation>
    </message>
    <message numerus="yes">
        <source>Without any one of these %n member(s), the winners would change: %1.</source>
        <extracomment>%1 lists the members&apos; names</extracomment>
        <translation>
            <numerusform>去掉以下 %n 名成员中的任何一名，成交结果会改变：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped as highest</source>
        <translation>被去掉的最高分</translation>
    </message>
    <message>
        <source>Dropped as lowest</source>
        <translation>被去掉的最低分</translation>
    </message>
    <message>
        <source>Mean deviation</source>
        <translation>平均偏差</translation>
    </message>
    <message>
        <source>Same order</source>
        <extracomment>Pairs of bidders the member put in the same order as the final scores</extracomment>
        <translation>顺序一致</translation>
    </message>
    <message>
        <source>Opposite order</source>
        <extracomment>Pairs of bidders the member put in the opposite order</extracomment>
        <translation>顺序相反</translation>
    </message>
    <message>
        <source>Margin: the exact score of the bidder in the last winning place minus that of the best-ranked bidder outside the winning places. The smaller it is, the closer the result.</source>
        <translation>领先幅度：处于最后一个成交名次的供应商与成交名次之外排名最前的供应商的精确得分之差；幅度越小，结果越接近。</translation>
    </message>
    <message>
        <source>Each member left out: a row marked &quot;%1&quot; is a member whose scores alone decide the winners. That is not in itself a fault (with few bidders close together it happens often), but it is the row to read first.</source>
        <extracomment>%1 is the word that marks a changed row (&quot;Changed&quot;)</extracomment>
        <translation>逐一去掉成员：标为“%1”的行，表示仅该成员的评分即可决定成交结果。这本身并非问题（供应商少且得分接近时较常见），但应首先阅读该行。</translation>
    </message>
    <message>
        <source>Dropped as highest, dropped as lowest: how many of the member&apos;s values the trim dropped as the highest or the lowest (one value per bidder when the totals are trimmed, one per bidder and criterion when each criterion is).</source>
        <translation>被去掉的最高分、最低分：该成员的评分作为最高分或最低分被去掉的次数（按总分去掉时每家供应商计一个值，按评分项去掉时每家供应商每个评分项计一个值）。</translation>
    </message>
    <message>
        <source>Mean deviation: the mean, over the qualified bidders, of the distance between the member&apos;s total for the bidder and the bidder&apos;s exact final score.</source>
        <translation>平均偏差：该成员给各有效供应商的总分与该供应商精确最终得分之差的绝对值的平均值。</translation>
    </message>
    <message>
        <source>Same order, opposite order: over every pair of qualified bidders, whether the member&apos;s totals put the pair in the same order as the final scores or in the opposite order; a pair with equal totals or equal scores counts as neither.</source>
        <translation>顺序一致、顺序相反：对每两家有效供应商，该成员总分的先后与最终得分的先后相同或相反的对数；总分相同或得分相同的两家均不计入。</translation>
    </message>
    <message>
        <source>A member whose values are often dropped, whose deviation is large and whose order often disagrees with the panel&apos;s scored differently from the others. The figures describe; the dropping of the highest and lowest scores has already limited what any one member can do.</source>
        <translation>评分常被去掉、平均偏差大且排序常与谈判小组相反的成员，其评分与其他成员不同。这些指标仅作描述；去掉最高分和最低分的规则已限制了单个成员的影响。</translation>
    </message>
    <message>
        <source>Robustness of the result: %1</source>
        <extracomment>%1 is the project&apos;s title</extracomment>
        <translation>%1评审结果稳健性分析</translation>
    </message>
    <message>
        <source>Robustness of the result</source>
        <translation>评审结果稳健性分析</translation>
    </message>
    <message>
        <source>The result has no ranking yet (%1): there is nothing to analyse.</source>
        <extracomment>%1 is the status of the evaluation in words</extracomment>
        <translation>评审结果尚无排名（%1），无可分析内容。</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>领先幅度</translation>
    </message>
    <message>
        <source>The result without each member</source>
        <translation>逐一去掉一名评审成员后的结果</translation>
    </message>
    <message>
        <source>Each member&apos;s scoring</source>
        <translation>评审成员评分情况</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>指标说明</translation>
    </message>
    <message>
        <source>About this analysis</source>
        <translation>关于本分析</translation>
    </message>
    <message>
        <source>This document is an analysis of the evaluation for the supervisors. It is not part of the published result, of the result notice or of the evaluation report, and it changes nothing in the result. It is worked out by the rules of the evaluation from the same exact scores as the result.</source>
        <translation>本文件是供监督人员使用的评审分析，不属于公示的评审结果，也不属于结果公告或评审报告，不改变评审结果。本分析依据评审规则，由与评审结果相同的精确得分计算得出。</translation>
    </message>
    <message>
        <source>%1 · robustness of the result</source>
        <extracomment>The running header of the robustness analysis&apos; pages; %1 is the project&apos;s title</extracomment>
        <translation>%1 · 评审结果稳健性分析</translation>
    </message>
    <message>
        <source>An analysis for the supervisors: not part of the published result.</source>
        <translation>供监督人员使用的分析，不属于公示的评审结果。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Struck through on grey: the highest and lowest totals, for information only; the scores dropped are those of each criterion.</source>
        <translation>灰底删除线：最高和最低总分，仅供参考；去掉的是各评分项的分数。</translation>
    </message>
    <message>
        <source>Struck through on grey: a panel member&apos;s total dropped as one of the highest or lowest.</source>
        <translation>灰底删除线：作为最高分或最低分去掉的评审成员总分。</translation>
    </message>
    <message>
        <source>Exact mean in full</source>
        <translation>精确均值（完整）</translation>
    </message>
    <message>
        <source>Values dropped</source>
        <extracomment>%1 and %2 are numbers of values</extracomment>
        <translation>去掉的分数</translation>
    </message>
    <message>
        <source>the %1 highest and the %2 lowest</source>
        <translation>最高 %1 个、最低 %2 个</translation>
    </message>
    <message>
        <source>Dropped from</source>
        <translation>去掉范围</translation>
    </message>
    <message>
        <source>the panel members&apos; totals for a bidder</source>
        <translation>每家供应商的各成员总分</translation>
    </message>
    <message>
        <source>the panel members&apos; scores for each criterion</source>
        <translation>各评分项的各成员评分</translation>
    </message>
    <message>
        <source>Equal scores compared</source>
        <translation>同分比较</translation>
    </message>
    <message>
        <source>on the exact mean</source>
        <translation>按精确均值</translation>
    </message>
    <message>
        <source>on the published score (two decimals)</source>
        <translation>按公布得分（两位小数）</translation>
    </message>
    <message>
        <source>Date of the file</source>
        <translation>文件日期</translation>
    </message>
</context>
<context>
    <name>DocumentWorkbookCommand</name>
    <message>
        <source>Write the scores as an Excel workbook (.xlsx): the ranking, each panel member&apos;s sheet, the rules.</source>
        <translation>将评分写为 Excel 工作簿（.xlsx）：排名、每名评审成员的评分表、评审规则。</translation>
    </message>
    <message>
        <source>Sheet 汇总: the bidders in rank order with each panel member&apos;s total (the dropped ones struck through), the exact mean, the published score, the position, the share, the service area and the votes; one sheet per panel member with the scores as signed; sheet 说明: the evaluation rules, the project, the head of the audit chain and the date. The file is written whole or not at all; a device such as /dev/null is written in place.
Exit 0: written; 2: invalid input or usage; 5: there is no ranking yet (status scoring) or none at all (status failed); 6: the file cannot be written (disk full, no permission, a folder) and a file already at PATH is left as it was.</source>
        <translation>工作表“汇总”：按排名列出供应商及每名评审成员的总分（被去掉的分数加删除线）、精确均值、公布得分、名次、份额、服务区域和表决情况；每名评审成员一张工作表，列出其签署的评分；工作表“说明”：评审规则、项目、审计链头和日期。文件要么完整写入，要么不写；/dev/null 等设备直接写入。
退出码 0：已写入；2：输入或用法无效；5：尚无排名（状态 scoring）或没有排名（状态 failed）；6：无法写入文件（磁盘已满、无权限、是文件夹），PATH 处已有的文件保持不变。</translation>
    </message>
    <message>
        <source>workbook takes exactly one FILE or ID (see --help)</source>
        <translation>workbook 只接受一个 FILE 或 ID（参见 --help）</translation>
    </message>
    <message>
        <source>needs a path</source>
        <translation>需要一个路径</translation>
    </message>
    <message>
        <source>the negotiation has no ranking (status %1): there are no scores to write</source>
        <translation>该谈判尚无排名（状态 %1）：没有可写入的评分</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <source>the seed must be 64 lowercase hexadecimal characters</source>
        <translation>种子必须是 64 个小写十六进制字符</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 is listed more than once</source>
        <translation>%1 重复列出</translation>
    </message>
    <message>
        <source>%1 is excluded (%2)</source>
        <translation>%1 已被排除（%2）</translation>
    </message>
    <message>
        <source>%1 is not a bidder</source>
        <translation>%1 不是供应商</translation>
    </message>
    <message>
        <source>the order must list each qualified bidder exactly once: %1</source>
        <translation>顺序必须恰好列出每家合格供应商一次：%1</translation>
    </message>
    <message>
        <source>%1 is not a panel member</source>
        <translation>%1 不是谈判小组成员</translation>
    </message>
    <message>
        <source>%1 is not a criterion</source>
        <translation>%1 不是评判要素</translation>
    </message>
    <message>
        <source>%1 is below the minimum 0</source>
        <translation>%1 低于最小值 0</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2 of criterion %3</source>
        <translation>%1 高于评判要素 %3 的满分 %2</translation>
    </message>
    <message>
        <source>a second score of panelist %1 for bidder %2 on criterion %3</source>
        <translation>谈判小组成员 %1 对供应商 %2 在评判要素 %3 上的第二个分值</translation>
    </message>
    <message>
        <source>missing the score of panelist %1 for bidder %2 on criterion %3</source>
        <translation>缺少谈判小组成员 %1 对供应商 %2 在评判要素 %3 上的分值</translation>
    </message>
    <message>
        <source>dropping %1 highest and %2 lowest values needs a panel of at least %3, not %4</source>
        <translation>去掉 %1 个最高分和 %2 个最低分，谈判小组至少需要 %3 人，而不是 %4 人</translation>
    </message>
    <message>
        <source>must be at least 1, not %1</source>
        <translation>必须至少为 1，而不是 %1</translation>
    </message>
    <message>
        <source>needs %1 percentages for %1 winners</source>
        <translation>%1 家成交供应商需要 %1 个百分比</translation>
    </message>
    <message>
        <source>has no service areas for %1 winners: %1 bidders qualify to win</source>
        <translation>没有 %1 家成交时的服务区域：有 %1 家供应商可以成交</translation>
    </message>
    <message>
        <source>this round must settle the tie of %1 at positions %2 to %3, not a tie of %4</source>
        <translation>本轮须解决名次 %2 至 %3 上 %1 的并列，而不是 %4 的并列</translation>
    </message>
    <message>
        <source>%1 ballots but the panel has only %2 members</source>
        <translation>有 %1 张选票，但谈判小组只有 %2 名成员</translation>
    </message>
    <message>
        <source>%1 is not one of the tied bidders %2</source>
        <translation>%1 不是并列的供应商 %2 之一</translation>
    </message>
    <message>
        <source>there is no tie left for this round to settle</source>
        <translation>已没有需要本轮解决的并列</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>%1 is a file of the open workspace, which only the workspace itself reads and writes. Choose another file.</source>
        <translation>%1 是当前打开的工作区的文件，只能由工作区本身读写。请选择其他文件。</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>the file could not be saved to the disk: %1</source>
        <translation>文件未能保存到磁盘：%1</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>未给出文件名</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
</context>
<context>
    <name>MemberAccess</name>
    <message>
        <source>the server&apos;s roles cannot be read (%1)</source>
        <translation>无法读取服务器上的角色(%1)</translation>
    </message>
    <message>
        <source>terminal credentials are issued by the login that owns the workspace&apos;s tables; this login does not</source>
        <translation>终端登录凭证只能由拥有工作区数据表的登录账户发放;当前登录账户不是其所有者</translation>
    </message>
    <message>
        <source>this login may not create logins on the server (it needs the CREATEROLE attribute; ask the IT staff)</source>
        <translation>当前登录账户不能在服务器上创建登录账户(需要 CREATEROLE 属性,请联系信息科)</translation>
    </message>
    <message>
        <source>panel members score on their own terminals only on a workspace on a PostgreSQL server; on a workspace file they score on this computer or on paper</source>
        <translation>只有 PostgreSQL 服务器上的工作区才能让谈判小组成员在各自终端评分;使用工作区文件时,请在本机或纸质评分表上评分</translation>
    </message>
    <message>
        <source>the workspace must be upgraded before terminals can be used</source>
        <translation>须先升级工作区,才能使用成员终端</translation>
    </message>
    <message>
        <source>%1 scores on their own terminal; revoke the credential to enter the sheet here</source>
        <translation>%1 在自己的终端上评分;如需在此录入评分表,请先收回其登录凭证</translation>
    </message>
    <message>
        <source>the workspace address cannot be read</source>
        <translation>无法解析工作区地址</translation>
    </message>
    <message>
        <source>terminal credentials are issued while scoring is open: %1</source>
        <translation>终端登录凭证只能在评分进行期间发放:%1</translation>
    </message>
    <message>
        <source>no panel member &quot;%1&quot;</source>
        <translation>没有谈判小组成员“%1”</translation>
    </message>
    <message>
        <source>the score sheet of %1 is already submitted; no credential is needed</source>
        <translation>%1 的评分表已经提交,无需再发放登录凭证</translation>
    </message>
    <message>
        <source>%1 already holds an active credential; revoke it first to issue a new one</source>
        <translation>%1 已持有有效的登录凭证;如需重新发放,请先收回</translation>
    </message>
    <message>
        <source>every panel member already holds a credential or has submitted the sheet</source>
        <translation>每位谈判小组成员都已持有登录凭证或已提交评分表</translation>
    </message>
    <message>
        <source>the server could not be prepared for terminals: %1</source>
        <translation>无法在服务器上为成员终端做好准备:%1</translation>
    </message>
    <message>
        <source>the login for %1 could not be created: %2</source>
        <translation>无法为 %1 创建登录账户:%2</translation>
    </message>
</context>
<context>
    <name>MemberSession</name>
    <message>
        <source>this login is not an active credential of a panel member (it may have been revoked)</source>
        <translation>此登录账户不是谈判小组成员的有效凭证(可能已被收回)</translation>
    </message>
    <message>
        <source>a member&apos;s terminal acts only on the member&apos;s own sheet</source>
        <translation>成员终端只能操作该成员本人的评分表</translation>
    </message>
    <message>
        <source>scores cannot be entered before the draw is recorded</source>
        <translation>抽签记录之前不能录入分值</translation>
    </message>
    <message>
        <source>scores cannot be entered before the presentations</source>
        <translation>演示之前不能录入分值</translation>
    </message>
    <message>
        <source>scoring is closed; a change needs a correction</source>
        <translation>评分已结束；修改需要更正</translation>
    </message>
    <message>
        <source>the score sheet was submitted and is locked</source>
        <translation>评分表已提交并锁定</translation>
    </message>
    <message>
        <source>no such bidder in this negotiation</source>
        <translation>本项目中没有该供应商</translation>
    </message>
    <message>
        <source>no such criterion in this negotiation</source>
        <translation>本项目中没有该评判要素</translation>
    </message>
    <message>
        <source>the score is below 0 or above the criterion&apos;s maximum</source>
        <translation>分值低于 0 或超过该评判要素的最高分</translation>
    </message>
    <message>
        <source>the bidder is excluded and is not scored</source>
        <translation>该供应商已被排除,不予评分</translation>
    </message>
    <message>
        <source>the score sheet is incomplete</source>
        <translation>评分表尚未填写完整</translation>
    </message>
    <message>
        <source>a vote is held only after scoring, before the result</source>
        <translation>表决只在评分之后、结果确定之前进行</translation>
    </message>
    <message>
        <source>this round of the vote is not open</source>
        <translation>本轮表决尚未开始或已经结束</translation>
    </message>
    <message>
        <source>you have already voted in this round</source>
        <translation>您在本轮已经投过票</translation>
    </message>
    <message>
        <source>the ballot names a bidder who is not in the vote</source>
        <translation>选票所选的供应商不在本轮表决范围内</translation>
    </message>
    <message>
        <source>this login is not an active credential of a panel member (it may have been revoked); ask the secretary for a new one</source>
        <translation>此登录账户不是谈判小组成员的有效凭证(可能已被收回);请向经办人员重新领取</translation>
    </message>
    <message>
        <source>a member terminal works on a workspace on a server</source>
        <translation>成员终端只能连接服务器上的工作区</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>The whole message is under &quot;Show Details…&quot;.</source>
        <translation>完整内容见“显示详细信息…”。</translation>
    </message>
</context>
<context>
    <name>NegotiationRecord</name>
    <message>
        <source>the negotiation cannot be evaluated</source>
        <translation>无法评估此谈判</translation>
    </message>
    <message>
        <source>no panel member &quot;%1&quot; in this negotiation</source>
        <translation>本次谈判中没有谈判小组成员“%1”</translation>
    </message>
    <message>
        <source>no bidder &quot;%1&quot; in this negotiation</source>
        <translation>本次谈判中没有供应商“%1”</translation>
    </message>
    <message>
        <source>no criterion &quot;%1&quot; in this negotiation</source>
        <translation>本次谈判中没有评判要素“%1”</translation>
    </message>
    <message>
        <source>no such negotiation in this workspace</source>
        <translation>工作区中没有此谈判</translation>
    </message>
</context>
<context>
    <name>NegotiationStore</name>
    <message>
        <source>the project needs a title</source>
        <translation>项目需要标题</translation>
    </message>
    <message>
        <source>the project needs a purchaser</source>
        <translation>项目需要采购人</translation>
    </message>
    <message>
        <source>no criteria template %1</source>
        <translation>没有评判要素模板 %1</translation>
    </message>
    <message>
        <source>the negotiation is archived</source>
        <translation>此谈判已归档</translation>
    </message>
    <message>
        <source>not a negotiation id (expected a code such as N-2014-0001 or a number)</source>
        <translation>不是谈判编号（应为 N-2014-0001 这样的编号或一个数字）</translation>
    </message>
    <message>
        <source>no such negotiation in this workspace</source>
        <translation>工作区中没有此谈判</translation>
    </message>
    <message>
        <source>a template needs a name</source>
        <translation>模板需要名称</translation>
    </message>
    <message>
        <source>a template needs at least one criterion</source>
        <translation>模板至少需要一个评判要素</translation>
    </message>
    <message>
        <source>each criterion needs its own non-empty id</source>
        <translation>每个评判要素都需要一个唯一且非空的编号</translation>
    </message>
    <message>
        <source>the maximum must be above 0</source>
        <translation>满分必须大于 0</translation>
    </message>
    <message>
        <source>a template named &quot;%1&quot; exists</source>
        <translation>已存在名为“%1”的模板</translation>
    </message>
</context>
<context>
    <name>OdtRenderer</name>
    <message>
        <source>the OpenDocument text could not be made</source>
        <translation>无法生成 OpenDocument 文本</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>cannot be written: %1</source>
        <translation>无法写入：%1</translation>
    </message>
</context>
<context>
    <name>PdfTextRepair</name>
    <message>
        <source>cannot rewrite the text map of the PDF: %1</source>
        <translation>无法重写 PDF 的文本映射：%1</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>the negotiation cannot go back to &quot;%1&quot;: a completed step cannot be undone</source>
        <translation>谈判不能退回到“%1”：已完成的步骤不能撤销</translation>
    </message>
    <message>
        <source>the negotiation cannot skip to &quot;%1&quot;; the next step is &quot;%2&quot;</source>
        <translation>谈判不能跳到“%1”；下一步是“%2”</translation>
    </message>
    <message>
        <source>registration has not opened</source>
        <translation>登记尚未开始</translation>
    </message>
    <message>
        <source>registration is closed</source>
        <translation>登记已截止</translation>
    </message>
    <message>
        <source>proposals are received after registration opens</source>
        <translation>响应文件在登记开始后接收</translation>
    </message>
    <message>
        <source>proposals are no longer received</source>
        <translation>已不再接收响应文件</translation>
    </message>
    <message>
        <source>there is no registration to correct before registration opens</source>
        <translation>报名开始前没有可更正的登记</translation>
    </message>
    <message>
        <source>registrations can no longer be corrected once the proposals step is closed</source>
        <translation>响应文件接收环节结束后，登记不能再更正</translation>
    </message>
    <message>
        <source>there is no proposal receipt to correct before registration opens</source>
        <translation>报名开始前没有可更正的响应文件接收记录</translation>
    </message>
    <message>
        <source>proposal receipts can no longer be corrected once the draw is recorded</source>
        <translation>抽签记录后，响应文件接收记录不能再更正</translation>
    </message>
    <message>
        <source>the criteria and project settings are fixed once registration opens</source>
        <translation>登记开始后，评判要素和项目设置即固定</translation>
    </message>
    <message>
        <source>the panel cannot change once scoring has begun</source>
        <translation>评分开始后，谈判小组不能更改</translation>
    </message>
    <message>
        <source>the draw is already recorded and cannot be redone</source>
        <translation>抽签已记录，不能重新抽签</translation>
    </message>
    <message>
        <source>the draw comes after the proposals are opened</source>
        <translation>抽签在响应文件开启之后进行</translation>
    </message>
    <message>
        <source>the draw step has passed</source>
        <translation>抽签步骤已过</translation>
    </message>
    <message>
        <source>the draw for the presentation order is not recorded yet</source>
        <translation>演示顺序的抽签尚未记录</translation>
    </message>
    <message>
        <source>presentations are logged in the presentations step</source>
        <translation>演示在演示步骤中记录</translation>
    </message>
    <message>
        <source>scores cannot be entered before the draw is recorded</source>
        <translation>抽签记录之前不能录入分值</translation>
    </message>
    <message>
        <source>scores cannot be entered before the presentations</source>
        <translation>演示之前不能录入分值</translation>
    </message>
    <message>
        <source>scoring is closed; a change needs a correction</source>
        <translation>评分已结束；修改需要更正</translation>
    </message>
    <message>
        <source>there are no submitted scores to correct</source>
        <translation>没有已提交的分值可更正</translation>
    </message>
    <message>
        <source>the result is fixed; scores can no longer be corrected</source>
        <translation>结果已确定；分值不能再更正</translation>
    </message>
    <message>
        <source>a vote is held only after scoring, before the result</source>
        <translation>表决只在评分之后、结果确定之前进行</translation>
    </message>
    <message>
        <source>there is no result before scoring</source>
        <translation>评分之前没有结果</translation>
    </message>
    <message>
        <source>the result is already fixed</source>
        <translation>结果已确定</translation>
    </message>
    <message>
        <source>the result is not fixed yet</source>
        <translation>结果尚未确定</translation>
    </message>
    <message>
        <source>the result is already published</source>
        <translation>结果已公示</translation>
    </message>
    <message>
        <source>proposals are opened at the proposal deadline</source>
        <translation>响应文件在递交截止时间开启</translation>
    </message>
    <message>
        <source>the opening of the proposals cannot change once the draw is recorded</source>
        <translation>抽签记录后，开启记录不能再更改</translation>
    </message>
    <message>
        <source>the notice is already published with these details</source>
        <translation>公示已按这些信息发布</translation>
    </message>
    <message>
        <source>the negotiation is already archived</source>
        <translation>此谈判已归档</translation>
    </message>
    <message>
        <source>only a published negotiation can be archived</source>
        <translation>只有已公示的谈判才能归档</translation>
    </message>
</context>
<context>
    <name>ProcedureService</name>
    <message>
        <source>no such negotiation in this workspace</source>
        <translation>工作区中没有此谈判</translation>
    </message>
    <message>
        <source>registration opens once the setup is complete:</source>
        <translation>项目设置完成后才能开始登记,尚缺:</translation>
    </message>
    <message>
        <source>no bidder has registered</source>
        <translation>没有供应商登记</translation>
    </message>
    <message>
        <source>the draw is not recorded yet</source>
        <translation>抽签尚未记录</translation>
    </message>
    <message>
        <source>the panel needs exactly one leader</source>
        <translation>谈判小组需要恰好一名组长</translation>
    </message>
    <message>
        <source>the panel has %1 members; at least %2 are needed</source>
        <translation>谈判小组有 %1 名成员；至少需要 %2 名</translation>
    </message>
    <message>
        <source>the result is fixed by evaluating the scores (record the result)</source>
        <translation>结果通过评估分值确定（记录结果）</translation>
    </message>
    <message>
        <source>use publish or archive for this step</source>
        <translation>此步骤请使用公示或归档</translation>
    </message>
    <message>
        <source>a bidder needs an id and a name</source>
        <translation>供应商需要编号和名称</translation>
    </message>
    <message>
        <source>the registration time is missing</source>
        <translation>缺少登记时间</translation>
    </message>
    <message>
        <source>bidder %1 is already registered</source>
        <translation>供应商 %1 已登记</translation>
    </message>
    <message>
        <source>eligibility is decided before the draw</source>
        <translation>资格在抽签之前确定</translation>
    </message>
    <message>
        <source>a bidder cannot withdraw once scoring has begun</source>
        <translation>评分开始后供应商不能退出</translation>
    </message>
    <message>
        <source>the time received is missing</source>
        <translation>缺少接收时间</translation>
    </message>
    <message>
        <source>the number of copies cannot be negative</source>
        <translation>份数不能为负数</translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <translation>拒收需要理由</translation>
    </message>
    <message>
        <source>the proposal of %1 is already opened</source>
        <translation>%1 的响应文件已开启</translation>
    </message>
    <message>
        <source>the proposal of %1 is already received; a receipt recorded in error is corrected with a reason</source>
        <translation>%1 的响应文件已接收；误录的接收记录须说明理由进行更正</translation>
    </message>
    <message>
        <source>a correction needs a reason</source>
        <translation>更正需要理由</translation>
    </message>
    <message>
        <source>a proposal of %1 is recorded; withdraw its receipt first</source>
        <translation>%1 已有响应文件接收记录；请先撤销该接收记录</translation>
    </message>
    <message>
        <source>no proposal from %1 was received</source>
        <translation>未收到 %1 的响应文件</translation>
    </message>
    <message>
        <source>the proposal of %1 is already opened; its receipt cannot be withdrawn</source>
        <translation>%1 的响应文件已开启，其接收记录不能撤销</translation>
    </message>
    <message>
        <source>opening a proposal needs a witness</source>
        <translation>开启响应文件需要见证人</translation>
    </message>
    <message>
        <source>proposals are opened at the proposal deadline</source>
        <translation>响应文件在递交截止时间开启</translation>
    </message>
    <message>
        <source>proposals cannot be opened before the deadline %1</source>
        <translation>递交截止时间 %1 之前不能开启响应文件</translation>
    </message>
    <message>
        <source>enter the time of the opening</source>
        <translation>请填写开启时间</translation>
    </message>
    <message>
        <source>is %1 characters long, longer than the limit of %2</source>
        <translation>长度为 %1 个字符，超过了 %2 的限制</translation>
    </message>
    <message>
        <source>no proposal was received</source>
        <translation>未收到任何谈判方案</translation>
    </message>
    <message>
        <source>a seed is 64 lowercase hexadecimal characters</source>
        <translation>种子为 64 个小写十六进制字符</translation>
    </message>
    <message>
        <source>the commitment %1 was shown at %2; the draw can only reveal its seed</source>
        <translation>承诺值 %1 已于 %2 公布；抽签只能公开其对应的种子</translation>
    </message>
    <message>
        <source>give either a seed or a manual order</source>
        <translation>请给出种子或手工顺序，二者选一</translation>
    </message>
    <message>
        <source>no commitment was shown; give a seed or a manual order</source>
        <translation>尚未公布承诺值；请给出种子或手工顺序</translation>
    </message>
    <message>
        <source>the order must name each qualified bidder once (%1)</source>
        <translation>顺序必须列出每家合格供应商各一次（%1）</translation>
    </message>
    <message>
        <source>the presentation must end after it starts</source>
        <translation>演示的结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <source>publication needs a start date and at least one working day</source>
        <translation>公示需要开始日期和至少一个工作日</translation>
    </message>
    <message>
        <source>the notice needs the website it is published on</source>
        <translation>公示需要注明发布的网站</translation>
    </message>
</context>
<context>
    <name>ProgramModule</name>
    <message>
        <source>%1: no entry point</source>
        <translation>%1：没有入口函数</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>文件不存在</translation>
    </message>
</context>
<context>
    <name>QpdfModule</name>
    <message>
        <source>the PDF module %1 cannot be loaded (%2)</source>
        <translation>无法加载 PDF 模块 %1（%2）</translation>
    </message>
</context>
<context>
    <name>ScenarioInput</name>
    <message>
        <source>must be json or text, not &quot;%1&quot;</source>
        <translation>必须是 json 或 text，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>ScenarioMapping</name>
    <message>
        <source>no such negotiation</source>
        <translation>没有此谈判</translation>
    </message>
</context>
<context>
    <name>ScenarioReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>the number %1 is too large</source>
        <translation>数字 %1 太大</translation>
    </message>
    <message>
        <source>a string holds a control character that must be escaped</source>
        <translation>字符串中含有必须转义的控制字符</translation>
    </message>
    <message>
        <source>a string holds an invalid escape sequence</source>
        <translation>字符串中含有无效的转义序列</translation>
    </message>
    <message>
        <source>the JSON text ends too early (is the file truncated?)</source>
        <translation>JSON 文本提前结束（文件是否被截断？）</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON object</source>
        <translation>JSON 对象结束后还有多余的文本</translation>
    </message>
    <message>
        <source>invalid JSON at &quot;%1&quot;</source>
        <translation>“%1”处的 JSON 无效</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte 0x%1)</source>
        <translation>文件不是有效的 UTF-8（字节 0x%1）</translation>
    </message>
    <message>
        <source>the file holds a NUL byte (is it a binary file?)</source>
        <translation>文件中含有 NUL 字节（是否为二进制文件？）</translation>
    </message>
    <message>
        <source>there is not enough memory to read the file</source>
        <translation>内存不足，无法读取文件</translation>
    </message>
    <message>
        <source>the file could not be parsed as JSON</source>
        <translation>无法将文件解析为 JSON</translation>
    </message>
    <message>
        <source>the JSON nesting is deeper than %1 levels</source>
        <translation>JSON 嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>the file holds more than %1 JSON values</source>
        <translation>文件中含有超过 %1 个 JSON 值</translation>
    </message>
    <message>
        <source>the key appears more than once in this object</source>
        <translation>此对象中的键重复出现</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 MiB</source>
        <translation>文件大于 %1 MiB 的限制</translation>
    </message>
    <message>
        <source>cannot open the file: it is a folder</source>
        <translation>无法打开文件：这是一个文件夹</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>%1 more problems are not listed</source>
        <translation>另有 %1 个问题未列出</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>must be an object, found %1</source>
        <translation>必须是对象，实际为%1</translation>
    </message>
    <message>
        <source>must be an array, found %1</source>
        <translation>必须是数组，实际为%1</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>缺少必需的键</translation>
    </message>
    <message>
        <source>must be a string, found %1</source>
        <translation>必须是字符串，实际为%1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>is %1 characters long, longer than the limit of %2</source>
        <translation>长度为 %1 个字符，超过了 %2 的限制</translation>
    </message>
    <message>
        <source>must be an integer, found %1</source>
        <translation>必须是整数，实际为%1</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 低于最小值 %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 高于最大值 %2</translation>
    </message>
    <message>
        <source>must be true or false, found %1</source>
        <translation>必须是 true 或 false，实际为%1</translation>
    </message>
    <message>
        <source>must be a number, found %1</source>
        <translation>必须是数字，实际为%1</translation>
    </message>
    <message>
        <source>%1 has more than 2 decimals</source>
        <translation>%1 的小数超过 2 位</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 超出范围</translation>
    </message>
    <message>
        <source>%1 is not a decimal number</source>
        <translation>%1 不是十进制数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real calendar date and time</source>
        <translation>“%1”不是真实存在的日历日期和时间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an offset from UTC beyond 14 hours</source>
        <translation>“%1”与 UTC 的偏移超过 14 小时</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date-time with an offset such as 2014-07-29T17:00:00+08:00</source>
        <translation>“%1”不是带偏移的日期时间，例如 2014-07-29T17:00:00+08:00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real calendar date</source>
        <translation>“%1”不是真实存在的日历日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2014-08-08</source>
        <translation>“%1”不是形如 2014-08-08 的日期</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot; or &quot;%2&quot;, found &quot;%3&quot;</source>
        <translation>必须是“%1”或“%2”，实际为“%3”</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (also %2)</source>
        <translation>重复的编号“%1”（另见 %2）</translation>
    </message>
    <message>
        <source>no bidder has id &quot;%1&quot;</source>
        <translation>没有编号为“%1”的供应商</translation>
    </message>
    <message>
        <source>no panelist has id &quot;%1&quot;</source>
        <translation>没有编号为“%1”的谈判小组成员</translation>
    </message>
    <message>
        <source>no criterion has id &quot;%1&quot;</source>
        <translation>没有编号为“%1”的评判要素</translation>
    </message>
    <message>
        <source>the file must hold one JSON object, found %1</source>
        <translation>文件必须包含一个 JSON 对象，实际为%1</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>必须是“%1”，实际为“%2”</translation>
    </message>
    <message>
        <source>needs &quot;proposals&quot;: only received proposals are opened</source>
        <translation>需要 &quot;proposals&quot;：只有已接收的谈判方案才能开启</translation>
    </message>
    <message>
        <source>1 winner serves exactly 1 area, found %1</source>
        <translation>1 家成交供应商恰好承担 1 个服务区域，实际为 %1 个</translation>
    </message>
    <message>
        <source>%1 winners serve exactly %1 areas, found %2</source>
        <translation>%1 家成交供应商恰好承担 %1 个服务区域，实际为 %2 个</translation>
    </message>
    <message>
        <source>another area is named &quot;%1&quot;</source>
        <translation>已有另一个服务区域名为“%1”</translation>
    </message>
    <message>
        <source>must name at least one place</source>
        <translation>至少要列出一个地区</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a place of the area &quot;%2&quot;</source>
        <translation>“%1”已属于服务区域“%2”</translation>
    </message>
    <message>
        <source>required key is missing: max_winners is 2, so the shares for 2 winners are needed</source>
        <translation>缺少必需的键：max_winners 为 2，因此需要 2 家成交供应商的份额</translation>
    </message>
    <message>
        <source>required key is missing: max_winners is %1, so the shares for 2 to %1 winners are needed</source>
        <translation>缺少必需的键：max_winners 为 %1，因此需要 2 至 %1 家成交供应商的份额</translation>
    </message>
    <message>
        <source>unexpected key: the keys are winner counts &quot;1&quot;, &quot;2&quot;, ...</source>
        <translation>多余的键：键应为成交供应商数量 &quot;1&quot;、&quot;2&quot;……</translation>
    </message>
    <message>
        <source>unexpected key: max_winners is 1, so the only key is &quot;1&quot;</source>
        <translation>多余的键：max_winners 为 1，因此唯一的键是 &quot;1&quot;</translation>
    </message>
    <message>
        <source>unexpected key: max_winners is %1, so the keys are &quot;1&quot; to &quot;%1&quot;</source>
        <translation>多余的键：max_winners 为 %1，因此键应为 &quot;1&quot; 至 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>required key is missing: the shares for a single winner are needed</source>
        <translation>缺少必需的键：需要单家成交供应商的份额</translation>
    </message>
    <message>
        <source>required key is missing: max_winners is %1, so the shares for %2 winners are needed</source>
        <translation>缺少必需的键：max_winners 为 %1，因此需要 %2 家成交供应商的份额</translation>
    </message>
    <message>
        <source>must hold exactly 1 share, found %1</source>
        <translation>必须恰好包含 1 个份额，实际为 %1 个</translation>
    </message>
    <message>
        <source>must hold exactly %1 shares, found %2</source>
        <translation>必须恰好包含 %1 个份额，实际为 %2 个</translation>
    </message>
    <message>
        <source>%1 is larger than the share before it (%2); shares must not increase</source>
        <translation>%1 大于其前一个份额（%2）；份额不得递增</translation>
    </message>
    <message>
        <source>the shares add up to %1, not 100</source>
        <translation>份额合计为 %1，而不是 100</translation>
    </message>
    <message>
        <source>must hold at least one criterion</source>
        <translation>必须至少包含一个评判要素</translation>
    </message>
    <message>
        <source>must be greater than 0, found %1</source>
        <translation>必须大于 0，实际为 %1</translation>
    </message>
    <message>
        <source>must hold at least one bidder</source>
        <translation>必须至少包含一家供应商</translation>
    </message>
    <message>
        <source>a second proposal for bidder &quot;%1&quot; (also %2)</source>
        <translation>供应商“%1”的第二份响应文件（另见 %2）</translation>
    </message>
    <message>
        <source>there must be exactly one leader, found %1 (%2)</source>
        <translation>必须恰好有一名组长，实际有 %1 名（%2）</translation>
    </message>
    <message>
        <source>there must be exactly one leader, found none</source>
        <translation>必须恰好有一名组长，实际没有</translation>
    </message>
    <message>
        <source>the panel has %1 members, but dropping %2 highest and %3 lowest values needs at least %4</source>
        <translation>谈判小组有 %1 名成员，但去掉 %2 个最高分和 %3 个最低分至少需要 %4 名</translation>
    </message>
    <message>
        <source>must hold either &quot;seed&quot; or &quot;order&quot;, not both</source>
        <translation>只能包含 &quot;seed&quot; 或 &quot;order&quot; 之一，不能同时包含</translation>
    </message>
    <message>
        <source>must hold &quot;seed&quot; or &quot;order&quot;</source>
        <translation>必须包含 &quot;seed&quot; 或 &quot;order&quot;</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal characters, found &quot;%1&quot;</source>
        <translation>必须是 64 个小写十六进制字符，实际为“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice (also %2)</source>
        <translation>“%1”出现两次（另见 %2）</translation>
    </message>
    <message>
        <source>%1 is below the minimum 0</source>
        <translation>%1 低于最小值 0</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2 of criterion %3</source>
        <translation>%1 高于评判要素 %3 的满分 %2</translation>
    </message>
    <message>
        <source>a second score of panelist &quot;%1&quot; for bidder &quot;%2&quot; on criterion &quot;%3&quot; (also %4)</source>
        <translation>谈判小组成员“%1”对供应商“%2”在评判要素“%3”上的第二个分值（另见 %4）</translation>
    </message>
    <message>
        <source>must name at least 2 bidders, found %1</source>
        <translation>必须至少列出 2 家供应商，实际为 %1 家</translation>
    </message>
    <message>
        <source>%1 ballots, but the panel has only %2 members</source>
        <translation>有 %1 张选票，但谈判小组只有 %2 名成员</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the tied bidders</source>
        <translation>“%1”不是并列的供应商之一</translation>
    </message>
    <message>
        <source>must be a bidder id or null, found %1</source>
        <translation>必须是供应商编号或 null，实际为%1</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; on table %3</source>
        <translation>数据表 %3 上的%1“%2”</translation>
    </message>
    <message>
        <source>the journal mode</source>
        <translation>日志模式</translation>
    </message>
    <message>
        <source>the setting %1</source>
        <translation>设置 %1</translation>
    </message>
    <message>
        <source>a temporary folder for the reference schema cannot be created</source>
        <translation>无法为参照数据库结构创建临时文件夹</translation>
    </message>
    <message>
        <source>%1 is not part of the TenderPanel schema</source>
        <translation>%1不属于 TenderPanel 的数据库结构</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少%1</translation>
    </message>
    <message>
        <source>%1 is not defined as TenderPanel defines it</source>
        <translation>%1的定义与 TenderPanel 的定义不同</translation>
    </message>
    <message>
        <source>table %1 has a column %2 that TenderPanel does not define</source>
        <translation>数据表 %1 含有 TenderPanel 未定义的列 %2</translation>
    </message>
    <message>
        <source>table %1 lacks its column %2</source>
        <translation>数据表 %1 缺少列 %2</translation>
    </message>
    <message>
        <source>table %1: column %2 is &quot;%3&quot; instead of &quot;%4&quot;</source>
        <translation>数据表 %1：列 %2 为“%3”，应为“%4”</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot; instead of &quot;%3&quot;</source>
        <translation>%1为“%2”，应为“%3”</translation>
    </message>
    <message>
        <source>schema_meta holds a row &quot;%1&quot; that TenderPanel does not write</source>
        <translation>schema_meta 含有 TenderPanel 不会写入的行“%1”</translation>
    </message>
    <message>
        <source>schema_meta lacks its row &quot;%1&quot;</source>
        <translation>schema_meta 缺少行“%1”</translation>
    </message>
    <message>
        <source>schema_meta row &quot;%1&quot; is &quot;%2&quot; instead of &quot;%3&quot;</source>
        <translation>schema_meta 的行“%1”为“%2”，应为“%3”</translation>
    </message>
    <message>
        <source>already has %1 of version %2</source>
        <translation>已含有版本 %2 的%1</translation>
    </message>
    <message>
        <source>already has column %1 (table %2) of version %3</source>
        <translation>已含有版本 %3 的列 %1（数据表 %2）</translation>
    </message>
    <message>
        <source>has no %1</source>
        <translation>没有%1</translation>
    </message>
    <message>
        <source>has no column %1 in table %2</source>
        <translation>数据表 %2 中没有列 %1</translation>
    </message>
</context>
<context>
    <name>ScoreWorkbook</name>
    <message>
        <source>the workbook cannot be made: %1</source>
        <translation>无法生成工作簿：%1</translation>
    </message>
</context>
<context>
    <name>ScoringService</name>
    <message>
        <source>%1 is below 0</source>
        <translation>%1 低于 0</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2 of criterion %3</source>
        <translation>%1 高于评判要素 %3 的满分 %2</translation>
    </message>
    <message>
        <source>the score sheet of %1 was already submitted at %2</source>
        <translation>%1 的评分表已于 %2 提交</translation>
    </message>
    <message>
        <source>the score sheet of %1 is not submitted; only a submitted sheet&apos;s scores are corrected or confirmed</source>
        <translation>%1 的评分表尚未提交；只能对已提交评分表中的分值进行更正或确认</translation>
    </message>
    <message>
        <source>the score sheet of %1 is incomplete: %2 score(s) missing (first: %3)</source>
        <translation>%1 的评分表不完整：缺少 %2 个分值（第一个：%3）</translation>
    </message>
    <message>
        <source>the panel has no leader to approve a correction</source>
        <translation>谈判小组没有组长来批准更正</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the panel leader (%2)</source>
        <translation>“%1”不是谈判小组组长（%2）</translation>
    </message>
    <message>
        <source>no tie needs a vote: no round is open</source>
        <translation>没有需要表决的并列：当前没有进行中的表决轮次</translation>
    </message>
    <message>
        <source>round %1 is not open; the vote is in round %2</source>
        <translation>第 %1 轮未在进行；当前表决为第 %2 轮</translation>
    </message>
    <message>
        <source>the score sheet of %1 was submitted at %2 and is locked; a change needs a correction</source>
        <translation>%1 的评分表已于 %2 提交并锁定；修改需要更正</translation>
    </message>
    <message>
        <source>%1 is excluded (%2) and is not scored</source>
        <translation>%1 已被排除（%2），不参加评分</translation>
    </message>
    <message>
        <source>the score belongs to the sheet of %1, not %2</source>
        <translation>该分值属于 %1 的评分表，而不是 %2 的评分表</translation>
    </message>
    <message>
        <source>no criterion &quot;%1&quot; in this negotiation</source>
        <translation>本次谈判中没有评判要素“%1”</translation>
    </message>
    <message>
        <source>no bidder &quot;%1&quot; in this negotiation</source>
        <translation>本次谈判中没有供应商“%1”</translation>
    </message>
    <message>
        <source>the score is entered twice</source>
        <translation>该分值重复录入</translation>
    </message>
    <message>
        <source>a confirmation needs a reason</source>
        <translation>确认需要理由</translation>
    </message>
    <message>
        <source>the score of %1 for %2 on %3 is not flagged for review, or is already reviewed</source>
        <translation>%1 对 %2 在评判要素 %3 上的评分未被标记为待复核，或已复核</translation>
    </message>
    <message>
        <source>a correction needs a reason</source>
        <translation>更正需要理由</translation>
    </message>
    <message>
        <source>a vote needs at least two different bidders</source>
        <translation>表决至少需要两家不同的供应商</translation>
    </message>
    <message>
        <source>%1 is not a qualified bidder</source>
        <translation>%1 不是合格的供应商</translation>
    </message>
    <message>
        <source>round %1 is still open</source>
        <translation>第 %1 轮表决尚未结束</translation>
    </message>
    <message>
        <source>%1 votes on their own terminal; revoke the credential to record the ballot here</source>
        <translation>%1 在自己的终端上投票;如需在此记录选票,请先收回其登录凭证</translation>
    </message>
    <message>
        <source>%1 has already voted in round %2</source>
        <translation>%1 已在第 %2 轮投票</translation>
    </message>
    <message>
        <source>a ballot names %1, who is not in the vote</source>
        <translation>一张选票投给了 %1，但其不在本次表决之列</translation>
    </message>
    <message>
        <source>no such negotiation in this workspace</source>
        <translation>工作区中没有此谈判</translation>
    </message>
    <message>
        <source>the score sheet of %1 is not submitted yet</source>
        <translation>%1 的评分表尚未提交</translation>
    </message>
    <message>
        <source>%1 abnormal score(s) are flagged for the panel to confirm or correct (first: %2 for %3 on %4)</source>
        <translation>有 %1 个异常评分已标记，待谈判小组确认或更正（第一个：%2 对 %3 在评判要素 %4 上的评分）</translation>
    </message>
    <message>
        <source>a document needs a kind</source>
        <translation>文书需要种类</translation>
    </message>
    <message>
        <source>documents are issued once the result is fixed</source>
        <translation>结果确定后才出具文书</translation>
    </message>
    <message>
        <source>the result notice is issued once it is published; this export is a draft</source>
        <translation>结果公示发布后才算正式发出；此次导出为草稿</translation>
    </message>
    <message>
        <source>this document is already recorded as issued</source>
        <translation>该文件已登记为已发出</translation>
    </message>
    <message>
        <source>the negotiation is archived: it can no longer change</source>
        <translation>谈判已归档，不能再更改</translation>
    </message>
    <message>
        <source>no panel member %1</source>
        <translation>谈判小组中没有成员 %1</translation>
    </message>
    <message>
        <source>%1 scores on their own terminal; the draft is seen only there</source>
        <translation>%1 在自己的终端上评分;未提交的评分草稿只在该终端显示</translation>
    </message>
    <message>
        <source>the scores of a submitted sheet stay hidden until every panel member&apos;s sheet is in (%1 of %2 submitted)</source>
        <translation>全体成员提交评分表之前,已提交评分表的分数不予显示(已提交 %1 / %2)</translation>
    </message>
</context>
<context>
    <name>SealedArchive</name>
    <message>
        <source>the files are not in sorted order or a name repeats</source>
        <translation>文件未按顺序排列，或文件名重复</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>does not match the manifest: the manifest or the seal was changed</source>
        <translation>与清单不符：清单或封存摘要已被改动</translation>
    </message>
    <message>
        <source>a line is not in sha256sum format</source>
        <translation>某行不是 sha256sum 格式</translation>
    </message>
    <message>
        <source>missing from the archive</source>
        <translation>归档中缺失</translation>
    </message>
    <message>
        <source>not listed in the manifest</source>
        <translation>未列入清单</translation>
    </message>
    <message>
        <source>a file that does not belong in a sealed archive</source>
        <translation>不应出现在封存归档中的文件</translation>
    </message>
    <message>
        <source>lists an unknown file %1</source>
        <translation>列出了未知文件 %1</translation>
    </message>
    <message>
        <source>its SHA-256 differs from the manifest: the file was changed</source>
        <translation>其 SHA-256 与清单不符：文件已被改动</translation>
    </message>
    <message>
        <source>is not in canonical form (sorted, one line per file)</source>
        <translation>不是规范格式（已排序，每个文件一行）</translation>
    </message>
    <message>
        <source>is not a canonical record</source>
        <translation>不是规范记录</translation>
    </message>
    <message>
        <source>the container is not in canonical form</source>
        <translation>容器不是规范格式</translation>
    </message>
    <message>
        <source>has fields a canonical record does not have, or lacks some</source>
        <translation>含有规范记录所没有的字段，或缺少部分字段</translation>
    </message>
    <message>
        <source>does not read back as the same scenario</source>
        <translation>读回后不是同一场景</translation>
    </message>
    <message>
        <source>differs from what the rules engine computes from the record&apos;s scenario</source>
        <translation>与规则引擎根据记录中的场景计算的结果不同</translation>
    </message>
    <message>
        <source>the negotiation is not finished (status %1): it cannot be sealed</source>
        <translation>谈判尚未结束（状态 %1）：不能封存</translation>
    </message>
    <message>
        <source>the record has no ranking to analyse (status %1): an archive of it holds no robustness analysis</source>
        <translation>记录尚无排名可供分析（状态 %1）：其归档不应包含稳健性分析</translation>
    </message>
    <message>
        <source>differs from the document the record produces</source>
        <translation>与记录生成的文书不同</translation>
    </message>
    <message>
        <source>the documents were rendered by %1 %2; this is %3, so they are checked against the manifest and seal only, not re-rendered</source>
        <translation>这些文书由 %1 %2 生成；当前为 %3，因此只按清单和封存摘要核验，不重新生成比对</translation>
    </message>
    <message>
        <source>the documents were rendered by an unknown version of TenderPanel; this is %1, so they are checked against the manifest and seal only, not re-rendered</source>
        <translation>这些文书由未知版本的 TenderPanel 生成；当前为 %1，因此只按清单和封存摘要核验，不重新生成比对</translation>
    </message>
    <message>
        <source>the archive holds no robustness analysis (robustness.pdf): it was sealed by a version that did not archive one</source>
        <translation>归档中没有稳健性分析（robustness.pdf）：该归档由尚不归档稳健性分析的版本封存</translation>
    </message>
    <message>
        <source>the files&apos; modification time is not the record&apos;s document date (%1)</source>
        <translation>文件的修改时间不是记录的文书日期（%1）</translation>
    </message>
</context>
<context>
    <name>SetupService</name>
    <message>
        <source>no criterion &quot;%1&quot; in this negotiation</source>
        <translation>本次谈判中没有评判要素“%1”</translation>
    </message>
    <message>
        <source>criterion %1 exists already; choose another code</source>
        <translation>评判要素 %1 已存在；请选择其他编号</translation>
    </message>
    <message>
        <source>no panel member &quot;%1&quot; in this negotiation</source>
        <translation>本次谈判中没有谈判小组成员“%1”</translation>
    </message>
    <message>
        <source>panel member %1 exists already; choose another code</source>
        <translation>谈判小组成员 %1 已存在；请选择其他编号</translation>
    </message>
    <message>
        <source>a code has 1 to %1 characters and no spaces at either end</source>
        <translation>编号为 1 至 %1 个字符，且首尾不能有空格</translation>
    </message>
    <message>
        <source>is %1 characters long, longer than the limit of %2</source>
        <translation>长度为 %1 个字符，超过了 %2 的限制</translation>
    </message>
    <message>
        <source>a criterion needs a title</source>
        <translation>评判要素需要名称</translation>
    </message>
    <message>
        <source>the points must be above 0</source>
        <translation>分值必须大于 0</translation>
    </message>
    <message>
        <source>the points must be at most %1</source>
        <translation>分值不能超过 %1</translation>
    </message>
    <message>
        <source>a panel member needs a name</source>
        <translation>谈判小组成员需要姓名</translation>
    </message>
    <message>
        <source>a declared conflict of interest needs a note saying what it is</source>
        <translation>申报利益冲突时需注明具体情况</translation>
    </message>
    <message>
        <source>the position must be 1 to %1</source>
        <translation>序号必须为 1 至 %1</translation>
    </message>
    <message>
        <source>the panel already has a leader (%1 %2); make them a member first</source>
        <translation>谈判小组已有组长（%1 %2）；请先将其改为成员</translation>
    </message>
    <message>
        <source>criterion %1 is listed twice</source>
        <translation>评判要素 %1 重复列出</translation>
    </message>
    <message>
        <source>the project needs a title</source>
        <translation>项目需要标题</translation>
    </message>
    <message>
        <source>the project needs a purchaser</source>
        <translation>项目需要采购人</translation>
    </message>
    <message>
        <source>no criterion is set</source>
        <translation>尚未设定评判要素</translation>
    </message>
    <message>
        <source>the panel has no members</source>
        <translation>谈判小组尚无成员</translation>
    </message>
    <message>
        <source>the panel has %1 members; a negotiation panel needs at least %2</source>
        <translation>谈判小组有 %1 名成员,谈判小组至少需要 %2 名</translation>
    </message>
    <message>
        <source>the panel has %1 members; it needs an odd number of members</source>
        <translation>谈判小组有 %1 名成员,成员人数应为单数</translation>
    </message>
    <message>
        <source>no criteria template %1</source>
        <translation>没有评判要素模板 %1</translation>
    </message>
    <message>
        <source>panel member %1 has entered scores and stays on the panel</source>
        <translation>谈判小组成员 %1 已录入评分，不能移出谈判小组</translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message>
        <source>Setup</source>
        <translation>项目设置</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>响应文件</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>抽签</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>表决</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>the project is being set up</source>
        <translation>项目正在设置中</translation>
    </message>
    <message>
        <source>registration opens once the project, criteria and panel are set up</source>
        <translation>项目、评判要素和谈判小组设置完成后开始登记</translation>
    </message>
    <message>
        <source>the proposals are opened once registration closes</source>
        <translation>登记截止后开启响应文件</translation>
    </message>
    <message>
        <source>the draw comes after the proposals are opened</source>
        <translation>抽签在响应文件开启之后进行</translation>
    </message>
    <message>
        <source>the presentations follow the draw</source>
        <translation>演示在抽签之后进行</translation>
    </message>
    <message>
        <source>scores can already be entered; this step begins with the first submitted sheet or when the presentations are done</source>
        <translation>已可录入分值；本步骤在提交第一份评分表或演示结束时开始</translation>
    </message>
    <message>
        <source>a vote is held only when the computed result has a tie that matters</source>
        <translation>仅当计算结果出现影响成交的并列时才进行表决</translation>
    </message>
    <message>
        <source>first every sheet, the review of flagged scores and any vote</source>
        <translation>须先提交全部评分表、完成异常评分复核及必要的表决</translation>
    </message>
    <message>
        <source>publishing the result notice starts this step</source>
        <translation>发布结果公示即进入此步骤</translation>
    </message>
    <message>
        <source>the negotiation is archived after the notice is published</source>
        <translation>结果公示发布后归档本次谈判</translation>
    </message>
</context>
<context>
    <name>TemplateTitle</name>
    <message>
        <source>Cixi 2014: eight elements</source>
        <translation>慈溪 2014：八项评判要素</translation>
    </message>
    <message>
        <source>Reinsurance 2022: five criteria</source>
        <translation>再保险 2022：五项评判要素</translation>
    </message>
    <message>
        <source>Zhaoqing 2025: three winners, three service areas</source>
        <translation>肇庆 2025：三家成交，三个服务区域</translation>
    </message>
    <message>
        <source>It also sets at least %1 valid bidder(s), up to %2 winner(s) and their service areas, in place of any shares.</source>
        <translation>同时设定有效供应商不少于 %1 家、成交供应商不超过 %2 家及其服务区域，取代原有份额。</translation>
    </message>
</context>
<context>
    <name>UstarArchive</name>
    <message>
        <source>a hard link</source>
        <translation>硬链接</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>符号链接</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>块设备</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <source>a contiguous file</source>
        <translation>连续文件</translation>
    </message>
    <message>
        <source>an extended (pax) header</source>
        <translation>扩展（pax）头</translation>
    </message>
    <message>
        <source>a GNU long name header</source>
        <translation>GNU 长文件名头</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>非普通文件</translation>
    </message>
    <message>
        <source>the archive is not a whole number of 512-byte blocks</source>
        <translation>归档大小不是 512 字节块的整数倍</translation>
    </message>
    <message>
        <source>the archive ends without its two end blocks</source>
        <translation>归档结尾缺少两个结束块</translation>
    </message>
    <message>
        <source>the second end block is missing or not zero</source>
        <translation>第二个结束块缺失或不为零</translation>
    </message>
    <message>
        <source>there are bytes after the end of the archive</source>
        <translation>归档结束后还有多余字节</translation>
    </message>
    <message>
        <source>the header checksum is wrong</source>
        <translation>文件头校验和错误</translation>
    </message>
    <message>
        <source>member %1 is %2 (type %3); a sealed archive holds only regular files</source>
        <translation>成员 %1 是%2（类型 %3）；封存归档只包含普通文件</translation>
    </message>
    <message>
        <source>the size or time field of the header is malformed</source>
        <translation>文件头的大小或时间字段格式错误</translation>
    </message>
    <message>
        <source>the header names a file this archive format does not allow</source>
        <translation>文件头中的文件名不符合此归档格式</translation>
    </message>
    <message>
        <source>the header differs from the canonical form (field at offset %1)</source>
        <translation>文件头与规范格式不同（偏移 %1 处的字段）</translation>
    </message>
    <message>
        <source>the file data is cut short</source>
        <translation>文件数据被截断</translation>
    </message>
    <message>
        <source>the padding after the file data is cut short</source>
        <translation>文件数据后的填充被截断</translation>
    </message>
    <message>
        <source>the padding after the file data is not zero</source>
        <translation>文件数据后的填充不为零</translation>
    </message>
</context>
<context>
    <name>VoteTallyText</name>
    <message>
        <source>Round %1 %2</source>
        <translation>第%1轮 %2</translation>
    </message>
    <message>
        <source>Round %1: %2 ballots (%3)</source>
        <translation>第%1轮：%2票（%3）</translation>
    </message>
    <message>
        <source>%1 %2 ballots</source>
        <translation>%1 %2票</translation>
    </message>
    <message>
        <source>blank ballots %1</source>
        <translation>空白票 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>WorkingDayCalendar</name>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>the line must start with a year, not %1</source>
        <translation>该行必须以年份开头，而不是 %1</translation>
    </message>
    <message>
        <source>after the year comes &quot;off&quot; or &quot;work&quot;</source>
        <translation>年份之后应为 &quot;off&quot; 或 &quot;work&quot;</translation>
    </message>
    <message>
        <source>the line lists no dates</source>
        <translation>该行没有列出日期</translation>
    </message>
    <message>
        <source>%1 is not a date or a range DATE..DATE</source>
        <translation>%1 不是日期或 DATE..DATE 形式的日期范围</translation>
    </message>
    <message>
        <source>the range %1 ends before it starts</source>
        <translation>日期范围 %1 的结束早于开始</translation>
    </message>
    <message>
        <source>%1 is too far from the year %2</source>
        <translation>%1 与年份 %2 相距太远</translation>
    </message>
    <message>
        <source>%1 is both a day off and an adjusted working day (line %2)</source>
        <translation>%1 既是休息日又是调休工作日（第 %2 行）</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>not a table of the negotiation record</source>
        <translation>不是谈判记录中的数据表</translation>
    </message>
    <message>
        <source>the workspace is in use by another program (close it and try again)</source>
        <translation>工作区正被另一个程序使用（请关闭后重试）</translation>
    </message>
    <message>
        <source>the workspace file is read-only</source>
        <translation>工作区文件为只读</translation>
    </message>
    <message>
        <source>the disk could not be read or written (%1)</source>
        <translation>无法读写磁盘（%1）</translation>
    </message>
    <message>
        <source>the workspace file is damaged (restore it from a backup)</source>
        <translation>工作区文件已损坏（请从备份恢复）</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the workspace file cannot be opened</source>
        <translation>无法打开工作区文件</translation>
    </message>
    <message>
        <source>the file is not a TenderPanel workspace (not a database)</source>
        <translation>该文件不是 TenderPanel 工作区（不是数据库）</translation>
    </message>
    <message>
        <source>the server refused the user name or password (%1)</source>
        <translation>服务器拒绝了该用户名或密码（%1）</translation>
    </message>
    <message>
        <source>the server is shutting down or restarting; nothing of the action in progress was saved (try again once it is back)</source>
        <translation>服务器正在关闭或重启；正在进行的操作未保存任何内容（待服务器恢复后重试）</translation>
    </message>
    <message>
        <source>the server cannot be reached; nothing of the action in progress was saved (try again once it is back): %1</source>
        <translation>无法连接服务器；正在进行的操作未保存任何内容（待服务器恢复后重试）：%1</translation>
    </message>
    <message>
        <source>the workspace is busy with another program&apos;s change (try again)</source>
        <translation>工作区正被另一个程序修改（请重试）</translation>
    </message>
    <message>
        <source>the database does not exist on the server (%1)</source>
        <translation>服务器上不存在该数据库（%1）</translation>
    </message>
    <message>
        <source>the server does not allow this user to change the workspace (%1)</source>
        <translation>服务器不允许该用户修改工作区（%1）</translation>
    </message>
    <message>
        <source>the server allows only reading (%1)</source>
        <translation>服务器只允许读取（%1）</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full</source>
        <translation>服务器磁盘已满</translation>
    </message>
    <message>
        <source>the database reported: %1</source>
        <translation>数据库报告：%1</translation>
    </message>
    <message>
        <source>the workspace is on read-only media: it can be read but not changed</source>
        <translation>工作区位于只读介质上：可以读取，但不能修改</translation>
    </message>
    <message>
        <source>the workspace file is read-only: it can be read but not changed</source>
        <translation>工作区文件为只读：可以读取，但不能修改</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written, so the database cannot create its journal files (-wal, -shm) there: the workspace can be read but not changed</source>
        <translation>文件夹 %1 不可写入，数据库无法在其中创建日志文件（-wal、-shm）：工作区可以读取，但不能修改</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>no workspace file given</source>
        <translation>未给出工作区文件</translation>
    </message>
    <message>
        <source>the workspace was opened read-only</source>
        <translation>工作区以只读方式打开</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL) is not installed</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）</translation>
    </message>
    <message>
        <source>the file already exists; a copy is written only to a new file or an empty database, never over another</source>
        <translation>该文件已存在；副本只写入新文件或空数据库，绝不覆盖其他文件</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>the file is empty; it is not a workspace</source>
        <translation>该文件为空，不是工作区</translation>
    </message>
    <message>
        <source>no workspace at this path</source>
        <translation>此路径下没有工作区</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written, so no workspace can be created there</source>
        <translation>文件夹 %1 不可写入，无法在其中创建工作区</translation>
    </message>
    <message>
        <source>the database already holds a workspace; a copy is written only to a new file or an empty database, never over or into another</source>
        <translation>该数据库已包含工作区；副本只写入新文件或空数据库，绝不覆盖或并入其他工作区</translation>
    </message>
    <message>
        <source>the database is not empty (it holds %1); a copy is written only to a new file or an empty database</source>
        <translation>该数据库不是空的（其中有 %1）；副本只写入新文件或空数据库</translation>
    </message>
    <message>
        <source>other objects</source>
        <translation>其他对象</translation>
    </message>
    <message>
        <source>the workspace has no valid schema version</source>
        <translation>工作区没有有效的模式版本</translation>
    </message>
    <message>
        <source>the database is not a TenderPanel workspace (it holds other tables)</source>
        <translation>该数据库不是 TenderPanel 工作区（含有其他数据表）</translation>
    </message>
    <message>
        <source>the database holds no workspace yet (importing a negotiation creates one)</source>
        <translation>该数据库中还没有工作区（导入一个谈判即可创建）</translation>
    </message>
    <message>
        <source>the workspace was written by a newer TenderPanel (schema version %1; this program reads up to version %2); it was left unchanged</source>
        <translation>工作区由更新版本的 TenderPanel 写入（模式版本 %1；本程序最多读取到版本 %2）；工作区未作任何改动</translation>
    </message>
    <message>
        <source>the workspace needs an upgrade from schema version %1, but %2</source>
        <translation>工作区需要从模式版本 %1 升级，但%2</translation>
    </message>
    <message>
        <source>the workspace needs an upgrade from schema version %1 but was opened read-only</source>
        <translation>工作区需要从模式版本 %1 升级，但以只读方式打开</translation>
    </message>
    <message>
        <source>the workspace cannot be locked against other programs (%1); it was not opened</source>
        <translation>无法为工作区加锁以防其他程序干扰（%1）；工作区未打开</translation>
    </message>
    <message>
        <source>trigger &quot;%1&quot;</source>
        <translation>触发器“%1”</translation>
    </message>
    <message>
        <source>trigger &quot;%1&quot; on table %2</source>
        <translation>数据表 %2 上的触发器“%1”</translation>
    </message>
    <message>
        <source>the workspace holds %1, which TenderPanel did not create (a trigger can change what is stored without the audit log); it is not opened for changes and was left unchanged</source>
        <translation>工作区含有%1，它并非由 TenderPanel 创建（触发器可以绕过审计日志改动所存数据）；工作区不能以可修改方式打开，未作任何改动</translation>
    </message>
    <message>
        <source>the workspace says schema version %1 but %2; it was left unchanged</source>
        <translation>工作区标明模式版本为 %1，但%2；工作区未作任何改动</translation>
    </message>
    <message>
        <source>the workspace was changed by another program while opening; open it again</source>
        <translation>打开时工作区被另一个程序改动；请重新打开</translation>
    </message>
    <message>
        <source>the row to change is not in the workspace</source>
        <translation>要修改的记录不在此工作区中</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; to change</source>
        <translation>没有可修改的列“%1”</translation>
    </message>
    <message>
        <source>no transaction is open</source>
        <translation>没有打开的事务</translation>
    </message>
    <message>
        <source>the connection to the server broke while the change was being saved, so whether it was saved is not known; open the negotiation again and check before entering it again (%1)</source>
        <translation>保存更改时与服务器的连接中断，无法确定是否已保存；请重新打开该谈判核对后再决定是否重新录入（%1）</translation>
    </message>
</context>
<context>
    <name>WorkspaceAddress</name>
    <message>
        <source>no workspace file given</source>
        <translation>未给出工作区文件</translation>
    </message>
    <message>
        <source>the server address &quot;%1&quot; lacks its closing &quot;]&quot;</source>
        <translation>服务器地址“%1”缺少右方括号“]”</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after the server address</source>
        <translation>服务器地址后有多余的“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection setting TenderPanel passes on (it knows host, port, user, dbname, sslmode, %2)</source>
        <translation>“%1”不是 TenderPanel 支持的连接参数（支持 host、port、user、dbname、sslmode、%2）</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; may not contain a space or &quot;;&quot;</source>
        <translation>“%1”的值不能包含空格或“;”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1 to 65535)</source>
        <translation>“%1”不是端口号（1 至 65535）</translation>
    </message>
    <message>
        <source>the server address names no host (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>服务器地址未指明主机（postgresql://用户@主机:端口/数据库）</translation>
    </message>
    <message>
        <source>the server address names no database (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>服务器地址未指明数据库（postgresql://用户@主机:端口/数据库）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TLS mode (%2)</source>
        <translation>“%1”不是 TLS 模式（%2）</translation>
    </message>
</context>
<context>
    <name>WorkspaceAuditCommand</name>
    <message>
        <source>Verify the workspace&apos;s audit chain against its tables.</source>
        <translation>根据数据表验证工作区的审计日志链。</translation>
    </message>
    <message>
        <source>Checks the database file, compares its schema with the one the program&apos;s migrations create (tables, columns, indexes, views, triggers, schema_meta rows, stored settings), recomputes the SHA-256 chain of audit events and replays the events into the record they describe, comparing it with the tables, so a change made behind the program&apos;s back is found. The workspace is opened read-only.
--head HASH (repeatable) also proves that each head printed on a published document (the record anchor of the result notice or of a bidder&apos;s letter, the chain head of the report; the full 64 digits or at least the first 16) is an event of the verified chain, and prints &quot;head HASH: event SEQ of EVENTS, ACTION at TIME&quot; for each. A head that is not in the chain means the record was rewritten after the document was made, or the document comes from another workspace.
Exit 0 and &quot;ok EVENTS HEAD-HASH&quot;, or exit 4 naming the first bad event (or row) or each head that is not in the chain; exit 6 when the workspace cannot be read.</source>
        <translation>检查数据库文件，将其结构与本程序迁移步骤所建立的结构比对（表、列、索引、视图、触发器、schema_meta 行、存储的设置），重新计算审计事件的 SHA-256 链，并将事件重放为其所描述的记录、与数据表比对，从而发现绕过本程序所做的修改。工作区以只读方式打开。
--head HASH（可重复）还证明已发布文书上印制的每个链头（结果公示或供应商结果通知书上的记录锚点、评审报告上的审计链头；完整的 64 位或至少前 16 位）是已验证链中的事件，并对每个链头输出 &quot;head HASH: event SEQ of EVENTS, ACTION at TIME&quot;。链头不在链中，说明文书生成后记录被改写，或该文书来自其他工作区。
成功时退出码为 0 并输出 &quot;ok EVENTS HEAD-HASH&quot;；否则退出码为 4，并指出第一个有问题的事件（或行），或每个不在链中的链头；无法读取工作区时退出码为 6。</translation>
    </message>
    <message>
        <source>unknown audit action (expected: verify)</source>
        <translation>未知的审计操作（应为：verify）</translation>
    </message>
    <message>
        <source>is not an event of this workspace&apos;s audit chain: the record was rewritten after the document was made, or the document comes from another workspace</source>
        <translation>不是本工作区审计链中的事件：文书生成后记录被改写，或该文书来自其他工作区</translation>
    </message>
    <message>
        <source>head %1: event %2 of %3, %4 at %5</source>
        <translation>链头 %1：第 %2 个事件（共 %3 个），%4，时间 %5</translation>
    </message>
</context>
<context>
    <name>WorkspaceCli</name>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than 2 decimals</source>
        <translation>“%1”的小数超过 2 位</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range</source>
        <translation>“%1”超出范围</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number such as 18 or 18.5 (digits with at most 2 decimals; no exponent, sign &quot;+&quot; or spaces)</source>
        <translation>“%1”不是 18 或 18.5 这样的十进制数（由数字组成，最多 2 位小数；不能有指数、“+”号或空格）</translation>
    </message>
    <message>
        <source>usage: tenderpanel-cli %1</source>
        <translation>用法：tenderpanel-cli %1</translation>
    </message>
    <message>
        <source>ID is the negotiation&apos;s code printed by import and list, N-YYYY-NNNN (the project&apos;s year and its number within that year, e.g. N-2014-0001), or its plain number.
The workspace is --workspace PATH, else $TENDERPANEL_WORKSPACE, else workspace.sqlite in the user&apos;s data folder. The audit log records the user as $TENDERPANEL_ACTOR, else the login name.
Exit 6: the workspace, the disk or an output file cannot be read or written (locked, read-only, full, not a TenderPanel workspace).</source>
        <translation>ID 是 import 和 list 输出的谈判编号 N-YYYY-NNNN（项目年份及其在该年内的序号，例如 N-2014-0001），或其纯数字编号。
工作区为 --workspace PATH，否则为 $TENDERPANEL_WORKSPACE，否则为用户数据文件夹中的 workspace.sqlite。审计日志记录的用户为 $TENDERPANEL_ACTOR，否则为登录名。
退出码 6：无法读写工作区、磁盘或输出文件（被锁定、只读、已满、不是 TenderPanel 工作区）。</translation>
    </message>
</context>
<context>
    <name>WorkspaceCopy</name>
    <message>
        <source>the table %1 is not known to the copy; nothing was copied</source>
        <translation>复制功能不认识表 %1；未复制任何内容</translation>
    </message>
    <message>
        <source>the audit chain does not verify, so it is not copied (%1); nothing was written</source>
        <translation>审计链未通过验证，因此不予复制（%1）；未写入任何内容</translation>
    </message>
    <message>
        <source>the copy does not verify: %1</source>
        <translation>副本未通过验证：%1</translation>
    </message>
    <message>
        <source>the copy&apos;s audit chain (%1 events, head %2) is not the source&apos;s (%3 events, head %4)</source>
        <translation>副本的审计链（%1 个事件，链头 %2）与源工作区的审计链（%3 个事件，链头 %4）不一致</translation>
    </message>
</context>
<context>
    <name>WorkspaceCopyCommand</name>
    <message>
        <source>Copy a whole workspace to a new file or an empty database, between engines or within one.</source>
        <translation>将整个工作区复制到新文件或空数据库，可在不同数据库引擎之间或同一引擎内复制。</translation>
    </message>
    <message>
        <source>SRC and DST are each a workspace file or a postgresql://USER@HOST:PORT/DATABASE address: a file to a server moves the workspace to the server, a server to a file makes an offline copy or one for the archive. --workspace is not used.
SRC is opened read-only (a file of an older schema version is upgraded first, as for every reading) and its audit chain must verify before anything is written. DST must be a new file or an empty database: one that holds anything is refused and left as it was, never overwritten or merged. DST is created at the current schema version and takes every row of every table, the audit events verbatim, in one transaction: on a failure an empty database is left empty and a new file is removed. The copy is then verified and both chain heads are printed:
  source ok EVENTS HEAD
  copy ok EVENTS HEAD
The heads are equal, and audit verify gives the same head on both.
Exit 0 copied; 2 usage; 4 the audit chain of SRC does not verify (nothing written); 5 DST is not new or not empty (nothing written); 6 SRC cannot be read or DST cannot be written (nothing left behind).</source>
        <translation>SRC 和 DST 各为一个工作区文件或 postgresql://USER@HOST:PORT/DATABASE 地址：从文件复制到服务器即把工作区迁到服务器，从服务器复制到文件即得到一份离线副本或归档副本。不使用 --workspace。
SRC 以只读方式打开（旧版结构的文件先升级，与所有读取操作相同），其审计链须先通过验证，然后才写入任何内容。DST 必须是新文件或空数据库：已有内容的一律拒绝并保持原样，绝不覆盖或合并。DST 按当前结构版本创建，并在一个事务中接收每张表的全部行，审计事件原样复制：失败时空数据库保持为空，新文件被删除。随后验证副本，并打印两条链头：
  source ok EVENTS HEAD
  copy ok EVENTS HEAD
两条链头相同，对两者执行 audit verify 也得到相同的链头。
退出码 0 已复制；2 用法错误；4 SRC 的审计链未通过验证（未写入任何内容）；5 DST 不是新文件或不是空数据库（未写入任何内容）；6 SRC 无法读取或 DST 无法写入（不留下任何内容）。</translation>
    </message>
    <message>
        <source>unknown workspace action (expected: copy)</source>
        <translation>未知的工作区操作（应为：copy）</translation>
    </message>
</context>
<context>
    <name>WorkspaceCorrectCommand</name>
    <message>
        <source>Correct a score on a submitted sheet, with its ground and reason.</source>
        <translation>更正已提交评分表上的一个分值，并注明依据和理由。</translation>
    </message>
    <message>
        <source>CAT is one of the four grounds on which compiled results may be changed: summation_error, out_of_range, objective_disagreement, abnormal_score. The correction names the panel leader (--leader must match the leader recorded in the panel; without it, that leader is recorded), stays in the record and the audit log. Refused (exit 5) unless the sheet is submitted and the result is not fixed yet. Prints &quot;corrected OLD -&gt; NEW&quot;.
</source>
        <translation>CAT 是可以更改汇总结果的四种依据之一：summation_error（汇总错误）、out_of_range（超出分值范围）、objective_disagreement（客观分不一致）、abnormal_score（异常评分）。更正记录谈判小组组长（--leader 必须与谈判小组中记录的组长一致；省略时记录该组长），并保留在记录和审计日志中。除非评分表已提交且结果尚未确定，否则拒绝（退出码 5）。输出 &quot;corrected OLD -&gt; NEW&quot;。
</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of summation_error, out_of_range, objective_disagreement, abnormal_score</source>
        <translation>“%1”不是 summation_error、out_of_range、objective_disagreement、abnormal_score 之一</translation>
    </message>
</context>
<context>
    <name>WorkspaceExportCommand</name>
    <message>
        <source>Write a stored negotiation as a scenario file.</source>
        <translation>将已存储的谈判写出为场景文件。</translation>
    </message>
    <message>
        <source>Writes tenderpanel-scenario/1 JSON to FILE (replaced atomically) or to standard output. &quot;evaluate&quot; gives the same result on the exported file as on the imported one.
</source>
        <translation>将 tenderpanel-scenario/1 JSON 写入 FILE（原子替换）或标准输出。对导出文件执行 &quot;evaluate&quot; 的结果与对导入文件的结果相同。
</translation>
    </message>
</context>
<context>
    <name>WorkspaceImportCommand</name>
    <message>
        <source>Store a scenario file in the workspace as a new negotiation.</source>
        <translation>将场景文件作为新谈判存入工作区。</translation>
    </message>
    <message>
        <source>Prints the new negotiation&apos;s id (N-YYYY-NNNN). The file must read and evaluate without problems; otherwise nothing is stored (exit 2).
The negotiation lands in the step its data implies: with votes, &quot;vote&quot;; with scores, &quot;scoring&quot; with every panel member&apos;s sheet submitted (locked: changes are corrections); with a draw, &quot;presentations&quot;; with proposals, &quot;draw&quot;; otherwise &quot;proposals&quot;.
</source>
        <translation>输出新谈判的编号（N-YYYY-NNNN）。文件必须能无错误地读取和评估；否则不存储任何内容（退出码 2）。
谈判进入其数据所对应的步骤：有表决时为 &quot;vote&quot;；有分值时为 &quot;scoring&quot;，且每名谈判小组成员的评分表均已提交（已锁定：修改需更正）；有抽签时为 &quot;presentations&quot;；有响应文件时为 &quot;draw&quot;；否则为 &quot;proposals&quot;。
</translation>
    </message>
</context>
<context>
    <name>WorkspaceListCommand</name>
    <message>
        <source>List the negotiations of the workspace, newest first.</source>
        <translation>列出工作区中的谈判，最新的在前。</translation>
    </message>
    <message>
        <source>--search keeps those whose title, purchaser or id contains TEXT (ASCII letters in any case).
Text (default): one line each: id, step, title, purchaser, separated by tabs. JSON: an array of {&quot;id&quot;, &quot;title&quot;, &quot;purchaser&quot;, &quot;stage&quot;, &quot;created_at&quot;, &quot;updated_at&quot;}.
</source>
        <translation>--search 保留标题、采购人或编号中包含 TEXT 的谈判（ASCII 字母不区分大小写）。
文本（默认）：每行一个，依次为编号、步骤、标题、采购人，以制表符分隔。JSON：由 {&quot;id&quot;, &quot;title&quot;, &quot;purchaser&quot;, &quot;stage&quot;, &quot;created_at&quot;, &quot;updated_at&quot;} 组成的数组。
</translation>
    </message>
    <message>
        <source>must be json or text, not &quot;%1&quot;</source>
        <translation>必须是 json 或 text，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>WorkspaceScoreCommand</name>
    <message>
        <source>Enter one score on a panel member&apos;s sheet.</source>
        <translation>在谈判小组成员的评分表上录入一个分值。</translation>
    </message>
    <message>
        <source>Prints &quot;saved&quot; only after the value is durably committed. V is written as a scenario file writes a score (18, 18.5: digits with at most 2 decimals, no exponent or sign &quot;+&quot;) and lies in [0, the criterion&apos;s maximum].
Exit 5 (refused): the draw is not recorded yet, the presentations have not begun, the sheet is submitted (locked: use correct), scoring is over, or the bidder is excluded.
</source>
        <translation>只有在分值可靠提交后才输出 &quot;saved&quot;。V 的写法与场景文件中的分值相同（18、18.5：数字，最多 2 位小数，不能有指数或“+”号），取值范围为 [0, 评判要素的满分]。
退出码 5（拒绝）：抽签尚未记录、演示尚未开始、评分表已提交（已锁定：请使用 correct）、评分已结束，或该供应商已被排除。
</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
</context>
<context>
    <name>WorkspaceSubmitSheetCommand</name>
    <message>
        <source>Submit and lock a panel member&apos;s score sheet (one-time scoring).</source>
        <translation>提交并锁定谈判小组成员的评分表（一次性评判）。</translation>
    </message>
    <message>
        <source>The sheet must hold a score for every qualified bidder and criterion. Afterwards &quot;score&quot; is refused for it (exit 5); a change needs &quot;correct&quot;. Prints &quot;submitted&quot; after the commit.
</source>
        <translation>评分表必须包含每家合格供应商在每个评判要素上的分值。提交后对该评分表执行 &quot;score&quot; 将被拒绝（退出码 5）；修改需要 &quot;correct&quot;。提交成功后输出 &quot;submitted&quot;。
</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
</context>
<context>
    <name>XlsxModule</name>
    <message>
        <source>the workbook module %1 cannot be loaded (%2)</source>
        <translation>无法加载工作簿模块 %1（%2）</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: tenderpanel-cli [--workspace PATH] COMMAND [ARGS...]</source>
        <translation>用法：tenderpanel-cli [--workspace PATH] COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>       tenderpanel-cli COMMAND --help</source>
        <translation>      tenderpanel-cli COMMAND --help</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 2 invalid input or usage, 3 a tie needs the panel&apos;s vote, 4 verification failed, 5 refused by the procedure, 6 the disk, an output file or the workspace could not be read or written.</source>
        <translation>退出状态：0 完成，2 输入或用法无效，3 出现并列需要谈判小组表决，4 验证失败，5 被谈判程序拒绝，6 无法读写磁盘、输出文件或工作区。</translation>
    </message>
    <message>
        <source>the standard output cannot be written: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>Usage: tenderpanel-cli %1</source>
        <translation>用法：tenderpanel-cli %1</translation>
    </message>
    <message>
        <source>unknown command (see tenderpanel-cli --help)</source>
        <translation>未知命令（参见 tenderpanel-cli --help）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The workspace file to open.</source>
        <translation>要打开的工作区文件。</translation>
    </message>
</context>
<context>
    <name>tp::store::RankingApprovals</name>
    <message>
        <source>the ranking is approved once the final result is recorded</source>
        <translation>最终结果记录后才能批准排名</translation>
    </message>
    <message>
        <source>only a final ranking is approved</source>
        <translation>只能批准最终排名</translation>
    </message>
    <message>
        <source>the approval is not in the record</source>
        <translation>审计记录中没有该批准</translation>
    </message>
</context>
<context>
    <name>tp::ui::AllocationEditor</name>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>By shares</source>
        <translation>按份额</translation>
    </message>
    <message>
        <source>By service areas</source>
        <translation>按服务区域</translation>
    </message>
    <message>
        <source>By shares and service areas</source>
        <translation>份额和服务区域</translation>
    </message>
    <message>
        <source>Each winner gets a percentage share, serves a service area of its own, or both.</source>
        <translation>每家成交人承办一定比例的份额，或承担各自的服务区域，或两者兼有。</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>winner(s)</source>
        <translation>家成交供应商</translation>
    </message>
    <message numerus="yes">
        <source>%n winner(s):</source>
        <translation>
            <numerusform>%n 家成交时：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share of position %1 when %n bidder(s) win</source>
        <translation>
            <numerusform>%n 家供应商成交时第 %1 名的份额</numerusform>
        </translation>
    </message>
    <message>
        <source>sum %1 %</source>
        <translation>合计 %1%</translation>
    </message>
</context>
<context>
    <name>tp::ui::AreaEditor</name>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>The first winner serves the first area, the second winner the second, and so on.</source>
        <translation>第一名成交人承担第一个服务区域，第二名承担第二个，依此类推。</translation>
    </message>
    <message>
        <source>Move the selected area up: a better-ranked winner serves it</source>
        <translation>上移所选区域：由排名更靠前的成交人承担</translation>
    </message>
    <message>
        <source>Move the selected area down: a lower-ranked winner serves it</source>
        <translation>下移所选区域：由排名更靠后的成交人承担</translation>
    </message>
    <message>
        <source>e.g. first service area</source>
        <translation>如：第一服务区域</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>服务区域</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message numerus="yes">
        <source>when %n bidder(s) win</source>
        <translation>
            <numerusform>%n 家成交时</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>No places yet</source>
        <translation>尚无地区</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No service areas yet for %1 winner(s).</source>
        <translation>尚未设置 %1 家成交时的服务区域。</translation>
    </message>
    <message>
        <source>Enter them, or the evaluation stops when that many bidders win.</source>
        <translation>请填写，否则成交人达到该数量时评审将无法完成。</translation>
    </message>
    <message>
        <source>No service area is entered.</source>
        <translation>尚未填写服务区域。</translation>
    </message>
</context>
<context>
    <name>tp::ui::BidderTable</name>
    <message>
        <source>Bidder</source>
        <translation>谈判供应商</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>合格</translation>
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
        <translation>连接服务器工作区</translation>
    </message>
    <message>
        <source>e.g. db.example.org or 10.0.0.5</source>
        <translation>例如 db.example.org 或 10.0.0.5</translation>
    </message>
    <message>
        <source>leave empty if the server does not ask for one</source>
        <translation>服务器不要求密码时留空</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <translation>始终加密</translation>
    </message>
    <message>
        <source>Always encrypt and check the server&apos;s certificate</source>
        <translation>始终加密并验证服务器证书</translation>
    </message>
    <message>
        <source>Always encrypt and check the certificate and the server&apos;s name</source>
        <translation>始终加密并验证证书和服务器名称</translation>
    </message>
    <message>
        <source>Never encrypt</source>
        <translation>不加密</translation>
    </message>
    <message>
        <source>The centre&apos;s IT staff give these details. The password is used for this connection only and is never saved.</source>
        <translation>以下信息由中心的信息技术人员提供。密码仅用于本次连接，不会被保存。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>请输入服务器的名称或地址。</translation>
    </message>
    <message>
        <source>Enter the name of the workspace&apos;s database.</source>
        <translation>请输入工作区所在数据库的名称。</translation>
    </message>
</context>
<context>
    <name>tp::ui::CriteriaEditor</name>
    <message>
        <source>Load from template</source>
        <translation>从模板载入</translation>
    </message>
    <message>
        <source>Double-click a cell to change the code, the criterion or its points.</source>
        <translation>双击单元格可修改编号、评判要素名称或分值。</translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s), total %1 points</source>
        <translation>
            <numerusform>%n 个评判要素，总分 %1 分</numerusform>
        </translation>
    </message>
    <message>
        <source>(not 100: check that this total is intended)</source>
        <translation>（总分不是 100：请确认是否有意如此）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n criterion(s))</source>
        <translation>
            <numerusform>%1（%n 个评判要素）</numerusform>
        </translation>
    </message>
    <message>
        <source>Load the criteria of the template?</source>
        <translation>载入该模板的评分标准？</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n criterion(s) listed with those of the template?</source>
        <translation>
            <numerusform>用模板中的评判要素替换当前列出的 %n 个评判要素吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Load criteria from a template</source>
        <translation>从模板载入评判要素</translation>
    </message>
</context>
<context>
    <name>tp::ui::CriteriaModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评判要素</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of points with at most two decimals</source>
        <translation>“%1”不是有效分值（最多两位小数）</translation>
    </message>
</context>
<context>
    <name>tp::ui::CriterionDialog</name>
    <message>
        <source>Add criterion</source>
        <translation>添加评判要素</translation>
    </message>
    <message>
        <source>e.g. 20 or 7.5</source>
        <translation>例如 20 或 7.5</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评判要素</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>The points must be a number with at most two decimals, e.g. 20 or 7.5.</source>
        <translation>分值必须是最多两位小数的数字，例如 20 或 7.5。</translation>
    </message>
</context>
<context>
    <name>tp::ui::DeadlineClock</name>
    <message>
        <source>No deadline is set.</source>
        <translation>未设置截止时间。</translation>
    </message>
    <message>
        <source>Deadline %1 has passed: later entries are recorded as late.</source>
        <translation>截止时间 %1 已过：之后的登记和递交记为逾期。</translation>
    </message>
    <message numerus="yes">
        <source>Deadline %1 — %n day(s) %2 left</source>
        <translation>
            <numerusform>截止时间 %1 — 还剩 %n 天 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::DocumentDetailsForm</name>
    <message>
        <source>e.g. the negotiation document&apos;s name and number</source>
        <translation>如谈判文件名称及文号</translation>
    </message>
    <message>
        <source>empty: the purchaser</source>
        <translation>不填：采购人</translation>
    </message>
    <message>
        <source>where a written challenge is delivered</source>
        <translation>书面质疑的递交地址</translation>
    </message>
    <message>
        <source>person and telephone for challenges</source>
        <translation>质疑联系人及电话</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Basis of the negotiation</source>
        <translation>谈判依据</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <source>Challenges received at</source>
        <translation>质疑受理地址</translation>
    </message>
    <message>
        <source>Contact for challenges</source>
        <translation>质疑联系方式</translation>
    </message>
    <message>
        <source>Contact person for bidders</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>联系地址</translation>
    </message>
</context>
<context>
    <name>tp::ui::DocumentPreviewDialog</name>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export editable (.odt)…</source>
        <translation>导出可编辑文档(.odt)…</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>文书预览</translation>
    </message>
    <message>
        <source>OpenDocument text for adjusting the wording in a word processor. It is a draft: only the exported PDF is the issued document.</source>
        <translation>供在文字处理软件中调整措辞的 OpenDocument 文本。它是草稿：只有导出的 PDF 是正式出具的文书。</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>文书语言</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Export editable document</source>
        <translation>导出可编辑文档</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>Exported to %1 as a draft for editing.</source>
        <translation>已作为供编辑的草稿导出到 %1。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The printer cannot be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
</context>
<context>
    <name>tp::ui::DoubleEntryWidget</name>
    <message>
        <source>First keying complete</source>
        <translation>第一遍录入完成</translation>
    </message>
    <message>
        <source>Second keying complete: compare</source>
        <translation>第二遍录入完成：比对</translation>
    </message>
    <message>
        <source>Accept sheet</source>
        <translation>接受评分表</translation>
    </message>
    <message>
        <source>The first keying is hidden while the sheet is keyed again.</source>
        <translation>重新录入评分表期间，第一遍录入的内容被隐藏。</translation>
    </message>
    <message>
        <source>The second keying starts when the first one is complete.</source>
        <translation>第一遍录入完成后开始第二遍录入。</translation>
    </message>
    <message>
        <source>First keying</source>
        <translation>第一遍录入</translation>
    </message>
    <message>
        <source>Second keying</source>
        <translation>第二遍录入</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评判要素</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>谈判供应商</translation>
    </message>
    <message>
        <source>Paper sheet of %1: keyed twice</source>
        <translation>%1的纸质评分表：两遍录入</translation>
    </message>
    <message>
        <source>Accept paper sheet</source>
        <translation>接受纸质评分表</translation>
    </message>
    <message>
        <source>Both keyings of %1&apos;s sheet agree. Accept the sheet as keyed? It is then submitted and cannot be changed.</source>
        <translation>%1的评分表两遍录入一致。按录入内容接受此评分表吗？接受后评分表即提交，不能再更改。</translation>
    </message>
    <message>
        <source>Sheet accepted.</source>
        <translation>评分表已接受。</translation>
    </message>
    <message>
        <source>Key the signed paper sheet exactly as written, then press &quot;First keying complete&quot;.</source>
        <translation>请严格按照签字的纸质评分表录入，然后按“第一遍录入完成”。</translation>
    </message>
    <message>
        <source>A second person now keys the same paper sheet again, without looking at the first keying.</source>
        <translation>现在由另一人再次录入同一张纸质评分表，不要查看第一遍录入的内容。</translation>
    </message>
    <message>
        <source>Cells that differ are shown in red on both sides. Check each against the paper sheet and correct the wrong keying.</source>
        <translation>两边不一致的单元格以红色显示。请逐一对照纸质评分表，更正录错的一边。</translation>
    </message>
    <message>
        <source>%1 of %2 scores keyed.</source>
        <translation>已录入 %1/%2 个分值。</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) differ between the two keyings. Correct them against the paper sheet.</source>
        <translation>
            <numerusform>两遍录入有 %n 个单元格不一致。请对照纸质评分表更正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Both keyings agree so far, but some scores are empty.</source>
        <translation>目前两遍录入一致，但还有分值为空。</translation>
    </message>
    <message>
        <source>Both keyings agree.</source>
        <translation>两遍录入一致。</translation>
    </message>
</context>
<context>
    <name>tp::ui::DrawPage</name>
    <message>
        <source>Draw now</source>
        <translation>立即抽签</translation>
    </message>
    <message>
        <source>Print commitment sheet…</source>
        <translation>打印承诺值单…</translation>
    </message>
    <message>
        <source>Reveal seed and order…</source>
        <translation>公开种子和顺序…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Record this order…</source>
        <translation>记录此顺序…</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>谈判供应商</translation>
    </message>
    <message>
        <source>Check command (the key is its output)</source>
        <translation>核对命令（键值即其输出）</translation>
    </message>
    <message>
        <source>The computer draws a secret seed. Its commitment (the SHA-256 of the seed) is shown and printed before the draw is revealed; afterwards anyone can check the order from the seed with sha256sum.</source>
        <translation>由计算机抽取秘密种子。在公开抽签结果之前，先展示并打印其承诺值（种子的 SHA-256）；之后任何人都可以用 sha256sum 根据种子核对顺序。</translation>
    </message>
    <message>
        <source>When the order was drawn by hand (sealed lots), put the bidders in the drawn order and record it.</source>
        <translation>若以手工方式抽签（密封签），请将供应商按抽出的顺序排列并记录。</translation>
    </message>
    <message>
        <source>Verifiable draw</source>
        <translation>可验证的抽签</translation>
    </message>
    <message>
        <source>Physical draw</source>
        <translation>现场抽签</translation>
    </message>
    <message>
        <source>Reveal the draw</source>
        <translation>公开抽签结果</translation>
    </message>
    <message>
        <source>Reveal the seed and the presentation order now? Make sure the commitment has been shown to everyone present (and printed) first.</source>
        <translation>现在公开种子和演示顺序吗？请先确认承诺值已向所有在场人员展示（并已打印）。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Record the physical draw</source>
        <translation>记录现场抽签</translation>
    </message>
    <message>
        <source>Record this presentation order?

%1</source>
        <translation>记录此演示顺序吗？

%1</translation>
    </message>
    <message>
        <source>Lot draw: commitment</source>
        <translation>抽签：承诺值</translation>
    </message>
    <message>
        <source>This is the SHA-256 commitment of the secret seed, published before the draw is revealed:</source>
        <translation>这是秘密种子的 SHA-256 承诺值，在公开抽签结果之前发布：</translation>
    </message>
    <message>
        <source>Bidders taking part:</source>
        <translation>参加的谈判供应商：</translation>
    </message>
    <message>
        <source>After the reveal, anyone can check: printf &apos;%s&apos; SEED | sha256sum gives this commitment.</source>
        <translation>公开之后，任何人都可以核对：printf &apos;%s&apos; SEED | sha256sum 得出的即为此承诺值。</translation>
    </message>
    <message>
        <source>Print commitment sheet</source>
        <translation>打印承诺值单</translation>
    </message>
    <message>
        <source>Commitment (SHA-256 of the secret seed):</source>
        <translation>承诺值（秘密种子的 SHA-256）：</translation>
    </message>
    <message>
        <source>No draw yet.</source>
        <translation>尚未抽签。</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>种子：%1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>键值：%1</translation>
    </message>
    <message>
        <source>The order is ascending by key. Check the commitment with: %1</source>
        <translation>顺序按键值升序排列。用以下命令核对承诺值：%1</translation>
    </message>
    <message>
        <source>Physical draw recorded.</source>
        <translation>现场抽签已记录。</translation>
    </message>
</context>
<context>
    <name>tp::ui::DrawStepPage</name>
    <message>
        <source>Show the draw on the projector</source>
        <translation>在投影上显示抽签结果</translation>
    </message>
    <message>
        <source>Shows the order and the seed on the audience&apos;s screen</source>
        <translation>在观众屏幕上显示顺序和种子</translation>
    </message>
    <message>
        <source>names, separated by 、 or commas</source>
        <translation>姓名，以顿号或逗号分隔</translation>
    </message>
    <message>
        <source>Recorded with the draw and printed in the evaluation report</source>
        <translation>随抽签一并记录，并载入评审报告</translation>
    </message>
    <message>
        <source>Witnesses of the draw</source>
        <translation>抽签见证人</translation>
    </message>
    <message>
        <source>The draw is not recorded</source>
        <translation>抽签未记录</translation>
    </message>
    <message>
        <source>The commitment is not stored</source>
        <translation>承诺值未存储</translation>
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
        <translation>新建谈判</translation>
    </message>
    <message>
        <source>Import scenario file…</source>
        <translation>导入场景文件…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No negotiation yet&lt;/h2&gt;&lt;p&gt;Start a new negotiation from a template of criteria, or import a scenario file that another TenderPanel exported.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;尚无谈判&lt;/h2&gt;&lt;p&gt;可以从评判要素模板新建谈判，或导入其他 TenderPanel 导出的场景文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Negotiations&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;谈判&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Search by title, purchaser, bidder, number or year</source>
        <translation>按标题、采购人、供应商、编号或年份搜索</translation>
    </message>
    <message>
        <source>Read-only: %1.</source>
        <translation>只读：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n negotiation(s)</source>
        <translation>
            <numerusform>%n 个谈判</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::LeaveOneOutModel</name>
    <message>
        <source>Panel too small to drop the highest and lowest</source>
        <translation>人数不足以去掉最高分和最低分</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Tie, vote needed: %1</source>
        <translation>并列需表决：%1</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>改变</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Without this member the winners would differ, or a vote would be needed.</source>
        <translation>去掉该成员后，成交供应商会不同或需要表决。</translation>
    </message>
    <message>
        <source>Without this member the winners would be the same.</source>
        <translation>去掉该成员后，成交供应商不变。</translation>
    </message>
    <message>
        <source>Member left out</source>
        <translation>去掉的成员</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>成交供应商</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>成交结果</translation>
    </message>
</context>
<context>
    <name>tp::ui::MainWindow</name>
    <message>
        <source>TenderPanel</source>
        <translation>TenderPanel 谈判评审系统</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened:
%2</source>
        <translation>无法打开工作区 %1：
%2</translation>
    </message>
    <message>
        <source>%1 — TenderPanel</source>
        <translation>%1 — TenderPanel 谈判评审系统</translation>
    </message>
    <message>
        <source>%1 — TenderPanel (read-only)</source>
        <translation>%1 — TenderPanel 谈判评审系统（只读）</translation>
    </message>
    <message>
        <source>TenderPanel (read-only)</source>
        <translation>TenderPanel 谈判评审系统（只读）</translation>
    </message>
    <message>
        <source>Workspace: %1 (read-only: %2)</source>
        <translation>工作区：%1（只读：%2）</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>The connection to the server was lost; retrying…</source>
        <translation>与服务器的连接已中断，正在重试…</translation>
    </message>
    <message>
        <source>Workspace: %1 (connection lost)</source>
        <translation>工作区：%1（连接已中断）</translation>
    </message>
    <message>
        <source>Workspace: %1 (connected again)</source>
        <translation>工作区：%1（已重新连接）</translation>
    </message>
    <message>
        <source>Cannot open the scoring terminal</source>
        <translation>无法打开评分终端</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Changed by another user. Refresh to see the changes.</source>
        <translation>其他用户已修改内容，请刷新查看。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New negotiation…</source>
        <translation>新建谈判(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import scenario file…</source>
        <translation>导入场景文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export scenario…</source>
        <translation>导出场景(&amp;E)…</translation>
    </message>
    <message>
        <source>Open &amp;sealed archive…</source>
        <translation>打开封存归档(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Connect to Server Workspace…</source>
        <translation>连接服务器工作区(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Recent Workspaces</source>
        <translation>最近的工作区(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;All negotiations</source>
        <translation>全部谈判(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation>投影窗口(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TenderPanel</source>
        <translation>关于 TenderPanel(&amp;A)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language is changed the next time TenderPanel starts.</source>
        <translation>语言将在下次启动 TenderPanel 时更改。</translation>
    </message>
    <message>
        <source>The negotiation is not created</source>
        <translation>谈判未创建</translation>
    </message>
    <message>
        <source>The file is not imported</source>
        <translation>文件未导入</translation>
    </message>
    <message>
        <source>Import scenario file</source>
        <translation>导入场景文件</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>场景文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported; nothing was stored:
%2</source>
        <translation>%1 无法导入；未存储任何内容：
%2</translation>
    </message>
    <message>
        <source>Imported as %1.</source>
        <translation>已导入为 %1。</translation>
    </message>
    <message>
        <source>Export scenario</source>
        <translation>导出场景</translation>
    </message>
    <message>
        <source>Open a negotiation first.</source>
        <translation>请先打开一个谈判。</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>场景文件 (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Open sealed archive</source>
        <translation>打开封存归档</translation>
    </message>
    <message>
        <source>Sealed archives (*.tparchive);;All files (*)</source>
        <translation>封存归档 (*.tparchive);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>About TenderPanel</source>
        <translation>关于 TenderPanel</translation>
    </message>
    <message>
        <source>TenderPanel %1
Runs a selective negotiation from registration to the final ranking.</source>
        <translation>TenderPanel %1
组织选择性谈判，从登记到最终排名的全过程。</translation>
    </message>
</context>
<context>
    <name>tp::ui::MemberFiguresModel</name>
    <message>
        <source>Exactly %1</source>
        <translation>精确值 %1</translation>
    </message>
    <message>
        <source>The mean, over the qualified bidders, of the distance between the member&apos;s total and the bidder&apos;s exact score.</source>
        <translation>该成员给各有效供应商的总分与最终精确得分之差的绝对值的平均。</translation>
    </message>
    <message>
        <source>Pairs of bidders the member&apos;s totals put in the same order as the exact scores.</source>
        <translation>按该成员总分与按最终得分比较，先后相同的供应商对数。</translation>
    </message>
    <message>
        <source>Pairs of bidders the member&apos;s totals put in the other order.</source>
        <translation>按该成员总分与按最终得分比较，先后相反的供应商对数。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Dropped as highest</source>
        <translation>被去掉的最高分</translation>
    </message>
    <message>
        <source>Dropped as lowest</source>
        <translation>被去掉的最低分</translation>
    </message>
    <message>
        <source>Mean deviation</source>
        <translation>平均偏差</translation>
    </message>
    <message>
        <source>Same order</source>
        <translation>顺序一致</translation>
    </message>
    <message>
        <source>Other order</source>
        <translation>顺序相反</translation>
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
        <translation>合计</translation>
    </message>
    <message>
        <source>(max %1)
%2</source>
        <translation>（满分 %1）
%2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Your sheet has been submitted and can no longer be changed.</source>
        <translation>您的评分表已提交，不能再修改。</translation>
    </message>
    <message>
        <source>%1 has more than 2 decimals: scores are kept to 0.01.</source>
        <translation>%1 的小数超过 2 位：分值精确到 0.01。</translation>
    </message>
    <message>
        <source>“%1” is not a score: type a number such as 16 or 16.5.</source>
        <translation>“%1”不是分值：请输入数字，例如 16 或 16.5。</translation>
    </message>
    <message>
        <source>%1 is outside 0 to %2, the range of %3.</source>
        <translation>%1 超出了“%3”的分值范围 0 至 %2。</translation>
    </message>
</context>
<context>
    <name>tp::ui::MemberTerminalsWidget</name>
    <message>
        <source>Issue scoring credentials…</source>
        <translation>发放评分凭证…</translation>
    </message>
    <message>
        <source>Revoke credentials…</source>
        <translation>收回凭证…</translation>
    </message>
    <message>
        <source>Panel member</source>
        <translation>评审成员</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issues a credential to each selected member (none selected: to every member without one) and saves their slips as a PDF to print and hand out.</source>
        <translation>为选中的每位评委发放评分凭证（未选择时为所有尚无凭证的评委发放），并将凭证条保存为 PDF，打印后分发。</translation>
    </message>
    <message>
        <source>Ends the selected members&apos; credentials (none selected: every member&apos;s).</source>
        <translation>收回选中评委的评分凭证（未选择时收回全部评委的凭证）。</translation>
    </message>
    <message>
        <source>The name or address by which the members&apos; terminals reach the database server, printed on the slips. Empty: the server&apos;s address of this computer&apos;s workspace.</source>
        <translation>评委终端访问数据库服务器所用的名称或地址，印在评分凭证上。留空则使用本机工作区地址中的服务器。</translation>
    </message>
    <message>
        <source>Server for the terminals:</source>
        <translation>终端连接的服务器：</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation>未发放</translation>
    </message>
    <message>
        <source>Waiting for login</source>
        <translation>等待登录</translation>
    </message>
    <message>
        <source>Scoring %1/%2</source>
        <translation>正在评分 %1/%2</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已收回</translation>
    </message>
    <message>
        <source>The members&apos; progress cannot be read: %1</source>
        <translation>无法读取评委的评分进度：%1</translation>
    </message>
    <message>
        <source>Paper / this computer</source>
        <translation>纸质/本机</translation>
    </message>
    <message>
        <source>Sheets submitted on the terminals: %1 of %2. Scores stay hidden until every sheet is in.</source>
        <translation>评分终端已提交 %1/%2 份评分表。全部评分表提交前不显示任何分数。</translation>
    </message>
    <message>
        <source>scoring-credentials.pdf</source>
        <translation>评分凭证.pdf</translation>
    </message>
    <message>
        <source>Save the credential slips</source>
        <translation>保存评分凭证</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>No credential is issued</source>
        <translation>未发放凭证</translation>
    </message>
    <message>
        <source>The slips are not saved</source>
        <translation>凭证未保存</translation>
    </message>
    <message>
        <source>The credential slips cannot be written to %1: %2
The credentials just issued are revoked again; issue them once more with another file.</source>
        <translation>无法将评分凭证写入 %1：%2
刚发放的凭证已重新收回；请换一个文件再次发放。</translation>
    </message>
    <message>
        <source>Every chosen member holds a credential already.</source>
        <translation>所选评委均已持有评分凭证。</translation>
    </message>
    <message>
        <source>Revoke the credentials of every panel member? Their terminals can then no longer enter scores or vote.</source>
        <translation>收回全部评委的评分凭证？收回后其终端将不能再评分或投票。</translation>
    </message>
    <message>
        <source>Revoke the credentials of %1? Their terminals can then no longer enter scores or vote.</source>
        <translation>收回 %1 的评分凭证？收回后其终端将不能再评分或投票。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Revoke credentials</source>
        <translation>收回凭证</translation>
    </message>
    <message>
        <source>No credential is revoked</source>
        <translation>未收回凭证</translation>
    </message>
</context>
<context>
    <name>tp::ui::MemberWindow</name>
    <message>
        <source>Scoring terminal — TenderPanel</source>
        <translation>评分终端 — TenderPanel</translation>
    </message>
    <message>
        <source>Submit score sheet</source>
        <translation>提交评分表</translation>
    </message>
    <message>
        <source>Cast my vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>The connection to the server was lost; retrying…</source>
        <translation>与服务器的连接已中断，正在重试…</translation>
    </message>
    <message>
        <source>Connected again.</source>
        <translation>已重新连接。</translation>
    </message>
    <message>
        <source>Your sheet cannot be read now: %1</source>
        <translation>暂时无法读取您的评分表：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Panel member: %1</source>
        <translation>评委：%1</translation>
    </message>
    <message>
        <source>Scoring terminal — %1</source>
        <translation>评分终端 — %1</translation>
    </message>
    <message>
        <source>Scoring credential revoked.
This terminal can no longer enter scores or vote. Thank you.</source>
        <translation>评分凭证已收回。
本终端不能再评分或投票。谢谢！</translation>
    </message>
    <message>
        <source>Presenting now: %1</source>
        <translation>正在陈述：%1</translation>
    </message>
    <message>
        <source>Submitted. Sheets submitted: %1/%2</source>
        <translation>已提交。评委会已提交 %1/%2</translation>
    </message>
    <message>
        <source>The sheet opens once the bidders&apos; order is drawn.</source>
        <translation>抽签确定陈述顺序后即可评分。</translation>
    </message>
    <message>
        <source>Vote round %1: you have voted. Waiting for the other members.</source>
        <translation>第 %1 轮投票：已投票，请等待其他评委。</translation>
    </message>
    <message>
        <source>Vote round %1: these bidders are tied. Choose one, or abstain.</source>
        <translation>第 %1 轮投票：以下单位得分并列，请选择一家，或弃权。</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Saved: %1 = %2</source>
        <translation>已保存：%1 = %2</translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation>未保存：%1：%2</translation>
    </message>
    <message>
        <source>The sheet is not complete: %1 has no score yet.</source>
        <translation>评分表尚未填完：“%1”还没有分数。</translation>
    </message>
    <message>
        <source>The sheet is not submitted</source>
        <translation>评分表未提交</translation>
    </message>
    <message>
        <source>Submit your score sheet? Once submitted, your scores can no longer be changed.</source>
        <translation>提交评分表？提交后分数不能再修改。</translation>
    </message>
    <message>
        <source>The sheet is not submitted: %1</source>
        <translation>评分表未提交：%1</translation>
    </message>
    <message>
        <source>No vote is cast</source>
        <translation>未投票</translation>
    </message>
    <message>
        <source>Choose a bidder, or abstain.</source>
        <translation>请选择一家单位，或选择弃权。</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Vote for %1? A vote cannot be changed once cast.</source>
        <translation>投票给 %1？投票后不能更改。</translation>
    </message>
    <message>
        <source>Abstain in this round? A vote cannot be changed once cast.</source>
        <translation>本轮弃权？投票后不能更改。</translation>
    </message>
</context>
<context>
    <name>tp::ui::NegotiationListModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>采购人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
</context>
<context>
    <name>tp::ui::NegotiationView</name>
    <message>
        <source>← All negotiations</source>
        <translation>← 全部谈判</translation>
    </message>
    <message>
        <source>Cannot open the negotiation</source>
        <translation>无法打开谈判</translation>
    </message>
    <message>
        <source>Cannot read the negotiation</source>
        <translation>无法读取谈判</translation>
    </message>
    <message>
        <source>%1 · %2 · current step: %3</source>
        <translation>%1 · %2 · 当前步骤：%3</translation>
    </message>
    <message>
        <source>✓ %1
not needed</source>
        <translation>✓ %1
无需进行</translation>
    </message>
    <message>
        <source>✓ %1
done</source>
        <translation>✓ %1
已完成</translation>
    </message>
    <message>
        <source>▶ %1
current step</source>
        <translation>▶ %1
当前步骤</translation>
    </message>
    <message>
        <source>%1
not yet: %2</source>
        <translation>%1
尚未进行：%2</translation>
    </message>
    <message>
        <source>Open registration</source>
        <translation>开始登记</translation>
    </message>
    <message>
        <source>Close registration</source>
        <translation>截止登记</translation>
    </message>
    <message>
        <source>Close proposals, go to the draw</source>
        <translation>截止接收响应文件，进入抽签</translation>
    </message>
    <message>
        <source>Presentations done, start scoring</source>
        <translation>演示结束，开始评分</translation>
    </message>
    <message>
        <source>Compute the result</source>
        <translation>计算结果</translation>
    </message>
    <message>
        <source>Publish the result notice…</source>
        <translation>发布结果公示…</translation>
    </message>
    <message>
        <source>Seal the archive…</source>
        <translation>封存归档…</translation>
    </message>
    <message>
        <source>The result cannot be computed yet</source>
        <translation>暂时无法计算结果</translation>
    </message>
    <message>
        <source>Finish this step</source>
        <translation>完成此步骤</translation>
    </message>
    <message>
        <source>Finish &quot;%1&quot; and go to &quot;%2&quot;? A finished step cannot be reopened.</source>
        <translation>完成“%1”并进入“%2”吗？已完成的步骤不能重新打开。</translation>
    </message>
    <message>
        <source>The step cannot be finished yet</source>
        <translation>暂时无法完成此步骤</translation>
    </message>
</context>
<context>
    <name>tp::ui::NewNegotiationDialog</name>
    <message>
        <source>New negotiation</source>
        <translation>新建谈判</translation>
    </message>
    <message>
        <source>Blank: no criteria</source>
        <translation>空白：无评判要素</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>采购人</translation>
    </message>
    <message>
        <source>Criteria template</source>
        <translation>评判要素模板</translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation>登记截止时间</translation>
    </message>
    <message>
        <source>Proposal deadline</source>
        <translation>响应文件递交截止时间</translation>
    </message>
</context>
<context>
    <name>tp::ui::OrderedListEditor</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>tp::ui::OutlierReviewWidget</name>
    <message>
        <source>Confirm the score as given</source>
        <translation>维持原评分</translation>
    </message>
    <message>
        <source>Correct the score</source>
        <translation>更正评分</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>谈判供应商</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评判要素</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Other members&apos; scores</source>
        <translation>其他成员的评分</translation>
    </message>
    <message>
        <source>Their mean</source>
        <translation>其平均分</translation>
    </message>
    <message>
        <source>Why the panel keeps or changes this score</source>
        <translation>谈判小组维持或更改此评分的理由</translation>
    </message>
    <message>
        <source>New score, when correcting</source>
        <translation>更正时填写新分值</translation>
    </message>
    <message>
        <source>A score is flagged when it is far from what the other members gave the same bidder on the same criterion. The panel confirms each flagged score with the reason, or corrects it on the ground of an abnormal score; the result is computed once every flagged score is reviewed.</source>
        <translation>某一评分与其他成员对同一供应商同一评判要素的评分相差较大时，将被标记。谈判小组须对每个被标记的评分说明理由予以维持，或以评分畸高畸低为由予以更正；全部被标记的评分复核完毕后方计算结果。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Corrected score:</source>
        <translation>更正后分值：</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>批准人：</translation>
    </message>
    <message>
        <source>the panel leader, %1</source>
        <translation>谈判小组组长 %1</translation>
    </message>
    <message>
        <source>No flagged score waits for review.</source>
        <translation>没有待复核的被标记评分。</translation>
    </message>
    <message>
        <source>%1 flagged score(s) wait for the panel&apos;s review.</source>
        <translation>有 %1 个被标记评分待谈判小组复核。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (high)</source>
        <translation>%1（偏高）</translation>
    </message>
    <message>
        <source>%1 (low)</source>
        <translation>%1（偏低）</translation>
    </message>
    <message>
        <source>Choose a flagged score and give the reason.</source>
        <translation>请选择一个被标记评分并填写理由。</translation>
    </message>
    <message>
        <source>Choose a flagged score, enter the corrected score and give the reason.</source>
        <translation>请选择一个被标记评分，输入更正后分值并填写理由。</translation>
    </message>
</context>
<context>
    <name>tp::ui::PanelEditor</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Negotiation panel (at least 3)</source>
        <translation>谈判小组（至少 3 人）</translation>
    </message>
    <message>
        <source>Evaluation committee (at least 5)</source>
        <translation>评审委员会（至少 5 人）</translation>
    </message>
    <message>
        <source>Large-budget project (at least 7)</source>
        <translation>大额项目（至少 7 人）</translation>
    </message>
    <message>
        <source>The panel is a</source>
        <translation>小组类型：</translation>
    </message>
    <message>
        <source>Too few members to drop the highest and lowest: at least %1.</source>
        <translation>成员太少，无法去掉最高分和最低分：至少需要 %1 名。</translation>
    </message>
    <message>
        <source>The regulations want at least %1 members.</source>
        <translation>规定要求至少 %1 名成员。</translation>
    </message>
    <message>
        <source>The regulations want an odd number of members (%1).</source>
        <translation>规定要求成员人数为单数（%1）。</translation>
    </message>
    <message>
        <source>Name a leader of the panel.</source>
        <translation>请指定谈判小组组长。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>共 %n 名成员。</numerusform>
        </translation>
    </message>
    <message>
        <source>The panel&apos;s size is fine.</source>
        <translation>谈判小组人数符合要求。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Declared a conflict of interest: %1. A member with a conflict should withdraw from the panel.</source>
        <translation>已申报利益冲突：%1。存在利益冲突的成员应当回避。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>tp::ui::PanelMemberDialog</name>
    <message>
        <source>What the conflict is</source>
        <translation>利益冲突的具体情况</translation>
    </message>
    <message>
        <source>Edit panel member</source>
        <translation>编辑谈判小组成员</translation>
    </message>
    <message>
        <source>Add panel member</source>
        <translation>添加谈判小组成员</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>e.g. the municipal medical security bureau</source>
        <translation>例如：市医疗保障局</translation>
    </message>
    <message>
        <source>Not declared yet</source>
        <translation>尚未申报</translation>
    </message>
    <message>
        <source>Declared: no conflict of interest</source>
        <translation>已申报：无利益冲突</translation>
    </message>
    <message>
        <source>Declared: has a conflict of interest</source>
        <translation>已申报：存在利益冲突</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>利益冲突</translation>
    </message>
</context>
<context>
    <name>tp::ui::PanelModel</name>
    <message>
        <source>Leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Not declared yet</source>
        <translation>尚未申报</translation>
    </message>
    <message>
        <source>No conflict declared</source>
        <translation>已申报无利益冲突</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>利益冲突</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>利益冲突：%1</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest: %2</source>
        <translation>%1 申报存在利益冲突：%2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>工作单位</translation>
    </message>
</context>
<context>
    <name>tp::ui::PlaceListEditor</name>
    <message>
        <source>Double-click a place to change it.</source>
        <translation>双击地区可修改。</translation>
    </message>
    <message>
        <source>New place, e.g. a county or district</source>
        <translation>新地区，如某县或某区</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Move the selected place up</source>
        <translation>上移所选地区</translation>
    </message>
    <message>
        <source>Move the selected place down</source>
        <translation>下移所选地区</translation>
    </message>
</context>
<context>
    <name>tp::ui::PlaceListModel</name>
    <message>
        <source>Place</source>
        <translation>地区</translation>
    </message>
</context>
<context>
    <name>tp::ui::PresentationTimerWidget</name>
    <message>
        <source>Start the statement now</source>
        <translation>现在开始陈述</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>谈判供应商</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Presentation %1 min, then supplementary statement %2 min.</source>
        <translation>演示 %1 分钟，之后补充陈述 %2 分钟。</translation>
    </message>
    <message>
        <source>End presentation</source>
        <translation>结束演示</translation>
    </message>
    <message>
        <source>%1 still has %2 left. End this presentation and move on?</source>
        <translation>%1 还剩 %2。结束此演示并继续吗？</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No presentation order yet.</source>
        <translation>尚无演示顺序。</translation>
    </message>
    <message numerus="yes">
        <source>All %n presentation(s) finished.</source>
        <translation>
            <numerusform>全部 %n 场演示已结束。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>第 %1/%2 家：%3</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1（已暂停）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Next bidder</source>
        <translation>下一家供应商</translation>
    </message>
    <message>
        <source>Finish presentations</source>
        <translation>结束演示环节</translation>
    </message>
</context>
<context>
    <name>tp::ui::PresentationsStepPage</name>
    <message>
        <source>The presentation is not logged</source>
        <translation>演示未记录</translation>
    </message>
</context>
<context>
    <name>tp::ui::ProjectForm</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Result notice period</source>
        <translation>结果公示期</translation>
    </message>
    <message>
        <source> working day(s)</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Count the day of publication when it is a working day</source>
        <translation>公示当日为工作日的，计入公示期</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>each panel member&apos;s total</source>
        <translation>各成员的总分</translation>
    </message>
    <message>
        <source>each criterion separately</source>
        <translation>逐项评判要素</translation>
    </message>
    <message>
        <source>exact scores</source>
        <translation>精确得分</translation>
    </message>
    <message>
        <source>published scores (2 decimals)</source>
        <translation>公布得分（保留 2 位小数）</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>采购人</translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation>登记截止时间</translation>
    </message>
    <message>
        <source>Proposal deadline</source>
        <translation>响应文件递交截止时间</translation>
    </message>
    <message>
        <source>Copies of the proposal</source>
        <translation>响应文件份数</translation>
    </message>
    <message>
        <source>Presentation time</source>
        <translation>演示时间</translation>
    </message>
    <message>
        <source>Statement time</source>
        <translation>陈述时间</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>Minimum qualified bidders</source>
        <translation>最少合格供应商数</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>最高分</translation>
    </message>
    <message>
        <source>lowest</source>
        <translation>最低分</translation>
    </message>
    <message>
        <source>Values dropped</source>
        <translation>去掉的分数</translation>
    </message>
    <message>
        <source>Drop them from</source>
        <translation>去掉范围</translation>
    </message>
    <message>
        <source>Ties compare</source>
        <translation>并列比较依据</translation>
    </message>
    <message>
        <source>Winners and allocation</source>
        <translation>成交供应商及份额</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>公示开始日期</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>公示期</translation>
    </message>
    <message>
        <source>Highest values dropped</source>
        <translation>去掉最高分个数</translation>
    </message>
    <message>
        <source>Lowest values dropped</source>
        <translation>去掉最低分个数</translation>
    </message>
    <message>
        <source>Count the day of publication</source>
        <translation>计入公示当日</translation>
    </message>
    <message>
        <source>Change the winners and their shares</source>
        <translation>修改成交供应商及份额</translation>
    </message>
    <message>
        <source>Change the winners and their service areas</source>
        <translation>修改成交人及服务区域</translation>
    </message>
    <message>
        <source>Change the winners, their shares and service areas</source>
        <translation>修改成交人、承办份额及服务区域</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>修改“%1”</translation>
    </message>
</context>
<context>
    <name>tp::ui::ProjectorWindow</name>
    <message>
        <source>TenderPanel: audience view</source>
        <translation>TenderPanel：投影视图</translation>
    </message>
    <message>
        <source>Presentation order</source>
        <translation>演示顺序</translation>
    </message>
    <message>
        <source>Result of the negotiation</source>
        <translation>谈判结果</translation>
    </message>
    <message>
        <source>%1.  %2</source>
        <translation>%1.  %2</translation>
    </message>
    <message>
        <source>Seed: %1
Check the commitment with: %2</source>
        <translation>种子：%1
用以下命令核对承诺值：%2</translation>
    </message>
    <message>
        <source>Presentation %1 of %2</source>
        <translation>第 %1/%2 场演示</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>谈判供应商</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>服务区域</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Anonymous vote, round %1: result</source>
        <translation>无记名表决，第%1轮：结果</translation>
    </message>
    <message>
        <source>%1: %2 ballots</source>
        <translation>%1：%2票</translation>
    </message>
    <message>
        <source>Blank ballots: %1. Ballots cast: %2 of %3.</source>
        <translation>空白票：%1。已投 %2/%3 张选票。</translation>
    </message>
    <message>
        <source>Anonymous vote, round %1</source>
        <translation>无记名表决，第%1轮</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>ballots cast. The tally is shown when the round closes.</source>
        <translation>张选票已投。本轮结束后公布计票结果。</translation>
    </message>
</context>
<context>
    <name>tp::ui::ProposalsStepPage</name>
    <message>
        <source>Proposal received</source>
        <translation>已收到响应文件</translation>
    </message>
    <message>
        <source>Copies and seal</source>
        <translation>份数及密封</translation>
    </message>
    <message>
        <source>Receive proposal…</source>
        <translation>接收响应文件…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>打印接收回执…</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>将回执另存为 PDF…</translation>
    </message>
    <message>
        <source>Opening of the proposals</source>
        <translation>谈判方案开启</translation>
    </message>
    <message>
        <source>Record the opening</source>
        <translation>记录开启</translation>
    </message>
    <message>
        <source>Correct or withdraw the selected proposal receipt, with the reason</source>
        <translation>更正或撤销所选的响应文件接收记录，并说明理由</translation>
    </message>
    <message>
        <source>The receipt for the representative of the selected bidder: time received, copies, seal, lateness, with lines for both signatures</source>
        <translation>为所选供应商的代表打印回执：接收时间、份数、密封情况、是否逾期，并留有双方签名栏</translation>
    </message>
    <message>
        <source>names, separated by 、 or commas</source>
        <translation>姓名，以顿号或逗号分隔</translation>
    </message>
    <message>
        <source>Recorded for every proposal received and not rejected; printed in the evaluation report. It can be corrected until the draw.</source>
        <translation>记入每份已接收且未拒收的谈判方案，并载入评审报告；抽签前可更正。</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>开启时间</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>见证人</translation>
    </message>
    <message>
        <source>The opening is not recorded</source>
        <translation>开启未记录</translation>
    </message>
    <message>
        <source>%1 of %2 copies</source>
        <translation>%1/%2 份</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation>%1 份</translation>
    </message>
    <message>
        <source>seal intact</source>
        <translation>密封完好</translation>
    </message>
    <message>
        <source>seal broken</source>
        <translation>密封破损</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>拒收：%1</translation>
    </message>
    <message>
        <source>negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>%1-receipt-%2.pdf</source>
        <translation>%1-接收回执-%2.pdf</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>将回执另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No proposal is awaited</source>
        <translation>没有待接收的响应文件</translation>
    </message>
    <message>
        <source>Every bidder registered in time and eligible has a recorded receipt. A receipt recorded in error is changed with &quot;Correct…&quot;.</source>
        <translation>按时登记且符合资格的供应商均已有接收记录。误录的接收记录请用“更正…”修改。</translation>
    </message>
    <message>
        <source>The proposal is not recorded</source>
        <translation>响应文件未记录</translation>
    </message>
    <message>
        <source>The receipt is not corrected</source>
        <translation>接收记录未更正</translation>
    </message>
</context>
<context>
    <name>tp::ui::PublicationForm</name>
    <message>
        <source>Count the day of publication when it is a working day</source>
        <translation>公示当日为工作日的，计入公示期</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布公示</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Unchecked, the period starts on the day after publication (Civil Code art. 201); this is the same setting as in the project&apos;s setup.</source>
        <translation>不勾选时，公示期自发布次日起算（《民法典》第二百零一条）；此项与项目设置中的同一设置一致。</translation>
    </message>
    <message>
        <source>e.g. the website of the medical security bureau</source>
        <translation>例如：医疗保障局门户网站</translation>
    </message>
    <message>
        <source>person and telephone for challenges</source>
        <translation>质疑联系人及电话</translation>
    </message>
    <message>
        <source>where a written challenge is delivered</source>
        <translation>书面质疑的递交地址</translation>
    </message>
    <message>
        <source>Notice starts on</source>
        <translation>公示开始日期</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日数</translation>
    </message>
    <message>
        <source>Published on (website)</source>
        <translation>公示网站</translation>
    </message>
    <message>
        <source>Contact for challenges</source>
        <translation>质疑联系方式</translation>
    </message>
    <message>
        <source>Challenges received at</source>
        <translation>质疑受理地址</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>公示期</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (first counted day) to %2 (last day), %n working day(s)</source>
        <translation>
            <numerusform>%1（第一个计算日）至 %2（最后一日），共 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar has no holiday arrangements for %1: only weekends are counted as days off there. Check the end date.</source>
        <translation>工作日历中没有 %1 年的节假日安排：该年只把周末算作休息日。请核对截止日期。</translation>
    </message>
    <message>
        <source>Enter the website where the notice is published</source>
        <translation>请填写公示网站</translation>
    </message>
</context>
<context>
    <name>tp::ui::PublicationStepPage</name>
    <message>
        <source>Publish the result notice</source>
        <translation>发布结果公示</translation>
    </message>
    <message>
        <source>Seal the archive…</source>
        <translation>封存归档…</translation>
    </message>
    <message>
        <source>Preview result notice</source>
        <translation>预览结果公示</translation>
    </message>
    <message>
        <source>Preview evaluation report</source>
        <translation>预览评审报告</translation>
    </message>
    <message>
        <source>Preview letters</source>
        <translation>预览通知书</translation>
    </message>
    <message>
        <source>Preview robustness analysis</source>
        <translation>预览稳健性分析</translation>
    </message>
    <message>
        <source>For the supervisors: how robust the result is. It is not published.</source>
        <translation>供监督人员使用：评审结果的稳健性。不予公示。</translation>
    </message>
    <message>
        <source>Result notice</source>
        <translation>结果公示</translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation>评审报告</translation>
    </message>
    <message>
        <source>Letters to the bidders</source>
        <translation>致各供应商的结果通知书</translation>
    </message>
    <message>
        <source>Robustness analysis (for the supervisors)</source>
        <translation>稳健性分析（供监督人员）</translation>
    </message>
    <message>
        <source>Sealed archive</source>
        <translation>封存归档文件</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>Sealed archive file</source>
        <translation>封存归档文件</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>已出具的文书</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>发出时间</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>发布媒介</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Not recorded as issued: the negotiation is archived.</source>
        <translation>未登记为已出具：谈判已归档。</translation>
    </message>
    <message>
        <source>Draft: not recorded as issued. The result notice is issued once it is published; export it again after publishing.</source>
        <translation>草稿：未登记为已发出。结果公示发布后才算正式发出，请在发布后重新导出。</translation>
    </message>
    <message>
        <source>Already recorded as issued (SHA-256 %1).</source>
        <translation>已登记为已发出（SHA-256 %1）。</translation>
    </message>
    <message>
        <source>Not recorded as issued: %1</source>
        <translation>未登记为已出具：%1</translation>
    </message>
    <message>
        <source>Recorded as issued (SHA-256 %1).</source>
        <translation>已登记为已出具（SHA-256 %1）。</translation>
    </message>
    <message>
        <source>Not noted in the record: the negotiation is archived.</source>
        <translation>未记入记录：谈判已归档。</translation>
    </message>
    <message>
        <source>The export could not be noted in the record: %1</source>
        <translation>导出无法记入记录：%1</translation>
    </message>
    <message>
        <source>Noted in the record as a draft (SHA-256 %1), not as issued.</source>
        <translation>已作为草稿记入记录（SHA-256 %1），未记为正式出具。</translation>
    </message>
    <message>
        <source>The result is not fixed yet: compute it in the results step, then publish the notice here.</source>
        <translation>结果尚未确定：请先在“结果”步骤中计算结果，再在此发布公示。</translation>
    </message>
    <message>
        <source>The result is fixed. Enter when and where the notice is published, then publish it. A notice exported before publishing is a draft: it is not recorded as issued.</source>
        <translation>结果已确定。请填写公示的发布时间和发布媒介，然后发布。发布前导出的公示为草稿，不登记为已发出。</translation>
    </message>
    <message>
        <source>The result notice is published. When the period is over and any challenge is settled, seal the archive.</source>
        <translation>结果公示已发布。公示期满且质疑处理完毕后，请封存归档。</translation>
    </message>
    <message>
        <source>The negotiation is archived: it can no longer change.</source>
        <translation>本次谈判已归档，不能再作任何更改。</translation>
    </message>
    <message>
        <source>The publication period is not set in the project yet.</source>
        <translation>公示期尚未在项目中设置。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Result notice&lt;/h3&gt;&lt;p&gt;Published from %1 for %2 working days: the first counted day is %3, the period ends on %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;结果公示&lt;/h3&gt;&lt;p&gt;自 %1 起公示 %2 个工作日：第一个计算日为 %3，公示期于 %4 结束。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Published on: %1</source>
        <translation>公示网站：%1</translation>
    </message>
    <message>
        <source>Contact for challenges: %1</source>
        <translation>质疑联系方式：%1</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sealed into %1.</source>
        <translation>已封存为 %1。</translation>
    </message>
    <message>
        <source>Seal digest:</source>
        <translation>封存摘要：</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Check the archive with:</source>
        <translation>核验归档文件：</translation>
    </message>
    <message>
        <source>or, without TenderPanel:</source>
        <translation>或不使用本软件：</translation>
    </message>
    <message>
        <source>The notice cannot be published</source>
        <translation>无法发布公示</translation>
    </message>
    <message numerus="yes">
        <source>Publish the result notice on %1 for %n working day(s), %2?

The publication details cannot be changed afterwards.</source>
        <translation>
            <numerusform>在 %1 发布结果公示，公示 %n 个工作日（%2）？

发布后公示信息不能再更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive cannot be sealed</source>
        <translation>无法封存归档</translation>
    </message>
    <message>
        <source>negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Seal the archive</source>
        <translation>封存归档</translation>
    </message>
    <message>
        <source>Sealed archives (*.tparchive)</source>
        <translation>封存归档文件 (*.tparchive)</translation>
    </message>
    <message>
        <source>Seal the negotiation into %1 and archive it?

Afterwards nothing in this negotiation can change.</source>
        <translation>将本次谈判封存为 %1 并归档？

归档后本次谈判不能再作任何更改。</translation>
    </message>
    <message>
        <source>The result notice cannot be made</source>
        <translation>无法生成结果公示</translation>
    </message>
    <message>
        <source>The document cannot be made</source>
        <translation>无法生成文书</translation>
    </message>
    <message>
        <source>Only a ranked result can be analysed; this one has no ranking.</source>
        <translation>只有已排名的结果才能分析；此结果没有排名。</translation>
    </message>
    <message>
        <source>Only a final or failed result is published; the result is not fixed yet.</source>
        <translation>只有最终结果或谈判失败的结果才能公示；结果尚未确定。</translation>
    </message>
    <message>
        <source>%1-result-notice.pdf</source>
        <translation>%1-结果公示.pdf</translation>
    </message>
    <message>
        <source>%1-evaluation-report.pdf</source>
        <translation>%1-评审报告.pdf</translation>
    </message>
    <message>
        <source>%1-letters.pdf</source>
        <translation>%1-通知书.pdf</translation>
    </message>
    <message>
        <source>%1-robustness-analysis.pdf</source>
        <translation>%1-评审结果稳健性分析.pdf</translation>
    </message>
    <message>
        <source>Not recorded as issued: only the Chinese document is official.</source>
        <translation>未登记为已出具：只有中文文书是正式文书。</translation>
    </message>
</context>
<context>
    <name>tp::ui::RankingModel</name>
    <message>
        <source>Dropped: highest total</source>
        <translation>去掉：最高总分</translation>
    </message>
    <message>
        <source>Dropped: lowest total</source>
        <translation>去掉：最低总分</translation>
    </message>
    <message>
        <source>Exact mean of the kept totals: %1 hundredths</source>
        <translation>保留总分的精确平均分：%1（单位：0.01 分）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The order within a tie was decided by an anonymous vote of the panel.</source>
        <translation>并列内的名次由谈判小组无记名表决决定。</translation>
    </message>
    <message>
        <source>Tied: an anonymous vote of the panel decides the order.</source>
        <translation>并列：由谈判小组无记名表决决定名次。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>tied</source>
        <translation>并列</translation>
    </message>
    <message>
        <source>by vote</source>
        <translation>经表决</translation>
    </message>
    <message>
        <source>Total given by %1 (%2)</source>
        <translation>%1 给出的总分（%2）</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>谈判供应商</translation>
    </message>
    <message>
        <source>Exact mean</source>
        <translation>精确平均分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>服务区域</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>表决</translation>
    </message>
</context>
<context>
    <name>tp::ui::ReceiveProposalDialog</name>
    <message>
        <source>Sealed</source>
        <translation>已密封</translation>
    </message>
    <message>
        <source>Withdraw this receipt: it was recorded in error</source>
        <translation>撤销此接收记录（误录）</translation>
    </message>
    <message>
        <source>Receive proposal</source>
        <translation>接收响应文件</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>谈判供应商</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <source>Correct proposal receipt</source>
        <translation>更正响应文件接收记录</translation>
    </message>
</context>
<context>
    <name>tp::ui::RegisterBidderDialog</name>
    <message>
        <source>Letter of introduction checked</source>
        <translation>已核验介绍信</translation>
    </message>
    <message>
        <source>Copy of the ID card checked</source>
        <translation>已核验身份证复印件</translation>
    </message>
    <message>
        <source>Meets the eligibility requirements</source>
        <translation>符合资格要求</translation>
    </message>
    <message>
        <source>Withdraw this registration: it was recorded in error</source>
        <translation>撤销此登记（误录）</translation>
    </message>
    <message>
        <source>Register bidder</source>
        <translation>登记供应商</translation>
    </message>
    <message>
        <source>Bidder number</source>
        <translation>供应商编号</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <source>Correct registration</source>
        <translation>更正登记</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
</context>
<context>
    <name>tp::ui::RegistrationStepPage</name>
    <message>
        <source>Registered at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>核验材料</translation>
    </message>
    <message>
        <source>Register bidder…</source>
        <translation>登记供应商…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Correct or withdraw the selected registration, with the reason</source>
        <translation>更正或撤销所选的登记，并说明理由</translation>
    </message>
    <message>
        <source>Representative: %1</source>
        <translation>代表人：%1</translation>
    </message>
    <message>
        <source>Letter of introduction %1</source>
        <translation>介绍信 %1</translation>
    </message>
    <message>
        <source>Copy of ID %1</source>
        <translation>身份证复印件 %1</translation>
    </message>
    <message>
        <source>The bidder is not registered</source>
        <translation>供应商未登记</translation>
    </message>
    <message>
        <source>The registration is not corrected</source>
        <translation>登记未更正</translation>
    </message>
</context>
<context>
    <name>tp::ui::ResultsPage</name>
    <message>
        <source>Start the anonymous vote…</source>
        <translation>开始无记名表决…</translation>
    </message>
    <message>
        <source>Approve the ranking for publication…</source>
        <translation>批准排名用于公示…</translation>
    </message>
    <message>
        <source>Export the scores as a workbook…</source>
        <translation>导出评分工作簿…</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx): the ranking with each member&apos;s totals, one sheet per member with the scores as signed, and the rules.</source>
        <translation>Excel 工作簿（.xlsx）：含各成员总分的排名、每名成员一张签署评分表，以及评审规则。</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Robustness analysis</source>
        <translation>稳健性分析</translation>
    </message>
    <message>
        <source>How close the result is, whether it would differ without any one member, and how each member scored.</source>
        <translation>领先幅度、去掉任何一名成员后结果是否改变，以及各评审成员的评分情况。</translation>
    </message>
    <message>
        <source>Excluded: %1 (%2)</source>
        <translation>已排除：%1（%2）</translation>
    </message>
    <message>
        <source>Final ranking. Selected: %1</source>
        <translation>最终排名。成交：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 serves %2: %3</source>
        <translation>%1 承担%2：%3</translation>
    </message>
    <message>
        <source>Tie for positions %1–%2: %3. The panel decides by anonymous vote.</source>
        <translation>名次 %1–%2 并列：%3。由谈判小组无记名表决决定。</translation>
    </message>
    <message>
        <source>The negotiation failed: fewer qualified bidders than the project requires.</source>
        <translation>谈判失败：合格供应商少于项目要求的数量。</translation>
    </message>
    <message>
        <source>Scoring is not complete yet: no results.</source>
        <translation>评分尚未完成：没有结果。</translation>
    </message>
    <message>
        <source>Anonymous vote — %1</source>
        <translation>无记名表决 — %1</translation>
    </message>
    <message>
        <source>Struck-through totals are dropped (one highest, one lowest); the score is the mean of the rest, published with 2 decimals.</source>
        <translation>划线的总分已去掉（一个最高分和一个最低分）；得分为其余总分的平均分，公示时保留 2 位小数。</translation>
    </message>
    <message>
        <source>Approve ranking</source>
        <translation>批准排名</translation>
    </message>
    <message>
        <source>Approve this final ranking? The ranking (positions, scores and shares) can then be shown to the audience and published.</source>
        <translation>批准此最终排名吗？批准后排名（名次、得分和份额）即可向现场展示并公示。</translation>
    </message>
    <message>
        <source>Panel totals per bidder</source>
        <translation>各供应商的谈判小组总分</translation>
    </message>
    <message>
        <source>Totals of the panel</source>
        <translation>谈判小组的总分</translation>
    </message>
    <message>
        <source>Dropped totals</source>
        <translation>去掉的总分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Mean score per criterion</source>
        <translation>各评判要素的平均分</translation>
    </message>
</context>
<context>
    <name>tp::ui::ResultsStepPage</name>
    <message>
        <source>Go to the publication step</source>
        <translation>前往公示步骤</translation>
    </message>
    <message>
        <source>The ranking is not approved</source>
        <translation>排名未批准</translation>
    </message>
    <message>
        <source>Ranking approved for publication on %1 by %2. Next: publish the result notice.</source>
        <translation>排名已于 %1 由 %2 批准用于公示。下一步：发布结果公告。</translation>
    </message>
    <message>
        <source>There is no result yet: it is computed once every sheet is submitted and every flagged score is reviewed.</source>
        <translation>尚无结果：所有评分表均已提交、所有标记的评分均已复核后，才计算结果。</translation>
    </message>
    <message>
        <source>There is no result yet: %1</source>
        <translation>尚无结果：%1</translation>
    </message>
    <message>
        <source>There is no result yet: the scores are not all in.</source>
        <translation>尚无结果：分值尚未全部录入。</translation>
    </message>
    <message>
        <source>Export the scores as a workbook</source>
        <translation>导出评分工作簿</translation>
    </message>
    <message>
        <source>negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>%1-scores.xlsx</source>
        <translation>%1-评分.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The scores are written to %1.</source>
        <translation>评分已写入 %1。</translation>
    </message>
</context>
<context>
    <name>tp::ui::RobustnessView</name>
    <message>
        <source>There is no ranking yet: nothing to analyse.</source>
        <translation>尚无排名，不作稳健性分析。</translation>
    </message>
    <message>
        <source>Without each member, recomputed (votes not counted)</source>
        <translation>逐一去掉一名评审成员后重新计算（不计表决）</translation>
    </message>
    <message>
        <source>How each member scored</source>
        <translation>评审成员评分情况</translation>
    </message>
    <message>
        <source>The last winner %1 is %3 points ahead of the best-ranked bidder who does not win, %2 (votes not counted).</source>
        <translation>最后一名成交供应商 %1 比排名最前的未成交供应商 %2 高 %3 分（未计表决）。</translation>
    </message>
    <message>
        <source>Every qualified bidder wins: there is no margin.</source>
        <translation>所有有效供应商均成交，无领先幅度。</translation>
    </message>
    <message>
        <source>Leaving out any one member, the winners stay the same.</source>
        <translation>去掉任何一名成员，成交结果均不变。</translation>
    </message>
    <message numerus="yes">
        <source>Leaving out any one of %n member(s) would change the winners (rows marked “Changed”).</source>
        <translation>
            <numerusform>去掉其中 %n 名成员之一，成交结果会改变（见标为“改变”的行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The result waits for the vote and has no winners yet, so every row counts as changed.</source>
        <translation>结果尚待表决，还没有成交供应商，因此每一行都算作改变。</translation>
    </message>
    <message>
        <source>%1
Final score: %2</source>
        <translation>%1
最终得分：%2</translation>
    </message>
    <message>
        <source>%1
%2: total %3</source>
        <translation>%1
%2：总分 %3</translation>
    </message>
    <message>
        <source>Each member&apos;s totals against the final scores</source>
        <translation>各评审成员总分与最终得分对比</translation>
    </message>
    <message>
        <source>Final score (exact)</source>
        <translation>最终得分（精确）</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
</context>
<context>
    <name>tp::ui::ScoreSheetModel</name>
    <message>
        <source>“%1” is not a score: type a number such as 16 or 16.5.</source>
        <translation>“%1”不是分值：请输入数字，例如 16 或 16.5。</translation>
    </message>
    <message>
        <source>%1 has more than 2 decimals: scores are kept to 0.01.</source>
        <translation>%1 的小数超过 2 位：分值精确到 0.01。</translation>
    </message>
    <message>
        <source>A score cannot be negative: criterion %1 takes 0 to %2.</source>
        <translation>分值不能为负：评判要素 %1 的分值为 0 至 %2。</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2 of criterion %3.</source>
        <translation>%1 高于评判要素 %3 的满分 %2。</translation>
    </message>
    <message>
        <source>This sheet has been submitted and can no longer be changed.</source>
        <translation>此评分表已提交，不能再更改。</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>%1 (max %2)</source>
        <translation>%1（满分 %2）</translation>
    </message>
    <message>
        <source>%1 %2 (max %3)</source>
        <translation>%1 %2（满分 %3）</translation>
    </message>
    <message>
        <source>%1 %2
Score from 0 to %3 points, up to 2 decimals.</source>
        <translation>%1 %2
分值为 0 至 %3 分，最多 2 位小数。</translation>
    </message>
    <message>
        <source>Some scores for this bidder are still empty.</source>
        <translation>此供应商还有分值为空。</translation>
    </message>
    <message>
        <source>%1 for %2: 0 to %3</source>
        <translation>%1 对 %2：0 至 %3</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评判要素</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>tp::ui::ScoreSheetWidget</name>
    <message>
        <source>Submit my score sheet…</source>
        <translation>提交我的评分表…</translation>
    </message>
    <message>
        <source>Type each score and press Enter: from 0 to the criterion&apos;s maximum, up to 2 decimals. Other members&apos; sheets and all totals stay hidden until every sheet is in.</source>
        <translation>输入每个分值后按回车：分值为 0 至该评判要素的满分，最多 2 位小数。在所有评分表提交之前，其他成员的评分表和全部总分均不显示。</translation>
    </message>
    <message>
        <source>Score sheet of %1</source>
        <translation>%1的评分表</translation>
    </message>
    <message>
        <source>%1 of %2 panel members have submitted their sheets.</source>
        <translation>%2 名谈判小组成员中已有 %1 名提交评分表。</translation>
    </message>
    <message>
        <source>Submitted. The figures of every sheet stay hidden until all panel members have submitted.</source>
        <translation>已提交。全体成员提交之前,所有评分表的分数均不显示。</translation>
    </message>
    <message>
        <source>Submitted. This sheet can no longer be changed.</source>
        <translation>已提交。此评分表不能再更改。</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>%1 of %2 scores entered.</source>
        <translation>已录入 %1/%2 个分值。</translation>
    </message>
    <message>
        <source>Score sheet incomplete</source>
        <translation>评分表不完整</translation>
    </message>
    <message>
        <source>Every criterion needs a score for every bidder before the sheet can be submitted.</source>
        <translation>每个评判要素都需要为每家供应商打分后，才能提交评分表。</translation>
    </message>
    <message>
        <source>Submit score sheet</source>
        <translation>提交评分表</translation>
    </message>
    <message>
        <source>Submit your score sheet now?

Scoring is one-time: once submitted, your scores cannot be changed. A correction is only possible later through a correction recorded by the panel.</source>
        <translation>现在提交您的评分表吗？

评分为一次性评判：提交后您的分值不能再更改。之后只能通过谈判小组记录的更正进行修改。</translation>
    </message>
</context>
<context>
    <name>tp::ui::ScoringStepPage</name>
    <message>
        <source>Panel member:</source>
        <translation>谈判小组成员：</translation>
    </message>
    <message>
        <source>Panel terminal</source>
        <translation>谈判小组终端</translation>
    </message>
    <message>
        <source>Paper sheets</source>
        <translation>纸质评分表</translation>
    </message>
    <message>
        <source>Abnormal scores</source>
        <translation>异常评分</translation>
    </message>
    <message>
        <source>Member terminals</source>
        <translation>评分终端</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Scores cannot be entered now: %1</source>
        <translation>现在不能录入分值：%1</translation>
    </message>
    <message>
        <source>%1 of %2 sheets submitted; the totals stay hidden until every sheet is in.</source>
        <translation>已提交 %1/%2 张评分表；在所有评分表提交之前，总分不显示。</translation>
    </message>
    <message>
        <source>Abnormal scores (%1)</source>
        <translation>异常评分（%1）</translation>
    </message>
    <message>
        <source>Every sheet is submitted and no flagged score waits for review: the result can be computed.</source>
        <translation>所有评分表均已提交，且没有待复核的标记评分：可以计算结果。</translation>
    </message>
    <message>
        <source>Every sheet is submitted. %1 flagged score(s) wait for the panel to confirm or correct them before the result is computed.</source>
        <translation>所有评分表均已提交。有 %1 个标记的评分待谈判小组确认或更正，之后才能计算结果。</translation>
    </message>
    <message>
        <source>The confirmation is not recorded</source>
        <translation>确认未能记录</translation>
    </message>
    <message>
        <source>The correction is not recorded</source>
        <translation>更正未能记录</translation>
    </message>
    <message>
        <source>The score is not stored</source>
        <translation>分值未存储</translation>
    </message>
    <message>
        <source>The sheet is not submitted</source>
        <translation>评分表未提交</translation>
    </message>
    <message>
        <source>The paper sheet is not stored</source>
        <translation>纸质评分表未存储</translation>
    </message>
</context>
<context>
    <name>tp::ui::SealedArchiveDialog</name>
    <message>
        <source>Sealed archive %1</source>
        <translation>封存归档 %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation>以只读方式打开：%1</translation>
    </message>
    <message>
        <source>Files in the archive:</source>
        <translation>归档中的文件：</translation>
    </message>
    <message>
        <source>The archive verifies: every file matches the manifest and the seal, and the record evaluates to the stored result. Seal digest (SHA-256): %1</source>
        <translation>归档验证通过：每个文件均与清单和封存摘要一致，记录重新评估的结果与存储的结果一致。封存摘要（SHA-256）：%1</translation>
    </message>
    <message>
        <source>The archive verifies: every file matches the manifest and the seal, and every document is the one its record produces. Seal digest (SHA-256): %1</source>
        <translation>归档验证通过：每个文件均与清单和封存摘要一致，每份文书均与其记录生成的结果一致。封存摘要（SHA-256）：%1</translation>
    </message>
    <message>
        <source>The archive does NOT verify: it differs from what was sealed.</source>
        <translation>归档验证未通过：与封存时的内容不同。</translation>
    </message>
</context>
<context>
    <name>tp::ui::SetupEditor</name>
    <message>
        <source>The negotiation cannot be read</source>
        <translation>无法读取谈判</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <source>Add criterion %1</source>
        <translation>添加评判要素 %1</translation>
    </message>
    <message>
        <source>Edit criterion %1</source>
        <translation>编辑评判要素 %1</translation>
    </message>
    <message>
        <source>Rename criterion %1 to %2</source>
        <translation>将评判要素 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Remove criterion %1</source>
        <translation>删除评判要素 %1</translation>
    </message>
    <message>
        <source>Move criterion %1</source>
        <translation>移动评判要素 %1</translation>
    </message>
    <message>
        <source>Load the criteria of a template</source>
        <translation>载入模板的评判要素</translation>
    </message>
    <message>
        <source>Add panel member %1</source>
        <translation>添加谈判小组成员 %1</translation>
    </message>
    <message>
        <source>Edit panel member %1</source>
        <translation>编辑谈判小组成员 %1</translation>
    </message>
    <message>
        <source>Remove panel member %1</source>
        <translation>删除谈判小组成员 %1</translation>
    </message>
    <message>
        <source>Move panel member %1</source>
        <translation>移动谈判小组成员 %1</translation>
    </message>
</context>
<context>
    <name>tp::ui::SetupStepPage</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>评判要素</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>谈判小组</translation>
    </message>
    <message>
        <source>Notice and letters</source>
        <translation>公示与通知书</translation>
    </message>
    <message>
        <source>The winners are not changed</source>
        <translation>成交人设置未修改</translation>
    </message>
    <message>
        <source>The criterion is not changed</source>
        <translation>评判要素未更改</translation>
    </message>
    <message>
        <source>What the result notice, the evaluation report and the letters print. An empty field is left out of them. These can be changed until the notice is published.</source>
        <translation>结果公示、评审报告和通知书所载信息。未填写的项目不予列出。公示发布前均可修改。</translation>
    </message>
    <message>
        <source>The notice is published with these details; they can no longer change.</source>
        <translation>公示已按这些信息发布，不能再修改。</translation>
    </message>
    <message>
        <source>Criteria (%1 · %2 points)</source>
        <translation>评判要素（%1 项 · %2 分）</translation>
    </message>
    <message>
        <source>Panel (%1)</source>
        <translation>谈判小组（%1）</translation>
    </message>
    <message>
        <source>Enter the project&apos;s settings, the criteria and the panel. Each change is saved at once and can be undone (Ctrl+Z). They are fixed once registration opens.</source>
        <translation>请填写项目设置、评判要素和谈判小组。每次修改都会立即保存，并可撤销（Ctrl+Z）。登记开始后即固定，不能再修改。</translation>
    </message>
    <message>
        <source>The settings are shown read-only here; they are fixed once registration opens.</source>
        <translation>此处只读显示设置；登记开始后设置即固定。</translation>
    </message>
    <message>
        <source>Registration cannot open yet:</source>
        <translation>尚不能开始登记:</translation>
    </message>
    <message>
        <source>The details are not saved</source>
        <translation>信息未保存</translation>
    </message>
</context>
<context>
    <name>tp::ui::StepPage</name>
    <message>
        <source>The audit log does not verify</source>
        <translation>审计日志核验未通过</translation>
    </message>
    <message>
        <source>The document cannot be made</source>
        <translation>无法生成文书</translation>
    </message>
</context>
<context>
    <name>tp::ui::TimerStyle</name>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Supplementary statement</source>
        <translation>补充陈述</translation>
    </message>
    <message>
        <source>Time is up: overrun</source>
        <translation>时间到：超时</translation>
    </message>
</context>
<context>
    <name>tp::ui::VoteStepPage</name>
    <message>
        <source>Show the vote on the projector</source>
        <translation>在投影上显示表决</translation>
    </message>
    <message>
        <source>Shows the round on the audience&apos;s screen: the number of ballots cast while it is open, the tally once it is closed</source>
        <translation>在观众屏幕上显示本轮表决：进行中只显示已投票数，结束后显示计票结果</translation>
    </message>
    <message>
        <source>No vote is pending: the result is fixed.</source>
        <translation>没有待进行的表决：结果已确定。</translation>
    </message>
    <message>
        <source>A vote is held only when the scoring ends in a tie that matters.</source>
        <translation>只有当评分出现影响结果的并列时才进行表决。</translation>
    </message>
    <message>
        <source>Tie between %1: the panel votes (round %2).</source>
        <translation>%1 并列：由谈判小组表决（第 %2 轮）。</translation>
    </message>
    <message>
        <source>The ballot is not recorded</source>
        <translation>选票未能记录</translation>
    </message>
    <message>
        <source>The vote cannot be stored</source>
        <translation>表决无法存储</translation>
    </message>
    <message>
        <source>The result cannot be computed</source>
        <translation>无法计算结果</translation>
    </message>
</context>
<context>
    <name>tp::ui::VoteWidget</name>
    <message>
        <source>I am ready to vote</source>
        <translation>我已准备好投票</translation>
    </message>
    <message>
        <source>Close the round…</source>
        <translation>结束本轮…</translation>
    </message>
    <message>
        <source>Cast my ballot…</source>
        <translation>投出我的选票…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Pass the laptop to the next panel member. The member picks their own name on the roll; only the member voting looks at the screen.</source>
        <translation>请将笔记本电脑交给下一位谈判小组成员。成员在名单上选择自己的姓名；只有正在投票的成员观看屏幕。</translation>
    </message>
    <message>
        <source>Roll (who has voted):</source>
        <translation>名单（已投票者）：</translation>
    </message>
    <message>
        <source>I am:</source>
        <translation>我是：</translation>
    </message>
    <message>
        <source>Choose one bidder, or a blank ballot. Your choice is not linked to you.</source>
        <translation>选择一家供应商，或投空白票。您的选择不会与您关联。</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>谈判供应商</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>选票</translation>
    </message>
    <message>
        <source>Anonymous vote, round %1: %2</source>
        <translation>无记名表决，第 %1 轮：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Blank ballot (no choice)</source>
        <translation>空白票（不选择）</translation>
    </message>
    <message>
        <source>(choose your name)</source>
        <translation>（选择您的姓名）</translation>
    </message>
    <message>
        <source>✓ %1 — has voted</source>
        <translation>✓ %1 — 已投票</translation>
    </message>
    <message>
        <source>○ %1 — not yet</source>
        <translation>○ %1 — 尚未投票</translation>
    </message>
    <message>
        <source>%1 of %2 ballots cast</source>
        <translation>已投 %1/%2 张选票</translation>
    </message>
    <message>
        <source>Cast a blank ballot? It cannot be changed afterwards.</source>
        <translation>投空白票吗？投出后不能更改。</translation>
    </message>
    <message>
        <source>Cast your ballot for %1? It cannot be changed afterwards.</source>
        <translation>将选票投给 %1 吗？投出后不能更改。</translation>
    </message>
    <message>
        <source>Cast ballot</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Close the round</source>
        <translation>结束本轮</translation>
    </message>
    <message>
        <source>Only %1 of %2 members have voted. Close the round now and count the ballots?</source>
        <translation>%2 名成员中只有 %1 名已投票。现在结束本轮并计票吗？</translation>
    </message>
    <message>
        <source>Round %1 closed: %2 of %3 ballots cast.</source>
        <translation>第 %1 轮已结束：已投 %2/%3 张选票。</translation>
    </message>
    <message>
        <source>Blank ballots</source>
        <translation>空白票</translation>
    </message>
</context>
</TS>
