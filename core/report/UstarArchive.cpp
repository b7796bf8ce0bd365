#include "UstarArchive.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tp::report {

namespace {

// Field offsets and sizes of the ustar header.
constexpr int kName = 0, kNameLen = 100;
constexpr int kMode = 100, kUid = 108, kGid = 116, kSize = 124, kMtime = 136, kChksum = 148, kType = 156;
constexpr int kMagic = 257, kVersion = 263, kDevMajor = 329, kDevMinor = 337;

QString tr(const char* text)
{
    return QCoreApplication::translate("UstarArchive", text);
}

void putOctal(QByteArray& header, int offset, int width, qint64 value)
{
    // width-1 octal digits, zero padded, then NUL
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    header.replace(offset, width, QByteArray(digits + '\0'));
}

QByteArray header(const QString& name, qint64 size, qint64 mtime)
{
    QByteArray h(UstarArchive::kBlock, '\0');
    const QByteArray n = name.toLatin1();
    h.replace(kName, n.size(), n);
    putOctal(h, kMode, 8, 0644);
    putOctal(h, kUid, 8, 0);
    putOctal(h, kGid, 8, 0);
    putOctal(h, kSize, 12, size);
    putOctal(h, kMtime, 12, mtime);
    h[kType] = '0';
    h.replace(kMagic, 6, QByteArray("ustar\0", 6));
    h.replace(kVersion, 2, QByteArray("00"));
    putOctal(h, kDevMajor, 8, 0);
    putOctal(h, kDevMinor, 8, 0);
    h.replace(kChksum, 8, QByteArray(8, ' '));
    unsigned sum = 0;
    for (char c : h)
        sum += static_cast<unsigned char>(c);
    h.replace(kChksum, 8, QByteArray(QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2)));
    return h;
}

// Whether the checksum field of header `h` holds the sum of its bytes (the field counted as spaces), as
// any tar program writes it: six or seven octal digits, then NUL and/or space.
bool checksumMatches(const QByteArray& h)
{
    unsigned sum = 0;
    for (int i = 0; i < UstarArchive::kBlock; ++i)
        sum += (i >= kChksum && i < kChksum + 8) ? unsigned(' ') : static_cast<unsigned char>(h.at(i));
    const QByteArray field = h.mid(kChksum, 8);
    qsizetype i = 0;
    while (i < field.size() && field.at(i) == ' ')
        ++i;
    unsigned stored = 0;
    qsizetype digits = 0;
    for (; i < field.size() && field.at(i) >= '0' && field.at(i) <= '7'; ++i, ++digits)
        stored = stored * 8 + unsigned(field.at(i) - '0');
    for (; i < field.size(); ++i)
        if (field.at(i) != '\0' && field.at(i) != ' ')
            return false;
    return digits > 0 && stored == sum;
}

// What a tar member of type `type` is, when it is not a regular file ('0'); empty for a regular file.
QString memberKind(char type)
{
    switch (type) {
    case '0':
        return QString();
    case '1':
        return tr("a hard link");
    case '2':
        return tr("a symbolic link");
    case '3':
        return tr("a character device");
    case '4':
        return tr("a block device");
    case '5':
        return tr("a directory");
    case '6':
        return tr("a named pipe (FIFO)");
    case '7':
        return tr("a contiguous file");
    case 'g':
    case 'x':
        return tr("an extended (pax) header");
    case 'K':
    case 'L':
        return tr("a GNU long name header");
    default:
        return tr("not a regular file");
    }
}

bool parseOctal(const QByteArray& field, qint64* value)
{
    // width-1 octal digits then NUL, exactly as written
    if (field.isEmpty() || field.back() != '\0')
        return false;
    qint64 v = 0;
    for (qsizetype i = 0; i + 1 < field.size(); ++i) {
        const char c = field.at(i);
        if (c < '0' || c > '7')
            return false;
        v = v * 8 + (c - '0');
    }
    *value = v;
    return true;
}

} // namespace

bool UstarArchive::isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$"));
    if (name.isEmpty() || name.size() > kMaxName || !pattern.match(name).hasMatch())
        return false;
    for (const QString& part : name.split(QLatin1Char('/')))
        if (part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    return true;
}

