// The candidate index (see candidates.hpp): strong keys per word type, key lists per statement,
// postings, probe prefixes or signatures, and two cheap upper bounds checked before a pair is visited.
// Every key list is a CSR array (begin offsets into one flat vector), so a million statements cost a
// few flat vectors, not a million small ones.
#include "align/candidates.hpp"

#include <algorithm>
#include <memory>
#include <thread>

namespace claimdiff::detail {
namespace {

// The prefix-to-prefix join of large corpora (more statements than max_posting): each statement's
// signature is its kSignatureKeys rarest strong keys; a key in more signatures than
// kMaxPrefixPosting is not probed (it would pair thousands of statements over one common word); a
// candidate must share kMinSharedKeys signature keys (one identical WordNet word already brings its
// lemma and a synset; one shared synonym alone is too little for one claim).
constexpr std::size_t kSignatureKeys = 8;
constexpr std::uint32_t kMaxPrefixPosting = 1000;
constexpr std::uint16_t kMinSharedKeys = 2;
constexpr std::uint32_t kAbsent = 0xFFFFFFFFu;

// Lists of dense keys, one per item (word type or statement), as one CSR array.
struct KeyLists {
  std::vector<std::uint32_t> begin{0};
  std::vector<std::uint32_t> keys;
  std::size_t key_count = 0;  // keys are in [0, key_count)

