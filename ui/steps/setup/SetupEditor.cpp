#include "SetupEditor.h"

#include "SetupCommand.h"
#include "store/Workspace.h"

#include <QUndoStack>

namespace tp::ui {

using tp::store::Done;
using tp::store::PanelistEntry;
using tp::store::SetupService;
using tp::store::StoreResult;

namespace {

template <typename T> qsizetype indexOf(const QList<T>& list, const QString& code)
{
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list.at(i).id == code)
            return i;
    return -1;
}

bool sameMember(const PanelistEntry& a, const PanelistEntry& b)
{
    return a.id == b.id && a.name == b.name && a.role == b.role && a.affiliation == b.affiliation &&
           a.conflictDeclared == b.conflictDeclared && a.conflictNote == b.conflictNote;
}

} // namespace

SetupEditor::SetupEditor(QObject* parent) : QObject(parent), m_stack(new QUndoStack(this))
{
    m_stack->setObjectName(QStringLiteral("setupUndoStack"));
}

void SetupEditor::setNegotiation(tp::store::Workspace* workspace, qint64 id, const QString& actor)
{
    if (workspace != m_workspace || id != m_id)
        clearHistory();
    m_workspace = workspace;
    m_id = id;
    m_actor = actor;
}

void SetupEditor::clearHistory()
{
    // A command cannot be deleted while the stack runs it: clear once it has finished.
    if (m_reporting)
        QMetaObject::invokeMethod(m_stack, &QUndoStack::clear, Qt::QueuedConnection);
    else
        m_stack->clear();
}

SetupService SetupEditor::service() const
{
    return SetupService(*m_workspace);
}

std::optional<tp::store::SetupState> SetupEditor::state()
{
    if (!isOpen())
        return std::nullopt;
    const auto read = service().state(m_id);
    if (!read.ok()) {
        emit refused(tr("The negotiation cannot be read"), read.problem.toString());
        return std::nullopt;
    }
    return *read.value;
}

bool SetupEditor::sameProject(const tp::Project& a, const tp::Project& b)
{
    return a.title == b.title && a.purchaser == b.purchaser && a.registrationDeadline == b.registrationDeadline &&
           a.proposalDeadline == b.proposalDeadline && a.requiredCopies == b.requiredCopies &&
           a.presentationMinutes == b.presentationMinutes && a.statementMinutes == b.statementMinutes &&
           a.minBidders == b.minBidders && a.maxWinners == b.maxWinners && a.allocation == b.allocation &&
           a.areas == b.areas && a.trim == b.trim && a.tiePrecision == b.tiePrecision && a.publication == b.publication;
}

void SetupEditor::report(const StoreResult<Done>& result, const QString& what)
{
    m_lastOk = result.ok();
    const bool nested = m_reporting;
    m_reporting = true;
    if (result.ok())
        emit changed();
    else
        emit refused(tr("Not changed: %1").arg(what), result.problem.toString());
    m_reporting = nested;
}

bool SetupEditor::push(const QString& text, std::function<StoreResult<Done>()> redo,
                       std::function<StoreResult<Done>()> undo)
{
    m_lastOk = false;
    m_stack->push(new SetupCommand(text, std::move(redo), std::move(undo), this));
    return m_lastOk;
}

bool SetupEditor::updateProject(const tp::Project& project, const QString& what)
{
    const auto before = state();
    if (!before)
        return false;
    if (sameProject(before->project, project))
        return true;
    const tp::Project old = before->project;
    tp::store::Workspace* ws = m_workspace;
    const qint64 id = m_id;
    const QString actor = m_actor;
    return push(
        what, [=] { return SetupService(*ws).updateProject(id, project, actor); },
        [=] { return SetupService(*ws).updateProject(id, old, actor); });
}

bool SetupEditor::addCriterion(const tp::Criterion& criterion)
{
    if (!isOpen())
        return false;
    tp::store::Workspace* ws = m_workspace;
    const qint64 id = m_id;
    const QString actor = m_actor;
    return push(
        tr("Add criterion %1").arg(criterion.id), [=] { return SetupService(*ws).addCriterion(id, criterion, actor); },
        [=] { return SetupService(*ws).removeCriterion(id, criterion.id, actor); });
}

bool SetupEditor::editCriterion(const tp::Criterion& criterion)
{
    const auto before = state();
    if (!before)
        return false;
    const qsizetype at = indexOf(before->criteria, criterion.id);
    if (at >= 0 && before->criteria.at(at).title == criterion.title && before->criteria.at(at).max == criterion.max)
        return true;
    // An unknown code goes to the store too, which says why it cannot be edited.
    const tp::Criterion old = at >= 0 ? before->criteria.at(at) : criterion;
    tp::store::Workspace* ws = m_workspace;
    const qint64 id = m_id;
    const QString actor = m_actor;
    return push(
        tr("Edit criterion %1").arg(criterion.id),
        [=] { return SetupService(*ws).editCriterion(id, criterion, actor); },
        [=] { return SetupService(*ws).editCriterion(id, old, actor); });
}

