// Every window and dialog of the program fits a 1366 × 768 laptop screen (728 px above the taskbar)
// and shows its key controls inside it, with hostile long names everywhere (tst_ui_plaintext's data).
// The offscreen platform is given a 1366 × 768 screen (tests/ui/laptop-screen.json) instead of its own
// 800 × 800 one.
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestData.h"
#include "dialogs/ConnectServerDialog.h"
#include "dialogs/DocumentPreviewDialog.h"
#include "dialogs/NewNegotiationDialog.h"
#include "dialogs/SealedArchiveDialog.h"
#include "home/HomeView.h"
#include "home/NegotiationListModel.h"
#include "main/FileDialog.h"
#include "main/NegotiationView.h"
#include "projector/ProjectorWindow.h"
#include "steps/StepPage.h"
#include "steps/proposals/ReceiveProposalDialog.h"
#include "steps/publication/PublicationStepPage.h"
#include "steps/registration/RegisterBidderDialog.h"
#include "steps/results/ResultsPage.h"
#include "steps/setup/AllocationEditor.h"
#include "steps/setup/AreaEditor.h"
#include "steps/setup/CriterionDialog.h"
#include "steps/setup/PanelMemberDialog.h"
#include "steps/setup/ProjectForm.h"
#include "steps/setup/SetupStepPage.h"
#include "steps/vote/VoteStepPage.h"
#include "steps/vote/VoteWidget.h"
#include "store/BuiltinTemplates.h"
#include "store/ScoringService.h"
#include "store/WorkspaceAddress.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace tp::ui;

namespace {

// The part of a 1366 × 768 screen a window can use: the taskbar takes about 40 px.
const QSize kUsable(1366, 728);
// A window manager's title bar, which the offscreen platform does not draw.
constexpr int kTitleBar = 30;

// A long hostile name: markup, a long run of Chinese and a long word without a space.
QString hostile(const QString& what)
{
    return QStringLiteral("<b>%1</b> Zhongguo-Renshou-Baoxian-Gufen-Youxian-Gongsi %2")
        .arg(QString(QStringLiteral("很长的名称")).repeated(60), what);
}

// What stops `window` from being smaller: the innermost widgets (shown or on a page not shown: a stack
// needs the room of its largest page) that need more than the usable size.
QString culprits(QWidget* window)
{
    QStringList found;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (widget->isWindow())
            continue;
        const QSize need = widget->minimumSizeHint().expandedTo(widget->minimumSize());
        if (need.width() <= kUsable.width() && need.height() <= kUsable.height() - kTitleBar)
            continue;
        bool inner = true;
        for (QWidget* child : widget->findChildren<QWidget*>()) {
            const QSize childNeed = child->minimumSizeHint().expandedTo(child->minimumSize());
            if (!child->isWindow() && (childNeed.width() > kUsable.width() || childNeed.height() > kUsable.height()))
                inner = false;
        }
        if (inner)
            found.append(QStringLiteral("%1 %2 needs %3 × %4")
                             .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName())
                             .arg(need.width())
                             .arg(need.height()));
    }
    return found.join(QStringLiteral("; "));
}

// The window manager's frame around `window`, with a title bar.
QSize decorationOf(QWidget* window)
{
    const QRect frame = window->frameGeometry();
    const int titleBar = qMax(0, kTitleBar - (window->geometry().top() - frame.top()));
    return frame.size() - window->size() + QSize(0, titleBar);
}

