#include "CriterionDialog.h"

#include "model/Decimal.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace tp::ui {

CriterionDialog::CriterionDialog(const QString& suggestedCode, QWidget* parent)
    : QDialog(parent), m_code(new QLineEdit(suggestedCode, this)), m_title(new QLineEdit(this)),
      m_points(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Add criterion"));
    m_code->setObjectName(QStringLiteral("criterionCode"));
    m_title->setObjectName(QStringLiteral("criterionTitle"));
    m_points->setObjectName(QStringLiteral("criterionPoints"));
    m_points->setPlaceholderText(tr("e.g. 20 or 7.5"));
    m_problem->setObjectName(QStringLiteral("criterionProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Criterion"), m_title);
    form->addRow(tr("Points"), m_points);
    form->addRow(m_problem);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CriterionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
    m_title->setFocus();
}

std::optional<tp::Criterion> CriterionDialog::criterion() const
{
    const auto points = tp::Decimal::parseHundredths(QStringView(m_points->text()).trimmed());
    if (!points)
        return std::nullopt;
    return tp::Criterion{m_code->text().trimmed(), m_title->text().trimmed(), *points};
}

void CriterionDialog::accept()
{
    if (!criterion()) {
        m_problem->setText(tr("The points must be a number with at most two decimals, e.g. 20 or 7.5."));
        m_problem->show();
        m_points->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace tp::ui
