// The word aligner behind wording divergences: LCS over folded words with the common prefix and
// suffix peeled off first, so long renderings that differ in a few words stay cheap.
#include "diverge/diverge_words.hpp"

#include "base/text_util.hpp"

#include <algorithm>
#include <cstdint>

namespace claimdiff::detail {
namespace {

struct Words {
  std::vector<Span> spans;
  std::vector<std::string> folded;
};

Words words_of(std::string_view text) {
  Words words;
  for (const Token& token : tokenize_words(text)) {
    words.spans.push_back(token.span);
    words.folded.push_back(fold(token.text));
  }
  return words;
}

enum class Step : std::uint8_t { equal, remove, insert };

// The steps over the middle part [a_begin, a_end) x [b_begin, b_end): an LCS table over suffixes,
// walked forwards, preferring a removal before an insertion so the script is deterministic.
void lcs_steps(const Words& a, std::size_t a_begin, std::size_t a_end, const Words& b,
               std::size_t b_begin, std::size_t b_end, std::vector<Step>& steps) {
  const std::size_t n = a_end - a_begin;
  const std::size_t m = b_end - b_begin;
  if (n == 0 || m == 0 || (n + 1) * (m + 1) > kMaxAlignmentCells) {
    steps.insert(steps.end(), n, Step::remove);
    steps.insert(steps.end(), m, Step::insert);
    return;
  }
  const std::size_t width = m + 1;
  std::vector<std::uint32_t> table((n + 1) * width, 0);
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) {
      table[i * width + j] = a.folded[a_begin + i] == b.folded[b_begin + j]
                                 ? table[(i + 1) * width + j + 1] + 1
                                 : std::max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < n && j < m) {
    if (a.folded[a_begin + i] == b.folded[b_begin + j]) {
      steps.push_back(Step::equal);
      ++i;
      ++j;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) {
      steps.push_back(Step::remove);
      ++i;
    } else {
      steps.push_back(Step::insert);
      ++j;
    }
  }
  steps.insert(steps.end(), n - i, Step::remove);
  steps.insert(steps.end(), m - j, Step::insert);
}

Span cover(const std::vector<Span>& spans, std::size_t first, std::size_t count, std::size_t at) {
  if (count == 0) return {at, at};
  return {spans[first].begin, spans[first + count - 1].end};
}

}  // namespace

double WordAlignment::similarity() const {
  const std::size_t total = reference_words + rendering_words;
  if (total == 0) return 1.0;
  return 2.0 * static_cast<double>(equal_words) / static_cast<double>(total);
}

WordAlignment align_words(std::string_view reference, std::string_view rendering) {
  const Words a = words_of(reference);
  const Words b = words_of(rendering);
  const std::size_t n = a.folded.size();
  const std::size_t m = b.folded.size();

  std::size_t prefix = 0;
  while (prefix < n && prefix < m && a.folded[prefix] == b.folded[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < n - prefix && suffix < m - prefix &&
         a.folded[n - 1 - suffix] == b.folded[m - 1 - suffix])
    ++suffix;

  std::vector<Step> steps(prefix, Step::equal);
  lcs_steps(a, prefix, n - suffix, b, prefix, m - suffix, steps);
  steps.insert(steps.end(), suffix, Step::equal);

  WordAlignment alignment;
  alignment.reference_words = n;
  alignment.rendering_words = m;
  // Group the steps: a run of equals, or the gap between two equal runs (removals and insertions
  // together make one substitution).
  std::size_t i = 0;  // words of the reference consumed
  std::size_t j = 0;  // words of the rendering consumed
  std::size_t k = 0;
  while (k < steps.size()) {
    const std::size_t a_first = i;
    const std::size_t b_first = j;
    // Where an empty side sits: after the previous word, or at the start.
    const std::size_t a_at = i == 0 ? 0 : a.spans[i - 1].end;
    const std::size_t b_at = j == 0 ? 0 : b.spans[j - 1].end;
    WordRun run;
    if (steps[k] == Step::equal) {
      while (k < steps.size() && steps[k] == Step::equal) {
        ++i;
        ++j;
        ++k;
      }
      run.op = WordEdit::Op::equal;
      alignment.equal_words += i - a_first;
    } else {
      while (k < steps.size() && steps[k] != Step::equal) {
        if (steps[k] == Step::remove) ++i;
        else ++j;
        ++k;
      }
      const bool removed = i > a_first;
      const bool inserted = j > b_first;
      run.op = removed && inserted ? WordEdit::Op::substitute
               : removed           ? WordEdit::Op::remove
                                   : WordEdit::Op::insert;
    }
    run.reference_words = i - a_first;
    run.rendering_words = j - b_first;
    run.reference_first = a_first;
    run.rendering_first = b_first;
    run.reference = cover(a.spans, a_first, run.reference_words, a_at);
    run.rendering = cover(b.spans, b_first, run.rendering_words, b_at);
    alignment.runs.push_back(run);
  }
  alignment.reference_spans = a.spans;
  alignment.rendering_spans = b.spans;
  return alignment;
}

std::string quote_fidelity(const WordAlignment& alignment) {
  if (alignment.identical()) return "verbatim";
  // Contiguous part: one run of equal words, flanked only by words one side alone has.
  std::size_t equal_runs = 0;
  bool removed = false;
  bool inserted = false;
  for (const WordRun& run : alignment.runs) {
    if (run.op == WordEdit::Op::equal) ++equal_runs;
    if (run.op == WordEdit::Op::remove) removed = true;
    if (run.op == WordEdit::Op::insert) inserted = true;
    if (run.op == WordEdit::Op::substitute) removed = inserted = true;
  }
  if (equal_runs == 1 && removed != inserted) return "trimmed";
  // Reworded: the part both quote (from the first shared word to the last, plus words replaced at
  // either end) keeps at least kRewordedShare of its words, and those shared words are at least
  // kRewordedShare of the shorter quote, so a long original and a reworded excerpt of it match.
  std::size_t first_equal = alignment.runs.size();
  std::size_t last_equal = 0;
  for (std::size_t i = 0; i < alignment.runs.size(); ++i) {
    if (alignment.runs[i].op != WordEdit::Op::equal) continue;
    first_equal = std::min(first_equal, i);
    last_equal = i;
  }
  if (first_equal == alignment.runs.size()) return "paraphrased";
  std::size_t core_reference = 0;
  std::size_t core_rendering = 0;
  for (std::size_t i = 0; i < alignment.runs.size(); ++i) {
    const WordRun& run = alignment.runs[i];
    const bool inside = i >= first_equal && i <= last_equal;
    if (!inside && run.op != WordEdit::Op::substitute) continue;  // trimmed off one side only
    if (inside) {
      core_reference += run.reference_words;
      core_rendering += run.rendering_words;
    } else {
      // Other words at an edge replace as many words of the other side; the rest is trimming
      // ("... was misguided and only led to tensions" quoted as "... was a mistake").
      const std::size_t replaced = std::min(run.reference_words, run.rendering_words);
      core_reference += replaced;
      core_rendering += replaced;
    }
  }
  const auto equal = static_cast<double>(alignment.equal_words);
  const std::size_t shorter = std::min(alignment.reference_words, alignment.rendering_words);
  if (equal >= kRewordedShare * static_cast<double>(std::max(core_reference, core_rendering)) &&
      equal >= kRewordedShare * static_cast<double>(shorter))
    return "reworded";
  return "paraphrased";
}

}  // namespace claimdiff::detail
