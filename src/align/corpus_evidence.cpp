// The corpus's own evidence for the vocabulary (see corpus_evidence.hpp). Counting runs over dense
// key numbers in flat sorted lists (a million statements cost seconds and no per-name maps); only
// the distinct keys and pairs become the model's text keys, once, at the end.
#include "align/corpus_evidence.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <unordered_map>

namespace claimdiff::detail {
namespace {

constexpr std::uint64_t kMinTogether = 2;
constexpr double kMinStrength = 0.5;

// The distinct values of a sorted list with how often each occurs.
template <typename T, typename Add>
void for_each_run(const std::vector<T>& sorted, const Add& add) {
  for (std::size_t i = 0; i < sorted.size();) {
    std::size_t j = i;
    while (j < sorted.size() && sorted[j] == sorted[i]) ++j;
    add(sorted[i], static_cast<std::uint64_t>(j - i));
    i = j;
  }
}

void sort_unique(std::vector<std::uint32_t>& keys) {
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

}  // namespace

void count_words(const std::vector<Profile>& profiles, const Vocabulary& vocabulary, CorpusModel& model) {
  std::vector<std::uint32_t> key_list;
  std::vector<std::uint32_t> keys;
  for (const Profile& p : profiles) {
    keys.clear();
    for (const std::uint32_t w : p.words) keys.push_back(vocabulary.type(w).key);
    sort_unique(keys);
    key_list.insert(key_list.end(), keys.begin(), keys.end());
  }
  std::sort(key_list.begin(), key_list.end());
  for_each_run(key_list, [&](std::uint32_t key, std::uint64_t count) { model.key_statements[vocabulary.key_text(key)] += count; });
  model.statements += profiles.size();
  const std::set<std::string> capitalised = vocabulary.capitalised();
  model.capitalised.insert(capitalised.begin(), capitalised.end());
}

void count_names(const std::vector<Profile>& profiles, const Vocabulary& vocabulary, CorpusModel& model) {
  // Name keys per statement, and name pairs packed high/low into 64 bits (a map per name pair
  // costs seconds and gigabytes at a million statements).
  std::vector<std::uint32_t> name_list;
  std::vector<std::uint64_t> pair_list;
  std::vector<std::uint32_t> names;
  for (const Profile& p : profiles) {
    names.clear();
    for (const std::uint32_t w : p.words)
      if (vocabulary.type(w).proper && !vocabulary.type(w).number) names.push_back(vocabulary.type(w).key);
    sort_unique(names);
    name_list.insert(name_list.end(), names.begin(), names.end());
    if (names.size() > kMaxNamesPerStatement) continue;
    for (std::size_t i = 0; i < names.size(); ++i)
      for (std::size_t j = i + 1; j < names.size(); ++j) pair_list.push_back((std::uint64_t{names[i]} << 32) | names[j]);
  }
  std::sort(name_list.begin(), name_list.end());
  std::sort(pair_list.begin(), pair_list.end());
  for_each_run(name_list, [&](std::uint32_t key, std::uint64_t count) { model.name_statements[vocabulary.key_text(key)] += count; });
  for_each_run(pair_list, [&](std::uint64_t packed, std::uint64_t count) {
    const std::string& a = vocabulary.key_text(static_cast<std::uint32_t>(packed >> 32));
    const std::string& b = vocabulary.key_text(static_cast<std::uint32_t>(packed & 0xFFFFFFFFu));
    model.name_pairs[a < b ? std::pair{a, b} : std::pair{b, a}] += count;
  });
}

void add_corpus_partners(const CorpusModel& model, Vocabulary& vocabulary) {
  auto statements_of = [&](const std::string& name) {
    const auto found = model.name_statements.find(name);
    return found == model.name_statements.end() ? std::uint64_t{0} : found->second;
  };
  // Among equally strong partners the first in WordNet's lemma order, then names WordNet does not
  // know in text order: a rule on the model's texts alone, so every partition of a corpus picks
  // alike (and, but for two unknown names tying, as the key numbers of one vocabulary did).
  const WordNet& wordnet = vocabulary.wordnet();
  auto precedes = [&](std::string_view a, std::string_view b) {
    const std::uint32_t ia = wordnet.lemma_id(a), ib = wordnet.lemma_id(b);
    if (ia != ib) return ia < ib;  // kNone, the unknown names, is the largest id
    return a < b;
  };
  std::map<std::string_view, std::pair<double, std::string_view>> best;
  for (const auto& [pair, count] : model.name_pairs) {
    const std::uint64_t rarer = std::min(statements_of(pair.first), statements_of(pair.second));
    if (count < kMinTogether || rarer == 0) continue;
    const double strength = static_cast<double>(count) / static_cast<double>(rarer);
    if (strength < kMinStrength) continue;
    for (const auto& [x, y] : {std::pair<std::string_view, std::string_view>{pair.first, pair.second}, {pair.second, pair.first}}) {
      const auto it = best.find(x);
      if (it == best.end() || strength > it->second.first || (strength == it->second.first && precedes(y, it->second.second)))
        best[x] = {strength, y};
    }
  }
  if (best.empty()) return;
  std::unordered_map<std::uint32_t, std::uint32_t> partner_of_key;
  for (const auto& [name, partner] : best)
    partner_of_key.emplace(vocabulary.key_of(std::string(name)), vocabulary.key_of(std::string(partner.second)));
  const auto type_count = static_cast<std::uint32_t>(vocabulary.size());
  for (std::uint32_t t = 0; t < type_count; ++t) {
    const auto it = partner_of_key.find(vocabulary.type(t).key);
    if (it != partner_of_key.end() && vocabulary.type(t).proper) vocabulary.add_corpus_partner(t, it->second);
  }
}

void use_corpus_weights(const CorpusModel& model, Vocabulary& vocabulary, double corpus_idf_size) {
  vocabulary.use_background_weights();
  const double n = static_cast<double>(model.statements);
  const double mix = std::min(1.0, n / corpus_idf_size);
  const double max_idf = std::log(n + 1.0);
  for (std::uint32_t t = 0; t < vocabulary.size(); ++t) {
    auto& type = vocabulary.type(t);
    const auto it = model.key_statements.find(vocabulary.key_text(type.key));
    const double count = it == model.key_statements.end() ? 1.0 : static_cast<double>(it->second);
    // Corpus IDF scaled to the gloss IDF's range so the blend is a blend of like quantities.
    const double corpus = std::log((n + 1.0) / count) / std::max(1.0, max_idf) * 12.0;
    type.weight = static_cast<float>(std::max(0.5, mix * corpus + (1.0 - mix) * type.weight));
  }
}

}  // namespace claimdiff::detail
