// Benchmark of diverge and write_html on the MSRP test pairs (each pair one claim, two outlets):
// checks every edit script rebuilds both sentences, times word_edits against a full-table LCS
// baseline, then diverge() and write_html(); prints the fidelity classes by MSRP label.
// Usage: diverge_bench [repeat] [bench-data dir]
#include <claimdiff/diverge.hpp>
#include <claimdiff/report.hpp>

#include "bench_util.hpp"
#include "diverge/diverge_words.hpp"
#include "base/text_util.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace claimdiff;

struct Pair {
  bool paraphrase = false;
  std::string first;
  std::string second;
};

std::vector<Pair> read_msrp(const std::string& path) {
  std::vector<Pair> pairs;
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    const std::vector<std::string> fields = claimdiff::bench::split_tabs(line);
    if (fields.size() < 5) continue;
    pairs.push_back({fields[0] == "1", fields[3], fields[4]});
  }
  return pairs;
}

std::vector<std::string> folded_words(std::string_view text) {
  std::vector<std::string> words;
  for (const detail::Token& token : detail::tokenize_words(text)) words.push_back(detail::fold(token.text));
  return words;
}

// The edit script must give back the reference's words (equal, substitute, remove) and the
// rendering's words (equal, substitute, insert), in order.
bool rebuilds(const std::vector<WordEdit>& edits, std::string_view reference, std::string_view rendering) {
  std::string left;
  std::string right;
  for (const WordEdit& edit : edits) {
    if (edit.op != WordEdit::Op::insert) left += (left.empty() ? "" : " ") + edit.reference;
    if (edit.op != WordEdit::Op::remove) right += (right.empty() ? "" : " ") + edit.rendering;
  }
  return folded_words(left) == folded_words(reference) && folded_words(right) == folded_words(rendering);
}

// Baseline: the textbook LCS length over a full (n+1) x (m+1) table, no prefix or suffix peeling.
std::size_t baseline_lcs(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::size_t> table((a.size() + 1) * (b.size() + 1), 0);
  const std::size_t width = b.size() + 1;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j)
      table[i * width + j] = a[i - 1] == b[j - 1] ? table[(i - 1) * width + j - 1] + 1
                                                   : std::max(table[(i - 1) * width + j], table[i * width + j - 1]);
  return table.back();
}

}  // namespace

