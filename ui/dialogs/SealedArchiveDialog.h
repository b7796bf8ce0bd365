#pragma once

#include "report/SealedArchive.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace tp::ui {

// A sealed archive opened read-only: whether it verifies byte for byte (and its seal digest) or
// what differs, and the files it holds.
class SealedArchiveDialog : public QDialog
{
    Q_OBJECT
public:
    SealedArchiveDialog(const QString& path, const QByteArray& bytes, QWidget* parent = nullptr);

    bool verifies() const { return m_verification.ok; }
    QString verdictText() const;
    QStringList fileNames() const;
    QTableWidget* files() const { return m_files; }

private:
    tp::report::SealedArchive::Verification m_verification;
    QLabel* m_verdict;
    QLabel* m_problems;
    QTableWidget* m_files;
};

} // namespace tp::ui