// Why `window` does not fit the laptop's screen or hides one of `keys` (child object names), or
// nothing when it fits. With TP_FIT_SCREENSHOTS set to a directory, the window is saved there as seen.
QString fitProblem(QWidget* window, const QStringList& keys)
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    const QString screenshots = qEnvironmentVariable("TP_FIT_SCREENSHOTS");
    if (!screenshots.isEmpty()) {
        QString tag = QString::fromUtf8(QTest::currentDataTag());
        tag.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
        window->grab().save(QDir(screenshots).filePath(tag + QStringLiteral(".png")));
    }
    const QSize decoration = decorationOf(window);
    const QSize size = window->size() + decoration;
    if (size.width() > kUsable.width() || size.height() > kUsable.height())
        return QStringLiteral("%1: the window is %2 × %3 (with its frame); %4")
            .arg(window->objectName())
            .arg(size.width())
            .arg(size.height())
            .arg(culprits(window));
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize()) + decoration;
    if (minimum.width() > kUsable.width() || minimum.height() > kUsable.height())
        return QStringLiteral("%1: the window needs at least %2 × %3; %4")
            .arg(window->objectName())
            .arg(minimum.width())
            .arg(minimum.height())
            .arg(culprits(window));
    for (const QString& key : keys) {
        // An object name, or a class name (e.g. QDialogButtonBox).
        QWidget* widget = nullptr;
        for (QWidget* candidate : window->findChildren<QWidget*>()) {
            if (candidate->isVisible() && (candidate->objectName() == key || candidate->inherits(qPrintable(key))))
                widget = candidate;
        }
        if (!widget)
            return QStringLiteral("%1: %2 is not shown").arg(window->objectName(), key);
        const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
        if (!window->rect().contains(inWindow))
            return QStringLiteral("%1: %2 at (%3, %4) %5 × %6 is outside the window's %7 × %8")
                .arg(window->objectName(), key)
                .arg(inWindow.x())
                .arg(inWindow.y())
                .arg(inWindow.width())
                .arg(inWindow.height())
                .arg(window->width())
                .arg(window->height());
        if (widget->visibleRegion().boundingRect() != widget->rect())
            return QStringLiteral("%1: %2 is cut off (%3 × %4 of %5 × %6 in view)")
                .arg(window->objectName(), key)
                .arg(widget->visibleRegion().boundingRect().width())
                .arg(widget->visibleRegion().boundingRect().height())
                .arg(widget->width())
                .arg(widget->height());
    }
    return QString();
}

// Shows a modal dialog opened by `open` and checks it while it is open; then closes it.
QString checkModal(const std::function<void()>& open, const QStringList& keys)
{
    QString problem = QStringLiteral("no dialog was opened");
    QTimer::singleShot(0, qApp, [&problem, keys] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        if (QTest::qWaitForWindowExposed(dialog))
            problem = fitProblem(dialog, keys);
        else
            problem = QStringLiteral("the dialog is not shown");
        if (auto* d = qobject_cast<QDialog*>(dialog))
            d->reject();
        else
            dialog->close();
    });
    open();
    return problem;
}

} // namespace

class TestUiFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fits_data();
    void fits();

private:
    // Imports the tie example with every name replaced by a long hostile one; with its votes when `decided`.
    qint64 importHostile(bool decided);
    NegotiationView* open(qint64 id, tp::store::Stage step);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_open = 0;    // the tie is open: a round of the vote with two ballots
    qint64 m_decided = 0; // decided by the vote
};

