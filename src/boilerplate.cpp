// Page furniture in plain text: share and follow prompts, subscription and donation appeals, menus,
// view and comment counters, "Read also:" teasers, link-only lines and breadcrumbs, found line by line.
#include <claimdiff/ingest.hpp>

#include "text_util.hpp"

#include <boost/regex.hpp>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_set>

namespace claimdiff {
namespace {

// Furniture lines are short; longer lines are prose and are never matched (which also keeps the
// regex engine away from megabyte-long lines).
constexpr std::size_t kMaxFurnitureLine = 400;

// Boost.Regex rather than std::regex: libstdc++'s engine made this the slowest step of ingest.
const boost::regex& furniture_pattern() {
  static const boost::regex pattern(
      // sharing, following, joining
      R"(^(share|tweet|pin|email|print)( (this|on|via|to|article|story|page)\b.*)?$)"
      R"(|^(follow|like|join|find) (us|our)\b.*$)"
      R"(|^follow [^.]{0,60} on (social media|twitter|facebook|telegram|instagram|x)\b.*$)"
      R"(|^join our\b.*\b(channel|newsletter|community|group|list)\b.*$)"
      // subscriptions, donations, promotions
      R"(|^(subscribe|sign up|register|log ?in|sign in)\b.{0,80}$)"
      R"(|^.{0,80}\b(subscribe now|sign up now|donate now|support us)\b.{0,80}$)"
      R"(|^.*\b(please (help )?support|by clicking on the|click here)\b.*$)"
      R"(|^.*\b(find out more|learn more|read more)\.?$)"
      R"(|^.{0,200}\bbrings you the latest\b.*$)"
      R"(|^would you like us to\b.*$)"
      // comments, counters, reading time
      R"(|^(leave a (comment|reply)|comments?|no comments( yet)?|\d+ comments?|post a comment)$)"
      R"(|^[\d,.]+k? (views|reads|shares)(\b|\d).*$)"
      R"(|^.*\breading time:? \d+.*$)"
      // teasers and related links
      R"(|^(read (also|more)|see also|related( articles| posts| stories)?|more on this|recommended|watch):.*$)"
      R"(|^(you may also like|you might also like|editors'? picks|latest posts|most (viewed|read|popular)|trending( now)?|popular posts|related posts|more stories)$)"
      R"(|^(advertisement|sponsored( content)?|table of contents|skip to (main )?content|top of page|bottom of page|back to top)$)"
      // site search widgets
      R"(|^(generic selectors|exact matches only|search in (title|content|excerpt)|post type selectors|search( for)?:?)$)"
      // social handles and link-only lines
      R"(|^(•\s*)?(twitter|facebook|instagram|linkedin|youtube|telegram|whatsapp|pinterest|reddit|tiktok|email)( (basic|social|black|white|round|square|circle|icon|logo))*:?$)"
      R"(|^([\w ]{1,20}:\s*)?(https?://|www\.)\S+$)"
      R"(|^([\w ]{1,20}:\s*)?@\w+$)"
      R"(|^(©|\(c\)|copyright)\b.*$)"
      R"(|^all rights reserved\.?$)",
      boost::regex::perl | boost::regex::icase);
  return pattern;
}

// A cheap necessary condition for furniture_pattern(): every alternative of the pattern opens with
// one of kFurnitureOpenings (or a digit, ',' or '.', for counters) or contains one of
// kFurnitureKeywords or kFurnitureLinkMarks, compared in ASCII lower case as the pattern's icase does. Prose lines fail
// both checks after a few comparisons, so the backtracking regex (most of ingest's time) runs on
// few lines. Keep the lists in step with the pattern when an alternative is added.
constexpr std::string_view kFurnitureOpenings[] = {
    "share", "tweet", "pin", "email", "print", "follow", "like", "join", "find", "subscribe", "sign",
    "register", "log", "would", "leave", "comment", "no", "post", "read", "see", "related", "more",
    "recommended", "watch", "you", "editors", "latest", "most", "trending", "popular", "advertisement",
    "sponsored", "table", "skip", "top", "bottom", "back", "generic", "exact", "search", "•",
    "twitter", "facebook", "instagram", "linkedin", "youtube", "telegram", "whatsapp", "pinterest",
    "reddit", "tiktok", "©", "(c)", "copyright", "all"};
// The pattern has a word boundary before each of these, so they are only looked for at word starts.
constexpr std::string_view kFurnitureKeywords[] = {
    "subscribe now", "sign up now", "donate now", "support us", "please support", "please help support",
    "by clicking on the", "click here", "find out more", "learn more", "read more", "brings you the latest",
    "reading time"};
// Links and handles, anywhere in the line.
constexpr std::string_view kFurnitureLinkMarks[] = {"http", "www.", "@"};

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// \w as the pattern reads it (C locale): ASCII letters, digits and '_'.
bool is_pattern_word_byte(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

// The bytes a furniture keyword starts with: most word starts are ruled out by one table look-up.
constexpr std::array<bool, 256> keyword_first_bytes() {
  std::array<bool, 256> first{};
  for (const std::string_view keyword : kFurnitureKeywords) first[static_cast<unsigned char>(keyword.front())] = true;
  return first;
}

// One pass over the word starts of a lowered line instead of one search per keyword.
bool has_furniture_keyword(std::string_view lowered) {
  static constexpr std::array<bool, 256> kFirstBytes = keyword_first_bytes();
  for (std::size_t i = 0; i < lowered.size(); ++i) {
    if (!kFirstBytes[static_cast<unsigned char>(lowered[i])] || (i > 0 && is_pattern_word_byte(lowered[i - 1])))
      continue;
    const std::string_view rest = lowered.substr(i);
    for (const std::string_view keyword : kFurnitureKeywords)
      if (keyword.front() == rest.front() && rest.starts_with(keyword)) return true;
  }
  return false;
}

bool could_be_furniture(std::string_view line, std::string& lowered) {
  if (line.empty()) return false;
  const char first = line.front();
  if ((first >= '0' && first <= '9') || first == ',' || first == '.') return true;
  lowered.assign(line);
  for (char& c : lowered) c = ascii_lower(c);
  const std::string_view text = lowered;
  for (const std::string_view opening : kFurnitureOpenings)
    if (opening.front() == text.front() && text.starts_with(opening)) return true;
  for (const std::string_view mark : kFurnitureLinkMarks)
    if (text.find(mark) != std::string_view::npos) return true;
  return has_furniture_keyword(text);
}

struct Line {
  Span span;              // trimmed
  std::string normalized; // folded punctuation, for matching
};

std::vector<Line> lines_of(std::string_view text) {
  std::vector<Line> lines;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    const Span span = detail::trim(text, {begin, end});
    if (!span.empty()) {
      Line line{span, {}};
      if (span.size() <= kMaxFurnitureLine) line.normalized = detail::normalize_punctuation(span.of(text));
      lines.push_back(std::move(line));
    }
    begin = end + 1;
  }
  return lines;
}

bool opens_with_home(const Line& line) { return line.normalized.rfind("Home ", 0) == 0; }

// "Home Uncategorized <headline>": a line that opens with "Home" and ends with another line's text.
bool is_breadcrumb(const Line& line, const std::unordered_set<std::string>& other_lines) {
  if (!opens_with_home(line)) return false;
  for (std::size_t cut = line.normalized.find(' '); cut != std::string::npos; cut = line.normalized.find(' ', cut + 1)) {
    const std::string rest = line.normalized.substr(cut + 1);
    if (rest.size() >= 20 && other_lines.count(rest)) return true;
  }
  return false;
}

}  // namespace

std::vector<Span> find_boilerplate(std::string_view text) {
  const std::vector<Line> lines = lines_of(text);
  // The set of line texts only serves breadcrumbs: built only when a line opens with "Home".
  std::unordered_set<std::string> line_texts;
  if (std::any_of(lines.begin(), lines.end(), opens_with_home))
    for (const Line& line : lines)
      if (!line.normalized.empty()) line_texts.insert(line.normalized);
  std::vector<Span> spans;
  std::string lowered;
  for (const Line& line : lines) {
    if (line.normalized.empty()) continue;  // too long to be furniture
    const bool furniture = could_be_furniture(line.normalized, lowered) &&
                           boost::regex_match(line.normalized, furniture_pattern());
    if (furniture || is_breadcrumb(line, line_texts)) spans.push_back(line.span);
  }
  return spans;
}

}  // namespace claimdiff