QByteArray UstarArchive::write(const QList<Entry>& entries, qint64 mtime)
{
    QByteArray out;
    for (const Entry& e : entries) {
        out += header(e.name, e.data.size(), mtime);
        out += e.data;
        const qsizetype rest = e.data.size() % kBlock;
        if (rest)
            out += QByteArray(kBlock - rest, '\0');
    }
    out += QByteArray(2 * kBlock, '\0');
    return out;
}

std::optional<UstarArchive::Contents> UstarArchive::read(const QByteArray& bytes, Problems* problems)
{
    auto fail = [problems](qsizetype offset, const QString& entry, const QString& why) {
        if (problems) {
            QString where = QStringLiteral("byte %1").arg(offset);
            if (!entry.isEmpty())
                where += QStringLiteral(" (%1)").arg(entry);
            problems->append({where, why});
        }
        return std::nullopt;
    };
    if (bytes.size() % kBlock != 0)
        return fail(bytes.size(), QString(), tr("the archive is not a whole number of 512-byte blocks"));
    Contents contents;
    bool firstEntry = true;
    qsizetype at = 0;
    while (true) {
        if (at + kBlock > bytes.size())
            return fail(at, QString(), tr("the archive ends without its two end blocks"));
        const QByteArray h = bytes.mid(at, kBlock);
        if (h == QByteArray(kBlock, '\0')) {
            // End of archive: exactly two zero blocks and nothing after.
            if (at + 2 * kBlock > bytes.size() || bytes.mid(at + kBlock, kBlock) != QByteArray(kBlock, '\0'))
                return fail(at + kBlock, QString(), tr("the second end block is missing or not zero"));
            if (at + 2 * kBlock != bytes.size())
                return fail(at + 2 * kBlock, QString(), tr("there are bytes after the end of the archive"));
            break;
        }
        const qsizetype nameEnd = h.indexOf('\0');
        const QByteArray rawName = h.left(nameEnd < 0 || nameEnd > kNameLen ? kNameLen : nameEnd);
        const QString name = QString::fromLatin1(rawName);
        // A link, a device or a directory: named as what it is, once the header is known to be intact.
        if (!checksumMatches(h))
            return fail(at + kChksum, name, tr("the header checksum is wrong"));
        const char type = h.at(kType);
        if (type != '0' && type != '\0') {
            const QString typeName = type >= 0x21 && type < 0x7f
                                         ? QString(QLatin1Char(type))
                                         : QStringLiteral("0x%1").arg(int(uchar(type)), 2, 16, QLatin1Char('0'));
            return fail(at + kType, name,
                        tr("member %1 is %2 (type %3); a sealed archive holds only regular files")
                            .arg(name, memberKind(type), typeName));
        }
        qint64 size = 0;
        qint64 mtime = 0;
        if (!parseOctal(h.mid(kSize, 12), &size) || !parseOctal(h.mid(kMtime, 12), &mtime))
            return fail(at + kSize, name, tr("the size or time field of the header is malformed"));
        if (!isValidName(name) || size < 0 || size > bytes.size())
            return fail(at, name, tr("the header names a file this archive format does not allow"));
        if (firstEntry)
            contents.mtime = mtime;
        firstEntry = false;
        const QByteArray expected = header(name, size, contents.mtime);
        if (h != expected) {
            qsizetype i = 0;
            while (i < kBlock && h.at(i) == expected.at(i))
                ++i;
            const bool checksum = i >= kChksum && i < kChksum + 8;
            return fail(at + i, name,
                        checksum ? tr("the header checksum is wrong")
                                 : tr("the header differs from the canonical form (field at offset %1)").arg(i));
        }
        at += kBlock;
        if (at + size > bytes.size())
            return fail(at, name, tr("the file data is cut short"));
        contents.entries.append({name, bytes.mid(at, size)});
        at += size;
        const qsizetype rest = size % kBlock;
        if (rest) {
            const qsizetype padding = kBlock - rest;
            if (at + padding > bytes.size())
                return fail(at, name, tr("the padding after the file data is cut short"));
            for (qsizetype i = 0; i < padding; ++i)
                if (bytes.at(at + i) != '\0')
                    return fail(at + i, name, tr("the padding after the file data is not zero"));
            at += padding;
        }
    }
    return contents;
}

} // namespace tp::report
