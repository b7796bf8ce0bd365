// Renders the main window at every step of a negotiation, and the dialog that connects to a server
// workspace, into docs/screenshots/ (or the directory given as the first argument), in the language
// given as the second argument (default zh_CN), to look at the application as a user does. Run under
// xvfb-run -a with the CJK fonts installed.
#include "MainWindow.h"
#include "dialogs/ConnectServerDialog.h"
#include "home/HomeView.h"
#include "home/NegotiationListModel.h"
#include "io/ScenarioReader.h"
#include "main/ApplicationStyle.h"
#include "main/FileDialog.h"
#include "main/NegotiationView.h"
#include "member/MemberSheetModel.h"
#include "member/MemberWindow.h"
#include "model/Translations.h"
#include "steps/draw/DrawPage.h"
#include "steps/draw/DrawStepPage.h"
#include "steps/scoring/MemberTerminalsWidget.h"
#include "steps/setup/SetupStepPage.h"
#include "store/NegotiationStore.h"
#include "store/ProcedureService.h"
#include "store/SetupService.h"
#include "store/WorkspaceAddress.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

QString g_directory;
QString g_suffix;

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    QTest::qWait(80);
}

void save(QWidget& widget, const QString& name)
{
    settle();
    const QString path = QDir(g_directory).filePath(name + g_suffix + QStringLiteral(".png"));
    if (!widget.grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
}

QString example(const QString& name)
{
    return QStringLiteral(TP_SOURCE_DIR "/tests/data/examples/%1.json").arg(name);
}

// A copy of an example without its "votes" member, so that the tie is still open.
QString withoutVotes(const QString& name, const QDir& dir)
{
    QFile source(example(name));
    if (!source.open(QIODevice::ReadOnly))
        return QString();
    QByteArray json = source.readAll();
    const int votes = int(json.indexOf("\"votes\""));
    if (votes > 0)
        json = json.left(json.lastIndexOf(',', votes)) + "\n}\n";
    const QString path = dir.filePath(name + QStringLiteral("-open.json"));
    QFile target(path);
    if (!target.open(QIODevice::WriteOnly) || target.write(json) != json.size())
        return QString();
    return path;
}

// A copy of an example without some of its members, to show a negotiation at an earlier step.
QString without(const QString& name, const QStringList& members, const QString& suffix, const QDir& dir)
{
    QFile source(example(name));
    if (!source.open(QIODevice::ReadOnly))
        return QString();
    QJsonObject json = QJsonDocument::fromJson(source.readAll()).object();
    for (const QString& member : members)
        json.remove(member);
    const QString path = dir.filePath(name + suffix + QStringLiteral(".json"));
    QFile target(path);
    if (!target.open(QIODevice::WriteOnly))
        return QString();
    target.write(QJsonDocument(json).toJson());
    return path;
}

qint64 importInto(tp::ui::MainWindow& window, const QString& path)
{
    tp::ui::FileDialog::setNextAnswer(path);
    window.importScenario();
    const int rows = window.homeView()->model()->rowCount();
    return rows > 0 ? window.homeView()->model()->idAt(0) : 0;
}

void memberTerminals(const tp::Scenario& scenario)
{
    tp::store::MemberView view;
    view.negotiationId = 1;
    view.negotiationCode = QStringLiteral("YB-2014-001");
    view.negotiationTitle = scenario.project.title;
    view.panelist = scenario.panel.value(1).id;
    view.panelistName = scenario.panel.value(1).name;
    for (const tp::Criterion& c : scenario.criteria)
        view.criteria.append({c.id, c.title, c.max});
    for (const tp::Bidder& b : scenario.bidders)
        view.bidders.append({b.id, b.name});
    view.presenting = view.bidders.value(1).code;
    view.sheetsTotal = int(scenario.panel.size());
    // The first bidder scored, the second half-way.
    const QList<int> shares = {90, 85, 80, 95, 70};
    for (int c = 0; c < view.criteria.size(); ++c) {
        const tp::Hundredths max = view.criteria.at(c).max;
        view.own.insert(tp::ui::MemberSheetModel::key(view.bidders.value(0).code, view.criteria.at(c).code),
                        max * shares.value(c % shares.size()) / 100 / 50 * 50);
        if (c < view.criteria.size() / 2)
            view.own.insert(tp::ui::MemberSheetModel::key(view.bidders.value(1).code, view.criteria.at(c).code),
                            max * shares.value((c + 2) % shares.size()) / 100 / 50 * 50);
    }
    {
        tp::ui::MemberWindow member(nullptr, nullptr);
        member.resize(1366, 768);
        member.showView(view);
        member.show();
        member.sheetView()->setCurrentIndex(member.sheetModel()->index(1, int(view.criteria.size() / 2)));
        save(member, QStringLiteral("member-sheet"));
        view.presenting.clear();
        view.vote = tp::store::MemberView::Vote{1, {view.bidders.value(0), view.bidders.value(2)}, false};
        member.showView(view);
        if (!member.voteChoices()->buttons().isEmpty())
            member.voteChoices()->buttons().constFirst()->setChecked(true);
        save(member, QStringLiteral("member-vote"));
    }
    {
        using State = tp::store::MemberProgress::State;
        QList<tp::store::MemberProgress> progress;
        const QList<State> states = {State::Submitted,    State::Scoring,      State::Scoring, State::Waiting,
                                     State::NoCredential, State::NoCredential, State::Revoked};
        const int cells = int(scenario.criteria.size() * scenario.bidders.size());
        for (int i = 0; i < scenario.panel.size(); ++i) {
            tp::store::MemberProgress m;
            m.panelist = scenario.panel.at(i).id;
            m.name = scenario.panel.at(i).name;
            m.state = states.value(i, State::NoCredential);
            m.terminal = m.state != State::NoCredential;
            if (m.terminal)
                m.login = QStringLiteral("tpm_%1h7k2q9w4x8").arg(m.panelist.toLower());
            m.cells = cells;
            m.entered = m.state == State::Submitted ? cells : m.state == State::Scoring ? cells / (i + 1) : 0;
            progress.append(m);
        }
        tp::ui::MemberTerminalsWidget terminals;
        terminals.resize(1000, 520);
        terminals.showProgress(progress);
        // As on a server workspace, where the buttons act.
        terminals.issueButton()->setEnabled(true);
        terminals.revokeButton()->setEnabled(true);
        terminals.show();
        save(terminals, QStringLiteral("member-terminals"));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    tp::ui::ApplicationStyle::install(); // as the application has it
    QApplication::setOrganizationName(QStringLiteral("TenderPanelScreenshots"));
    g_directory = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(TP_SOURCE_DIR "/docs/screenshots");
    const QString language = argc > 2 ? QString::fromLatin1(argv[2]) : QStringLiteral("zh_CN");
    g_suffix = language == QLatin1String("en") ? QStringLiteral("-en") : QString();
    tp::Translations::install(app, language);
    QDir().mkpath(g_directory);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    QDir temp(dir.path());
    using tp::store::Stage;
    using tp::ui::NegotiationView;

    tp::ui::MainWindow window(temp.filePath(QStringLiteral("workspace.sqlite")));
    window.resize(1366, 768);
    window.show();

    // A finished negotiation: every step shows its record.
    const qint64 cixi = importInto(window, example(QStringLiteral("cixi-2014")));
    importInto(window, example(QStringLiteral("reinsurance-2022")));
    window.showHome();
    save(window, QStringLiteral("step-home"));
    window.openNegotiation(cixi);
    NegotiationView* view = window.negotiationView();
    // Fix the result, so that the results and publication steps show it.
    view->showStep(Stage::Scoring);
    settle();
    if (view->nextButton()->isEnabled())
        view->nextButton()->click();
    const QMap<Stage, QString> names{{Stage::Setup, QStringLiteral("step-setup")},
                                     {Stage::Registration, QStringLiteral("step-registration")},
                                     {Stage::Proposals, QStringLiteral("step-proposals")},
                                     {Stage::Draw, QStringLiteral("step-draw")},
                                     {Stage::Presentations, QStringLiteral("step-presentations")},
                                     {Stage::Scoring, QStringLiteral("step-scoring")},
                                     {Stage::Vote, QStringLiteral("step-vote")},
                                     {Stage::Result, QStringLiteral("step-results")},
                                     {Stage::Publication, QStringLiteral("step-publication")}};
    for (const Stage step : view->steps()) {
        if (step == Stage::Vote || step == Stage::Setup || step == Stage::Draw)
            continue;
        view->showStep(step);
        save(window, names.value(step));
    }

    // Setup in progress: a negotiation made from the Cixi template, its panel being entered.
    tp::store::Workspace* workspace = view->context().workspace;
    const auto read = tp::ScenarioReader::readFile(example(QStringLiteral("cixi-2014")));
    const auto templates = tp::store::NegotiationStore(*workspace).templates();
    std::optional<qint64> cixiTemplate;
    if (templates.ok())
        for (const tp::store::CriteriaTemplate& t : *templates.value)
            if (t.name.contains(QStringLiteral("2014")))
                cixiTemplate = t.id;
    if (!read.ok() || !cixiTemplate)
        return 2;
    const auto created = tp::store::NegotiationStore(*workspace)
                             .create(read.scenario->project, cixiTemplate, QStringLiteral("screenshots"));
    if (!created.ok())
        return 3;
    tp::store::SetupService setupService(*workspace);
    for (const tp::Panelist& p : read.scenario->panel) {
        tp::store::PanelistEntry member;
        member.id = p.id;
        member.name = p.name;
        member.role = p.role;
        member.affiliation =
            p.id <= QLatin1String("P3") ? QStringLiteral("慈溪市医疗保障局") : QStringLiteral("宁波大学医学院");
        member.conflictDeclared = false;
        setupService.addPanelMember(created.value->id, member, QStringLiteral("screenshots"));
    }
    window.openNegotiation(created.value->id);
    view = window.negotiationView();
    view->showStep(Stage::Setup);
    auto* setupPage = view->page<tp::ui::SetupStepPage>();
    save(window, names.value(Stage::Setup));
    setupPage->tabs()->setCurrentIndex(tp::ui::SetupStepPage::CriteriaTab);
    save(window, QStringLiteral("step-setup-criteria"));
    setupPage->tabs()->setCurrentIndex(tp::ui::SetupStepPage::PanelTab);
    save(window, QStringLiteral("step-setup-panel"));
    tp::DocumentDetails details;
    details.basis = QStringLiteral("《慈溪市城乡居民合作医疗保障大病保险承办选择性谈判文件》");
    details.challengeAddress = QStringLiteral("慈溪市医疗保障管理中心基金科（三北大街1号302室）");
    details.challengeContact = QStringLiteral("王丽 0574-63900001");
    details.contactPerson = QStringLiteral("孙敏");
    details.contactPhone = QStringLiteral("0574-63900002");
    setupService.setDocumentDetails(created.value->id, details, QStringLiteral("screenshots"));
    view->refresh();
    setupPage->tabs()->setCurrentIndex(tp::ui::SetupStepPage::DocumentsTab);
    save(window, QStringLiteral("step-setup-documents"));

    // The draw: the commitment is shown (and stored) before the seed is revealed.
    const qint64 drawn =
        importInto(window, without(QStringLiteral("cixi-2014"), {QStringLiteral("draw"), QStringLiteral("scores")},
                                   QStringLiteral("-draw"), temp));
    window.openNegotiation(drawn);
    view = window.negotiationView();
    view->showStep(Stage::Draw);
    // Before it, the opening of the proposals, recorded with its witnesses.
    tp::store::ProcedureService(*view->context().workspace)
        .recordOpening(drawn, QDateTime(QDate(2014, 8, 4), QTime(15, 5)),
                       {QStringLiteral("周平"), QStringLiteral("吴刚")}, QStringLiteral("screenshots"));
    view->refresh();
    view->showStep(Stage::Proposals);
    save(window, QStringLiteral("step-proposals-opening"));
    view->showStep(Stage::Draw);
    auto* drawStep = view->page<tp::ui::DrawStepPage>();
    drawStep->witnessesField()->setText(QStringLiteral("冯洁、陈立"));
    drawStep->drawPage()->draw();
    save(window, names.value(Stage::Draw));

    // A tie that matters: the vote step.
    const qint64 tie = importInto(window, withoutVotes(QStringLiteral("tie-vote"), temp));
    window.openNegotiation(tie);
    view = window.negotiationView();
    view->showStep(Stage::Scoring);
    settle();
    if (view->nextButton()->isEnabled())
        view->nextButton()->click();
    view->showStep(Stage::Vote);
    save(window, names.value(Stage::Vote));

    // Connecting to a server workspace, shown again after the server asked for a password.
    tp::ui::ConnectServerDialog connect(&window);
    const auto address = tp::store::WorkspaceAddress::parse(
        QStringLiteral("postgresql://panel@db.example.org/tenderpanel?sslmode=require"));
    connect.setAddress(*address);
    const QString refused =
        QCoreApplication::translate("Workspace", "the server refused the user name or password (%1)")
            .arg(QStringLiteral("fe_sendauth: no password supplied"));
    connect.setProblem(QCoreApplication::translate("tp::ui::MainWindow", "%1 cannot be opened: %2")
                           .arg(address->toDisplayString(), refused),
                       true);
    connect.show();
    save(connect, QStringLiteral("connect-server"));
    connect.hide();

    // A panel member's own terminal, and the secretary's table of the members' progress, as the store
    // would give them for the first negotiation (seven members, four of them on terminals).
    const auto record = tp::store::NegotiationStore(*window.workspace()).scenario(cixi);
    if (record.ok())
        memberTerminals(*record.value);
    return 0;
}
