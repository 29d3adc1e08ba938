// Lexicon files, the word-and-mark token stream, and longest-match phrase lookup.
#include "lexicon.hpp"

#include "text_util.hpp"
#include "utf8.hpp"

#include <claimdiff/error.hpp>

#include <algorithm>
#include <fstream>

namespace claimdiff::detail {

LexiconFile load_lexicon(const std::string& data_dir, const std::string& name) {
  LexiconFile file;
  file.path = data_dir + "/lexicons/" + name;
  std::ifstream in(file.path, std::ios::binary);
  if (!in) throw Error(ErrorCode::resource, file.path, "", "lexicon missing or unreadable");
  std::string line;
  bool header = false;
  std::size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    if (line[0] == '#') {
      if (file.rows.empty()) header = true;
      continue;
    }
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (true) {
      const std::size_t tab = line.find('\t', start);
      fields.emplace_back(trim(std::string_view(line).substr(start, tab == std::string::npos ? std::string::npos : tab - start)));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (!fields.empty() && !fields[0].empty()) file.rows.push_back(std::move(fields));
  }
  if (!header) throw Error(ErrorCode::resource, file.path, "line 1", "lexicon has no '#' header naming its source");
  if (file.rows.empty()) throw Error(ErrorCode::resource, file.path, "", "lexicon has no entries");
  return file;
}

namespace {

char mark_of(char32_t c) {
  if (c == '"' || c == U'\u201C' || c == U'\u201D' || c == U'\u201E' || c == U'\u201F' || c == U'\u00AB' ||
      c == U'\u00BB' || c == U'\u2033')
    return '"';
  if (c == '\'' || c == U'\u2018' || c == U'\u2019' || c == U'\u201A' || c == U'\u201B' || c == '`') return '\'';
  if ((c >= U'\u2010' && c <= U'\u2015') || c == U'\u2212') return '-';
  if (c == U'\u2022' || c == U'\u25CF' || c == U'\u25AA' || c == U'\u2023') return '*';
  if (c == U'\u2026') return '.';
  if (c < 0x80) return static_cast<char>(c);
  return '~';
}

std::string fold_word(std::string_view word) {
  bool ascii = true;
  for (char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (!ascii) return fold(word);
  std::string out(word);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

std::uint64_t word_hash(std::string_view low) { return std::hash<std::string_view>{}(low); }

void WordSet::insert(std::string word) {
  std::vector<std::string>& bucket = by_hash_[word_hash(word)];
  if (std::find(bucket.begin(), bucket.end(), word) == bucket.end()) bucket.push_back(std::move(word));
}

bool WordSet::find(std::uint64_t hash, std::string_view word) const {
  const auto it = by_hash_.find(hash);
  if (it == by_hash_.end()) return false;
  for (const std::string& w : it->second)
    if (w == word) return true;
  return false;
}

std::vector<Tok> tokenize_marks(std::string_view text, Span within) {
  std::vector<Tok> out;
  const std::string_view part = within.of(text);
  const std::vector<Token> words = tokenize_words(part);
  out.reserve(words.size() * 5 / 4 + 4);
  std::size_t at = 0;
  auto marks_until = [&](std::size_t end) {
    while (at < end) {
      const CodePoint cp = decode_at(part, at);
      if (!is_space(cp.value)) {
        Tok t;
        t.span = {within.begin + at, within.begin + at + cp.length};
        t.mark = mark_of(cp.value);
        // two apostrophes stand for a double quotation mark ('' as some papers print it)
        if (cp.value == '\'' && at + 1 < end && part[at + 1] == '\'') {
          t.mark = '"';
          t.span.end += 1;
          at += 1;
        }
        t.low.assign(1, t.mark);
        t.hash = word_hash(t.low);
        out.push_back(std::move(t));
      }
      at += cp.length;
    }
  };
  for (const Token& w : words) {
    marks_until(w.span.begin);
    Tok t;
    t.span = {within.begin + w.span.begin, within.begin + w.span.end};
    t.word = true;
    const CodePoint first = decode_at(w.text, 0);
    t.cap = is_upper(first.value);
    t.digit = is_digit(first.value);
    t.low = fold_word(w.text);
    t.hash = word_hash(t.low);
    out.push_back(std::move(t));
    at = w.span.end;
  }
  marks_until(part.size());
  return out;
}

std::vector<std::string> phrase_words(std::string_view phrase) {
  std::vector<std::string> out;
  for (Tok& t : tokenize_marks(phrase, {0, phrase.size()})) out.push_back(std::move(t.low));
  return out;
}

void PhraseTable::add(std::string_view phrase, std::uint32_t value, bool allow_repeat) {
  std::vector<std::string> words = phrase_words(phrase);
  if (words.empty()) return;
  std::vector<Entry>& bucket = by_first_[word_hash(words.front())];
  for (const Entry& e : bucket)
    if (e.words == words && (!allow_repeat || e.value == value)) return;  // the first entry of a phrase wins
  bucket.push_back({std::move(words), value});
  std::stable_sort(bucket.begin(), bucket.end(),
                   [](const Entry& a, const Entry& b) { return a.words.size() > b.words.size(); });
}

PhraseTable::Match PhraseTable::match(const std::vector<Tok>& tokens, std::size_t at, std::size_t end) const {
  if (at >= end) return {};
  const auto it = by_first_.find(tokens[at].hash);
  if (it == by_first_.end()) return {};
  for (const Entry& e : it->second) {
    if (at + e.words.size() > end || e.words.front() != tokens[at].low) continue;
    bool same = true;
    for (std::size_t k = 1; k < e.words.size() && same; ++k) same = tokens[at + k].low == e.words[k];
    if (same) return {e.words.size(), e.value};
  }
  return {};
}

WordSet word_set(const LexiconFile& file) {
  WordSet out;
  for (const auto& row : file.rows) out.insert(fold_word(row[0]));
  return out;
}

}  // namespace claimdiff::detail
