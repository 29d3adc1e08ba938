// Page furniture in plain text: share and follow prompts, subscription and donation appeals, menus,
// view and comment counters, "Read also:" teasers, link-only lines and breadcrumbs, found line by line.
#include <claimdiff/ingest.hpp>

#include "base/text_util.hpp"
#include "base/utf8.hpp"

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
      R"(^(share|tweet|pin|email|print)( (this|it|on|via|to|with|article|story|page)\b.*)?$)"
      R"(|^(like|love|enjoy|enjoyed) this (story|article|post)\b.*$)"
      R"(|^tell us what you think\b.*$)"
      R"(|^(follow|like|join|find) (us|our)\b.*$)"
      R"(|^follow [^.]{0,60} on (social media|twitter|facebook|telegram|instagram|x)\b.*$)"
      R"(|^join our\b.*\b(channel|newsletter|community|group|list)\b.*$)"
      // subscriptions, donations, promotions
      R"(|^(subscribe|sign up|register|log ?in|sign in)\b.{0,80}$)"
      R"(|^.{0,80}\b(subscribe now|sign up now|donate now|support us)\b.{0,80}$)"
      R"(|^.*\b(please (help )?support|by clicking on the|click here|clicking here)\b.*$)"
      R"(|^.*\b(find out more|learn more|read more)\.?$)"
      R"(|^.{0,200}\bbrings you the latest\b.*$)"
      R"(|^would you like us to\b.*$)"
      R"(|^.{0,100}\b(to|in|meet) your inbox\b.{0,80}$)"
      // the author's contact line: "Have a tip? Jane Roe may be reached at jroe@example.com."
      R"(|^(have|got) a (news )?tip\b.*$)"
      R"(|^.{0,80}\b(can|may) be reached at \S+@.*$)"
      // comments, counters, reading time
      R"(|^(leave a (comment|reply)|comments?|no comments( yet)?|\d+ comments?|post a comment)$)"
      R"(|^[\d,.]+k? (views|reads|shares)(\b|\d).*$)"
      R"(|^.*\breading time:? \d+.*$)"
      // teasers and related links
      R"(|^(read (also|more)|see (also|more)|related( articles| posts| stories)?|more on this|recommended|watch|filed under):.*$)"
      R"(|^don't miss\W*$)"
      R"(|^(you may also like|you might also like|editors'? picks|latest posts|most (viewed|read|popular)|trending( now)?|popular posts|related posts|more stories)\W*$)"
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

// A cheap test that a line may be furniture, made on the line as written so that prose lines are
// neither normalised nor given to the backtracking regex (once most of ingest's time). Every
// alternative of furniture_pattern() opens with one of kFurnitureOpenings (or a digit, ',' or '.',
// for counters), holds one of kFurnitureLinkMarks, or holds one of kFurnitureKeywords after a word
// boundary. Normalising only turns runs of white space into one space and curly quotes and dashes
// into ASCII ones, and none of these words holds a quote or a dash, so the test on the raw line (a
// space matching any run of white space) agrees with the same test on the normalised one. Letters
// compare in ASCII lower case, as the pattern's icase does. Keep the lists in step with the pattern.
constexpr std::string_view kFurnitureOpenings[] = {
    "share", "tweet", "pin", "email", "print", "follow", "like", "join", "find", "subscribe", "sign",
    "register", "log", "would", "leave", "comment", "no", "post", "read", "see", "related", "more",
    "recommended", "watch", "you", "editors", "latest", "most", "trending", "popular", "advertisement",
    "sponsored", "table", "skip", "top", "bottom", "back", "generic", "exact", "search", "•",
    "twitter", "facebook", "instagram", "linkedin", "youtube", "telegram", "whatsapp", "pinterest",
    "reddit", "tiktok", "©", "(c)", "copyright", "all", "love", "enjoy", "tell", "have", "got", "filed", "don"};
// The pattern has a word boundary before each of these, so they are only looked for at word starts.
constexpr std::string_view kFurnitureKeywords[] = {
    "subscribe now", "sign up now", "donate now", "support us", "please support", "please help support",
    "by clicking on the", "click here", "find out more", "learn more", "read more", "brings you the latest",
    "reading time", "clicking here", "to your inbox", "in your inbox", "meet your inbox", "can be reached at",
    "may be reached at"};
// Links and handles: the pattern has them at the start of the line or after a colon and white space.
constexpr std::string_view kFurnitureLinkMarks[] = {"http", "www.", "@"};

constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// \w as the pattern reads it (C locale): ASCII letters, digits and '_'.
constexpr bool is_pattern_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

constexpr std::array<bool, 256> pattern_word_bytes() {
  std::array<bool, 256> word{};
  for (std::size_t b = 0; b < word.size(); ++b) word[b] = is_pattern_word_byte(static_cast<char>(b));
  return word;
}

// The bytes, in either case, that open one of `words`: most positions are ruled out by one look-up.
template <std::size_t N>
constexpr void add_first_bytes(const std::string_view (&words)[N], std::array<bool, 256>& first) {
  for (const std::string_view word : words) {
    first[static_cast<unsigned char>(ascii_lower(word.front()))] = true;
    first[static_cast<unsigned char>(ascii_upper(word.front()))] = true;
  }
}

template <std::size_t N>
constexpr std::array<bool, 256> first_bytes(const std::string_view (&words)[N]) {
  std::array<bool, 256> first{};
  add_first_bytes(words, first);
  return first;
}

