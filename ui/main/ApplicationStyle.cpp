#include "ApplicationStyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>

namespace tp::ui {

namespace {

// The style's icon `which`, asked of the style the first time it is drawn, measured or listed.
class IconReadWhenDrawn : public QIconEngine
{
public:
    IconReadWhenDrawn(const QStyle* style, QStyle::StandardPixmap which, Qt::LayoutDirection direction)
        : m_style(style), m_which(which), m_direction(direction)
    {}

    QIconEngine* clone() const override
    {
        auto* copy = new IconReadWhenDrawn(m_style, m_which, m_direction);
        copy->m_icon = m_icon;
        copy->m_read = m_read;
        return copy;
    }

    QString key() const override { return QStringLiteral("tp_icon_read_when_drawn"); }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }

    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }

    QString iconName() override { return icon().name(); }

private:
    const QIcon& icon()
    {
        if (!m_read) {
            m_read = true;
            if (m_style) {
                QStyleOption option;
                option.direction = m_direction;
                m_icon = m_style->standardIcon(m_which, &option);
            }
        }
        return m_icon;
    }

    QPointer<const QStyle> m_style;
    QStyle::StandardPixmap m_which;
    Qt::LayoutDirection m_direction;
    bool m_read = false;
    QIcon m_icon;
};

} // namespace

ApplicationStyle::ApplicationStyle(const QString& baseKey) : QProxyStyle(baseKey) {}

bool ApplicationStyle::isReadWhenDrawn(StandardPixmap standardIcon)
{
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton:
    case SP_LineEditClearButton:
        return true;
    default:
        return false;
    }
}

QIcon ApplicationStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption* option,
                                     const QWidget* widget) const
{
    if (!isReadWhenDrawn(standardIcon))
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    // The base style reads these icons without the widget; the direction is the option's, or the
    // widget's, or the application's, as the base style would take it.
    const Qt::LayoutDirection direction = option   ? option->direction
                                          : widget ? widget->layoutDirection()
                                                   : QGuiApplication::layoutDirection();
    return QIcon(new IconReadWhenDrawn(baseStyle(), standardIcon, direction));
}

void ApplicationStyle::install()
{
    QApplication::setStyle(new ApplicationStyle(QApplication::style()->name()));
}

} // namespace tp::ui