bool SetupEditor::renameCriterion(const QString& from, const QString& to)
{
    if (!isOpen())
        return false;
    if (from == to)
        return true;
    tp::store::Workspace* ws = m_workspace;
    const qint64 id = m_id;
    const QString actor = m_actor;
    return push(
        tr("Rename criterion %1 to %2").arg(from, to),
        [=] { return SetupService(*ws).renameCriterion(id, from, to, actor); },
        [=] { return SetupService(*ws).renameCriterion(id, to, from, actor); });
}

bool SetupEditor::removeCriterion(const QString& code)
{
    const auto before = state();
    if (!before)
        return false;
    const qsizetype at = indexOf(before->criteria, code);
    const tp::Criterion old = at >= 0 ? before->criteria.at(at) : tp::Criterion{code, QString(), 0};
    tp::store::Workspace* ws = m_workspace;
    const qint64 id = m_id;
    const QString actor = m_actor;
    return push(
        tr("Remove criterion %1").arg(code), [=] { return SetupService(*ws).removeCriterion(id, code, actor); },
        [=] { return SetupService(*ws).addCriterion(id, old, actor, at); });
}

bool SetupEditor::moveCriterion(const QString& code, qsizetype index)
{
    const auto before = state();
    if (!before)
        return false;
    const qsizetype at = indexOf(before->criteria, code);
    if (at == index)
        return true;
    tp::store::Workspace* ws = m_workspace;
    const qint64 id = m_id;
    const QString actor = m_actor;
    return push(
        tr("Move criterion %1").arg(code), [=] { return SetupService(*ws).moveCriterion(id, code, index, actor); },
        [=] { return SetupService(*ws).moveCriterion(id, code, at, actor); });
}

bool SetupEditor::applyTemplate(const tp::store::CriteriaTemplate& criteriaTemplate)
{
    const auto before = state();
    if (!before)
        return false;
    const QList<tp::Criterion> old = before->criteria;
    const tp::Project oldProject = before->project;
    const bool award = criteriaTemplate.award.has_value();
    const qint64 templateId = criteriaTemplate.id;
    tp::store::Workspace* ws = m_workspace;
    const qint64 id = m_id;
    const QString actor = m_actor;
    // A template with an award changes the project's settings too: undone together with the criteria.
    return push(
        tr("Load the criteria of a template"), [=] { return SetupService(*ws).applyTemplate(id, templateId, actor); },
        [=] {
            return award ? SetupService(*ws).restoreSetup(id, oldProject, old, actor)
                         : SetupService(*ws).replaceCriteria(id, old, actor);
        });
}

bool SetupEditor::addPanelMember(const PanelistEntry& member)
{
    if (!isOpen())
        return false;
    tp::store::Workspace* ws = m_workspace;
    const qint64 id = m_id;
    const QString actor = m_actor;
    return push(
        tr("Add panel member %1").arg(member.name), [=] { return SetupService(*ws).addPanelMember(id, member, actor); },
        [=] { return SetupService(*ws).removePanelMember(id, member.id, actor); });
}

bool SetupEditor::editPanelMember(const PanelistEntry& member)
{
    const auto before = state();
    if (!before)
        return false;
    const qsizetype at = indexOf(before->panel, member.id);
    if (at >= 0 && sameMember(before->panel.at(at), member))
        return true;
    const PanelistEntry old = at >= 0 ? before->panel.at(at) : member;
    tp::store::Workspace* ws = m_workspace;
    const qint64 id = m_id;
    const QString actor = m_actor;
    return push(
        tr("Edit panel member %1").arg(member.name),
        [=] { return SetupService(*ws).editPanelMember(id, member, actor); },
        [=] { return SetupService(*ws).editPanelMember(id, old, actor); });
}

bool SetupEditor::removePanelMember(const QString& code)
{
    const auto before = state();
    if (!before)
        return false;
    const qsizetype at = indexOf(before->panel, code);
    PanelistEntry old;
    old.id = code;
    if (at >= 0)
        old = before->panel.at(at);
    tp::store::Workspace* ws = m_workspace;
    const qint64 id = m_id;
    const QString actor = m_actor;
    return push(
        tr("Remove panel member %1").arg(old.name.isEmpty() ? code : old.name),
        [=] { return SetupService(*ws).removePanelMember(id, code, actor); },
        [=] { return SetupService(*ws).addPanelMember(id, old, actor, at); });
}

bool SetupEditor::movePanelMember(const QString& code, qsizetype index)
{
    const auto before = state();
    if (!before)
        return false;
    const qsizetype at = indexOf(before->panel, code);
    if (at == index)
        return true;
    tp::store::Workspace* ws = m_workspace;
    const qint64 id = m_id;
    const QString actor = m_actor;
    return push(
        tr("Move panel member %1").arg(code), [=] { return SetupService(*ws).movePanelMember(id, code, index, actor); },
        [=] { return SetupService(*ws).movePanelMember(id, code, at, actor); });
}

} // namespace tp::ui
