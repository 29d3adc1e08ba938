// Benchmark of the align stage at corpus scale: paraphrase families generated from real sentences
// (MSRP and STS-B, read from ../shared/bench-data) by synonym swaps, reorderings, drops and
// insertions, so the true grouping is known. Checks indexed == exact on a sample first, then aligns
// N statements (default 1,000,000) and prints statements/s, peak memory and pairwise F1.
// Usage: align_bench [statements] [bench-data dir]
#include <claimdiff/align.hpp>

#include "bench_util.hpp"
#include "align/similarity.hpp"
#include "base/text_util.hpp"
#include "align/wordnet.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

using claimdiff::Statement;

std::vector<std::string> read_sentences(const std::string& dir) {
  std::set<std::string> seen;
  std::vector<std::string> out;
  auto take = [&](const std::string& s) {
    if (s.size() < 30 || !seen.insert(s).second) return;
    out.push_back(s);
  };
  // Only one side of each pair: the two sides are often paraphrases of each other.
  for (const char* name : {"/msrp/msr_paraphrase_train.txt", "/msrp/msr_paraphrase_test.txt"}) {
    std::ifstream in(dir + name);
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
      const auto f = claimdiff::bench::split_tabs(line);
      if (f.size() >= 5) take(f[3]);
    }
  }
  for (const char* name : {"/stsb/sts-train.csv", "/stsb/sts-dev.csv", "/stsb/sts-test.csv"}) {
    std::ifstream in(dir + name);
    std::string line;
    while (std::getline(in, line)) {
      const auto f = claimdiff::bench::split_tabs(line);
      if (f.size() >= 7) take(f[5]);
    }
  }
  return out;
}

// Words of a sentence as written (split at spaces), as owned strings the generator edits.
std::vector<std::string> split_spaces(const std::string& s) {
  const auto words = claimdiff::detail::split_on_spaces(s);
  return {words.begin(), words.end()};
}

// Makes renderings of one sentence: each variant applies one or two edits.
class Paraphraser {
 public:
  explicit Paraphraser(const claimdiff::detail::WordNet& wordnet) : wordnet_(wordnet) {}

  std::string vary(const std::string& sentence, std::mt19937& rng) const {
    auto words = split_spaces(sentence);
    const int edits = 1 + static_cast<int>(rng() % 2);
    for (int e = 0; e < edits && words.size() > 3; ++e) {
      switch (rng() % 4) {
        case 0: swap_synonym(words, rng); break;
        case 1: reorder(words, rng); break;
        case 2: drop(words, rng); break;
        default: insert(words, rng); break;
      }
    }
    std::string out;
    for (const auto& w : words) {
      if (!out.empty()) out.push_back(' ');
      out += w;
    }
    return out;
  }

 private:
  void swap_synonym(std::vector<std::string>& words, std::mt19937& rng) const {
    for (int tries = 0; tries < 6; ++tries) {
      std::string& w = words[rng() % words.size()];
      if (w.size() < 4 || claimdiff::detail::is_stop_word(w)) continue;
      const std::uint32_t lemma = wordnet_.lemma_id(w);
      if (lemma == claimdiff::detail::WordNet::kNone) continue;
      for (std::size_t p = 0; p < claimdiff::detail::kPosCount; ++p) {
        const auto senses = wordnet_.senses(lemma, static_cast<claimdiff::detail::WordPos>(p));
        if (senses.empty()) continue;
        for (const std::uint32_t other : wordnet_.synset_lemmas(senses.front())) {
          const std::string& candidate = wordnet_.lemma(other);
          if (other != lemma && candidate.find('_') == std::string::npos) {
            w = candidate;
            return;
          }
        }
      }
    }
  }
  static void reorder(std::vector<std::string>& words, std::mt19937& rng) {
    // Moves a trailing phrase to the front ("X said on Monday" -> "on Monday X said").
    const std::size_t cut = 1 + rng() % (words.size() - 1);
    if (words.size() - cut > words.size() / 2) return;
    std::rotate(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(cut), words.end());
  }
  static void drop(std::vector<std::string>& words, std::mt19937& rng) {
    words.erase(words.begin() + static_cast<std::ptrdiff_t>(1 + rng() % (words.size() - 1)));
  }
  static void insert(std::vector<std::string>& words, std::mt19937& rng) {
    static const char* kInserts[] = {"reportedly", "also", "on Tuesday", "officially", "indeed", "now"};
    words.insert(words.begin() + static_cast<std::ptrdiff_t>(rng() % words.size()), kInserts[rng() % 6]);
  }

  const claimdiff::detail::WordNet& wordnet_;
};

// Whether a generator token is a content word (its letters, folded, are no stop word).
bool is_content_token(const std::string& token) {
  std::string folded;
  for (const char c : token)
    if (std::isalpha(static_cast<unsigned char>(c))) folded.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return folded.size() >= 3 && !claimdiff::detail::is_stop_word(folded);
}

// Every content-word token of the real sentences, repeats kept: drawing from it follows the real
// word frequencies (a few very common words, a long tail of rare ones).
std::vector<std::string> content_pool(const std::vector<std::string>& sentences) {
  std::vector<std::string> pool;
  for (const auto& s : sentences)
    for (auto& token : split_spaces(s))
      if (is_content_token(token)) pool.push_back(std::move(token));
  return pool;
}

// A new source once the real sentences run out: a real sentence's frame (its function words and
// word order) with every content word drawn afresh from the pool. Two such sources share only the
// words chance gives them, so the known grouping stays true (joining real sentences did not: two
// sources sharing one long sentence overlapped by more than half).
std::string fresh_source(const std::string& frame, const std::vector<std::string>& pool, std::mt19937& rng) {
  std::string out;
  for (const auto& token : split_spaces(frame)) {
    if (!out.empty()) out.push_back(' ');
    out += is_content_token(token) ? pool[rng() % pool.size()] : token;
  }
  return out;
}

