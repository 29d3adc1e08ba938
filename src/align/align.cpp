// Stage 4, align: the one entry point is Aligner::align, which scores statement pairs with the
// word-alignment similarity (src/similarity.hpp) and clusters them by average linkage.
// Candidates come from an inverted index with prefix filtering (All-Pairs) unless options.exact.
#include <claimdiff/align.hpp>

#include <claimdiff/analyze.hpp>  // default_data_dir(): the word vectors live in the data directory
#include <claimdiff/error.hpp>

#include "base/quantity.hpp"
#include "align/similarity.hpp"
#include "base/text_util.hpp"
#include "align/wordnet.hpp"
#include "align/word_vectors.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <functional>
#include <memory>
#include <map>
#include <numeric>
#include <optional>
#include <queue>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>

namespace claimdiff {
namespace {

using detail::Profile;
using detail::Vocabulary;

constexpr std::size_t kMaxSummaryWords = 20;
constexpr std::size_t kMaxExactCohesion = 40;  // members beyond this are not all paired for cohesion
// The prefix-to-prefix join of large corpora (more statements than AlignOptions::max_posting):
// each statement's signature is its kSignatureKeys rarest strong keys; a key in more signatures
// than kMaxPrefixPosting is not probed (it would pair thousands of statements over one common
// word); a candidate must share kMinSharedKeys signature keys (one identical WordNet word already
// brings its lemma and a synset; one shared synonym alone is too little for one claim).
constexpr std::size_t kSignatureKeys = 8;
constexpr std::uint32_t kMaxPrefixPosting = 1000;
constexpr std::uint16_t kMinSharedKeys = 2;

struct Edge {
  std::uint32_t a = 0;
  std::uint32_t b = 0;
  double score = 0.0;  // negative for a veto
};

// Union-find with path halving.
struct Components {
  std::vector<std::uint32_t> parent;
  explicit Components(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  std::uint32_t find(std::uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void unite(std::uint32_t a, std::uint32_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

// Average linkage over the sparse graph of one component: missing pairs count as 0 and vetoes as
// negative, so a merge needs most member pairs to agree (no chaining through one bridge pair).
std::vector<std::vector<std::uint32_t>> average_linkage(const std::vector<std::uint32_t>& nodes,
                                                        const std::vector<Edge>& edges, double threshold) {
  const std::size_t n = nodes.size();
  std::unordered_map<std::uint32_t, std::uint32_t> local;
  for (std::uint32_t i = 0; i < n; ++i) local.emplace(nodes[i], i);
  std::vector<std::map<std::uint32_t, double>> sums(n);
  for (const Edge& e : edges) {
    const std::uint32_t a = local.at(e.a);
    const std::uint32_t b = local.at(e.b);
    sums[a][b] += e.score;
    sums[b][a] += e.score;
  }
  std::vector<std::uint32_t> size(n, 1);
  std::vector<std::uint32_t> version(n, 0);
  std::vector<std::vector<std::uint32_t>> members(n);
  for (std::uint32_t i = 0; i < n; ++i) members[i] = {i};
  struct Entry {
    double average;
    std::uint32_t a, b, version_a, version_b;
    bool operator<(const Entry& o) const {  // max-heap on average, then the lowest ids first
      if (average != o.average) return average < o.average;
      return a != o.a ? a > o.a : b > o.b;
    }
  };
  std::priority_queue<Entry> heap;
  for (std::uint32_t a = 0; a < n; ++a)
    for (const auto& [b, sum] : sums[a])
      if (a < b && sum >= threshold) heap.push({sum, a, b, 0, 0});
  while (!heap.empty()) {
    const Entry top = heap.top();
    heap.pop();
    if (top.average < threshold) break;
    if (version[top.a] != top.version_a || version[top.b] != top.version_b) continue;
    // Merge b into a (a < b keeps the lower id alive).
    const std::uint32_t a = top.a;
    const std::uint32_t b = top.b;
    for (const auto& [c, sum] : sums[b]) {
      if (c == a) continue;
      sums[a][c] += sum;
      sums[c][a] += sum;
      sums[c].erase(b);
    }
    sums[a].erase(b);
    sums[b].clear();
    size[a] += size[b];
    members[a].insert(members[a].end(), members[b].begin(), members[b].end());
    members[b].clear();
    ++version[a];
    ++version[b];
    for (const auto& [c, sum] : sums[a]) {
      const double average = sum / (static_cast<double>(size[a]) * static_cast<double>(size[c]));
      if (average < threshold) continue;
      const std::uint32_t x = std::min(a, c);
      const std::uint32_t y = std::max(a, c);
      heap.push({average, x, y, version[x], version[y]});
    }
  }
  std::vector<std::vector<std::uint32_t>> clusters;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (members[i].empty()) continue;
    std::vector<std::uint32_t> cluster;
    for (const std::uint32_t m : members[i]) cluster.push_back(nodes[m]);
    std::sort(cluster.begin(), cluster.end());
    clusters.push_back(std::move(cluster));
  }
  return clusters;
}

// Kinds of the comparable quantities a statement states ("count/people", "duration/days"); dates
// are left out, since most statements about one period carry its year.
std::vector<std::string> quantity_kinds(const Statement& statement) {
  std::vector<std::string> kinds;
  for (const detail::Quantity& q : detail::read_quantities(statement))
    if (q.dimension != "date") kinds.push_back(q.dimension + "/" + q.unit);
  std::sort(kinds.begin(), kinds.end());
  kinds.erase(std::unique(kinds.begin(), kinds.end()), kinds.end());
  return kinds;
}

bool share_any(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return std::any_of(a.begin(), a.end(), [&](const std::string& x) { return std::binary_search(b.begin(), b.end(), x); });
}

// A statement alone with its own article's statements, stating a quantity ("many civilians were
// killed"), joins the claim of its best partner in another article that states a quantity of the
// same kind ("... stormed the city, with at least 300 civilians killed") when that pair reaches the
// threshold. Average linkage keeps it out of a broad claim (its mean over all members is low), but
// the figures outlets give for one fact are what users compare. Strongest pairs move first; a
// statement that has joined another article is no longer alone, so two lone statements never swap.
void attach_lone_figures(const std::vector<Statement>& statements, const std::vector<Edge>& edges,
                         double threshold, std::vector<std::vector<std::uint32_t>>& clusters) {
  auto same_article = [&](std::uint32_t a, std::uint32_t b) { return statements[a].article == statements[b].article; };
  std::vector<std::uint32_t> cluster_of(statements.size());
  std::vector<char> one_article(clusters.size(), 1);
  for (std::uint32_t c = 0; c < clusters.size(); ++c)
    for (const std::uint32_t m : clusters[c]) {
      cluster_of[m] = c;
      if (!same_article(m, clusters[c].front())) one_article[c] = 0;
    }
  std::vector<std::optional<std::vector<std::string>>> kinds(statements.size());
  auto kinds_of = [&](std::uint32_t m) -> const std::vector<std::string>& {
    if (!kinds[m]) kinds[m] = quantity_kinds(statements[m]);
    return *kinds[m];
  };
  std::vector<Edge> across;
  for (const Edge& e : edges)
    if (e.score >= threshold && !same_article(e.a, e.b)) across.push_back(e);
  std::stable_sort(across.begin(), across.end(), [](const Edge& x, const Edge& y) { return x.score > y.score; });
  for (const Edge& e : across) {
    if (cluster_of[e.a] == cluster_of[e.b]) continue;
    for (const auto& [lone, partner] : {std::pair{e.a, e.b}, std::pair{e.b, e.a}}) {
      if (!one_article[cluster_of[lone]] || !share_any(kinds_of(lone), kinds_of(partner))) continue;
      auto& from = clusters[cluster_of[lone]];
      from.erase(std::find(from.begin(), from.end(), lone));
      auto& to = clusters[cluster_of[partner]];
      to.insert(std::upper_bound(to.begin(), to.end(), lone), lone);
      cluster_of[lone] = cluster_of[partner];
      one_article[cluster_of[partner]] = 0;
      break;
    }
  }
  std::erase_if(clusters, [](const auto& members) { return members.empty(); });
}

std::string shorten(std::string_view text) {
  const auto tokens = detail::tokenize_words(text);
  if (tokens.size() <= kMaxSummaryWords) return std::string(detail::trim(text));
  const std::size_t end = tokens[kMaxSummaryWords - 1].span.end;
  return std::string(detail::trim(text.substr(0, end))) + " ...";
}

std::string_view content_of(const Statement& s) { return s.content.empty() ? std::string_view(s.text) : std::string_view(s.content); }

}  // namespace

struct Aligner::Impl {
  AlignOptions options;
  detail::WordNet wordnet;
  detail::ScoreWeights weights;
  std::vector<Diagnostic> diagnostics;            // from loading
  std::optional<detail::WordVectors> vectors;     // none when off, missing or unreadable

  explicit Impl(AlignOptions o) : options(std::move(o)), wordnet(options.wordnet_dir) {
    if (options.word_vectors)
      vectors = detail::load_word_vectors(
          options.vectors_path.empty() ? vectors_path_in(default_data_dir()) : options.vectors_path, diagnostics);
  }

  Profile profile_of(const Statement& s, const detail::SpeakerIdentity& speakers, Vocabulary& vocabulary,
                     std::vector<Figure>& figures) const;
  void corpus_partners(const std::vector<Profile>& profiles, Vocabulary& vocabulary) const;
  void corpus_weights(const std::vector<Profile>& profiles, Vocabulary& vocabulary) const;
  std::vector<Edge> score_pairs(const std::vector<Profile>& profiles, const std::vector<char>& active,
                                const Vocabulary& vocabulary) const;
  double score(const Profile& a, const Profile& b, const Vocabulary& vocabulary) const {
    return detail::combined_score(detail::align_words(a, b, vocabulary, weights), a, b, weights);
  }
};

Profile Aligner::Impl::profile_of(const Statement& s, const detail::SpeakerIdentity& speakers,
                                  Vocabulary& vocabulary, std::vector<Figure>& figures) const {
  detail::Rendering rendering;
  rendering.content = content_of(s);
  rendering.speaker = speakers.key(s);  // "the prime minister" as the one name it describes
  rendering.speaker_relays = std::any_of(s.via.begin(), s.via.end(), [&](const std::string& source) {
    return !source.empty() && s.speaker.find(source) != std::string::npos;  // "the ANSA news agency"
  });
  // Statement::quoted holds article offsets; `text` starts at span.begin.
  for (const Span& q : s.quoted)
    if (q.begin >= s.span.begin && q.end <= s.span.end && q.end - s.span.begin <= s.text.size())
      rendering.quotes.push_back(std::string_view(s.text).substr(q.begin - s.span.begin, q.size()));
  // Figures of the claim itself (not of the speaker's description or a dateline).
  figures.clear();
  for (const Figure& f : s.figures)
    if (s.content_span.empty() || s.content_span.contains(f.span) || f.span.empty()) figures.push_back(f);
  if (!s.figures.empty()) rendering.figures = &figures;
  return detail::make_profile(rendering, vocabulary);
}

// Names the corpus keeps pairing (Prague with Czechoslovakia) count as related: for each name, the
// name it shares most statements with, when that is at least half of the rarer one's statements.
void Aligner::Impl::corpus_partners(const std::vector<Profile>& profiles, Vocabulary& vocabulary) const {
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

// IDF over the statements being aligned, per lemma; blended with the gloss IDF so that a tiny corpus
// still knows "said" from "Czechoslovakia".
void Aligner::Impl::corpus_weights(const std::vector<Profile>& profiles, Vocabulary& vocabulary) const {
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
  const double mix = std::min(1.0, n / options.corpus_idf_size);
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

std::vector<Edge> Aligner::Impl::score_pairs(const std::vector<Profile>& profiles, const std::vector<char>& active,
                                             const Vocabulary& vocabulary) const {
  const auto n = static_cast<std::uint32_t>(profiles.size());
  // The index guarantees every pair whose strong-link share reaches `floor`; exact mode applies the
  // same test, so both modes keep the same pairs.
  const double floor = options.candidate_floor;
  const unsigned threads = std::max(1u, std::min(options.threads, n / 64 + 1));
  std::vector<std::vector<Edge>> found(threads);
  auto verify = [&](std::uint32_t a, std::uint32_t b, std::vector<Edge>& out) {
    const detail::Alignment alignment = detail::align_words(profiles[a], profiles[b], vocabulary, weights);
    if (alignment.strong < floor || alignment.score < options.edge_floor) return;
    const double s = detail::combined_score(alignment, profiles[a], profiles[b], weights);
    out.push_back({a, b, alignment.negation_conflict ? -1.0 : s});
  };
  if (options.exact) {
    auto run = [&](unsigned t) {
      for (std::uint32_t a = t; a < n; a += threads)
        if (active[a])
          for (std::uint32_t b = a + 1; b < n; ++b)
            if (active[b]) verify(a, b, found[t]);
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(run, t);
    run(0);
    for (auto& th : pool) th.join();
  } else {
    // Keys of the strong features (lemmas, synsets) per statement: all of them (the index side) and
    // those of its prefix (the probe side). Prefix: the cheapest words to probe until what is left
    // weighs less than `floor` of the statement, so a pair whose strong-link share reaches `floor`
    // has a strongly aligned word in one side's prefix, and strongly aligned words share a lemma or
    // synset key. Keys are numbered densely over the vocabulary's strong features (which the
    // statements' words are drawn from), so statements' key lists need no lookup.
    constexpr std::uint32_t kAbsent = 0xFFFFFFFFu;
    auto key_of = [](const detail::Feature& f) { return f.id * 8u + static_cast<std::uint32_t>(f.kind); };
    // A strong link joins a lemma to a lemma, a synset to a synset: a key meets itself when its kind
    // links strongly to its own kind.
    auto probed = [](const detail::Feature& f) {
      return detail::is_strong(f.kind) && detail::relatedness(f.kind, f.kind) >= detail::kStrongLink;
    };
    std::vector<std::uint32_t> distinct;
    for (std::uint32_t t = 0; t < vocabulary.size(); ++t)
      for (std::uint32_t k = 0; k < vocabulary.type(t).feature_count; ++k)
        if (probed(vocabulary.features(t)[k])) distinct.push_back(key_of(vocabulary.features(t)[k]));
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    std::vector<std::uint32_t> type_begin(vocabulary.size() + 1, 0), type_keys;  // dense keys per word type
    for (std::uint32_t t = 0; t < vocabulary.size(); ++t) {
      type_begin[t] = static_cast<std::uint32_t>(type_keys.size());
      for (std::uint32_t k = 0; k < vocabulary.type(t).feature_count; ++k)
        if (probed(vocabulary.features(t)[k])) {
          const auto key = key_of(vocabulary.features(t)[k]);
          type_keys.push_back(static_cast<std::uint32_t>(std::lower_bound(distinct.begin(), distinct.end(), key) - distinct.begin()));
        }
    }
    type_begin[vocabulary.size()] = static_cast<std::uint32_t>(type_keys.size());
    auto keys_of_words = [&](auto first, auto last, std::vector<std::uint32_t>& out) {
      const std::size_t begin = out.size();
      for (auto it = first; it != last; ++it)
        out.insert(out.end(), type_keys.begin() + type_begin[*it], type_keys.begin() + type_begin[*it + 1]);
      std::sort(out.begin() + static_cast<std::ptrdiff_t>(begin), out.end());
      out.erase(std::unique(out.begin() + static_cast<std::ptrdiff_t>(begin), out.end()), out.end());
    };
    std::vector<std::uint32_t> all_begin(n + 1, 0), prefix_begin(n + 1, 0);
    std::vector<std::uint32_t> all_keys, prefix_keys;
    for (std::uint32_t s = 0; s < n; ++s) {
      all_begin[s] = static_cast<std::uint32_t>(all_keys.size());
      if (active[s]) keys_of_words(profiles[s].words.begin(), profiles[s].words.end(), all_keys);
    }
    all_begin[n] = static_cast<std::uint32_t>(all_keys.size());
    // Postings: key -> statements, in statement order (CSR).
    std::vector<std::uint32_t> posting_begin(distinct.size() + 1, 0);
    for (const std::uint32_t f : all_keys) ++posting_begin[f + 1];
    for (std::size_t f = 0; f < distinct.size(); ++f) posting_begin[f + 1] += posting_begin[f];
    std::vector<std::uint32_t> postings(all_keys.size());
    {
      std::vector<std::uint32_t> cursor(posting_begin.begin(), posting_begin.end() - 1);
      for (std::uint32_t s = 0; s < n; ++s)
        for (std::uint32_t k = all_begin[s]; k < all_begin[s + 1]; ++k) postings[cursor[all_keys[k]]++] = s;
    }
    auto posting_size = [&](std::uint32_t f) { return posting_begin[f + 1] - posting_begin[f]; };
    const std::uint32_t cap = std::max<std::uint32_t>(options.max_posting, 1);
    auto usable = [&](std::uint32_t f) { return posting_size(f) <= cap; };
    // Beyond `max_posting` statements the probe meets only the other statements' prefixes (PPJoin's
    // prefix-to-prefix join): postings stay short as the corpus grows, at the price of the guarantee
    // (align_bench measures what it costs in recall).
    const bool scaled = n > cap;
    // Probe order (PPJoin's global order): words whose features meet the fewest statements first.
    // Any fixed order keeps the prefix bound; this one keeps the probes short.
    std::vector<double> probe_cost(vocabulary.size(), 0.0);
    for (std::uint32_t t = 0; t < vocabulary.size(); ++t)
      for (std::uint32_t k = type_begin[t]; k < type_begin[t + 1]; ++k)
        if (scaled || usable(type_keys[k])) probe_cost[t] += posting_size(type_keys[k]);
    std::vector<std::uint32_t> order;
    for (std::uint32_t s = 0; s < n; ++s) {
      prefix_begin[s] = static_cast<std::uint32_t>(prefix_keys.size());
      if (!active[s]) continue;
      if (scaled) {
        // The statement's signature: its kSignatureKeys rarest keys (a global order by document
        // frequency, as in All-Pairs, so renderings that share most words share most of these).
        // Keys no other statement has cannot pair it with anything: they take no place.
        order.clear();
        for (std::uint32_t k = all_begin[s]; k < all_begin[s + 1]; ++k)
          if (posting_size(all_keys[k]) > 1) order.push_back(all_keys[k]);
        const auto rarer = [&](std::uint32_t x, std::uint32_t y) {
          return posting_size(x) != posting_size(y) ? posting_size(x) < posting_size(y) : x < y;
        };
        const std::size_t length = std::min<std::size_t>(order.size(), kSignatureKeys);
        std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(length), order.end(), rarer);
        prefix_keys.insert(prefix_keys.end(), order.begin(), order.begin() + static_cast<std::ptrdiff_t>(length));
        continue;
      }
      const Profile& p = profiles[s];
      order.assign(p.words.begin(), p.words.end());
      std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
        return probe_cost[x] != probe_cost[y] ? probe_cost[x] < probe_cost[y] : x < y;
      });
      double total = 0.0;
      for (const std::uint32_t w : order) total += vocabulary.type(w).weight;
      double rest = total;
      std::size_t length = 0;
      while (length < order.size() && rest >= floor * total) rest -= vocabulary.type(order[length++]).weight;
      keys_of_words(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(length), prefix_keys);
    }
    prefix_begin[n] = static_cast<std::uint32_t>(prefix_keys.size());
    std::vector<double> totals(n, 0.0);
    for (std::uint32_t s = 0; s < n; ++s)
      for (const std::uint32_t w : profiles[s].words) totals[s] += vocabulary.type(w).weight;
    // Any feature of a word type, or its lemma key, by dense id: two words that relate at all share
    // one (relate() is 1 for one lemma, else the best kind pairing of a shared feature).
    std::vector<std::uint32_t> any_distinct;
    for (std::uint32_t t = 0; t < vocabulary.size(); ++t) {
      any_distinct.push_back(vocabulary.type(t).key);
      for (std::uint32_t k = 0; k < vocabulary.type(t).feature_count; ++k) any_distinct.push_back(vocabulary.features(t)[k].id);
    }
    std::sort(any_distinct.begin(), any_distinct.end());
    any_distinct.erase(std::unique(any_distinct.begin(), any_distinct.end()), any_distinct.end());
    std::vector<std::uint32_t> any_begin(vocabulary.size() + 1, 0), any_keys;
    for (std::uint32_t t = 0; t < vocabulary.size(); ++t) {
      any_begin[t] = static_cast<std::uint32_t>(any_keys.size());
      auto dense_any = [&](std::uint32_t id) {
        return static_cast<std::uint32_t>(std::lower_bound(any_distinct.begin(), any_distinct.end(), id) - any_distinct.begin());
      };
      any_keys.push_back(dense_any(vocabulary.type(t).key));
      for (std::uint32_t k = 0; k < vocabulary.type(t).feature_count; ++k) any_keys.push_back(dense_any(vocabulary.features(t)[k].id));
      std::sort(any_keys.begin() + any_begin[t], any_keys.end());
      any_keys.erase(std::unique(any_keys.begin() + any_begin[t], any_keys.end()), any_keys.end());
    }
    any_begin[vocabulary.size()] = static_cast<std::uint32_t>(any_keys.size());
    // The word-alignment score is the pooled share of aligned weight (relatedness <= 1, one partner
    // per word) unless the weights mix in mean coverage: then the second bound does not hold.
    const bool pooled_score = weights.coverage_mix == 0.0;
    // Cheap verification before the full alignment: upper bounds on the strong-link share (words
    // of each side with a strong key among the other side's) and on the alignment score (words with
    // any feature among the other side's). Most candidates fail them. Per thread and key space:
    // the keys of the probing statement, stamped with its id, and which of its words carry each
    // one, so a bound costs one array lookup per key of the candidate.
    struct KeySpace {
      const std::vector<std::uint32_t>& begin;
      const std::vector<std::uint32_t>& keys;
      std::size_t size;
    };
    const KeySpace strong_space{type_begin, type_keys, distinct.size()};
    const KeySpace any_space{any_begin, any_keys, any_distinct.size()};
    struct ProbeMarks {
      std::vector<std::uint32_t> stamp;
      std::vector<std::uint64_t> words;  // bit i: word i of the probing statement has the key
      std::uint32_t owner = kAbsent;
    };
    // Weight of the words of a and b with a key of `space` that the other side has too.
    auto linked_mass = [&](ProbeMarks& m, const KeySpace& space, std::uint32_t a, std::uint32_t b) {
      const auto& words_a = profiles[a].words;
      if (m.owner != a) {
        if (m.stamp.empty()) {
          m.stamp.assign(space.size, kAbsent);
          m.words.assign(space.size, 0);
        }
        m.owner = a;
        for (std::size_t i = 0; i < words_a.size(); ++i)
          for (std::uint32_t k = space.begin[words_a[i]]; k < space.begin[words_a[i] + 1]; ++k) {
            const std::uint32_t f = space.keys[k];
            if (m.stamp[f] != a) {
              m.stamp[f] = a;
              m.words[f] = 0;
            }
            m.words[f] |= std::uint64_t{1} << i;
          }
      }
      std::uint64_t linked_a = 0;
      double from_b = 0.0;
      for (const std::uint32_t w : profiles[b].words) {
        bool linked = false;
        for (std::uint32_t k = space.begin[w]; k < space.begin[w + 1]; ++k)
          if (m.stamp[space.keys[k]] == a) {
            linked = true;
            linked_a |= m.words[space.keys[k]];
          }
        if (linked) from_b += vocabulary.type(w).weight;
      }
      double from_a = 0.0;
      for (std::size_t i = 0; i < words_a.size(); ++i)
        if ((linked_a >> i) & 1u) from_a += vocabulary.type(words_a[i]).weight;
      return from_a + from_b;
    };
    struct Marks {
      ProbeMarks strong, any;
    };
    auto may_reach = [&](Marks& m, std::uint32_t a, std::uint32_t b) {
      const double total = totals[a] + totals[b];
      if (!(total > 0.0)) return false;
      if (profiles[a].words.size() > 64) return true;  // no room in the word masks: verify directly
      if (linked_mass(m.strong, strong_space, a, b) < floor * total) return false;
      return !pooled_score || linked_mass(m.any, any_space, a, b) >= options.edge_floor * total;
    };
    std::function<void(unsigned)> run;
    if (scaled) {
      // Postings over the prefixes only, in statement order.
      auto head = std::make_shared<std::vector<std::uint32_t>>(distinct.size() + 1, 0);
      for (const std::uint32_t f : prefix_keys) ++(*head)[f + 1];
      for (std::size_t f = 0; f < distinct.size(); ++f) (*head)[f + 1] += (*head)[f];
      auto members = std::make_shared<std::vector<std::uint32_t>>(prefix_keys.size());
      {
        std::vector<std::uint32_t> cursor(head->begin(), head->end() - 1);
        for (std::uint32_t s = 0; s < n; ++s)
          for (std::uint32_t k = prefix_begin[s]; k < prefix_begin[s + 1]; ++k) (*members)[cursor[prefix_keys[k]]++] = s;
      }
      run = [&, head, members](unsigned t) {
        // Shared signature keys per candidate.
        std::vector<std::uint16_t> shared(n, 0);
        std::vector<std::uint32_t> met;
        Marks marks;
        for (std::uint32_t a = t; a < n; a += threads) {
          if (!active[a]) continue;
          met.clear();
          for (std::uint32_t k = prefix_begin[a]; k < prefix_begin[a + 1]; ++k) {
            const std::uint32_t f = prefix_keys[k];
            if ((*head)[f + 1] - (*head)[f] > kMaxPrefixPosting) continue;
            // The pairs with b > a are the posting's tail: each pair is met from its first statement.
            const auto last = members->begin() + (*head)[f + 1];
            for (auto it = std::upper_bound(members->begin() + (*head)[f], last, a); it != last; ++it) {
              if (shared[*it] == 0) met.push_back(*it);
              if (shared[*it] < 0xFFFFu) ++shared[*it];
            }
          }
          for (const std::uint32_t b : met) {
            if (shared[b] >= kMinSharedKeys && may_reach(marks, a, b)) verify(a, b, found[t]);
            shared[b] = 0;
          }
        }
      };
    } else {
      // Whether b's prefix probe reaches a (then b's probe owns the pair when b < a).
      auto probe_reaches = [&](std::uint32_t b, std::uint32_t a) {
        const auto a_begin = all_keys.begin() + all_begin[a];
        const auto a_end = all_keys.begin() + all_begin[a + 1];
        for (std::uint32_t k = prefix_begin[b]; k < prefix_begin[b + 1]; ++k)
          if (usable(prefix_keys[k]) && std::binary_search(a_begin, a_end, prefix_keys[k])) return true;
        return false;
      };
      run = [&, probe_reaches](unsigned t) {
        std::vector<std::uint32_t> stamp(n, kAbsent);
        Marks marks;
        for (std::uint32_t a = t; a < n; a += threads) {
          if (!active[a]) continue;
          for (std::uint32_t k = prefix_begin[a]; k < prefix_begin[a + 1]; ++k) {
            const std::uint32_t f = prefix_keys[k];
            if (!usable(f)) continue;  // a stop feature
            for (std::uint32_t y = posting_begin[f]; y < posting_begin[f + 1]; ++y) {
              const std::uint32_t b = postings[y];
              if (b == a || stamp[b] == a) continue;
              stamp[b] = a;
              if ((b > a || !probe_reaches(b, a)) && may_reach(marks, a, b)) verify(std::min(a, b), std::max(a, b), found[t]);
            }
          }
        }
      };
    }
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(run, t);
    run(0);
    for (auto& th : pool) th.join();
  }
  std::vector<Edge> edges;
  for (auto& part : found) edges.insert(edges.end(), part.begin(), part.end());
  std::sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
  return edges;
}

Aligner::Aligner(AlignOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Aligner::~Aligner() = default;
Aligner::Aligner(Aligner&&) noexcept = default;
Aligner& Aligner::operator=(Aligner&&) noexcept = default;

const AlignOptions& Aligner::options() const { return impl_->options; }
const std::vector<Diagnostic>& Aligner::diagnostics() const { return impl_->diagnostics; }
bool Aligner::has_word_vectors() const { return impl_->vectors.has_value(); }

std::string vectors_path_in(const std::string& data_dir) { return data_dir + "/" + std::string(detail::kVectorsFile); }

bool Aligner::same_claim(double score) const { return score >= impl_->options.threshold; }

double Aligner::similarity(std::string_view a, std::string_view b) const {
  Vocabulary vocabulary(impl_->wordnet);
  detail::Rendering ra;
  ra.content = a;
  detail::Rendering rb;
  rb.content = b;
  const Profile pa = detail::make_profile(ra, vocabulary);
  const Profile pb = detail::make_profile(rb, vocabulary);
  vocabulary.use_background_weights();
  return impl_->score(pa, pb, vocabulary);
}

std::string Aligner::lemmatize(std::string_view word) const { return impl_->wordnet.lemmatize(word); }

std::vector<Claim> Aligner::align(const std::vector<Statement>& statements) const {
  return align(statements, detail::SpeakerIdentity(statements));
}

std::vector<Claim> Aligner::align(const std::vector<Statement>& statements,
                                  const detail::SpeakerIdentity& speakers) const {
  const Impl& impl = *impl_;
  Vocabulary vocabulary(impl.wordnet);
  std::vector<Profile> profiles;
  profiles.reserve(statements.size());
  std::vector<Figure> figures;
  std::vector<char> active(statements.size(), 1);
  for (std::size_t i = 0; i < statements.size(); ++i) {
    profiles.push_back(impl.profile_of(statements[i], speakers, vocabulary, figures));
    if (!impl.options.unattributed && statements[i].kind == StatementKind::unattributed) active[i] = 0;
  }
  impl.corpus_partners(profiles, vocabulary);
  impl.corpus_weights(profiles, vocabulary);
  const std::vector<Edge> edges = impl.score_pairs(profiles, active, vocabulary);

  // Components over the pairs that could merge at all, then average linkage inside each.
  const auto n = static_cast<std::uint32_t>(statements.size());
  Components components(n);
  for (const Edge& e : edges)
    if (e.score >= impl.options.threshold) components.unite(e.a, e.b);
  std::vector<std::vector<std::uint32_t>> nodes_of(n);
  for (std::uint32_t i = 0; i < n; ++i) nodes_of[components.find(i)].push_back(i);
  std::vector<std::vector<Edge>> edges_of(n);
  for (const Edge& e : edges)
    if (components.find(e.a) == components.find(e.b)) edges_of[components.find(e.a)].push_back(e);
  std::vector<std::vector<std::uint32_t>> clusters;
  for (std::uint32_t root = 0; root < n; ++root) {
    if (nodes_of[root].empty()) continue;
    if (nodes_of[root].size() == 1) {
      clusters.push_back(nodes_of[root]);
      continue;
    }
    for (auto& c : average_linkage(nodes_of[root], edges_of[root], impl.options.threshold)) clusters.push_back(std::move(c));
  }
  attach_lone_figures(statements, edges, impl.options.threshold, clusters);
  std::sort(clusters.begin(), clusters.end(), [](const auto& x, const auto& y) { return x.front() < y.front(); });

  std::vector<Claim> claims;
  claims.reserve(clusters.size());
  for (const auto& cluster : clusters) {
    Claim claim;
    claim.id = "claim-" + std::to_string(claims.size() + 1);
    for (const std::uint32_t m : cluster) {
      claim.members.push_back(statements[m].id);
      if (std::find(claim.articles.begin(), claim.articles.end(), statements[m].article) == claim.articles.end())
        claim.articles.push_back(statements[m].article);
    }
    // Representative: the member most similar to the others (the medoid); cohesion: mean pair score.
    std::size_t best = 0;
    if (cluster.size() > 1) {
      const std::size_t k = std::min(cluster.size(), kMaxExactCohesion);
      std::vector<double> sums(k, 0.0);
      double total = 0.0;
      for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = i + 1; j < k; ++j) {
          const double s = impl.score(profiles[cluster[i]], profiles[cluster[j]], vocabulary);
          sums[i] += s;
          sums[j] += s;
          total += s;
        }
      for (std::size_t i = 1; i < k; ++i)
        if (sums[i] > sums[best]) best = i;
      claim.cohesion = total / (static_cast<double>(k) * static_cast<double>(k - 1) / 2.0);
    } else {
      claim.cohesion = 1.0;
    }
    claim.representative = statements[cluster[best]].id;
    claim.summary = shorten(content_of(statements[cluster[best]]));
    claims.push_back(std::move(claim));
  }
  return claims;
}

struct ParaphraseModel::Impl {
  detail::LinearModel model;
};

ParaphraseModel::ParaphraseModel(const std::string& path) : impl_(std::make_unique<Impl>()) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::resource, path, "", "cannot read the paraphrase model");
  std::ostringstream text;
  text << in.rdbuf();
  std::string error;
  if (!detail::parse_model(text.str(), impl_->model, error))
    throw Error(ErrorCode::resource, path, "", "not a paraphrase model: " + error);
}
ParaphraseModel::~ParaphraseModel() = default;
ParaphraseModel::ParaphraseModel(ParaphraseModel&&) noexcept = default;
ParaphraseModel& ParaphraseModel::operator=(ParaphraseModel&&) noexcept = default;

double ParaphraseModel::score(const Aligner& aligner, std::string_view a, std::string_view b) const {
  return impl_->model.apply(detail::pair_features(a, b, aligner.impl_->wordnet, aligner.impl_->weights));
}

bool ParaphraseModel::same(double score) const { return score >= impl_->model.threshold; }

}  // namespace claimdiff