void TestUiFit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    // The screen is the laptop's (the offscreen platform's own is 800 × 800).
    QScreen* screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QCOMPARE(screen->geometry().size(), QSize(1366, 768));

    m_window = std::make_unique<MainWindow>(m_dir.filePath(QStringLiteral("fit.sqlite")));
    m_window->setObjectName(QStringLiteral("mainWindow"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_decided = importHostile(true);
    m_open = importHostile(false);
    QVERIFY(m_decided > 0 && m_open > 0);

    // The decided negotiation's result is computed: the results and publication steps show it.
    NegotiationView* decided = open(m_decided, tp::store::Stage::Vote);
    QTest::mouseClick(decided->nextButton(), Qt::LeftButton);
    QTRY_COMPARE(decided->context().stage, tp::store::Stage::Result);

    // The open tie goes to the vote; two members vote.
    NegotiationView* view = open(m_open, tp::store::Stage::Scoring);
    QTest::mouseClick(view->nextButton(), Qt::LeftButton);
    QTRY_COMPARE(view->currentStep(), tp::store::Stage::Vote);
    auto* votePage = view->page<VoteStepPage>();
    QVERIFY(votePage);
    VoteWidget* vote = votePage->voteWidget();
    for (const QString& member : {QStringLiteral("P1"), QStringLiteral("P2")}) {
        QVERIFY(vote->chooseVoter(member));
        vote->beginBallot();
        vote->findChild<QRadioButton*>(QStringLiteral("choice_B2"))->click();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(vote->findChild<QPushButton*>(QStringLiteral("castBallot")), Qt::LeftButton);
    }
    QCOMPARE(vote->castCount(), 2);
}

void TestUiFit::cleanupTestCase()
{
    m_window.reset();
}

qint64 TestUiFit::importHostile(bool decided)
{
    QFile source(QStringLiteral(TP_SOURCE_DIR "/tests/data/examples/tie-vote.json"));
    if (!source.open(QIODevice::ReadOnly))
        return 0;
    QJsonObject json = QJsonDocument::fromJson(source.readAll()).object();
    if (!decided)
        json.remove(QStringLiteral("votes"));
    QJsonObject project = json.value(QStringLiteral("project")).toObject();
    project.insert(QStringLiteral("title"), hostile(QStringLiteral("title")));
    project.insert(QStringLiteral("purchaser"), hostile(QStringLiteral("purchaser")));
    json.insert(QStringLiteral("project"), project);
    for (const QString& member : {QStringLiteral("criteria"), QStringLiteral("bidders"), QStringLiteral("panel")}) {
        const QString field = member == QLatin1String("criteria") ? QStringLiteral("title") : QStringLiteral("name");
        QJsonArray array = json.value(member).toArray();
        for (int i = 0; i < array.size(); ++i) {
            QJsonObject object = array.at(i).toObject();
            object.insert(field, hostile(object.value(QStringLiteral("id")).toString()));
            array.replace(i, object);
        }
        json.insert(member, array);
    }
    const QString path = m_dir.filePath(decided ? QStringLiteral("decided.json") : QStringLiteral("open.json"));
    QFile target(path);
    if (!target.open(QIODevice::WriteOnly))
        return 0;
    target.write(QJsonDocument(json).toJson());
    target.close();
    const int before = m_window->homeView()->model()->rowCount();
    FileDialog::setNextAnswer(path);
    m_window->importScenario();
    const int rows = m_window->homeView()->model()->rowCount();
    if (rows != before + 1)
        return 0;
    qint64 id = 0;
    for (int row = 0; row < rows; ++row)
        id = qMax(id, m_window->homeView()->model()->idAt(row));
    return id;
}

NegotiationView* TestUiFit::open(qint64 id, tp::store::Stage step)
{
    if (m_window->negotiationView()->negotiationId() != id || m_window->isShowingHome())
        m_window->openNegotiation(id);
    NegotiationView* view = m_window->negotiationView();
    view->showStep(step);
    return view;
}

void TestUiFit::fits_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<QStringList>("keys");
    const QStringList frame{QStringLiteral("negotiationTitle"), QStringLiteral("finishStep"),
                            QStringLiteral("stepNavigator")};
    QTest::newRow("home") << QStringLiteral("home") << QStringList{QStringLiteral("negotiations")};
    QTest::newRow("setup") << QStringLiteral("step-setup") << frame + QStringList{QStringLiteral("setupTabs")};
    QTest::newRow("setup (service areas)")
        << QStringLiteral("areas")
        << frame + QStringList{QStringLiteral("award"), QStringLiteral("areaList"), QStringLiteral("placeTable"),
                               QStringLiteral("applyAllocation")};
    QTest::newRow("registration") << QStringLiteral("step-registration")
                                  << frame + QStringList{QStringLiteral("bidders")};
    QTest::newRow("proposals") << QStringLiteral("step-proposals") << frame + QStringList{QStringLiteral("bidders")};
    QTest::newRow("draw") << QStringLiteral("step-draw") << frame + QStringList{QStringLiteral("projectDraw")};
    QTest::newRow("presentations") << QStringLiteral("step-presentations")
                                   << frame + QStringList{QStringLiteral("digits"), QStringLiteral("startPause")};
    QTest::newRow("scoring") << QStringLiteral("step-scoring")
                             << frame + QStringList{QStringLiteral("panelistChooser"), QStringLiteral("scoringTabs")};
    QTest::newRow("vote (decided)") << QStringLiteral("step-vote") << frame;
    QTest::newRow("results") << QStringLiteral("step-result")
                             << frame + QStringList{QStringLiteral("rankingView"), QStringLiteral("voteTallies"),
                                                    QStringLiteral("approveRanking")};
    QTest::newRow("results (robustness analysis)")
        << QStringLiteral("robustness")
        << frame + QStringList{QStringLiteral("robustnessMargin"), QStringLiteral("robustnessSummary"),
                               QStringLiteral("leaveOneOutView"), QStringLiteral("memberFiguresView")};
    QTest::newRow("publication") << QStringLiteral("step-publication")
                                 << frame +
                                        QStringList{QStringLiteral("previewNotice"), QStringLiteral("publicationForm")};
    QTest::newRow("vote (round open)") << QStringLiteral("vote")
                                       << frame +
                                              QStringList{QStringLiteral("voterChooser"), QStringLiteral("readyButton"),
                                                          QStringLiteral("closeRound"), QStringLiteral("projectVote")};
    QTest::newRow("results (tie open)") << QStringLiteral("tie") << frame + QStringList{QStringLiteral("startVote")};
    QTest::newRow("document preview") << QStringLiteral("preview")
                                      << QStringList{QStringLiteral("exportPdf"), QStringLiteral("exportOdt"),
                                                     QStringLiteral("printDocument"),
                                                     QStringLiteral("documentLanguage")};
    QTest::newRow("home with banner") << QStringLiteral("banner")
                                      << QStringList{QStringLiteral("negotiations"), QStringLiteral("bannerText"),
                                                     QStringLiteral("bannerRefresh")};
    QTest::newRow("new negotiation") << QStringLiteral("new") << QStringList();
    QTest::newRow("connect to server") << QStringLiteral("connect")
                                       << QStringList{QStringLiteral("connectProblem"), QStringLiteral("serverHost"),
                                                      QStringLiteral("serverPassword"),
                                                      QStringLiteral("serverEncryption")};
    QTest::newRow("register bidder") << QStringLiteral("register") << QStringList();
    QTest::newRow("correct registration")
        << QStringLiteral("correctRegistration") << QStringList{QStringLiteral("correctionReason")};
    QTest::newRow("receive proposal") << QStringLiteral("receive") << QStringList();
    QTest::newRow("correct proposal") << QStringLiteral("correctProposal")
                                      << QStringList{QStringLiteral("correctionReason"),
                                                     QStringLiteral("withdrawEntry")};
    QTest::newRow("criterion") << QStringLiteral("criterion") << QStringList();
    QTest::newRow("panel member") << QStringLiteral("member") << QStringList();
    QTest::newRow("sealed archive") << QStringLiteral("archive")
                                    << QStringList{QStringLiteral("archiveVerdict"), QStringLiteral("archiveFiles")};
    QTest::newRow("projector: ranking") << QStringLiteral("projectorRanking") << QStringList();
    QTest::newRow("projector: vote") << QStringLiteral("projectorVote") << QStringList{QStringLiteral("voteFigure")};
    QTest::newRow("message box") << QStringLiteral("message") << QStringList();
    QTest::newRow("file dialog") << QStringLiteral("file") << QStringList();
}