struct Corpus {
  std::vector<Statement> statements;
  std::vector<std::uint32_t> family;
};

Corpus generate(std::size_t count, const std::vector<std::string>& sentences, const Paraphraser& paraphraser) {
  const std::vector<std::string> pool = content_pool(sentences);
  Corpus corpus;
  corpus.statements.reserve(count);
  corpus.family.reserve(count);
  std::mt19937 rng(20231123);
  std::uint32_t family = 0;
  while (corpus.statements.size() < count) {
    // A new source: a real sentence, then fresh sentences on real frames when those run out.
    const std::string source =
        family < sentences.size() ? sentences[family] : fresh_source(sentences[rng() % sentences.size()], pool, rng);
    const std::size_t size = 1 + rng() % 8;
    for (std::size_t k = 0; k < size && corpus.statements.size() < count; ++k) {
      Statement s;
      s.id = std::to_string(corpus.statements.size());
      s.article = "a" + std::to_string(rng() % 1000);
      s.content = k == 0 ? source : paraphraser.vary(source, rng);
      s.text = s.content;
      corpus.statements.push_back(std::move(s));
      corpus.family.push_back(family);
    }
    ++family;
  }
  return corpus;
}

struct PairScore {
  double precision = 0, recall = 0, f1 = 0;
};

PairScore pairwise(const std::vector<claimdiff::Claim>& claims, const Corpus& corpus, std::size_t n) {
  std::unordered_map<std::string, std::uint32_t> claim_of;
  std::vector<std::uint32_t> assigned(n, 0);
  for (std::uint32_t c = 0; c < claims.size(); ++c)
    for (const auto& m : claims[c].members) assigned[std::stoul(m)] = c;
  std::map<std::pair<std::uint32_t, std::uint32_t>, double> both;
  std::unordered_map<std::uint32_t, double> by_claim, by_family;
  for (std::size_t i = 0; i < n; ++i) {
    both[{assigned[i], corpus.family[i]}] += 1;
    by_claim[assigned[i]] += 1;
    by_family[corpus.family[i]] += 1;
  }
  auto pairs = [](double k) { return k * (k - 1) / 2; };
  double tp = 0, predicted = 0, gold = 0;
  for (const auto& [key, k] : both) tp += pairs(k);
  for (const auto& [key, k] : by_claim) predicted += pairs(k);
  for (const auto& [key, k] : by_family) gold += pairs(k);
  PairScore s;
  s.precision = predicted > 0 ? tp / predicted : 0;
  s.recall = gold > 0 ? tp / gold : 0;
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t count = argc > 1 ? std::stoul(argv[1]) : 1000000;
  const std::string dir = argc > 2 ? argv[2] : std::string(CLAIMDIFF_SHARED_DIR) + "/bench-data";
  claimdiff::bench::Stopwatch load_clock;
  // Corpus mode: the stricter floors that keep candidate sets small (AlignOptions::corpus()).
  const claimdiff::Aligner aligner(claimdiff::AlignOptions::corpus());
  std::printf("wordnet load: %.2f s\n", load_clock.seconds());
  const claimdiff::detail::WordNet wordnet(aligner.options().wordnet_dir);
  const auto sentences = read_sentences(dir);
  if (sentences.empty()) {
    std::fprintf(stderr, "align_bench: no sentences under %s\n", dir.c_str());
    return 2;
  }
  const Paraphraser paraphraser(wordnet);

  // Correctness first: the indexed candidates give the same claims as exact all-pairs scoring.
  {
    const Corpus sample = generate(2000, sentences, paraphraser);
    claimdiff::AlignOptions exact_options = claimdiff::AlignOptions::corpus();
    exact_options.exact = true;
    const claimdiff::Aligner exact(exact_options);
    claimdiff::bench::Stopwatch exact_clock;
    const auto exact_claims = exact.align(sample.statements);
    const double exact_seconds = exact_clock.seconds();
    claimdiff::bench::Stopwatch indexed_clock;
    const auto indexed_claims = aligner.align(sample.statements);
    const double indexed_seconds = indexed_clock.seconds();
    bool same = exact_claims.size() == indexed_claims.size();
    for (std::size_t i = 0; same && i < exact_claims.size(); ++i) same = exact_claims[i].members == indexed_claims[i].members;
    std::printf("check: 2000 statements, exact %.2f s (baseline), indexed %.2f s, identical claims: %s\n",
                exact_seconds, indexed_seconds, same ? "yes" : "NO");
    if (!same) return 1;
  }

  claimdiff::bench::Stopwatch gen_clock;
  const Corpus corpus = generate(count, sentences, paraphraser);
  std::printf("generated %zu statements from %zu sentences in %.1f s\n", corpus.statements.size(), sentences.size(),
              gen_clock.seconds());
  claimdiff::bench::Stopwatch clock;
  const auto claims = aligner.align(corpus.statements);
  const double seconds = clock.seconds();
  const PairScore score = pairwise(claims, corpus, corpus.statements.size());
  std::printf("aligned %zu statements into %zu claims in %.1f s: %.0f statements/s, peak %.0f MiB\n",
              corpus.statements.size(), claims.size(), seconds, static_cast<double>(corpus.statements.size()) / seconds,
              claimdiff::bench::peak_memory_mib());
  std::printf("pairwise precision %.4f recall %.4f f1 %.4f\n", score.precision, score.recall, score.f1);
  return 0;
}
