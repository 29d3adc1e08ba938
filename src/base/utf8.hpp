// UTF-8 checking and repair on ICU's utf8.h macros: the one place that decides what is valid UTF-8.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace claimdiff::detail {

struct Utf8Repair {
  std::string text;                 // the input with each invalid sequence replaced by U+FFFD
  std::size_t invalid_sequences = 0;
  std::size_t first_invalid = 0;    // byte offset of the first invalid sequence in the input
};

bool is_valid_utf8(std::string_view bytes);
Utf8Repair repair_utf8(std::string_view bytes);

// Whether the bytes look like a binary file rather than text (NUL bytes, many control bytes).
bool looks_binary(std::string_view bytes);

// The code point starting at `offset` and its length in bytes (U+FFFD, 1 for an invalid byte).
struct CodePoint {
  char32_t value = 0;
  std::size_t length = 0;
};
CodePoint decode_at(std::string_view text, std::size_t offset);
// The code point ending just before `offset`.
CodePoint decode_before(std::string_view text, std::size_t offset);

void append_utf8(std::string& out, char32_t code_point);

}  // namespace claimdiff::detail