  std::uint32_t first(std::size_t item) const { return begin[item]; }
  std::uint32_t last(std::size_t item) const { return begin[item + 1]; }
  // Closes the current item's list, sorted and without repeats.
  void close_item() {
    const auto from = keys.begin() + begin.back();
    std::sort(from, keys.end());
    keys.erase(std::unique(from, keys.end()), keys.end());
    begin.push_back(static_cast<std::uint32_t>(keys.size()));
  }
};

// Numbers a set of feature ids densely.
struct DenseIds {
  std::vector<std::uint32_t> ids;  // sorted
  std::uint32_t of(std::uint32_t id) const {
    return static_cast<std::uint32_t>(std::lower_bound(ids.begin(), ids.end(), id) - ids.begin());
  }
};

// The strong keys of each word type: a strong link joins a lemma to a lemma, a synset to a synset,
// so a key meets itself when its kind links strongly to its own kind. Numbered densely over the
// vocabulary's strong features, so statements' key lists need no lookup.
KeyLists strong_keys(const Vocabulary& vocabulary) {
  auto key_of = [](const Feature& f) { return f.id * 8u + static_cast<std::uint32_t>(f.kind); };
  auto probed = [](const Feature& f) { return is_strong(f.kind) && relatedness(f.kind, f.kind) >= kStrongLink; };
  DenseIds dense;
  for (std::uint32_t t = 0; t < vocabulary.size(); ++t)
    for (std::uint32_t k = 0; k < vocabulary.type(t).feature_count; ++k)
      if (probed(vocabulary.features(t)[k])) dense.ids.push_back(key_of(vocabulary.features(t)[k]));
  std::sort(dense.ids.begin(), dense.ids.end());
  dense.ids.erase(std::unique(dense.ids.begin(), dense.ids.end()), dense.ids.end());
  KeyLists lists;
  lists.key_count = dense.ids.size();
  for (std::uint32_t t = 0; t < vocabulary.size(); ++t) {
    for (std::uint32_t k = 0; k < vocabulary.type(t).feature_count; ++k)
      if (probed(vocabulary.features(t)[k])) lists.keys.push_back(dense.of(key_of(vocabulary.features(t)[k])));
    lists.close_item();
  }
  return lists;
}

// Any feature of a word type, or its lemma key, by dense id: two words that relate at all share one
// (relate() is 1 for one lemma, else the best kind pairing of a shared feature).
KeyLists any_keys(const Vocabulary& vocabulary) {
  DenseIds dense;
  for (std::uint32_t t = 0; t < vocabulary.size(); ++t) {
    dense.ids.push_back(vocabulary.type(t).key);
    for (std::uint32_t k = 0; k < vocabulary.type(t).feature_count; ++k) dense.ids.push_back(vocabulary.features(t)[k].id);
  }
  std::sort(dense.ids.begin(), dense.ids.end());
  dense.ids.erase(std::unique(dense.ids.begin(), dense.ids.end()), dense.ids.end());
  KeyLists lists;
  lists.key_count = dense.ids.size();
  for (std::uint32_t t = 0; t < vocabulary.size(); ++t) {
    lists.keys.push_back(dense.of(vocabulary.type(t).key));
    for (std::uint32_t k = 0; k < vocabulary.type(t).feature_count; ++k) lists.keys.push_back(dense.of(vocabulary.features(t)[k].id));
    lists.close_item();
  }
  return lists;
}

// The keys of some of a statement's words, appended to `out` as one item.
template <typename It>
void add_keys_of_words(It first, It last, const KeyLists& of_type, KeyLists& out) {
  for (auto it = first; it != last; ++it)
    out.keys.insert(out.keys.end(), of_type.keys.begin() + of_type.first(*it), of_type.keys.begin() + of_type.last(*it));
  out.close_item();
}

// Key -> statements holding it, in statement order (CSR).
struct Postings {
  std::vector<std::uint32_t> begin;
  std::vector<std::uint32_t> members;
  std::uint32_t size(std::uint32_t key) const { return begin[key + 1] - begin[key]; }
};

Postings postings_of(const KeyLists& statements) {
  Postings p;
  p.begin.assign(statements.key_count + 1, 0);
  for (const std::uint32_t f : statements.keys) ++p.begin[f + 1];
  for (std::size_t f = 0; f < statements.key_count; ++f) p.begin[f + 1] += p.begin[f];
  p.members.resize(statements.keys.size());
  std::vector<std::uint32_t> cursor(p.begin.begin(), p.begin.end() - 1);
  for (std::uint32_t s = 0; s + 1 < statements.begin.size(); ++s)
    for (std::uint32_t k = statements.first(s); k < statements.last(s); ++k) p.members[cursor[statements.keys[k]]++] = s;
  return p;
}

// The probe side of each statement. Exact path: the cheapest words to probe (PPJoin's global
// order, words whose features meet the fewest statements first) until what is left weighs less than
// `floor` of the statement, so a pair whose strong-link share reaches `floor` has a strongly aligned
// word in one side's prefix. Scaled path: the signature, its kSignatureKeys rarest keys that some
// other statement also has (a global order by document frequency, as in All-Pairs).
KeyLists probe_prefixes(const std::vector<Profile>& profiles, const std::vector<char>& active, const Vocabulary& vocabulary,
                        const KeyLists& of_type, const KeyLists& all, const Postings& postings, double floor, bool scaled,
                        std::uint32_t cap) {
  auto usable = [&](std::uint32_t f) { return postings.size(f) <= cap; };
  std::vector<double> probe_cost(vocabulary.size(), 0.0);
  for (std::uint32_t t = 0; t < vocabulary.size(); ++t)
    for (std::uint32_t k = of_type.first(t); k < of_type.last(t); ++k)
      if (scaled || usable(of_type.keys[k])) probe_cost[t] += postings.size(of_type.keys[k]);
  KeyLists prefixes;
  prefixes.key_count = all.key_count;
  std::vector<std::uint32_t> order;
  for (std::uint32_t s = 0; s < profiles.size(); ++s) {
    if (!active[s]) {
      prefixes.close_item();
      continue;
    }
    if (scaled) {
      order.clear();
      for (std::uint32_t k = all.first(s); k < all.last(s); ++k)
        if (postings.size(all.keys[k]) > 1) order.push_back(all.keys[k]);  // a key nobody else has pairs nothing
      const auto rarer = [&](std::uint32_t x, std::uint32_t y) {
        return postings.size(x) != postings.size(y) ? postings.size(x) < postings.size(y) : x < y;
      };
      const std::size_t length = std::min<std::size_t>(order.size(), kSignatureKeys);
      std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(length), order.end(), rarer);
      prefixes.keys.insert(prefixes.keys.end(), order.begin(), order.begin() + static_cast<std::ptrdiff_t>(length));
      prefixes.close_item();
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
    add_keys_of_words(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(length), of_type, prefixes);
  }
  return prefixes;
}

// Cheap verification before a pair is visited, two upper bounds: on the strong-link share (words of
// each side with a strong key among the other side's) and on the alignment score (words with any
// feature among the other side's). Most candidates fail them. One per thread: the keys of the
// probing statement, stamped with its id, and which of its words carry each one, so a bound costs
// one array lookup per key of the candidate.
class PairBounds {
 public:
  PairBounds(const std::vector<Profile>& profiles, const Vocabulary& vocabulary, const KeyLists& strong,
             const KeyLists& any, const std::vector<double>& totals, const CandidateOptions& options)
      : profiles_(profiles), vocabulary_(vocabulary), totals_(totals), options_(options), strong_(strong), any_(any) {}

