// Parses WordNet's database files once (index.*, data.*, *.exc) into flat arrays and implements
// morphy, WordNet's own lemmatiser: exception lists first, then the per-part-of-speech suffix rules.
#include "align/wordnet.hpp"
#include "base/text_util.hpp"

#include <claimdiff/error.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <span>
#include <sstream>
#include <unordered_set>

namespace claimdiff::detail {
namespace {

constexpr std::array<const char*, kPosCount> kPosNames = {"noun", "verb", "adj", "adv"};

struct SuffixRule {
  const char* suffix;
  const char* ending;
};

// morphy's detachment rules (WordNet's morph.c), by part of speech.
constexpr SuffixRule kNounRules[] = {{"s", ""},    {"ses", "s"}, {"xes", "x"},   {"zes", "z"},
                                     {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr SuffixRule kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                                     {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr SuffixRule kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::resource, path, "", "cannot read the WordNet database (install wordnet-base)");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The lines of a database file, as views into `text`.
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::uint32_t parse_uint(std::string_view text, int base = 10) {
  std::uint32_t value = 0;
  for (const char c : text) {
    std::uint32_t digit = 0;
    if (c >= '0' && c <= '9') digit = static_cast<std::uint32_t>(c - '0');
    else if (c >= 'a' && c <= 'f') digit = static_cast<std::uint32_t>(c - 'a' + 10);
    else break;
    value = value * static_cast<std::uint32_t>(base) + digit;
  }
  return value;
}

int pos_index(char c) {
  switch (c) {
    case 'n': return 0;
    case 'v': return 1;
    case 'a': case 's': return 2;
    case 'r': return 3;
    default: return -1;
  }
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

WordNet::WordNet(const std::string& dir) {
  // Pointers are resolved after every data file is read, since they cross parts of speech.
  std::vector<PendingPointer> pending;
  lemmas_.reserve(160000);
  lemma_ids_.reserve(200000);
  for (std::size_t p = 0; p < kPosCount; ++p) load_data(dir, static_cast<WordPos>(p), pending);
  for (const PendingPointer& pointer : pending) {
    const auto& map = offset_to_synset_[static_cast<std::size_t>(pointer.pos)];
    const auto it = map.find(pointer.offset);
    if (it != map.end()) synsets_[pointer.source].pointers.push_back({pointer.relation, it->second});
  }
  lemma_senses_.resize(lemmas_.size());
  for (std::size_t p = 0; p < kPosCount; ++p) load_index(dir, static_cast<WordPos>(p));
  for (std::size_t p = 0; p < kPosCount; ++p) load_exceptions(dir, static_cast<WordPos>(p));
}

std::uint32_t WordNet::intern(std::string_view lemma) {
  const auto [it, inserted] = lemma_ids_.try_emplace(std::string(lemma), static_cast<std::uint32_t>(lemmas_.size()));
  if (inserted) lemmas_.emplace_back(lemma);
  return it->second;
}

void WordNet::load_data(const std::string& dir, WordPos pos, std::vector<PendingPointer>& pending) {
  const std::string text = read_file(dir + "/data." + kPosNames[static_cast<std::size_t>(pos)]);
  auto& offsets = offset_to_synset_[static_cast<std::size_t>(pos)];
  std::vector<std::string_view> fields;
  std::unordered_set<std::string_view> seen_in_gloss;
  for (const std::string_view line : lines_of(text)) {
    if (line.empty() || line[0] == ' ') continue;  // licence header lines start with two spaces
    const std::size_t bar = line.find(" | ");
    split_on_spaces(line.substr(0, bar == std::string_view::npos ? line.size() : bar), fields);
    if (fields.size() < 4) continue;
    const auto index = static_cast<std::uint32_t>(synsets_.size());
    offsets.emplace(parse_uint(fields[0]), index);
    Synset synset;
    synset.pos = pos;
    const std::size_t words = parse_uint(fields[3], 16);
    std::size_t f = 4;
    for (std::size_t w = 0; w < words && f + 1 < fields.size(); ++w, f += 2) {
      std::string_view word = fields[f];
      if (const std::size_t paren = word.find('('); paren != std::string_view::npos) word = word.substr(0, paren);
      synset.lemmas.push_back(intern(lower_ascii(word)));
    }
    const std::size_t pointer_count = f < fields.size() ? parse_uint(fields[f]) : 0;
    ++f;
    for (std::size_t k = 0; k < pointer_count && f + 3 < fields.size(); ++k, f += 4) {
      const std::string_view symbol = fields[f];
      Relation relation;
      if (symbol == "@") relation = Relation::hypernym;
      else if (symbol == "+") relation = Relation::derivation;
      else if (symbol == "\\") relation = Relation::pertainym;
      else if (symbol == "#p") relation = Relation::part_holonym;
      else if (symbol == "&") relation = Relation::similar;
      else continue;
      const int target_pos = pos_index(fields[f + 2].empty() ? ' ' : fields[f + 2][0]);
      if (target_pos >= 0) pending.push_back({index, relation, target_pos, parse_uint(fields[f + 1])});
    }
    synsets_.push_back(std::move(synset));
    // The gloss as a background document for IDF.
    if (bar != std::string_view::npos) {
      seen_in_gloss.clear();
      const std::string_view gloss = line.substr(bar + 3);
      std::size_t i = 0;
      while (i < gloss.size()) {
        while (i < gloss.size() && !((gloss[i] >= 'a' && gloss[i] <= 'z') || (gloss[i] >= 'A' && gloss[i] <= 'Z'))) ++i;
        const std::size_t b = i;
        while (i < gloss.size() && ((gloss[i] >= 'a' && gloss[i] <= 'z') || (gloss[i] >= 'A' && gloss[i] <= 'Z'))) ++i;
        if (i > b) seen_in_gloss.insert(gloss.substr(b, i - b));
      }
      for (const std::string_view word : seen_in_gloss) ++gloss_df_[lower_ascii(word)];
      gloss_docs_ += 1.0;
    }
  }
}

void WordNet::load_index(const std::string& dir, WordPos pos) {
  const std::string text = read_file(dir + "/index." + kPosNames[static_cast<std::size_t>(pos)]);
  const auto& offsets = offset_to_synset_[static_cast<std::size_t>(pos)];
  std::vector<std::string_view> fields;
  for (const std::string_view line : lines_of(text)) {
    if (line.empty() || line[0] == ' ') continue;
    split_on_spaces(line, fields);
    if (fields.size() < 6) continue;
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    const std::size_t synset_count = parse_uint(fields[2]);
    const std::size_t pointer_count = parse_uint(fields[3]);
    const std::size_t first_offset = 4 + pointer_count + 2;
    if (first_offset + synset_count > fields.size()) continue;
    const std::uint32_t id = intern(fields[0]);
    if (lemma_senses_.size() <= id) lemma_senses_.resize(id + 1);
    SenseRange range{static_cast<std::uint32_t>(sense_pool_.size()), 0};
    for (std::size_t k = 0; k < synset_count; ++k) {
      const auto it = offsets.find(parse_uint(fields[first_offset + k]));
      if (it == offsets.end()) continue;
      sense_pool_.push_back(it->second);
      ++range.count;
    }
    lemma_senses_[id][static_cast<std::size_t>(pos)] = range;
  }
}

void WordNet::load_exceptions(const std::string& dir, WordPos pos) {
  const std::string text = read_file(dir + "/" + kPosNames[static_cast<std::size_t>(pos)] + ".exc");
  auto& map = exceptions_[static_cast<std::size_t>(pos)];
  std::vector<std::string_view> fields;
  for (const std::string_view line : lines_of(text)) {
    split_on_spaces(line, fields);
    if (fields.size() < 2) continue;
    auto& bases = map[std::string(fields[0])];
    for (std::size_t k = 1; k < fields.size(); ++k) bases.emplace_back(fields[k]);
  }
}

std::uint32_t WordNet::lemma_id(std::string_view lemma) const {
  const auto it = lemma_ids_.find(std::string(lemma));
  return it == lemma_ids_.end() ? kNone : it->second;
}

bool WordNet::has_pos(std::uint32_t lemma, WordPos pos) const {
  return lemma < lemma_senses_.size() && lemma_senses_[lemma][static_cast<std::size_t>(pos)].count > 0;
}

std::vector<std::uint32_t> WordNet::senses(std::uint32_t lemma, WordPos pos) const {
  if (lemma >= lemma_senses_.size()) return {};
  const SenseRange range = lemma_senses_[lemma][static_cast<std::size_t>(pos)];
  return {sense_pool_.begin() + range.begin, sense_pool_.begin() + range.begin + range.count};
}

std::vector<std::uint32_t> WordNet::morphy(std::string_view word, WordPos pos) const {
  std::vector<std::uint32_t> out;
  auto add = [&](std::string_view candidate) {
    const std::uint32_t id = lemma_id(candidate);
    if (id != kNone && has_pos(id, pos) && std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  };
  add(word);
  const auto& exceptions = exceptions_[static_cast<std::size_t>(pos)];
  if (const auto it = exceptions.find(std::string(word)); it != exceptions.end())
    for (const std::string& base : it->second) add(base);
  std::span<const SuffixRule> rules;
  switch (pos) {
    case WordPos::noun: rules = kNounRules; break;
    case WordPos::verb: rules = kVerbRules; break;
    case WordPos::adj: rules = kAdjRules; break;
    case WordPos::adv: break;
  }
  // Exceptions replace the rules ("was" is not "wa" + "s"); a lemma may also be a plural ("troops").
  if (exceptions.count(std::string(word)) != 0) return out;
  // "-ss" nouns ("glass") are not plurals.
  if (pos == WordPos::noun && word.size() > 2 && word.ends_with("ss")) return out;
  for (const SuffixRule& rule : rules) {
    const std::string_view suffix(rule.suffix);
    if (word.size() <= suffix.size() || !word.ends_with(suffix)) continue;
    std::string candidate(word.substr(0, word.size() - suffix.size()));
    candidate += rule.ending;
    add(candidate);
  }
  return out;
}

std::vector<std::uint32_t> WordNet::base_forms(std::string_view word) const {
  std::vector<std::uint32_t> out;
  for (std::size_t p = 0; p < kPosCount; ++p)
    for (const std::uint32_t id : morphy(word, static_cast<WordPos>(p)))
      if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  return out;
}

std::string WordNet::lemmatize(std::string_view word) const {
  const std::string lower = lower_ascii(word);
  // A word that is itself a lemma stays ("news", "politics"), unless an exception maps it ("was").
  for (const WordPos pos : {WordPos::verb, WordPos::noun, WordPos::adj, WordPos::adv}) {
    const auto& exceptions = exceptions_[static_cast<std::size_t>(pos)];
    if (const auto it = exceptions.find(lower); it != exceptions.end() && !it->second.empty()) {
      const std::uint32_t own = lemma_id(lower);
      if (own == kNone || !has_pos(own, pos)) return it->second.front();
    }
  }
  // As NLTK's WordNet lemmatiser: the shortest base form of the first part of speech that has one.
  for (const WordPos pos : {WordPos::noun, WordPos::verb, WordPos::adj, WordPos::adv}) {
    const auto forms = morphy(lower, pos);
    if (forms.empty()) continue;
    std::uint32_t best = forms.front();
    for (const std::uint32_t f : forms)
      if (lemmas_[f].size() < lemmas_[best].size()) best = f;
    return lemmas_[best];
  }
  return lower;
}

double WordNet::gloss_idf(std::string_view word) const {
  const auto it = gloss_df_.find(lower_ascii(word));
  const double df = it == gloss_df_.end() ? 0.0 : static_cast<double>(it->second);
  return std::log((gloss_docs_ + 1.0) / (df + 1.0));
}

}  // namespace claimdiff::detail
