#pragma once

namespace tp {

// The length limits of the texts a negotiation holds, in characters (scenario.md section 1). The
// scenario reader, the setup and procedure services and the forms all take them from here.
struct Limits
{
    static constexpr int kIdChars = 64;     // a code: criterion, bidder, panel member
    static constexpr int kTextChars = 500;  // a name or title: project, purchaser, criterion, bidder, member
    static constexpr int kNoteChars = 2000; // a reason or a note: a rejected proposal, a conflict of interest
};

} // namespace tp
