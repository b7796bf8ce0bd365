#pragma once

#include "JsonValue.h"

#include <QByteArray>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace tp {

// Reads well-formed JSON with simdjson into a JsonValue tree: the tree JsonParser would give, or
// nothing. It gives up on anything but plain, valid JSON (a syntax error, invalid UTF-8, a key
// repeated in an object, a "\u" escape, an integer of more than 18 digits, a number with an exponent
// or of more than 300 characters, nesting or a number of values beyond JsonParser's limits), and
// JsonParser then reads the text again to explain the problem, or builds the tree of the rarer forms.
class JsonFastReader
{
public:
    // Bytes the parser may read past the end of the text: a QByteArray with this much spare capacity
    // is read where it is, any other is copied first.
    static constexpr qsizetype kPadding = 64;

    // A member of an object whose value is not an array or an object: its key, and its string (UTF-8,
    // escapes resolved) or number (an integer as JsonParser writes it, "-0" as "0"; any other number
    // as written). Points into the reader's memory.
    struct Member
    {
        std::string_view key;
        JsonValue::Type type = JsonValue::Type::Null;
        bool boolean = false;
        std::string_view text;
    };

    // One item of the streamed array: an object whose members hold no array or object, read in place
    // (members()), or any other value as a tree.
    class Item
    {
    public:
        bool isFlatObject() const { return m_flat; }
        const std::vector<Member>& members() const { return m_members; }
        // A flat object whose keys are those of the item before, in the same order, written with the
        // same bytes between them (false does not say the keys differ).
        bool keysAsBefore() const { return m_keysAsBefore; }
        // The item as JsonParser builds it.
        JsonValue tree() const;

    private:
        friend class JsonFastReader;
        bool m_flat = false;
        bool m_keysAsBefore = false;
        std::vector<Member> m_members;
        JsonValue m_tree;
    };

    // Called for each item of the streamed array, in order, with its index.
    using ItemFunction = std::function<void(std::size_t, const Item&)>;
    // For a text that is still arriving (a file being read): waits until at least `bytes` bytes from
    // the start of the text are there, or all that will come, and gives how many are there. May give
    // more than asked.
    using ArrivedFunction = std::function<std::size_t(std::size_t bytes)>;

    // A second reader for the later items of a long streamed array, on another thread.
    struct Aside
    {
        // Runs task(from) once, on a thread other than read()'s, where the text from byte `from` to its
        // end is there (`from` is the text's size when none is); false when it cannot, and then never
        // runs it.
        std::function<bool(std::function<void(std::size_t from)>)> run;
        // Called on that thread for each item read there, with its index from the first read there.
        ItemFunction onItem;
        // Called on read()'s thread when the first `count` items read there are the array's from item
        // `first` on, before any item after them is given to read()'s onItem. Items read there and not
        // taken are not the array's.
        std::function<void(std::size_t first, std::size_t count)> take;
        // A streamed array of fewer bytes is read on read()'s thread alone: starting the other reading
        // would cost more than it saves.
        std::size_t minBytes = 1024 * 1024;
    };

    JsonFastReader(int maxDepth, std::size_t maxValues);
    ~JsonFastReader();
    JsonFastReader(const JsonFastReader&) = delete;
    JsonFastReader& operator=(const JsonFastReader&) = delete;

    // The tree of `bytes` (without a byte order mark; they must outlive the reader), or nothing. A root
    // member named `streamed` whose value is an array is not built into the tree: the tree holds an
    // empty array in its place, and onItem(index, item) is called for each of its items as it is read,
    // before read() returns. onItem may be called for some or all items and read() still give nothing:
    // what it was given counts only when read() gives a tree. `room`: the bytes that may be read past
    // the end of `bytes` (at least kPadding, or the text is copied first); by default the spare
    // capacity of `bytes`.
    //
    // With `arrived`, `bytes` is the text as it will be once it has all arrived (its room is there
    // already): read() reads only bytes that have arrived. It reads the streamed array's items as they
    // come, and waits for the whole text before it reads the rest. When fewer bytes than bytes.size()
    // come in the end, it gives nothing.
    //
    // With `aside`, the later items of a long streamed array may be read on another thread at the same
    // time: that thread starts at an item it finds after `from`, and when this thread's reading comes
    // to that item, it takes what was read there (aside.take) and goes on from where that stopped.
    // When read() returns, that thread's reading has ended.
    std::optional<JsonValue> read(const QByteArray& bytes, std::string_view streamed = {}, qsizetype room = -1,
                                  const ItemFunction& onItem = {}, const ArrivedFunction& arrived = {},
                                  const Aside* aside = nullptr);
    // Whether the last read() found the streamed array, and the number of its items.
    bool hasStreamed() const;
    std::size_t streamedSize() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace tp
