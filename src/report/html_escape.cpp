// The HTML escaper and the link filter of the HTML report (html_escape.hpp).
#include "report/html_escape.hpp"

#include "base/text_util.hpp"
#include "report/bidi.hpp"

namespace claimdiff::detail {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\0': out += "\xEF\xBF\xBD"; break;
      default: out += c;
    }
  }
  return out;
}

std::string html_isolated(std::string_view text) { return "<bdi>" + html_escape(text) + "</bdi>"; }

bool is_web_address(std::string_view url) {
  const std::string folded = fold(trim(url));
  return folded.rfind("http://", 0) == 0 || folded.rfind("https://", 0) == 0;
}

std::string markdown_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '\n': case '\r': out += ' '; break;
      case '|': case '*': case '_': case '`': case '[': case ']': case '#': case '\\': case '~':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return isolate_bidi(out);
}

}  // namespace claimdiff::detail
