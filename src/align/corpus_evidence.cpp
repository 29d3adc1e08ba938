// The corpus's own evidence for the vocabulary (see corpus_evidence.hpp). Both passes count by
// sorting flat lists, so a million statements cost seconds and no per-name maps.
#include "align/corpus_evidence.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <unordered_map>

namespace claimdiff::detail {

void add_corpus_partners(const std::vector<Profile>& profiles, Vocabulary& vocabulary) {
  constexpr std::size_t kMaxNamesPerStatement = 8;
  constexpr std::uint32_t kMinTogether = 2;
  // Counted by sorting flat lists (a map per name pair costs seconds and gigabytes at a million
  // statements): name keys per statement, and name pairs packed high/low into 64 bits.
  std::vector<std::uint32_t> name_list;
  std::vector<std::uint64_t> pair_list;
  std::vector<std::uint32_t> names;
  for (const Profile& p : profiles) {
    names.clear();
    for (const std::uint32_t w : p.words)
      if (vocabulary.type(w).proper && !vocabulary.type(w).number) names.push_back(vocabulary.type(w).key);
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    name_list.insert(name_list.end(), names.begin(), names.end());
    if (names.size() > kMaxNamesPerStatement) continue;
    for (std::size_t i = 0; i < names.size(); ++i)
      for (std::size_t j = i + 1; j < names.size(); ++j)
        pair_list.push_back((std::uint64_t{names[i]} << 32) | names[j]);
  }
  std::sort(name_list.begin(), name_list.end());
  std::sort(pair_list.begin(), pair_list.end());
  auto df_of = [&](std::uint32_t key) {
    const auto range = std::equal_range(name_list.begin(), name_list.end(), key);
    return static_cast<std::uint32_t>(range.second - range.first);
  };
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t> together;  // pairs seen twice or more
  for (std::size_t i = 0; i < pair_list.size();) {
    std::size_t j = i;
    while (j < pair_list.size() && pair_list[j] == pair_list[i]) ++j;
    if (j - i >= kMinTogether)
      together[{static_cast<std::uint32_t>(pair_list[i] >> 32), static_cast<std::uint32_t>(pair_list[i] & 0xFFFFFFFFu)}] =
          static_cast<std::uint32_t>(j - i);
    i = j;
  }
  // Best partner per name key.
  std::map<std::uint32_t, std::pair<double, std::uint32_t>> best;
  for (const auto& [pair, count] : together) {
    if (count < kMinTogether) continue;
    const double strength = static_cast<double>(count) / static_cast<double>(std::min(df_of(pair.first), df_of(pair.second)));
    if (strength < 0.5) continue;
    for (const auto& [x, y] : {pair, std::make_pair(pair.second, pair.first)}) {
      auto it = best.find(x);
      if (it == best.end() || strength > it->second.first) best[x] = {strength, y};
    }
  }
  if (best.empty()) return;
  // One representative type per key to take the partner's key from.
  std::map<std::uint32_t, std::uint32_t> type_of_key;
  for (std::uint32_t t = 0; t < vocabulary.size(); ++t) type_of_key.emplace(vocabulary.type(t).key, t);
  const auto type_count = static_cast<std::uint32_t>(vocabulary.size());
  for (std::uint32_t t = 0; t < type_count; ++t) {
    const auto it = best.find(vocabulary.type(t).key);
    if (it != best.end() && vocabulary.type(t).proper) vocabulary.add_corpus_partner(t, type_of_key.at(it->second.second));
  }
}

void use_corpus_weights(const std::vector<Profile>& profiles, Vocabulary& vocabulary, double corpus_idf_size) {
  vocabulary.use_background_weights();
  std::unordered_map<std::uint32_t, std::uint32_t> df;
  std::vector<std::uint32_t> keys;
  for (const Profile& p : profiles) {
    keys.clear();
    for (const std::uint32_t w : p.words) keys.push_back(vocabulary.type(w).key);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const std::uint32_t k : keys) ++df[k];
  }
  const double n = static_cast<double>(profiles.size());
  const double mix = std::min(1.0, n / corpus_idf_size);
  const double max_idf = std::log(n + 1.0);
  for (std::uint32_t t = 0; t < vocabulary.size(); ++t) {
    auto& type = vocabulary.type(t);
    const auto it = df.find(type.key);
    const double count = it == df.end() ? 1.0 : static_cast<double>(it->second);
    // Corpus IDF scaled to the gloss IDF's range so the blend is a blend of like quantities.
    const double corpus = std::log((n + 1.0) / count) / std::max(1.0, max_idf) * 12.0;
    type.weight = static_cast<float>(std::max(0.5, mix * corpus + (1.0 - mix) * type.weight));
  }
}

}  // namespace claimdiff::detail