  bool may_reach(std::uint32_t a, std::uint32_t b) {
    const double total = totals_[a] + totals_[b];
    if (!(total > 0.0)) return false;
    if (profiles_[a].words.size() > 64) return true;  // no room in the word masks: verify directly
    if (linked_mass(strong_, a, b) < options_.floor * total) return false;
    return !options_.pooled_score || options_.edge_floor <= 0.0 || linked_mass(any_, a, b) >= options_.edge_floor * total;
  }

 private:
  struct Marks {
    explicit Marks(const KeyLists& keys) : space(keys) {}
    const KeyLists& space;
    std::vector<std::uint32_t> stamp;
    std::vector<std::uint64_t> words;  // bit i: word i of the probing statement has the key
    std::uint32_t owner = kAbsent;
  };

  void stamp_probe(Marks& m, std::uint32_t a) const {
    if (m.stamp.empty()) {
      m.stamp.assign(m.space.key_count, kAbsent);
      m.words.assign(m.space.key_count, 0);
    }
    m.owner = a;
    const auto& words_a = profiles_[a].words;
    for (std::size_t i = 0; i < words_a.size(); ++i)
      for (std::uint32_t k = m.space.first(words_a[i]); k < m.space.last(words_a[i]); ++k) {
        const std::uint32_t f = m.space.keys[k];
        if (m.stamp[f] != a) {
          m.stamp[f] = a;
          m.words[f] = 0;
        }
        m.words[f] |= std::uint64_t{1} << i;
      }
  }

  // Weight of the words of a and b with a key of `m`'s space that the other side has too.
  double linked_mass(Marks& m, std::uint32_t a, std::uint32_t b) const {
    if (m.owner != a) stamp_probe(m, a);
    std::uint64_t linked_a = 0;
    double from_b = 0.0;
    for (const std::uint32_t w : profiles_[b].words) {
      bool linked = false;
      for (std::uint32_t k = m.space.first(w); k < m.space.last(w); ++k)
        if (m.stamp[m.space.keys[k]] == a) {
          linked = true;
          linked_a |= m.words[m.space.keys[k]];
        }
      if (linked) from_b += vocabulary_.type(w).weight;
    }
    double from_a = 0.0;
    const auto& words_a = profiles_[a].words;
    for (std::size_t i = 0; i < words_a.size(); ++i)
      if ((linked_a >> i) & 1u) from_a += vocabulary_.type(words_a[i]).weight;
    return from_a + from_b;
  }

