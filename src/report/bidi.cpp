// Balancing and isolating bidi controls in plain text (bidi.hpp). An article can carry U+202E
// (right-to-left override) without its closing U+202C; printed as it is into a Markdown table it
// would reverse every cell after it on the line, the outlet names and figures of other articles too.
#include "report/bidi.hpp"

#include <vector>

namespace claimdiff::detail {
namespace {

enum class Control { none, mark, open_embedding, close_embedding, open_isolate, close_isolate };

constexpr std::string_view kPdf = "\u202C";
constexpr std::string_view kFsi = "\u2068";
constexpr std::string_view kPdi = "\u2069";

// The control that starts at `at` and its length in bytes (UTF-8 of U+061C, U+200E-200F,
// U+202A-202E, U+2066-2069).
Control control_at(std::string_view text, std::size_t at, std::size_t& length) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
  const std::size_t left = text.size() - at;
  if (left >= 2 && byte(0) == 0xD8 && byte(1) == 0x9C) {
    length = 2;
    return Control::mark;
  }
  if (left < 3 || byte(0) != 0xE2) return Control::none;
  length = 3;
  const unsigned second = byte(1), third = byte(2);
  if (second == 0x80 && (third == 0x8E || third == 0x8F)) return Control::mark;
  if (second == 0x80 && (third == 0xAA || third == 0xAB || third == 0xAD || third == 0xAE))
    return Control::open_embedding;
  if (second == 0x80 && third == 0xAC) return Control::close_embedding;
  if (second == 0x81 && third >= 0xA6 && third <= 0xA8) return Control::open_isolate;
  if (second == 0x81 && third == 0xA9) return Control::close_isolate;
  return Control::none;
}

}  // namespace

bool has_bidi_controls(std::string_view text) {
  std::size_t length = 0;
  for (std::size_t at = 0; at < text.size(); ++at)
    if (control_at(text, at, length) != Control::none) return true;
  return false;
}

std::string isolate_bidi(std::string_view text) {
  if (!has_bidi_controls(text)) return std::string(text);
  // What is open, innermost last: true for an isolate, false for an embedding or override. As in
  // the Unicode bidi algorithm (UAX #9, X6a), a PDI closes the embeddings opened inside its isolate
  // and a PDF cannot close anything outside the innermost isolate.
  std::vector<bool> open;
  std::string out(kFsi);
  out.reserve(text.size() + 16);
  for (std::size_t at = 0; at < text.size();) {
    std::size_t length = 1;
    const Control control = control_at(text, at, length);
    const std::string_view piece = text.substr(at, control == Control::none ? 1 : length);
    at += piece.size();
    switch (control) {
      case Control::open_embedding: open.push_back(false); break;
      case Control::open_isolate: open.push_back(true); break;
      case Control::close_embedding:
        if (open.empty() || open.back()) continue;  // a stray PDF is dropped
        open.pop_back();
        break;
      case Control::close_isolate: {
        std::size_t isolates = 0;
        for (const bool isolate : open) isolates += isolate ? 1 : 0;
        if (isolates == 0) continue;  // a stray PDI would close our FSI: dropped
        while (!open.back()) open.pop_back();
        open.pop_back();
        break;
      }
      case Control::mark:
      case Control::none: break;
    }
    out += piece;
  }
  for (auto it = open.rbegin(); it != open.rend(); ++it) out += *it ? kPdi : kPdf;
  out += kPdi;
  return out;
}

}  // namespace claimdiff::detail
