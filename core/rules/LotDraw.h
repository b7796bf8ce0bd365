#pragma once

#include <QString>
#include <QStringList>

namespace tp {

// docs/scenario-format.md, rule 3: the verifiable lot draw.
class LotDraw
{
public:
    static bool isValidSeed(const QString& seed);                                // 64 lowercase hex characters
    static QString commitment(const QString& seed);                              // sha256(seed), lowercase hex
    static QString key(const QString& seed, const QString& bidderId);            // sha256(seed + ":" + id)
    static QStringList order(const QString& seed, const QStringList& bidderIds); // ascending key
    static QString newSeed();                                                    // 32 bytes from the system CSPRNG, hex
    // The command anyone can run to check one bidder's key.
    static QString checkCommand(const QString& seed, const QString& bidderId);
};

} // namespace tp
