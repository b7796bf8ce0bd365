#pragma once

#include "model/Problem.h"

#include <optional>
#include <utility>

namespace tp::store {

// Why a store operation did not happen. Each kind maps to one exit status of tenderpanel-cli.
enum class Failure
{
    None,
    Invalid,  // the input is wrong (unknown bidder, a value above the maximum, a bad name)
    NotFound, // no such negotiation
    Refused,  // the procedure does not allow it now (locked sheet, draw not recorded, stage passed)
    Storage,  // the database could not be read or written (locked, read-only, disk full, corrupt)
};

// The outcome of one user action: a value, or the one problem that stopped it. Nothing was changed
// when a problem is returned.
template <typename T> struct StoreResult
{
    std::optional<T> value;
    Failure failure = Failure::None;
    Problem problem;

    bool ok() const { return failure == Failure::None; }

    static StoreResult success(T v)
    {
        StoreResult r;
        r.value = std::move(v);
        return r;
    }
    static StoreResult fail(Failure f, Problem p)
    {
        StoreResult r;
        r.failure = f;
        r.problem = std::move(p);
        return r;
    }
    template <typename U> static StoreResult from(const StoreResult<U>& other)
    {
        return fail(other.failure, other.problem);
    }
};

// A completed action that has no value of its own.
struct Done
{};

} // namespace tp::store