constexpr std::array<bool, 256> link_mark_or_keyword_first_bytes() {
  std::array<bool, 256> first{};
  add_first_bytes(kFurnitureLinkMarks, first);
  add_first_bytes(kFurnitureKeywords, first);
  return first;
}

// Whether `text` opens with `phrase` (lower case) as the normalised line would: a space of the
// phrase stands for a run of white space.
bool opens_with_phrase(std::string_view text, std::string_view phrase) {
  std::size_t at = 0;
  for (const char p : phrase) {
    if (p != ' ') {
      if (at >= text.size() || ascii_lower(text[at]) != p) return false;
      ++at;
      continue;
    }
    const std::size_t run = at;
    while (at < text.size()) {
      const detail::CodePoint cp = detail::decode_at(text, at);
      if (!detail::is_space(cp.value)) break;
      at += cp.length;
    }
    if (at == run) return false;
  }
  return true;
}

// opens_with_phrase for each of `phrases`, called only for those that open with the same letter.
template <std::size_t N>
bool opens_with_any(std::string_view text, const std::string_view (&phrases)[N]) {
  const char first = ascii_lower(text.front());
  for (const std::string_view phrase : phrases)
    if (phrase.front() == first && opens_with_phrase(text, phrase)) return true;
  return false;
}

// One pass over the line. Keywords follow a word boundary, and so do link marks: the pattern has
// them at the start of the line or after a colon and white space. So only the positions after a
// byte that is not a word byte are looked at.
bool has_link_mark_or_keyword(std::string_view line) {
  static constexpr std::array<bool, 256> kFirst = link_mark_or_keyword_first_bytes();
  static constexpr std::array<bool, 256> kWordByte = pattern_word_bytes();
  bool after_word_byte = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const auto byte = static_cast<unsigned char>(line[i]);
    if (!after_word_byte && kFirst[byte]) {
      const std::string_view rest = line.substr(i);
      if (opens_with_any(rest, kFurnitureLinkMarks) || opens_with_any(rest, kFurnitureKeywords)) return true;
    }
    after_word_byte = kWordByte[byte];
  }
  return false;
}

// `line` is trimmed and as written.
bool could_be_furniture(std::string_view line) {
  static constexpr std::array<bool, 256> kOpeningFirst = first_bytes(kFurnitureOpenings);
  if (line.empty()) return false;
  const char first = line.front();
  if ((first >= '0' && first <= '9') || first == ',' || first == '.') return true;
  if (kOpeningFirst[static_cast<unsigned char>(first)] && opens_with_any(line, kFurnitureOpenings)) return true;
  return has_link_mark_or_keyword(line);
}

struct Line {
  Span span;               // trimmed
  bool candidate = false;  // could_be_furniture
  std::string normalized;  // folded punctuation, for matching; empty when the line needs no matching
};

// The non-blank lines of `text`, trimmed.
std::vector<Line> lines_of(std::string_view text) {
  std::vector<Line> lines;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    const Span span = detail::trim(text, {begin, end});
    if (!span.empty()) lines.push_back(Line{span, false, {}});
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

bool is_furniture_piece(std::string_view piece) {
  return could_be_furniture(piece) && boost::regex_match(detail::normalize_punctuation(piece), furniture_pattern());
}

// "Like this story? Share it with a friend!", "Get the latest news in your inbox. Subscribe to our
// newsletters.": a line of several prompts is furniture when each of its sentences is. Pieces end
// at '.', '?' or '!' before white space; a line of one piece is left to the whole-line test.
bool is_run_of_prompts(std::string_view line) {
  std::size_t begin = 0;
  std::size_t pieces = 0;
  for (std::size_t at = 0; at < line.size(); ++at) {
    const char c = line[at];
    const bool ends = (c == '.' || c == '?' || c == '!') && (at + 1 == line.size() || line[at + 1] == ' ');
    if (!ends && at + 1 < line.size()) continue;
    const std::string_view piece = detail::trim(line.substr(begin, at + 1 - begin));
    begin = at + 1;
    if (piece.empty()) continue;
    if (!is_furniture_piece(piece)) return false;
    ++pieces;
  }
  return pieces >= 2;
}

}  // namespace

std::vector<Span> find_boilerplate(std::string_view text) {
  std::vector<Line> lines = lines_of(text);
  // A breadcrumb is compared with every other line: when one may be there, every line is normalised.
  const bool breadcrumbs = std::any_of(lines.begin(), lines.end(),
                                       [&](const Line& line) { return line.span.of(text).starts_with("Home"); });
  for (Line& line : lines) {
    if (line.span.size() > kMaxFurnitureLine) continue;  // too long to be furniture
    line.candidate = could_be_furniture(line.span.of(text));
    if (line.candidate || breadcrumbs) line.normalized = detail::normalize_punctuation(line.span.of(text));
  }
  std::unordered_set<std::string> line_texts;
  if (std::any_of(lines.begin(), lines.end(), opens_with_home))
    for (const Line& line : lines)
      if (!line.normalized.empty()) line_texts.insert(line.normalized);
  std::vector<Span> spans;
  for (const Line& line : lines) {
    if (line.normalized.empty()) continue;
    const bool furniture = line.candidate && (boost::regex_match(line.normalized, furniture_pattern()) ||
                                              is_run_of_prompts(line.span.of(text)));
    if (furniture || is_breadcrumb(line, line_texts)) spans.push_back(line.span);
  }
  return spans;
}

}  // namespace claimdiff
