#pragma once

namespace tp {

// 128-bit intermediate for exact cross-multiplication of 64-bit fractions (GCC and Clang).
__extension__ typedef __int128 Int128;

} // namespace tp