int main(int argc, char** argv) {
  const int repeat = argc > 1 ? std::atoi(argv[1]) : 5;
  const std::string dir = argc > 2 ? argv[2] : std::string(CLAIMDIFF_SHARED_DIR) + "/bench-data";
  const std::vector<Pair> pairs = read_msrp(dir + "/msrp/msr_paraphrase_test.txt");
  if (pairs.empty()) {
    std::fprintf(stderr, "diverge_bench: no MSRP pairs under %s\n", dir.c_str());
    return 2;
  }
  std::size_t bytes = 0;
  for (const Pair& pair : pairs) bytes += pair.first.size() + pair.second.size();

  // Correctness first: every script rebuilds both sides and agrees with the baseline's LCS length.
  for (const Pair& pair : pairs) {
    const auto edits = word_edits(pair.first, pair.second);
    const auto alignment = detail::align_words(pair.first, pair.second);
    if (!rebuilds(edits, pair.first, pair.second) ||
        alignment.equal_words != baseline_lcs(folded_words(pair.first), folded_words(pair.second))) {
      std::fprintf(stderr, "diverge_bench: wrong edit script for \"%s\" / \"%s\"\n", pair.first.c_str(),
                   pair.second.c_str());
      return 1;
    }
  }

  std::size_t sink = 0;
  bench::Stopwatch edits_clock;
  for (int r = 0; r < repeat; ++r)
    for (const Pair& pair : pairs) sink += word_edits(pair.first, pair.second).size();
  const double edits_seconds = edits_clock.seconds();

  bench::Stopwatch baseline_clock;
  for (int r = 0; r < repeat; ++r)
    for (const Pair& pair : pairs) sink += baseline_lcs(folded_words(pair.first), folded_words(pair.second));
  const double baseline_seconds = baseline_clock.seconds();

  // The whole stage: each pair a claim of two direct quotes from two outlets.
  Report report;
  for (const char* id : {"left", "right"}) {
    ArticleReport article;
    article.article.id = id;
    article.article.outlet = id;
    report.articles.push_back(article);
  }
  std::size_t offset = 0;
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    Claim claim;
    for (int side = 0; side < 2; ++side) {
      Statement statement;
      statement.article = side == 0 ? "left" : "right";
      statement.id = statement.article + "#" + std::to_string(i + 1);
      statement.kind = StatementKind::direct;
      statement.text = statement.content = side == 0 ? pairs[i].first : pairs[i].second;
      statement.span = {offset, offset + statement.text.size()};
      offset += statement.text.size() + 1;
      claim.members.push_back(statement.id);
      report.statements.push_back(std::move(statement));
    }
    claim.representative = claim.members.front();
    report.claims.push_back(std::move(claim));
  }
  const std::vector<Claim> claims = report.claims;
  bench::Stopwatch diverge_clock;
  for (int r = 0; r < repeat; ++r) {
    report.claims = claims;
    diverge(report.claims, report.statements, report.articles);
  }
  const double diverge_seconds = diverge_clock.seconds();

  bench::Stopwatch html_clock;
  std::ostringstream html;
  write_html(html, report);
  const double html_seconds = html_clock.seconds();

  // Fidelity classes by MSRP label: paraphrase pairs should lean to reworded, the others not.
  std::map<std::string, std::size_t> classes[2];
  std::map<std::string, bool> label;
  for (std::size_t i = 0; i < pairs.size(); ++i) label["left#" + std::to_string(i + 1)] = pairs[i].paraphrase;
  for (const Claim& claim : report.claims)
    for (const Divergence& divergence : claim.divergences)
      if (divergence.type == DivergenceType::wording)
        ++classes[label[claim.members.front()] ? 1 : 0][divergence.fidelity];

  std::printf("diverge_bench: %zu MSRP test pairs (%.2f MB), %d repeats, checked: edit scripts rebuild both sides\n",
              pairs.size(), static_cast<double>(bytes) / (1024.0 * 1024.0), repeat);
  const double pair_count = static_cast<double>(pairs.size()) * repeat;
  std::printf("word_edits:        %9.0f pairs/s  %6.2f MB/s\n", pair_count / edits_seconds,
              bench::megabytes_per_second(bytes * static_cast<std::size_t>(repeat), edits_seconds));
  std::printf("baseline full LCS: %9.0f pairs/s  %6.2f MB/s (length only, no script)\n", pair_count / baseline_seconds,
              bench::megabytes_per_second(bytes * static_cast<std::size_t>(repeat), baseline_seconds));
  std::printf("diverge():         %9.0f claims/s\n", pair_count / diverge_seconds);
  std::printf("write_html():      %9.2f MB of HTML in %.3f s (%.2f MB/s)\n",
              static_cast<double>(html.str().size()) / (1024.0 * 1024.0), html_seconds,
              bench::megabytes_per_second(html.str().size(), html_seconds));
  for (int paraphrase = 1; paraphrase >= 0; --paraphrase) {
    std::size_t total = 0;
    for (const auto& [name, n] : classes[paraphrase]) total += n;
    std::printf("%s pairs:", paraphrase ? "paraphrase    " : "non-paraphrase");
    for (const auto& [name, n] : classes[paraphrase])
      std::printf("  %s %.1f%%", name.c_str(), 100.0 * static_cast<double>(n) / static_cast<double>(total));
    std::printf("\n");
  }
  std::printf("peak memory: %.1f MiB (checksum %zu)\n", bench::peak_memory_mib(), sink % 1000);
  return 0;
}
