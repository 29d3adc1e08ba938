// Lexicon files, the word-and-mark token stream, and longest-match phrase lookup.
#include "base/lexicon.hpp"

#include "base/text_util.hpp"
#include "base/utf8.hpp"

#include <claimdiff/error.hpp>

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
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

// Folds `word` into `out` (an ASCII word is lowered in place, the rest goes through fold).
void fold_word_into(std::string_view word, std::string& out) {
  bool ascii = true;
  for (char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (!ascii) {
    out = fold(word);
    return;
  }
  out.assign(word);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

std::string fold_word(std::string_view word) {
  std::string out;
  fold_word_into(word, out);
  return out;
}

}  // namespace

std::uint64_t word_hash(std::string_view low) { return std::hash<std::string_view>{}(low); }

std::uint32_t HashIndex::insert(std::uint64_t hash, std::uint32_t next) {
  if ((size_ + 1) * 2 > keys_.size()) grow();
  for (std::size_t i = static_cast<std::size_t>(hash) & mask_;; i = (i + 1) & mask_) {
    if (slots_[i] == kNone) {
      keys_[i] = hash;
      slots_[i] = next;
      add_to_filter(hash);
      ++size_;
      return next;
    }
    if (keys_[i] == hash) return slots_[i];
  }
}

void HashIndex::grow() {
  std::vector<std::uint64_t> keys = std::move(keys_);
  std::vector<std::uint32_t> slots = std::move(slots_);
  const std::size_t capacity = keys.empty() ? 64 : keys.size() * 2;
  keys_.assign(capacity, 0);
  slots_.assign(capacity, kNone);
  mask_ = capacity - 1;
  filter_.assign(capacity * 8 / 64, 0);
  filter_mask_ = capacity * 8 - 1;
  size_ = 0;
  for (std::size_t i = 0; i < keys.size(); ++i)
    if (slots[i] != kNone) insert(keys[i], slots[i]);
}

void WordSet::insert(std::string word) {
  const std::uint32_t slot = index_.insert(word_hash(word), static_cast<std::uint32_t>(buckets_.size()));
  if (slot == buckets_.size()) buckets_.emplace_back();
  std::vector<std::string>& bucket = buckets_[slot];
  if (std::find(bucket.begin(), bucket.end(), word) == bucket.end()) bucket.push_back(std::move(word));
}

bool WordSet::find(std::uint64_t hash, std::string_view word) const {
  const std::uint32_t slot = index_.find(hash);
  if (slot == HashIndex::kNone) return false;
  for (const std::string& w : buckets_[slot])
    if (w == word) return true;
  return false;
}

namespace {

// A code point and its class, with an ASCII fast path (most news text is ASCII).
struct Char {
  char32_t value = 0;
  std::size_t length = 0;
  bool word = false;  // letter, digit or combining mark
  bool digit = false;
  bool upper = false;
};

Char ascii_char(unsigned char byte) {
  Char c;
  c.value = byte;
  c.length = 1;
  c.digit = byte >= '0' && byte <= '9';
  c.upper = byte >= 'A' && byte <= 'Z';
  c.word = c.digit || c.upper || (byte >= 'a' && byte <= 'z');
  return c;
}

Char decode_char(std::string_view text, std::size_t at) {
  Char c;
  const CodePoint cp = decode_at(text, at);
  c.value = cp.value;
  c.length = cp.length;
  c.digit = is_digit(cp.value);
  c.upper = is_upper(cp.value);
  c.word = is_letter(cp.value) || c.digit || u_charType(static_cast<UChar32>(cp.value)) == U_NON_SPACING_MARK;
  return c;
}

// Small enough to be inlined in the tokenizer's loop; other code points go to decode_char.
Char char_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return {};
  const auto byte = static_cast<unsigned char>(text[at]);
  if (byte >= 0x80) return decode_char(text, at);
  return ascii_char(byte);
}

bool is_ascii_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The characters that may join two words into one token.
bool may_join(char32_t c) {
  return c == '\'' || c == U'\u2019' || c == '-' || c == U'\u2010' || c == U'\u2011' || c == '.' || c == ',';
}

// The same joiners as tokenize_words: "don't", "Soviet-led", "2,600", "U.S".
bool joins(char32_t c, const Char& previous, const Char& next) {
  if (!may_join(c) || !next.word || !previous.word) return false;
  return c != ',' || (previous.digit && next.digit);  // a comma only inside a number
}

// Where the word whose first character `first` is at `at` ends: word characters, and joiners
// between them.
std::size_t word_end(std::string_view part, std::size_t at, const Char& first) {
  Char previous = first;
  at += first.length;
  while (at < part.size()) {
    // ASCII letters and digits run on without a Char built for each (most words are ASCII)
    std::size_t run = at;
    while (run < part.size() && is_ascii_word_byte(part[run])) ++run;
    if (run > at) {
      previous = ascii_char(static_cast<unsigned char>(part[run - 1]));
      at = run;
      continue;
    }
    const Char next = char_at(part, at);
    if (next.word) {
      previous = next;
      at += next.length;
      continue;
    }
    if (!may_join(next.value)) break;  // a space or a mark: no need to look past it
    const Char after = char_at(part, at + next.length);
    if (!joins(next.value, previous, after)) break;
    previous = next;
    previous.word = true;  // a joiner between word characters
    previous.digit = false;
    at += next.length;
  }
  return at;
}

// The hash of each one-byte mark, computed once rather than per mark token.
std::uint64_t mark_hash(char mark) {
  static const std::array<std::uint64_t, 256> kHashes = [] {
    std::array<std::uint64_t, 256> hashes{};
    for (std::size_t b = 0; b < hashes.size(); ++b) hashes[b] = word_hash(std::string(1, static_cast<char>(b)));
    return hashes;
  }();
  return kHashes[static_cast<unsigned char>(mark)];
}

}  // namespace