void TestUiFit::fits()
{
    QFETCH(QString, window);
    QFETCH(QStringList, keys);
    // The main window as the user has it on the laptop: as large as the screen allows.
    m_window->showNormal();
    m_window->resize(kUsable - decorationOf(m_window.get()));
    QString problem;
    // The window of each step, named after its stage.
    const QMap<QString, tp::store::Stage> steps{{QStringLiteral("step-setup"), tp::store::Stage::Setup},
                                                {QStringLiteral("step-registration"), tp::store::Stage::Registration},
                                                {QStringLiteral("step-proposals"), tp::store::Stage::Proposals},
                                                {QStringLiteral("step-draw"), tp::store::Stage::Draw},
                                                {QStringLiteral("step-presentations"), tp::store::Stage::Presentations},
                                                {QStringLiteral("step-scoring"), tp::store::Stage::Scoring},
                                                {QStringLiteral("step-vote"), tp::store::Stage::Vote},
                                                {QStringLiteral("step-result"), tp::store::Stage::Result},
                                                {QStringLiteral("step-publication"), tp::store::Stage::Publication}};
    auto dialogProblem = [&keys](QDialog& dialog) {
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return QStringLiteral("the dialog is not shown");
        const QString found = fitProblem(&dialog, keys + QStringList{QStringLiteral("QDialogButtonBox")});
        dialog.close();
        return found;
    };
    const QString name = hostile(QStringLiteral("B9"));

    if (window == QLatin1String("home")) {
        m_window->showHome();
        problem = fitProblem(m_window.get(), keys);
    } else if (window.startsWith(QLatin1String("step-"))) {
        open(m_decided, steps.value(window));
        problem = fitProblem(m_window.get(), keys);
    } else if (window == QLatin1String("areas")) {
        // Shares and three service areas being entered, with long names and many places.
        NegotiationView* view = open(m_decided, tp::store::Stage::Setup);
        auto* setup = view->page<SetupStepPage>();
        QVERIFY(setup);
        AllocationEditor* allocation = setup->projectForm()->allocationEditor();
        QMap<int, QList<tp::ServiceArea>> areas;
        for (int k = 1; k <= 3; ++k)
            for (int i = 1; i <= k; ++i) {
                QStringList places;
                for (int j = 1; j <= 12; ++j)
                    places.append(hostile(QStringLiteral("place %1-%2-%3").arg(k).arg(i).arg(j)));
                areas[k].append({hostile(QStringLiteral("area %1-%2").arg(k).arg(i)), places});
            }
        allocation->setAllocation(3, {{1, {100}}, {2, {60, 40}}, {3, {50, 30, 20}}}, areas);
        allocation->setEditable(true);
        allocation->shareField(3, 3)->setValue(25); // an edit: Apply is offered
        allocation->areaEditor()->showArea(3, 2);
        problem = fitProblem(m_window.get(), keys);
    } else if (window == QLatin1String("vote")) {
        open(m_open, tp::store::Stage::Vote);
        problem = fitProblem(m_window.get(), keys);
    } else if (window == QLatin1String("robustness")) {
        NegotiationView* view = open(m_decided, tp::store::Stage::Result);
        ResultsPage* results = view->page(tp::store::Stage::Result)->findChild<ResultsPage*>();
        QVERIFY(results);
        results->showRobustness();
        problem = fitProblem(m_window.get(), keys);
        results->tabs()->setCurrentIndex(0);
    } else if (window == QLatin1String("tie")) {
        open(m_open, tp::store::Stage::Result);
        problem = fitProblem(m_window.get(), keys);
    } else if (window == QLatin1String("preview")) {
        NegotiationView* view = open(m_decided, tp::store::Stage::Publication);
        auto* page = view->page<PublicationStepPage>();
        problem = checkModal(
            [page] {
                QTest::mouseClick(page->previewButton(PublicationStepPage::Document::ResultNotice), Qt::LeftButton);
            },
            keys);
    } else if (window == QLatin1String("banner")) {
        m_window->showHome();
        m_window->bannerText()->setText(hostile(QStringLiteral("banner")));
        m_window->banner()->show();
        problem = fitProblem(m_window.get(), keys);
        m_window->banner()->hide();
    } else if (window == QLatin1String("connect")) {
        ConnectServerDialog dialog(m_window.get());
        dialog.setAddress(*tp::store::WorkspaceAddress::parse(
            QStringLiteral("postgresql://%1@%2:5433/%3?sslmode=verify-full")
                .arg(QStringLiteral("panel-user-").repeated(8), QStringLiteral("db-host-").repeated(12),
                     QStringLiteral("tenderpanel_").repeated(10))));
        dialog.setProblem(hostile(QStringLiteral("the server cannot be reached")));
        problem = dialogProblem(dialog);
    } else if (window == QLatin1String("new")) {
        NewNegotiationDialog dialog(tp::store::BuiltinTemplates::all(), m_window.get());
        dialog.titleField()->setText(hostile(QStringLiteral("title")));
        problem = dialogProblem(dialog);
    } else if (window == QLatin1String("register") || window == QLatin1String("correctRegistration")) {
        RegisterBidderDialog dialog(QStringLiteral("B9"), m_window.get());
        dialog.nameField()->setText(name);
        if (window == QLatin1String("correctRegistration")) {
            tp::store::BidderRegistration current;
            current.id = QStringLiteral("B9");
            current.name = name;
            current.registeredAt = QDateTime(QDate(2024, 9, 2), QTime(9, 30));
            current.representative = hostile(QStringLiteral("representative"));
            dialog.beginCorrection(current);
        }
        problem = dialogProblem(dialog);
    } else if (window == QLatin1String("receive") || window == QLatin1String("correctProposal")) {
        QList<tp::Bidder> bidders;
        for (const QString& id : {QStringLiteral("B1"), QStringLiteral("B2"), QStringLiteral("B3")})
            bidders.append({id, hostile(id), true, std::nullopt, false});
        ReceiveProposalDialog dialog(bidders, QStringLiteral("B2"), 10, m_window.get());
        if (window == QLatin1String("correctProposal")) {
            tp::Proposal current;
            current.bidder = QStringLiteral("B2");
            current.receivedAt = QDateTime(QDate(2024, 9, 5), QTime(9, 0));
            current.copies = 10;
            current.sealed = true;
            dialog.beginCorrection(current);
        }
        problem = dialogProblem(dialog);
    } else if (window == QLatin1String("criterion")) {
        CriterionDialog dialog(QStringLiteral("C9"), m_window.get());
        dialog.titleField()->setText(hostile(QStringLiteral("C9")));
        problem = dialogProblem(dialog);
    } else if (window == QLatin1String("member")) {
        tp::store::PanelistEntry member;
        member.id = QStringLiteral("P9");
        member.name = hostile(QStringLiteral("P9"));
        member.affiliation = hostile(QStringLiteral("affiliation"));
        member.conflictDeclared = true;
        member.conflictNote = hostile(QStringLiteral("note"));
        PanelMemberDialog dialog(member, true, m_window.get());
        problem = dialogProblem(dialog);
    } else if (window == QLatin1String("archive")) {
        SealedArchiveDialog dialog(
            m_dir.filePath(hostile(QStringLiteral("archive")).left(120) + QStringLiteral(".tparchive")),
            QByteArray("not an archive"), m_window.get());
        problem = dialogProblem(dialog);
    } else if (window.startsWith(QLatin1String("projector"))) {
        ProjectorWindow* projector = m_window->projector();
        NegotiationView* view = open(m_decided, tp::store::Stage::Result);
        projector->setProjectTitle(view->context().scenario.project.title);
        QVERIFY(view->context().evaluation);
        if (window == QLatin1String("projectorRanking")) {
            QVERIFY(projector->showApprovedRanking(*view->context().evaluation, view->context().scenario));
        } else {
            const auto rounds = tp::store::ScoringService(*view->context().workspace).voteRounds(m_decided);
            QVERIFY(rounds.ok() && !rounds.value->isEmpty());
            QList<tp::Bidder> tied;
            for (const QString& id : rounds.value->first().tied)
                tied.append(*view->context().scenario.bidder(id));
            projector->showVoteRound(rounds.value->first(), tied, int(view->context().scenario.panel.size()));
        }
        projector->openOnAudienceScreen();
        QVERIFY(QTest::qWaitForWindowExposed(projector));
        problem = fitProblem(projector, keys);
        projector->close();
    } else if (window == QLatin1String("message")) {
        QStringList lines;
        for (int i = 0; i < 10; ++i)
            lines.append(QStringLiteral("bidders[%1].name: %2").arg(i).arg(hostile(QString::number(i))));
        const QString text =
            QStringLiteral("%1 cannot be imported; nothing was stored:\n%2")
                .arg(m_dir.filePath(hostile(QStringLiteral("file")).left(150)), lines.join(QLatin1Char('\n')));
        problem =
            checkModal([this, text] { MessageBox::warning(m_window.get(), QStringLiteral("Import"), text); }, keys);
    } else if (window == QLatin1String("file")) {
        problem = checkModal(
            [this] { FileDialog::openFileName(m_window.get(), hostile(QStringLiteral("caption")), QString()); }, keys);
    } else {
        QFAIL("unknown window");
    }
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

int main(int argc, char* argv[])
{
    // The offscreen platform with a laptop's screen.
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen")
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" TP_SOURCE_DIR "/tests/ui/laptop-screen.json");
    QApplication app(argc, argv);
    TestUiFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_fit.moc"
