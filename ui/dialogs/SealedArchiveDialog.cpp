#include "SealedArchiveDialog.h"
#include "PlainText.h"

#include "report/UstarArchive.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tp::ui {

SealedArchiveDialog::SealedArchiveDialog(const QString& path, const QByteArray& bytes, QWidget* parent)
    : QDialog(parent), m_verification(tp::report::SealedArchive::verify(bytes)), m_verdict(new QLabel(this)),
      m_problems(new QLabel(this)), m_files(new QTableWidget(0, 2, this))
{
    PlainText::label(m_verdict);
    PlainText::label(m_problems);
    setWindowTitle(tr("Sealed archive %1").arg(QFileInfo(path).fileName()));
    m_verdict->setObjectName(QStringLiteral("archiveVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_verdict->setStyleSheet(m_verification.ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
    m_verdict->setText(verdictText());
    m_problems->setObjectName(QStringLiteral("archiveProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setText(tp::problemsText(m_verification.problems));
    m_problems->setVisible(!m_verification.problems.isEmpty());

    m_files->setObjectName(QStringLiteral("archiveFiles"));
    m_files->setHorizontalHeaderLabels({tr("File"), tr("Size (bytes)")});
    m_files->verticalHeader()->hide();
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_files->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    tp::Problems readProblems;
    const std::optional<tp::report::UstarArchive::Contents> contents =
        tp::report::UstarArchive::read(bytes, &readProblems);
    if (contents) {
        m_files->setRowCount(int(contents->entries.size()));
        for (int i = 0; i < contents->entries.size(); ++i) {
            const tp::report::UstarArchive::Entry& e = contents->entries.at(i);
            m_files->setItem(i, 0, new QTableWidgetItem(e.name));
            auto* size = new QTableWidgetItem(QString::number(e.data.size()));
            size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_files->setItem(i, 1, size);
        }
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    // A long path wraps, or is cut at the dialog's edge, rather than widening the dialog past the screen.
    auto* opened = PlainText::label(new QLabel(tr("Opened read-only: %1").arg(QDir::toNativeSeparators(path)), this));
    opened->setObjectName(QStringLiteral("archivePath"));
    opened->setWordWrap(true);
    opened->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    opened->setToolTip(PlainText::toolTip(QDir::toNativeSeparators(path)));
    opened->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(opened);
    layout->addWidget(m_verdict);
    layout->addWidget(m_problems);
    // Documents another (or an unknown) version rendered are not re-rendered: say so under the verdict.
    auto* note = PlainText::label(new QLabel(m_verification.note, this));
    note->setObjectName(QStringLiteral("archiveNote"));
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    note->setVisible(!m_verification.note.isEmpty());
    layout->addWidget(note);
    layout->addWidget(new QLabel(tr("Files in the archive:"), this));
    layout->addWidget(m_files, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 480);
}

QString SealedArchiveDialog::verdictText() const
{
    if (m_verification.ok && !m_verification.documentsRerendered)
        return tr("The archive verifies: every file matches the manifest and the seal, and the record evaluates to "
                  "the stored result. Seal digest (SHA-256): %1")
            .arg(m_verification.digest);
    if (m_verification.ok)
        return tr("The archive verifies: every file matches the manifest and the seal, and every document is "
                  "the one its record produces. Seal digest (SHA-256): %1")
            .arg(m_verification.digest);
    return tr("The archive does NOT verify: it differs from what was sealed.");
}

QStringList SealedArchiveDialog::fileNames() const
{
    QStringList names;
    for (int i = 0; i < m_files->rowCount(); ++i)
        names.append(m_files->item(i, 0)->text());
    return names;
}

} // namespace tp::ui