std::vector<Tok> tokenize_marks(std::string_view text, Span within) {
  std::vector<Tok> out;
  out.reserve(within.size() / 5 + 4);
  append_tokens(text, within, out);
  return out;
}

void append_tokens(std::string_view text, Span within, std::vector<Tok>& out) {
  const std::string_view part = within.of(text);
  std::size_t at = 0;
  while (at < part.size()) {
    if (part[at] == ' ') {  // the most common character between tokens, and never one
      ++at;
      continue;
    }
    const Char c = char_at(part, at);
    if (c.word) {
      const std::size_t begin = at;
      at = word_end(part, at, c);
      Tok& t = out.emplace_back();  // built in place: no temporary token or string to move
      t.span = {within.begin + begin, within.begin + at};
      t.word = true;
      t.cap = c.upper;
      t.digit = c.digit;
      fold_word_into(part.substr(begin, at - begin), t.low);
      t.hash = word_hash(t.low);
      continue;
    }
    if (!is_space(c.value)) {
      Tok& t = out.emplace_back();
      t.span = {within.begin + at, within.begin + at + c.length};
      t.mark = mark_of(c.value);
      // two apostrophes stand for a double quotation mark ('' as some papers print it)
      if (c.value == '\'' && at + 1 < part.size() && part[at + 1] == '\'') {
        t.mark = '"';
        t.span.end += 1;
        at += 1;
      }
      t.low.assign(1, t.mark);
      t.hash = mark_hash(t.mark);
    }
    at += c.length;
  }
}

std::vector<std::string> phrase_words(std::string_view phrase) {
  std::vector<std::string> out;
  for (Tok& t : tokenize_marks(phrase, {0, phrase.size()})) out.push_back(std::move(t.low));
  return out;
}

void PhraseTable::add(std::string_view phrase, std::uint32_t value, bool allow_repeat) {
  std::vector<std::string> words = phrase_words(phrase);
  if (words.empty()) return;
  const std::uint32_t slot = index_.insert(word_hash(words.front()), static_cast<std::uint32_t>(buckets_.size()));
  if (slot == buckets_.size()) buckets_.emplace_back();
  std::vector<Entry>& bucket = buckets_[slot];
  for (const Entry& e : bucket)
    if (e.words == words && (!allow_repeat || e.value == value)) return;  // the first entry of a phrase wins
  bucket.push_back({std::move(words), value});
  std::stable_sort(bucket.begin(), bucket.end(),
                   [](const Entry& a, const Entry& b) { return a.words.size() > b.words.size(); });
}

PhraseTable::Match PhraseTable::match(const std::vector<Tok>& tokens, std::size_t at, std::size_t end) const {
  if (at >= end) return {};
  const std::uint32_t slot = index_.find(tokens[at].hash);
  if (slot == HashIndex::kNone) return {};
  for (const Entry& e : buckets_[slot]) {
    if (at + e.words.size() > end || e.words.front() != tokens[at].low) continue;
    bool same = true;
    for (std::size_t k = 1; k < e.words.size() && same; ++k) same = tokens[at + k].low == e.words[k];
    if (same) return {e.words.size(), e.value};
  }
  return {};
}

WordSet word_set(const LexiconFile& file) {
  WordSet out;
  add_words(out, file);
  return out;
}

void add_words(WordSet& set, const LexiconFile& file) {
  for (const auto& row : file.rows) set.insert(fold_word(row[0]));
}

}  // namespace claimdiff::detail