  const std::vector<Profile>& profiles_;
  const Vocabulary& vocabulary_;
  const std::vector<double>& totals_;
  const CandidateOptions& options_;
  Marks strong_;
  Marks any_;
};

void run_threads(unsigned threads, const std::function<void(unsigned)>& run) {
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(run, t);
  run(0);
  for (auto& th : pool) th.join();
}

// Everything the joins read, built once.
struct Index {
  KeyLists strong_of_type;
  KeyLists any_of_type;
  KeyLists all;       // strong keys per statement (the index side)
  Postings postings;
  KeyLists prefixes;  // the probe side
  std::vector<double> totals;  // IDF mass per statement
};

Index build_index(const std::vector<Profile>& profiles, const std::vector<char>& active, const Vocabulary& vocabulary,
                  const CandidateOptions& options, bool scaled) {
  Index index;
  index.strong_of_type = strong_keys(vocabulary);
  index.all.key_count = index.strong_of_type.key_count;
  for (std::uint32_t s = 0; s < profiles.size(); ++s) {
    if (active[s]) add_keys_of_words(profiles[s].words.begin(), profiles[s].words.end(), index.strong_of_type, index.all);
    else index.all.close_item();
  }
  index.postings = postings_of(index.all);
  index.prefixes = probe_prefixes(profiles, active, vocabulary, index.strong_of_type, index.all, index.postings, options.floor,
                                  scaled, std::max<std::uint32_t>(options.max_posting, 1));
  index.totals.assign(profiles.size(), 0.0);
  for (std::uint32_t s = 0; s < profiles.size(); ++s)
    for (const std::uint32_t w : profiles[s].words) index.totals[s] += vocabulary.type(w).weight;
  index.any_of_type = any_keys(vocabulary);
  return index;
}

// Up to max_posting statements: each prefix probes the full index, so the join is exact. A pair met
// from both sides is visited from the lower statement's probe when that probe reaches it.
void prefix_join(const Index& index, const std::vector<char>& active, std::uint32_t cap, unsigned threads,
                 const std::function<PairBounds()>& make_bounds, const PairVisitor& visit) {
  const auto n = static_cast<std::uint32_t>(active.size());
  auto usable = [&](std::uint32_t f) { return index.postings.size(f) <= cap; };
  auto probe_reaches = [&](std::uint32_t b, std::uint32_t a) {
    const auto a_begin = index.all.keys.begin() + index.all.first(a);
    const auto a_end = index.all.keys.begin() + index.all.last(a);
    for (std::uint32_t k = index.prefixes.first(b); k < index.prefixes.last(b); ++k)
      if (usable(index.prefixes.keys[k]) && std::binary_search(a_begin, a_end, index.prefixes.keys[k])) return true;
    return false;
  };
  run_threads(threads, [&](unsigned t) {
    std::vector<std::uint32_t> stamp(n, kAbsent);
    PairBounds bounds = make_bounds();
    for (std::uint32_t a = t; a < n; a += threads) {
      if (!active[a]) continue;
      for (std::uint32_t k = index.prefixes.first(a); k < index.prefixes.last(a); ++k) {
        const std::uint32_t f = index.prefixes.keys[k];
        if (!usable(f)) continue;  // a stop feature
        for (std::uint32_t y = index.postings.begin[f]; y < index.postings.begin[f + 1]; ++y) {
          const std::uint32_t b = index.postings.members[y];
          if (b == a || stamp[b] == a) continue;
          stamp[b] = a;
          if ((b > a || !probe_reaches(b, a)) && bounds.may_reach(a, b)) visit(std::min(a, b), std::max(a, b), t);
        }
      }
    }
  });
}

// Beyond max_posting statements: the probe meets only the other statements' signatures (PPJoin's
// prefix-to-prefix join), so postings stay short as the corpus grows, at the price of the guarantee.
// Each pair is met once, from its lower statement.
void signature_join(const Index& index, const std::vector<char>& active, unsigned threads,
                    const std::function<PairBounds()>& make_bounds, const PairVisitor& visit) {
  const auto n = static_cast<std::uint32_t>(active.size());
  const Postings signatures = postings_of(index.prefixes);
  run_threads(threads, [&](unsigned t) {
    std::vector<std::uint16_t> shared(n, 0);  // shared signature keys per candidate
    std::vector<std::uint32_t> met;
    PairBounds bounds = make_bounds();
    for (std::uint32_t a = t; a < n; a += threads) {
      if (!active[a]) continue;
      met.clear();
      for (std::uint32_t k = index.prefixes.first(a); k < index.prefixes.last(a); ++k) {
        const std::uint32_t f = index.prefixes.keys[k];
        if (signatures.size(f) > kMaxPrefixPosting) continue;
        const auto last = signatures.members.begin() + signatures.begin[f + 1];
        for (auto it = std::upper_bound(signatures.members.begin() + signatures.begin[f], last, a); it != last; ++it) {
          if (shared[*it] == 0) met.push_back(*it);
          if (shared[*it] < 0xFFFFu) ++shared[*it];
        }
      }
      for (const std::uint32_t b : met) {
        if (shared[b] >= kMinSharedKeys && bounds.may_reach(a, b)) visit(a, b, t);
        shared[b] = 0;
      }
    }
  });
}

}  // namespace

unsigned for_each_candidate(const std::vector<Profile>& profiles, const std::vector<char>& active,
                            const Vocabulary& vocabulary, const CandidateOptions& options, const PairVisitor& visit) {
  const auto n = static_cast<std::uint32_t>(profiles.size());
  const unsigned threads = std::max(1u, std::min(options.threads, n / 64 + 1));
  if (options.exact) {
    run_threads(threads, [&](unsigned t) {
      for (std::uint32_t a = t; a < n; a += threads)
        if (active[a])
          for (std::uint32_t b = a + 1; b < n; ++b)
            if (active[b]) visit(a, b, t);
    });
    return threads;
  }
  const std::uint32_t cap = std::max<std::uint32_t>(options.max_posting, 1);
  const bool scaled = n > cap;
  const Index index = build_index(profiles, active, vocabulary, options, scaled);
  const auto make_bounds = [&] {
    return PairBounds(profiles, vocabulary, index.strong_of_type, index.any_of_type, index.totals, options);
  };
  if (scaled) signature_join(index, active, threads, make_bounds, visit);
  else prefix_join(index, active, cap, threads, make_bounds, visit);
  return threads;
}

}  // namespace claimdiff::detail
