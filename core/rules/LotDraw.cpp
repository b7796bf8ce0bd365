#include "LotDraw.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

namespace tp {

namespace {

QString sha256Hex(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString shellQuoted(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

bool LotDraw::isValidSeed(const QString& seed)
{
    if (seed.size() != 64)
        return false;
    return std::all_of(seed.cbegin(), seed.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

QString LotDraw::commitment(const QString& seed)
{
    return sha256Hex(seed);
}

QString LotDraw::key(const QString& seed, const QString& bidderId)
{
    return sha256Hex(seed + QLatin1Char(':') + bidderId);
}

QStringList LotDraw::order(const QString& seed, const QStringList& bidderIds)
{
    QList<QPair<QString, QString>> keyed;
    keyed.reserve(bidderIds.size());
    for (const QString& id : bidderIds)
        keyed.append({key(seed, id), id});
    std::sort(keyed.begin(), keyed.end());
    QStringList result;
    result.reserve(keyed.size());
    for (const auto& entry : std::as_const(keyed))
        result.append(entry.second);
    return result;
}

QString LotDraw::newSeed()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator* generator = QRandomGenerator::system();
    for (int i = 0; i < bytes.size(); i += 4) {
        const quint32 word = generator->generate();
        for (int b = 0; b < 4; ++b)
            bytes[i + b] = char((word >> (8 * b)) & 0xffu);
    }
    return QString::fromLatin1(bytes.toHex());
}

QString LotDraw::checkCommand(const QString& seed, const QString& bidderId)
{
    return QStringLiteral("printf '%s' ") + shellQuoted(seed + QLatin1Char(':') + bidderId) +
           QStringLiteral(" | sha256sum");
}

} // namespace tp
