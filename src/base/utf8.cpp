// UTF-8 validation, repair and stepping, on ICU's U8_NEXT / U8_PREV.
#include "base/utf8.hpp"

#include <unicode/utf8.h>

#include <cstdint>

namespace claimdiff::detail {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

int32_t to_index(std::size_t n) { return static_cast<int32_t>(n); }

}  // namespace

CodePoint decode_at(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return {};
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  // ICU indexes are int32_t: decode inside a window so texts over 2 GiB still step correctly.
  const std::size_t window = std::min<std::size_t>(text.size() - offset, 4);
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(bytes + offset, i, to_index(window), c);
  if (c < 0) return {kReplacement, static_cast<std::size_t>(i)};
  return {static_cast<char32_t>(c), static_cast<std::size_t>(i)};
}

CodePoint decode_before(std::string_view text, std::size_t offset) {
  if (offset == 0 || offset > text.size()) return {};
  const std::size_t start = offset >= 4 ? offset - 4 : 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data() + start);
  int32_t i = to_index(offset - start);
  UChar32 c = 0;
  U8_PREV(bytes, 0, i, c);
  const auto length = offset - start - static_cast<std::size_t>(i);
  if (c < 0) return {kReplacement, length};
  return {static_cast<char32_t>(c), length};
}

bool is_valid_utf8(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    const auto byte = static_cast<unsigned char>(bytes[i]);
    if (byte < 0x80) { ++i; continue; }
    const CodePoint cp = decode_at(bytes, i);
    if (cp.value == kReplacement && !(bytes.substr(i, 3) == "\xEF\xBF\xBD")) return false;
    i += cp.length;
  }
  return true;
}

Utf8Repair repair_utf8(std::string_view bytes) {
  Utf8Repair repair;
  repair.text.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size();) {
    const auto byte = static_cast<unsigned char>(bytes[i]);
    if (byte < 0x80) {
      repair.text.push_back(bytes[i]);
      ++i;
      continue;
    }
    const CodePoint cp = decode_at(bytes, i);
    const bool genuine_replacement = bytes.substr(i, 3) == "\xEF\xBF\xBD";
    if (cp.value == kReplacement && !genuine_replacement) {
      if (repair.invalid_sequences++ == 0) repair.first_invalid = i;
      append_utf8(repair.text, kReplacement);
    } else {
      repair.text.append(bytes.substr(i, cp.length));
    }
    i += cp.length;
  }
  return repair;
}

bool looks_binary(std::string_view bytes) {
  const std::size_t sample = std::min<std::size_t>(bytes.size(), 8192);
  std::size_t control = 0;
  for (std::size_t i = 0; i < sample; ++i) {
    const auto byte = static_cast<unsigned char>(bytes[i]);
    if (byte == 0) return true;
    if (byte < 0x20 && byte != '\n' && byte != '\r' && byte != '\t' && byte != '\f') ++control;
  }
  // Text has almost no control bytes; a few stray ones (form feeds, escapes) are tolerated.
  return sample > 0 && control * 20 > sample;
}

void append_utf8(std::string& out, char32_t code_point) {
  uint8_t buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, U8_MAX_LENGTH, code_point, error);
  if (error) {
    out += "\xEF\xBF\xBD";
    return;
  }
  out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
}

}  // namespace claimdiff::detail
