// Sentence splitting throughput: claimdiff's Segmenter::split against ICU's plain English sentence
// iterator on the same >= 50 MB corpus (seed articles and Golden Rules inputs, repeated), in one
// process. Checks the output first (Golden Rules score, spans sane); then times both, and a
// single-line copy of the corpus to show the splitter stays linear without line breaks.
#include "bench_util.hpp"

#include <claimdiff/segment.hpp>

#include "base/text_util.hpp"

#include <nlohmann/json.hpp>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using claimdiff::bench::megabytes_per_second;
using claimdiff::bench::read_file;

constexpr std::size_t kCorpusBytes = std::size_t{52} << 20;

// Process CPU time: on a shared machine it is steadier than the wall clock for comparing the two
// splitters, which run one after the other in this same process.
class CpuClock {
 public:
  CpuClock() : start_(std::clock()) {}
  double seconds() const { return static_cast<double>(std::clock() - start_) / CLOCKS_PER_SEC; }

 private:
  std::clock_t start_;
};
constexpr int kRepeats = 5;  // interleaved, best of: the machine is shared

struct Rule {
  std::string input;
  std::vector<std::string> expected;
};

std::vector<Rule> read_rules(const fs::path& path) {
  std::vector<Rule> rules;
  std::ifstream in(path);
  if (!in) return rules;
  for (const auto& item : nlohmann::json::parse(in)) {
    Rule rule{item.at("input").get<std::string>(), {}};
    for (const auto& s : item.at("expected")) rule.expected.push_back(s.get<std::string>());
    rules.push_back(std::move(rule));
  }
  return rules;
}

std::size_t icu_sentence_count(icu::BreakIterator& iterator, std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  iterator.setText(utext, status);
  std::size_t count = 0;
  for (int32_t b = iterator.first(); b != icu::BreakIterator::DONE; b = iterator.next()) ++count;
  utext_close(utext);
  return count;
}

// Spans in order, not overlapping, inside the text, trimmed.
bool spans_are_sane(std::string_view text, const std::vector<claimdiff::Span>& spans) {
  std::size_t last = 0;
  for (const auto span : spans) {
    if (span.begin < last || span.end > text.size() || span.empty()) return false;
    const char first = text[span.begin];
    const char final = text[span.end - 1];
    if (first == ' ' || first == '\n' || final == ' ' || final == '\n') return false;
    last = span.end;
  }
  return true;
}

}  // namespace

int main() {
  const fs::path seeds = fs::path(CLAIMDIFF_SOURCE_DIR) / "data" / "seeds";
  const fs::path rules_dir = fs::path(CLAIMDIFF_SHARED_DIR) / "bench-data" / "segmentation";
  std::vector<fs::path> seed_files;
  for (const auto& entry : fs::directory_iterator(seeds))
    if (entry.path().extension() == ".txt") seed_files.push_back(entry.path());
  std::sort(seed_files.begin(), seed_files.end());
  const std::vector<Rule> golden = read_rules(rules_dir / "golden_rules_en.json");
  const std::vector<Rule> extra = read_rules(rules_dir / "pragmatic_segmenter_en_spec_extra.json");

  const claimdiff::Segmenter segmenter;

  // Correct before fast: the Golden Rules score and sane spans on one copy of the material.
  std::size_t golden_passed = 0;
  for (const Rule& rule : golden) {
    std::vector<std::string> got;
    for (const auto span : segmenter.split(rule.input)) got.push_back(claimdiff::detail::collapse_whitespace(span.of(rule.input)));
    std::vector<std::string> want;
    for (const auto& s : rule.expected) want.push_back(claimdiff::detail::collapse_whitespace(s));
    if (got == want) ++golden_passed;
  }
  std::string unit;
  for (const auto& path : seed_files) unit += read_file(path) + "\n\n";
  for (const auto* rules : {&golden, &extra})
    for (const Rule& rule : *rules) unit += rule.input + "\n\n";
  if (unit.size() < 1000 || golden.size() != 52) {
    std::fprintf(stderr, "segment_bench: seeds or Golden Rules missing (%zu bytes, %zu rules)\n", unit.size(), golden.size());
    return 2;
  }
  if (golden_passed < 51 || !spans_are_sane(unit, segmenter.split(unit))) {
    std::fprintf(stderr, "segment_bench: output check failed (Golden Rules %zu/52)\n", golden_passed);
    return 1;
  }

  std::string corpus;
  corpus.reserve(kCorpusBytes + unit.size());
  while (corpus.size() < kCorpusBytes) corpus += unit;
  const double megabytes = static_cast<double>(corpus.size()) / (1024.0 * 1024.0);

  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> icu_iterator(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "segment_bench: cannot create ICU's sentence iterator\n");
    return 2;
  }

  double best_claimdiff = 1e9;
  double best_icu = 1e9;
  std::size_t claimdiff_sentences = 0;
  std::size_t icu_sentences = 0;
  for (int i = 0; i < kRepeats; ++i) {
    CpuClock clock;
    claimdiff_sentences = segmenter.split(corpus).size();
    best_claimdiff = std::min(best_claimdiff, clock.seconds());
    CpuClock icu_clock;
    icu_sentences = icu_sentence_count(*icu_iterator, corpus);
    best_icu = std::min(best_icu, icu_clock.seconds());
  }

  // The same corpus as one line: no paragraph or line structure to lean on.
  std::string one_line = corpus;
  std::replace(one_line.begin(), one_line.end(), '\n', ' ');
  std::replace(one_line.begin(), one_line.end(), '\r', ' ');
  CpuClock line_clock;
  const std::size_t line_sentences = segmenter.split(one_line).size();
  const double line_seconds = line_clock.seconds();

  const double claimdiff_rate = megabytes_per_second(corpus.size(), best_claimdiff);
  const double icu_rate = megabytes_per_second(corpus.size(), best_icu);
  std::printf("corpus: %.1f MB (%zu seed articles + %zu rule inputs, repeated); Golden Rules %zu/52\n",
              megabytes, seed_files.size(), golden.size() + extra.size(), golden_passed);
  std::printf("claimdiff Segmenter::split: %8.1f MB/s  %zu sentences  (CPU time, best of %d)\n", claimdiff_rate,
              claimdiff_sentences, kRepeats);
  std::printf("ICU sentence iterator:      %8.1f MB/s  %zu segments   (CPU time, best of %d)\n", icu_rate, icu_sentences,
              kRepeats);
  std::printf("ratio claimdiff / ICU:      %8.2f\n", icu_rate > 0 ? claimdiff_rate / icu_rate : 0.0);
  std::printf("single-line copy:           %8.1f MB/s  %zu sentences\n",
              megabytes_per_second(one_line.size(), line_seconds), line_sentences);
  std::printf("peak memory:                %8.1f MiB\n", claimdiff::bench::peak_memory_mib());
  return 0;
}
