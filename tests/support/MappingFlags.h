#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstdint>

// The VmFlags of the mapping of this process that holds `address` ("rd wr mr mw me ac hg", …), from
// /proc/self/smaps; empty when unknown (no such file, or no mapping holds the address).
inline QByteArray mappingFlags(const void* address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const std::uintptr_t at = std::uintptr_t(address);
    bool inside = false;
    for (const QByteArray& line : smaps.readAll().split('\n')) {
        const int dash = line.indexOf('-');
        const int space = line.indexOf(' ');
        if (dash > 0 && space > dash && !line.startsWith("VmFlags")) {
            bool ok1 = false, ok2 = false;
            const auto begin = line.left(dash).toULongLong(&ok1, 16);
            const auto end = line.mid(dash + 1, space - dash - 1).toULongLong(&ok2, 16);
            if (ok1 && ok2) {
                inside = at >= begin && at < end;
                continue;
            }
        }
        if (inside && line.startsWith("VmFlags:"))
            return line.mid(8).trimmed();
    }
    return {};
}
