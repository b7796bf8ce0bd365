#include "DocumentText.h"

#include "model/Decimal.h"
#include "model/Terms.h"

namespace tp::report {

QString DocumentText::pageNumber(int page, int pages)
{
    return QStringLiteral(u"第 %1 页 共 %2 页").arg(page).arg(pages);
}

QString DocumentText::sectionNumber(int n)
{
    static const QString digits = QStringLiteral(u"零一二三四五六七八九");
    QString text;
    if (n >= 10 && n < 100) {
        if (n / 10 > 1)
            text += digits.at(n / 10);
        text += QStringLiteral(u"十");
        if (n % 10)
            text += digits.at(n % 10);
    } else if (n >= 0 && n < 10) {
        text = digits.at(n);
    } else {
        text = QString::number(n);
    }
    return text + QStringLiteral(u"、");
}

QString DocumentText::leaderMark()
{
    return QStringLiteral(u"(组长)");
}
QString DocumentText::listSeparator()
{
    return QStringLiteral(u"、");
}
QString DocumentText::pointsUnit(const QString& points)
{
    return points + QStringLiteral(u" 分");
}
QString DocumentText::position(int position)
{
    return QStringLiteral(u"第 %1 名").arg(position);
}
QString DocumentText::exclusionReason(const QString& code)
{
    return Terms::exclusionReason(code);
}
QString DocumentText::warning(const QString& code, const QString& bidderName)
{
    return Terms::warning(code, bidderName);
}
QString DocumentText::statusText(const QString& code)
{
    return Terms::status(code);
}
QString DocumentText::selectiveNegotiation()
{
    return QStringLiteral(u"选择性谈判");
}

QString DocumentText::scoringMethod(const Project& project)
{
    const TrimRule& trim = project.trim;
    QString dropping;
    if (trim.highest == 0 && trim.lowest == 0)
        dropping = QStringLiteral(u"不去掉最高分和最低分,");
    else
        dropping = QStringLiteral(u"去掉 %1 个最高分和 %2 个最低分后,").arg(trim.highest).arg(trim.lowest);
    QString text = QStringLiteral(u"谈判小组成员按评分标准独立、一次性评分。");
    if (trim.level == TrimLevel::Total)
        text +=
            QStringLiteral(u"每家谈判人的各成员总分") + dropping + QStringLiteral(u"取其余总分的算术平均值为最终得分;");
    else
        text += QStringLiteral(u"每个评分项的各成员评分") + dropping +
                QStringLiteral(u"取算术平均值,各评分项平均值之和为最终得分;");
    text += QStringLiteral(u"最终得分按四舍五入保留两位小数公布,按得分由高到低排序;");
    text += project.tiePrecision == TiePrecision::Exact
                ? QStringLiteral(u"得分精确值相同且影响成交结果的,由谈判小组无记名投票确定排序。")
                : QStringLiteral(u"公布得分相同且影响成交结果的,由谈判小组无记名投票确定排序。");
    return text;
}

QString DocumentText::allocationRule(const Project& project)
{
    QStringList parts;
    for (auto it = project.allocation.cbegin(); it != project.allocation.cend(); ++it) {
        QStringList shares;
        for (int i = 0; i < it.value().size(); ++i)
            shares << QStringLiteral(u"第 %1 名 %2%").arg(i + 1).arg(it.value().at(i));
        parts << QStringLiteral(u"成交 %1 家时:").arg(it.key()) + shares.join(QStringLiteral(u","));
    }
    return parts.join(QStringLiteral(u";")) + QStringLiteral(u"。");
}

QString DocumentText::publicationPeriod(const QDate& first, const QDate& end, int workingDays)
{
    return QStringLiteral(u"%1年%2月%3日至%4年%5月%6日(%7个工作日)")
        .arg(first.year())
        .arg(first.month())
        .arg(first.day())
        .arg(end.year())
        .arg(end.month())
        .arg(end.day())
        .arg(workingDays);
}

QString DocumentText::failedReason(const QString& reason, int minBidders)
{
    if (reason == QLatin1String("insufficient_bidders"))
        return QStringLiteral(u"符合条件的谈判人不足 %1 家,本次谈判失败。").arg(minBidders);
    return QStringLiteral(u"本次谈判失败(%1)。").arg(reason);
}

QString DocumentText::correctionCategory(const QString& code)
{
    if (code == QLatin1String("summation_error"))
        return QStringLiteral(u"分值汇总计算错误");
    if (code == QLatin1String("out_of_range"))
        return QStringLiteral(u"分项评分超出评分标准规定的分值范围");
    if (code == QLatin1String("objective_disagreement"))
        return QStringLiteral(u"客观评审因素评分不一致");
    if (code == QLatin1String("abnormal_score"))
        return QStringLiteral(u"经谈判小组一致认定评分畸高、畸低");
    return code;
}

QString DocumentText::yes()
{
    return QStringLiteral(u"是");
}
QString DocumentText::no()
{
    return QStringLiteral(u"否");
}
QString DocumentText::none()
{
    return QStringLiteral(u"无");
}

// Result notice
QString DocumentText::noticeTitle(const QString& project)
{
    return project + QStringLiteral(u"结果公示");
}
QString DocumentText::noticeIntro(const QString& basis, const QString& purchaser, const QString& project)
{
    return QStringLiteral(u"根据%1,%2组织开展了%3。谈判小组按照规定的程序和评审办法完成了评审工作,现将结果公示如下:")
        .arg(basis, purchaser, project);
}
QString DocumentText::defaultBasis()
{
    return QStringLiteral(u"本项目谈判文件");
}
QString DocumentText::projectName()
{
    return QStringLiteral(u"项目名称");
}
QString DocumentText::purchaser()
{
    return QStringLiteral(u"采购人(经办机构)");
}
QString DocumentText::methodAndBasis()
{
    return QStringLiteral(u"谈判方式、依据及评审办法");
}
QString DocumentText::method()
{
    return QStringLiteral(u"谈判方式:");
}
QString DocumentText::basis()
{
    return QStringLiteral(u"谈判依据:");
}
QString DocumentText::scoringRuleLabel()
{
    return QStringLiteral(u"评审办法:");
}
QString DocumentText::winnersRuleLabel()
{
    return QStringLiteral(u"成交人数及承办份额:");
}
QString DocumentText::maxWinners(int count)
{
    return QStringLiteral(u"成交人不超过 %1 家;").arg(count);
}
QString DocumentText::rankingSection()
{
    return QStringLiteral(u"入围谈判人得分及排名");
}
QString DocumentText::rankColumn()
{
    return QStringLiteral(u"排名");
}
QString DocumentText::bidderColumn()
{
    return QStringLiteral(u"谈判人");
}
QString DocumentText::scoreColumn()
{
    return QStringLiteral(u"最终得分");
}
QString DocumentText::shareColumn()
{
    return QStringLiteral(u"承办份额");
}
QString DocumentText::reasonColumn()
{
    return QStringLiteral(u"原因");
}
QString DocumentText::decidedByVoteNote()
{
    return QStringLiteral(u"注:标 * 者得分相同,其排序经谈判小组无记名投票确定。");
}
QString DocumentText::winnersSection()
{
    return QStringLiteral(u"成交人及承办份额");
}
QString DocumentText::winnerLine(const QString& name, int share)
{
    return QStringLiteral(u"%1,承办份额 %2%。").arg(name, QString::number(share));
}
QString DocumentText::noWinner()
{
    return QStringLiteral(u"本次谈判无成交人。");
}
QString DocumentText::resultSection()
{
    return QStringLiteral(u"评审结果");
}
QString DocumentText::excludedSection()
{
    return QStringLiteral(u"未入围谈判人及原因");
}
QString DocumentText::panelSection()
{
    return QStringLiteral(u"谈判小组成员");
}
QString DocumentText::publicationSection()
{
    return QStringLiteral(u"公示期");
}
QString DocumentText::publicationMedium()
{
    return QStringLiteral(u"公示媒介:");
}
QString DocumentText::challengeSection()
{
    return QStringLiteral(u"质疑");
}
QString DocumentText::challengeText(const QString& purchaser)
{
    return QStringLiteral(
               u"参加谈判的供应商认为评审过程或结果使自己的权益受到损害的,可在公示期内以书面形式向%1提出质疑,"
               u"质疑书应由法定代表人或其授权代表签字并加盖单位公章,写明具体的质疑事项及事实依据,并附相关证明材料。"
               u"逾期提出或以匿名方式提出的质疑不予受理。")
        .arg(purchaser);
}
QString DocumentText::challengeAddress()
{
    return QStringLiteral(u"质疑受理地址:");
}
QString DocumentText::contactSection()
{
    return QStringLiteral(u"联系方式");
}
QString DocumentText::contactPerson()
{
    return QStringLiteral(u"联系人:");
}
QString DocumentText::contactPhone()
{
    return QStringLiteral(u"联系电话:");
}
QString DocumentText::contactAddress()
{
    return QStringLiteral(u"地址:");
}

// Letters
QString DocumentText::awardLetterTitle()
{
    return QStringLiteral(u"成交通知书");
}
QString DocumentText::resultLetterTitle()
{
    return QStringLiteral(u"谈判结果通知书");
}
QString DocumentText::letterSalutation(const QString& bidder)
{
    return bidder + QStringLiteral(u":");
}
QString DocumentText::letterIntro(const QString& purchaser, const QString& project)
{
    return QStringLiteral(u"贵单位参加了%1组织的%2。经谈判小组评审,现将贵单位的评审结果通知如下:")
        .arg(purchaser, project);
}
QString DocumentText::finalScore()
{
    return QStringLiteral(u"最终得分");
}
QString DocumentText::rankLabel()
{
    return QStringLiteral(u"排名");
}
QString DocumentText::rankOf(int position, int qualified)
{
    return QStringLiteral(u"第 %1 名(入围谈判人共 %2 家)").arg(position).arg(qualified);
}
QString DocumentText::resultLabel()
{
    return QStringLiteral(u"评审结果");
}
QString DocumentText::resultAwarded(int share)
{
    return QStringLiteral(u"确定为成交人,承办份额 %1%").arg(share);
}
QString DocumentText::resultNotAwarded()
{
    return QStringLiteral(u"未确定为成交人");
}
QString DocumentText::resultExcluded(const QString& reason)
{
    return QStringLiteral(u"未入围:%1").arg(reason);
}
QString DocumentText::resultFailed()
{
    return QStringLiteral(u"本次谈判失败,未确定成交人");
}
QString DocumentText::awardClosing()
{
    return QStringLiteral(u"请贵单位在结果公示期满后,按谈判文件的规定与采购人签订承办协议。");
}
QString DocumentText::thanksClosing()
{
    return QStringLiteral(u"感谢贵单位对本项目的支持与参与。");
}
QString DocumentText::letterChallenge(const QString& period)
{
    return QStringLiteral(u"贵单位对评审结果有异议的,可在公示期内以书面形式向采购人提出质疑;公示期为%1。").arg(period);
}

// Evaluation report
QString DocumentText::reportTitle(const QString& project)
{
    return project + QStringLiteral(u"评审报告");
}
QString DocumentText::reportHeader(const QString& project)
{
    return project + QStringLiteral(u" · 评审报告");
}
QString DocumentText::generalSection()
{
    return QStringLiteral(u"项目基本情况");
}
QString DocumentText::status()
{
    return QStringLiteral(u"评审状态");
}
QString DocumentText::registrationDeadline()
{
    return QStringLiteral(u"登记截止时间");
}
QString DocumentText::proposalDeadline()
{
    return QStringLiteral(u"方案提交截止时间");
}
QString DocumentText::requiredCopies()
{
    return QStringLiteral(u"方案份数要求");
}
QString DocumentText::presentationLimits(int presentation, int statement)
{
    return QStringLiteral(u"演示 %1 分钟,补充陈述 %2 分钟").arg(presentation).arg(statement);
}
QString DocumentText::presentationLimitsLabel()
{
    return QStringLiteral(u"演示时限");
}
QString DocumentText::minBidders()
{
    return QStringLiteral(u"最少有效谈判人数");
}
QString DocumentText::panelMembers()
{
    return QStringLiteral(u"谈判小组");
}
QString DocumentText::warningsLabel()
{
    return QStringLiteral(u"程序提示");
}
QString DocumentText::registrationSection()
{
    return QStringLiteral(u"登记记录");
}
QString DocumentText::registeredAt()
{
    return QStringLiteral(u"登记时间");
}
QString DocumentText::eligibility()
{
    return QStringLiteral(u"入围资格");
}
QString DocumentText::eligible()
{
    return QStringLiteral(u"具备");
}
QString DocumentText::notEligible()
{
    return QStringLiteral(u"不具备");
}
QString DocumentText::withdrawn()
{
    return QStringLiteral(u"主动撤回");
}
QString DocumentText::outcome()
{
    return QStringLiteral(u"结论");
}
QString DocumentText::inTime()
{
    return QStringLiteral(u"按时");
}
QString DocumentText::lateEntry()
{
    return QStringLiteral(u"逾期");
}
QString DocumentText::notRegistered()
{
    return QStringLiteral(u"未登记");
}
QString DocumentText::qualified()
{
    return QStringLiteral(u"入围");
}
QString DocumentText::proposalSection()
{
    return QStringLiteral(u"谈判方案接收记录");
}
QString DocumentText::noProposalRules()
{
    return QStringLiteral(u"本项目未记录方案接收情况。");
}
QString DocumentText::receivedAt()
{
    return QStringLiteral(u"接收时间");
}
QString DocumentText::copies()
{
    return QStringLiteral(u"份数");
}
QString DocumentText::seal()
{
    return QStringLiteral(u"密封");
}
QString DocumentText::sealIntact()
{
    return QStringLiteral(u"完好");
}
QString DocumentText::sealBroken()
{
    return QStringLiteral(u"不完好");
}
QString DocumentText::rejected()
{
    return QStringLiteral(u"拒收");
}
QString DocumentText::opening()
{
    return QStringLiteral(u"开启时间:");
}
QString DocumentText::openingWitnesses()
{
    return QStringLiteral(u"开启见证人:");
}
QString DocumentText::drawSection()
{
    return QStringLiteral(u"演示顺序抽签记录");
}
QString DocumentText::drawMethod()
{
    return QStringLiteral(u"抽签方式:");
}
QString DocumentText::drawSeeded()
{
    return QStringLiteral(u"可验证随机抽签(抽签前公布承诺值;各谈判人的签值为 SHA-256(种子 + \":\" + 谈判人编号),"
                          u"按签值升序确定演示顺序)");
}
QString DocumentText::drawManual()
{
    return QStringLiteral(u"现场人工抽签(记录抽签结果)");
}
QString DocumentText::noDraw()
{
    return QStringLiteral(u"未进行抽签,按登记顺序演示。");
}
QString DocumentText::commitment()
{
    return QStringLiteral(u"承诺值 SHA-256(种子):");
}
QString DocumentText::seedLabel()
{
    return QStringLiteral(u"种子:");
}
QString DocumentText::drawnAt()
{
    return QStringLiteral(u"抽签时间:");
}
QString DocumentText::witnesses()
{
    return QStringLiteral(u"见证人:");
}
QString DocumentText::order()
{
    return QStringLiteral(u"顺序");
}
QString DocumentText::key()
{
    return QStringLiteral(u"签值");
}
QString DocumentText::checkCommandIntro()
{
    return QStringLiteral(u"任何人均可用以下命令复核各谈判人的签值(输出的前 64 位应与上表一致):");
}
QString DocumentText::presentationSection()
{
    return QStringLiteral(u"演示及陈述记录");
}
QString DocumentText::startedAt()
{
    return QStringLiteral(u"开始时间");
}
QString DocumentText::endedAt()
{
    return QStringLiteral(u"结束时间");
}
QString DocumentText::note()
{
    return QStringLiteral(u"备注");
}
QString DocumentText::noPresentationLog()
{
    return QStringLiteral(u"—(未记录演示时间)");
}
QString DocumentText::scoreSheetTitle()
{
    return QStringLiteral(u"谈判小组成员评分表");
}
QString DocumentText::member()
{
    return QStringLiteral(u"评审成员:");
}
QString DocumentText::role()
{
    return QStringLiteral(u"职务:");
}
QString DocumentText::leader()
{
    return QStringLiteral(u"组长");
}
QString DocumentText::memberRole()
{
    return QStringLiteral(u"成员");
}
QString DocumentText::criterion()
{
    return QStringLiteral(u"评分项");
}
QString DocumentText::maxPoints()
{
    return QStringLiteral(u"分值");
}
QString DocumentText::total()
{
    return QStringLiteral(u"合计");
}
QString DocumentText::signatureLine()
{
    return QStringLiteral(u"评审成员签名:____________________        日期:______年____月____日");
}
QString DocumentText::calculationSection()
{
    return QStringLiteral(u"得分计算表");
}
QString DocumentText::calculationIntro(const Project& project)
{
    return QStringLiteral(u"计算规则:") + scoringMethod(project) +
           QStringLiteral(u"划线数值为去掉的最高分、最低分;精确均值为分数形式时,公布得分按其四舍五入。");
}
QString DocumentText::panelist()
{
    return QStringLiteral(u"评审成员");
}
QString DocumentText::keptOrDropped()
{
    return QStringLiteral(u"处理");
}
QString DocumentText::droppedHighest()
{
    return QStringLiteral(u"去掉(最高)");
}
QString DocumentText::droppedLowest()
{
    return QStringLiteral(u"去掉(最低)");
}
QString DocumentText::kept()
{
    return QStringLiteral(u"保留");
}
QString DocumentText::keptSum()
{
    return QStringLiteral(u"保留分之和");
}
QString DocumentText::keptCount()
{
    return QStringLiteral(u"保留人数");
}
QString DocumentText::exactMean()
{
    return QStringLiteral(u"精确均值");
}
QString DocumentText::publishedScore()
{
    return QStringLiteral(u"公布得分");
}
QString DocumentText::criterionMean()
{
    return QStringLiteral(u"评分项均值");
}
QString DocumentText::correctionSection()
{
    return QStringLiteral(u"评分更正记录");
}
QString DocumentText::noCorrections()
{
    return QStringLiteral(u"—(无更正记录)");
}
QString DocumentText::category()
{
    return QStringLiteral(u"更正事由");
}
QString DocumentText::reason()
{
    return QStringLiteral(u"说明");
}
QString DocumentText::oldValue()
{
    return QStringLiteral(u"原分值");
}
QString DocumentText::newValue()
{
    return QStringLiteral(u"更正后");
}
QString DocumentText::recordedAt()
{
    return QStringLiteral(u"记录时间");
}
QString DocumentText::voteSection()
{
    return QStringLiteral(u"无记名投票记录");
}
QString DocumentText::noVotes()
{
    return QStringLiteral(u"无(未出现需表决的同分情形)。");
}
QString DocumentText::voteRound(int round)
{
    return QStringLiteral(u"第 %1 轮表决").arg(round);
}
QString DocumentText::tiedBidders()
{
    return QStringLiteral(u"同分谈判人:");
}
QString DocumentText::ballots()
{
    return QStringLiteral(u"得票数");
}
QString DocumentText::blankBallots()
{
    return QStringLiteral(u"空白票:");
}
QString DocumentText::allocationSection()
{
    return QStringLiteral(u"排名及份额分配");
}
QString DocumentText::decidedByVote()
{
    return QStringLiteral(u"经投票确定");
}
QString DocumentText::panelSignatures()
{
    return QStringLiteral(u"谈判小组签字");
}
QString DocumentText::signature()
{
    return QStringLiteral(u"签名");
}
QString DocumentText::auditHead()
{
    return QStringLiteral(u"审计链头:");
}
QString DocumentText::recordDigest()
{
    return QStringLiteral(u"记录摘要:");
}
QString DocumentText::archiveDigest()
{
    return QStringLiteral(u"归档摘要:");
}
QString DocumentText::tieOpen(const QString& bidders, int first, int last)
{
    return QStringLiteral(u"%1 得分相同(第 %2 至 %3 名),尚待谈判小组无记名投票。")
        .arg(bidders, QString::number(first), QString::number(last));
}
QString DocumentText::notScoredYet()
{
    return QStringLiteral(u"尚未完成评分。");
}

QString DocumentText::archiveReadme(const QString& project)
{
    return QStringLiteral(
               u"TenderPanel 密封归档 / TenderPanel sealed archive (tenderpanel-archive/1)\n"
               u"项目 / Project: %1\n"
               u"\n"
               u"本文件是未压缩的 POSIX ustar 归档,任何 tar 程序均可打开。\n"
               u"This file is an uncompressed POSIX ustar archive; any tar program opens it.\n"
               u"\n"
               u"  README.txt         本说明 / this text\n"
               u"  record.json        规范记录:谈判情景与评审结果(JSON,键名排序,分值以百分之一分为单位的整数,"
               u"精确得分为分子/分母)/ canonical record: scenario and evaluation (sorted keys, "
               u"points as integer hundredths, exact scores as numerator/denominator of hundredths)\n"
               u"  notice.html        结果公示(网页)/ result notice (web page)\n"
               u"  notice.pdf         结果公示 / result notice\n"
               u"  report.pdf         评审报告 / evaluation report\n"
               u"  letters.pdf        结果通知书 / letters to the bidders\n"
               u"  ocds-release.json  OCDS 1.1 发布 / OCDS 1.1 release\n"
               u"  manifest.sha256    以上各文件的 SHA-256 / SHA-256 of every file above\n"
               u"  seal.sha256        manifest.sha256 的 SHA-256,即封存摘要 / SHA-256 of the manifest: "
               u"the seal digest\n"
               u"\n"
               u"核验 / To verify:\n"
               u"  tar -xf ARCHIVE.tparchive\n"
               u"  sha256sum -c seal.sha256\n"
               u"  sha256sum -c manifest.sha256\n"
               u"封存摘要应与登记的摘要一致 / The seal digest must equal the one on record.\n")
        .arg(project);
}

} // namespace tp::report
