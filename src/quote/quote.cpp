// The quote audit: a weighted word-level local alignment of the query against each statement finds
// the part that renders it, the aligner's similarity sees through other wordings, and the fidelity
// class follows from the edits and the quotation marks. Also the audit's three writers.
#include <claimdiff/diverge.hpp>
#include <claimdiff/quote.hpp>

#include "report/html_assets.hpp"
#include "report/html_escape.hpp"
#include "base/text_util.hpp"
#include "base/utf8.hpp"

#include <boost/algorithm/string/join.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <utility>

namespace claimdiff {
namespace {

using detail::TextRange;

constexpr std::array<std::pair<Fidelity, std::string_view>, 5> kFidelityNames{{
    {Fidelity::verbatim, "verbatim"},
    {Fidelity::trimmed, "trimmed"},
    {Fidelity::reworded, "reworded"},
    {Fidelity::paraphrased, "paraphrased"},
    {Fidelity::summarised, "summarised"},
}};

// Function words weigh little: two renderings that share only "the", "of" and "was" say nothing
// alike. Negations are not here on purpose: "was not a mistake" must not match "was a mistake".
constexpr std::array<std::string_view, 64> kFunctionWords{
    "a", "about", "after", "all", "also", "an", "and", "are", "as", "at", "be", "been", "but", "by",
    "can", "could", "did", "do", "for", "from", "had", "has", "have", "he", "her", "his", "i", "if",
    "in", "into", "is", "it", "its", "may", "more", "of", "on", "one", "only", "or", "our", "she",
    "so", "than", "that", "the", "their", "them", "there", "these", "they", "this", "those", "to",
    "was", "we", "were", "what", "which", "who", "will", "with", "would", "you"};

static_assert(std::is_sorted(kFunctionWords.begin(), kFunctionWords.end()), "binary_search needs sorted words");

constexpr double kFunctionWeight = 0.25;
constexpr double kGapCost = 0.4;         // per unit of weight skipped on either side
constexpr double kSubstituteCost = 0.35; // per unit of weight of both words swapped

// Longest token count aligned; longer statements are cut (a quote audit compares sentences).
constexpr std::size_t kMaxTokens = 400;

struct Word {
  TextRange span;     // byte offsets into the text the word came from
  std::string key;    // case-folded
  std::string stem;   // key without a plural or verb ending, for matching only
  double weight = 1.0;
};

bool is_function_word(std::string_view key) {
  return std::binary_search(kFunctionWords.begin(), kFunctionWords.end(), key);
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// A light English suffix strip so "policies" meets "policy" and "invaded" meets "invade"; the
// aligner does real lemmatisation, this only keeps the lexical floor from missing plain inflections.
std::string light_stem(std::string key) {
  if (key.size() > 3 && ends_with(key, "'s")) key.resize(key.size() - 2);
  if (key.size() > 4 && ends_with(key, "ies")) {
    key.resize(key.size() - 3);
    return key + "y";
  }
  if (key.size() > 4 && (ends_with(key, "sses") || ends_with(key, "xes") || ends_with(key, "ches") || ends_with(key, "shes")))
    key.resize(key.size() - 2);
  else if (key.size() > 3 && ends_with(key, "s") && !ends_with(key, "ss") && !ends_with(key, "us") && !ends_with(key, "is"))
    key.resize(key.size() - 1);
  if (key.size() > 5 && ends_with(key, "ing")) key.resize(key.size() - 3);
  else if (key.size() > 4 && ends_with(key, "ed") && !ends_with(key, "eed")) key.resize(key.size() - 2);
  if (key.size() > 3 && ends_with(key, "e")) key.resize(key.size() - 1);
  return key;
}

std::vector<Word> words_of(std::string_view text) {
  std::vector<Word> words;
  for (const detail::Token& token : detail::tokenize_words(text)) {
    if (words.size() == kMaxTokens) break;
    Word word;
    word.span = {token.span.begin, token.span.end};
    word.key = detail::fold(token.text);
    word.stem = light_stem(word.key);
    word.weight = is_function_word(word.key) ? kFunctionWeight : 1.0;
    words.push_back(std::move(word));
  }
  return words;
}

double total_weight(const std::vector<Word>& words, std::size_t begin, std::size_t end) {
  double sum = 0.0;
  for (std::size_t i = begin; i < end; ++i) sum += words[i].weight;
  return sum;
}

// The best-scoring local alignment of the query against a rendering (Smith-Waterman on words).
struct LocalMatch {
  bool found = false;
  std::size_t begin = 0;         // first rendering word of the window
  std::size_t end = 0;           // one past its last
  double matched_weight = 0.0;   // weight of the query words found unchanged (by stem)
  std::size_t matches = 0;
  std::size_t exact_matches = 0; // matches whose folded words are identical, not only the stems
  std::size_t substitutions = 0;
  std::size_t insertions = 0;    // rendering words in the window the query does not have
  std::size_t deletions = 0;     // query words the window does not give (inside and around it)
  std::vector<std::size_t> matched_rendering;  // indexes of the rendering words matched
  std::size_t query_begin = 0;   // first query word inside the aligned stretch
  std::size_t query_end = 0;     // one past the last
};

LocalMatch local_match(const std::vector<Word>& query, const std::vector<Word>& rendering) {
  const std::size_t rows = query.size() + 1;
  const std::size_t cols = rendering.size() + 1;
  std::vector<double> score(rows * cols, 0.0);
  // 0 stop, 1 diagonal, 2 up (query word skipped), 3 left (rendering word inserted)
  std::vector<unsigned char> from(rows * cols, 0);
  double best = 0.0;
  std::size_t best_i = 0;
  std::size_t best_j = 0;
  for (std::size_t i = 1; i < rows; ++i) {
    for (std::size_t j = 1; j < cols; ++j) {
      const Word& q = query[i - 1];
      const Word& r = rendering[j - 1];
      const bool same = q.stem == r.stem;
      const double diagonal = score[(i - 1) * cols + j - 1] +
                              (same ? q.weight : -kSubstituteCost * (q.weight + r.weight));
      const double up = score[(i - 1) * cols + j] - kGapCost * q.weight;
      const double left = score[i * cols + j - 1] - kGapCost * r.weight;
      double value = 0.0;
      unsigned char step = 0;
      if (diagonal > value) { value = diagonal; step = 1; }
      if (up > value) { value = up; step = 2; }
      if (left > value) { value = left; step = 3; }
      score[i * cols + j] = value;
      from[i * cols + j] = step;
      if (value > best + 1e-12) {
        best = value;
        best_i = i;
        best_j = j;
      }
    }
  }
  LocalMatch match;
  if (best <= 0.0) {
    match.deletions = query.size();
    return match;
  }
  match.found = true;
  match.end = best_j;
  std::size_t i = best_i;
  std::size_t j = best_j;
  std::size_t query_covered = 0;
  while (i > 0 && j > 0 && from[i * cols + j] != 0) {
    const unsigned char step = from[i * cols + j];
    if (step == 1) {
      const Word& q = query[i - 1];
      const Word& r = rendering[j - 1];
      if (q.stem == r.stem) {
        ++match.matches;
        match.matched_weight += q.weight;
        if (q.key == r.key) ++match.exact_matches;
        match.matched_rendering.push_back(j - 1);
      } else {
        ++match.substitutions;
      }
      ++query_covered;
      --i;
      --j;
    } else if (step == 2) {
      ++match.deletions;
      ++query_covered;
      --i;
    } else {
      ++match.insertions;
      --j;
    }
  }
  match.begin = j;
  match.query_begin = i;
  match.query_end = best_i;
  // Query words before and after the aligned stretch are not given either.
  match.deletions += query.size() - query_covered;
  std::reverse(match.matched_rendering.begin(), match.matched_rendering.end());
  return match;
}

// Whether the query's words appear in the rendering as one unbroken run (case and punctuation aside).
bool contains_run(const std::vector<Word>& rendering, const std::vector<Word>& query) {
  if (query.empty()) return false;
  const auto found = std::search(rendering.begin(), rendering.end(), query.begin(), query.end(),
                                 [](const Word& a, const Word& b) { return a.key == b.key; });
  return found != rendering.end();
}

bool is_double_quote(char32_t c) {
  return c == '"' || c == U'\u201C' || c == U'\u201D' || c == U'\u201E' || c == U'\u00AB' || c == U'\u00BB';
}

// Byte ranges of `content` inside quotation marks: the statement's quoted fragments found in the
// content, or else its paired double quotation marks (an extractor that misses a quote's speaker
// still leaves its marks), or else, for a direct statement, the whole content.
std::vector<TextRange> quoted_ranges(const Statement& statement) {
  const std::string& content = statement.content;
  std::vector<TextRange> ranges;
  std::size_t search_from = 0;
  for (const Span& fragment : statement.quoted) {
    if (fragment.begin < statement.span.begin || fragment.end > statement.span.end) continue;
    const TextRange local{fragment.begin - statement.span.begin, fragment.end - statement.span.begin};
    if (local.end > statement.text.size()) continue;
    std::string_view piece = detail::trim(local.of(statement.text));
    // The fragment usually carries its own marks; the content may not.
    while (!piece.empty() && (piece.front() == '"' || piece.front() == '\'')) piece.remove_prefix(1);
    while (!piece.empty() && (piece.back() == '"' || piece.back() == '\'')) piece.remove_suffix(1);
    for (std::string_view mark : {"\u201C", "\u2018", "\u00AB", "\u201E"})
      if (piece.substr(0, mark.size()) == mark) piece.remove_prefix(mark.size());
    for (std::string_view mark : {"\u201D", "\u2019", "\u00BB"})
      if (ends_with(piece, mark)) piece.remove_suffix(mark.size());
    if (piece.empty()) continue;
    std::size_t at = content.find(piece, search_from);
    if (at == std::string::npos) at = content.find(piece);
    if (at == std::string::npos) continue;
    ranges.push_back(TextRange{at, at + piece.size()});
    search_from = at + piece.size();
  }
  if (!ranges.empty()) return ranges;
  // No fragment found in the content: pair its double quotation marks instead; a direct statement
  // without any marks in its content is the quote itself.
  std::vector<std::size_t> marks;
  for (std::size_t i = 0; i < content.size();) {
    const detail::CodePoint c = detail::decode_at(content, i);
    if (is_double_quote(c.value)) marks.push_back(i);
    i += std::max<std::size_t>(c.length, 1);
  }
  for (std::size_t k = 0; k + 1 < marks.size(); k += 2) ranges.push_back(TextRange{marks[k], marks[k + 1]});
  if (ranges.empty() && statement.kind == StatementKind::direct) ranges.push_back(TextRange{0, content.size()});
  return ranges;
}

bool in_ranges(const std::vector<TextRange>& ranges, TextRange span) {
  return std::any_of(ranges.begin(), ranges.end(), [&](TextRange range) { return range.contains(span.begin); });
}

// A rewording swaps words at the edges too ("this element of" for "this part of"), which the local
// alignment leaves outside its stretch: widen it by as many words as the query has beyond the
// stretch on that side, but not onto a function word the query does not have there.
std::size_t widened_begin(const LocalMatch& match, const std::vector<Word>& query, const std::vector<Word>& words) {
  std::size_t begin = match.begin - std::min(match.begin, match.query_begin);
  for (std::size_t q = match.query_begin - (match.begin - begin); begin < match.begin; ++begin, ++q)
    if (words[begin].weight >= 1.0 || words[begin].key == query[q].key) break;
  return begin;
}

std::size_t widened_end(const LocalMatch& match, const std::vector<Word>& query, const std::vector<Word>& words) {
  std::size_t end = std::min(words.size(), match.end + (query.size() - match.query_end));
  for (std::size_t q = match.query_end + (end - match.end); end > match.end; --end, --q)
    if (words[end - 1].weight >= 1.0 || words[end - 1].key == query[q - 1].key) break;
  return end;
}

// Whether words [begin, end) say "not": an odd number of negations ("not", "never", "didn't", ...).
bool negated(const std::vector<Word>& words, std::size_t begin, std::size_t end) {
  static constexpr std::string_view kNegations[] = {"not", "no", "never", "nor", "neither", "nobody", "nothing", "none", "cannot", "without"};
  bool odd = false;
  for (std::size_t i = begin; i < end && i < words.size(); ++i) {
    const std::string& key = words[i].key;
    if (ends_with(key, "n't") || std::find(std::begin(kNegations), std::end(kNegations), key) != std::end(kNegations))
      odd = !odd;
  }
  return odd;
}

// A trimmed quote stops where the query's words stop being given: when the query goes on past the
// aligned stretch, the quote must end there too. "this element of Soviet policy ..." aligns from
// "of" on, but its quote carries on with other words before it: that is a rewording, not a cut.
bool cut_only_at_quote_edges(const LocalMatch& match, std::size_t query_size, const std::vector<Word>& words,
                             const std::vector<TextRange>& quoted) {
  auto quote_of = [&](std::size_t index) -> std::optional<TextRange> {
    for (TextRange range : quoted)
      if (range.contains(words[index].span.begin)) return range;
    return std::nullopt;
  };
  if (match.query_begin > 0 && match.begin > 0) {
    const auto range = quote_of(match.begin);
    if (range && range->contains(words[match.begin - 1].span.begin)) return false;
  }
  if (match.query_end < query_size && match.end < words.size()) {
    const auto range = quote_of(match.end - 1);
    if (range && range->contains(words[match.end].span.begin)) return false;
  }
  return true;
}

std::string_view slice(std::string_view text, const std::vector<Word>& words, std::size_t begin, std::size_t end) {
  if (begin >= end || end > words.size()) return text;
  return text.substr(words[begin].span.begin, words[end - 1].span.end - words[begin].span.begin);
}

// Sorted distinct stems of the content words, for cheap overlap tests between statements.
std::vector<std::string> content_stems(const std::vector<Word>& words) {
  std::set<std::string> stems;
  for (const Word& word : words)
    if (word.weight >= 1.0) stems.insert(word.stem);
  return {stems.begin(), stems.end()};
}

std::size_t shared_count(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::size_t shared = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else { ++shared; ++i; ++j; }
  }
  return shared;
}

double dice(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0.0;
  return 2.0 * static_cast<double>(shared_count(a, b)) / static_cast<double>(a.size() + b.size());
}

int fidelity_rank(Fidelity fidelity) { return static_cast<int>(fidelity); }

double rounded(double value) { return std::round(value * 1000.0) / 1000.0; }

// The judgement for one statement, or nothing when it does not render the query.
std::optional<Rendering> judge(const std::vector<Word>& query_words, std::string_view query,
                               const Statement& statement, const Aligner& aligner, const QuoteOptions& options) {
  const std::vector<Word> words = words_of(statement.content);
  if (words.empty() || query_words.empty()) return std::nullopt;
  const LocalMatch match = local_match(query_words, words);
  const double query_weight = total_weight(query_words, 0, query_words.size());
  double lexical = 0.0;
  std::string_view window = statement.content;
  if (match.found) {
    const double window_weight = total_weight(words, match.begin, match.end);
    lexical = match.matched_weight / std::max(query_weight, window_weight);
    window = slice(statement.content, words, match.begin, match.end);
  }
  const std::vector<TextRange> quoted = quoted_ranges(statement);
  std::size_t quoted_matches = 0;
  double matched_content = 0.0;  // weight of the content words (not function words) matched
  for (std::size_t index : match.matched_rendering) {
    if (in_ranges(quoted, words[index].span)) ++quoted_matches;
    if (words[index].weight >= 1.0) matched_content += 1.0;
  }
  const bool is_quote = statement.kind == StatementKind::direct || (match.matches > 0 && 2 * quoted_matches >= match.matches);
  // A rendering that negates what the query asserts (or the reverse) renders the opposite claim.
  if (match.found && negated(query_words, 0, query_words.size()) !=
                         negated(words, widened_begin(match, query_words, words), widened_end(match, query_words, words)))
    return std::nullopt;
  const bool verbatim = is_quote && contains_run(words, query_words);
  const bool trimmed = !verbatim && is_quote && match.found && match.substitutions == 0 && match.insertions == 0 &&
                       match.exact_matches == match.matches && quoted_matches == match.matches &&
                       cut_only_at_quote_edges(match, query_words.size(), words, quoted) &&
                       static_cast<double>(match.matches) >= options.trimmed_min_share * static_cast<double>(query_words.size());

  // The aligner (the costly part) only where the words leave the class open, and only for a
  // statement sharing at least one content word with the query.
  double similarity = lexical;
  if (!verbatim && !trimmed && matched_content > 0.0) {
    double aligned = aligner.similarity(query, statement.content);
    // The stretch alone only when it is a real part of a longer statement: the aligner scores a
    // single shared word ("Soviet") far too kindly against a whole quote.
    const std::size_t window_words = match.found ? match.end - match.begin : 0;
    if (4 * window_words < 3 * words.size() && window_words >= 3 && 2 * window_words >= query_words.size())
      aligned = std::max(aligned, aligner.similarity(query, window));
    similarity = std::clamp(std::max(aligned, lexical), 0.0, 1.0);
  }

  Rendering rendering;
  bool renders = true;
  if (verbatim) {
    rendering.fidelity = Fidelity::verbatim;
    rendering.score = 1.0;
  } else if (trimmed) {
    rendering.fidelity = Fidelity::trimmed;
    rendering.score = static_cast<double>(match.matches) / static_cast<double>(query_words.size());
  } else if (is_quote && similarity >= options.reworded_min) {
    rendering.fidelity = Fidelity::reworded;
    rendering.score = similarity;
  } else if (!is_quote && statement.kind != StatementKind::unattributed && similarity >= options.paraphrased_min) {
    rendering.fidelity = Fidelity::paraphrased;
    rendering.score = similarity;
  } else if (similarity >= options.summarised_min) {
    rendering.fidelity = Fidelity::summarised;
    rendering.score = similarity;
  } else {
    renders = false;
  }
  if (!renders) return std::nullopt;
  // A quote is compared on the stretch that renders the query (a long quote would otherwise flood
  // the diff); a paraphrase or summary on its whole content.
  const bool compare_window = rendering.fidelity == Fidelity::verbatim || rendering.fidelity == Fidelity::trimmed ||
                              rendering.fidelity == Fidelity::reworded;
  if (rendering.fidelity == Fidelity::verbatim) {
    // Narrow the window to the run itself.
    for (std::size_t start = 0; start + query_words.size() <= words.size(); ++start) {
      bool same = true;
      for (std::size_t k = 0; k < query_words.size() && same; ++k) same = words[start + k].key == query_words[k].key;
      if (same) {
        window = slice(statement.content, words, start, start + query_words.size());
        break;
      }
    }
  }
  if (rendering.fidelity == Fidelity::reworded && match.found)
    window = slice(statement.content, words, widened_begin(match, query_words, words),
                   widened_end(match, query_words, words));
  rendering.matched = std::string(compare_window ? window : std::string_view(statement.content));
  rendering.diff = word_edits(query, rendering.matched);
  rendering.score = rounded(rendering.score);
  rendering.article = statement.article;
  rendering.statement = statement.id;
  rendering.content = statement.content;
  rendering.text = statement.text;
  rendering.kind = statement.kind;
  rendering.speaker = statement.speaker;
  rendering.cue = statement.cue;
  rendering.cue_class = statement.cue_class;
  rendering.via = statement.via;
  return rendering;
}

// Whether one of `statements` of an article states a claim that one of `rendering_statements`
// states too: the aligner's judgement, or a plain overlap of content words when it is unsure.
bool shares_a_claim(const std::vector<const Statement*>& statements,
                    const std::vector<const Statement*>& rendering_statements,
                    const std::map<const Statement*, std::vector<std::string>>& stems, const Aligner& aligner,
                    std::size_t max_pairs) {
  // First the plain overlap of content words over every pair (cheap), then the aligner on the
  // pairs that share at least two content words, at most `max_pairs` of them.
  std::vector<std::pair<const Statement*, const Statement*>> open;
  for (const Statement* a : statements) {
    const auto& a_stems = stems.at(a);
    if (a_stems.size() < 2) continue;
    for (const Statement* b : rendering_statements) {
      const auto& b_stems = stems.at(b);
      if (shared_count(a_stems, b_stems) < 2) continue;
      if (dice(a_stems, b_stems) >= 0.5) return true;
      if (open.size() < max_pairs) open.emplace_back(a, b);
    }
  }
  return std::any_of(open.begin(), open.end(), [&](const auto& pair) {
    return aligner.same_claim(aligner.similarity(pair.first->content, pair.second->content));
  });
}

std::string score_text(double score) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", score);
  return buffer;
}

std::string markdown_diff(const std::vector<WordEdit>& edits) {
  std::string out;
  for (const WordEdit& edit : edits) {
    if (!out.empty()) out += ' ';
    switch (edit.op) {
      case WordEdit::Op::equal: out += detail::markdown_escape(edit.reference); break;
      case WordEdit::Op::remove: out += "~~" + detail::markdown_escape(edit.reference) + "~~"; break;
      case WordEdit::Op::insert: out += "**" + detail::markdown_escape(edit.rendering) + "**"; break;
      case WordEdit::Op::substitute:
        out += "~~" + detail::markdown_escape(edit.reference) + "~~ **" + detail::markdown_escape(edit.rendering) + "**";
        break;
    }
  }
  return out;
}

std::string html_diff(const std::vector<WordEdit>& edits) {
  std::string out;
  for (const WordEdit& edit : edits) {
    if (!out.empty()) out += ' ';
    switch (edit.op) {
      case WordEdit::Op::equal: out += detail::html_escape(edit.reference); break;
      case WordEdit::Op::remove: out += "<del>" + detail::html_isolated(edit.reference) + "</del>"; break;
      case WordEdit::Op::insert: out += "<ins>" + detail::html_escape(edit.rendering) + "</ins>"; break;
      case WordEdit::Op::substitute:
        out += "<del>" + detail::html_isolated(edit.reference) + "</del><ins>" + detail::html_escape(edit.rendering) + "</ins>";
        break;
    }
  }
  return out;
}

using boost::algorithm::join;

// What the audit page adds to the report's style sheet: its column and the summarised class.
constexpr std::string_view kQuoteStyle = R"css(
.quote-audit{max-width:1100px;margin:1.2rem auto;padding:0 1.5rem}.quote-audit .panel{margin-bottom:1rem}
.f-summarised{background:#eceef2;color:#475467}.rendering .text{font-size:1rem}
)css";

}  // namespace

std::string to_string(Fidelity fidelity) {
  for (const auto& [value, name] : kFidelityNames)
    if (value == fidelity) return std::string(name);
  return "unknown";
}

std::optional<Fidelity> fidelity_from_string(std::string_view text) {
  for (const auto& [value, name] : kFidelityNames)
    if (name == text) return value;
  return std::nullopt;
}

QuoteAudit audit_quote(std::string_view query, const std::vector<Statement>& statements,
                       const std::vector<ArticleReport>& articles, const Aligner& aligner,
                       const QuoteOptions& options) {
  QuoteAudit audit;
  audit.query = std::string(detail::trim(query));
  std::map<std::string, std::size_t> article_order;
  std::map<std::string, std::string> outlets;
  for (const ArticleReport& report : articles) {
    if (article_order.emplace(report.article.id, article_order.size()).second) {
      audit.articles.push_back(report.article.id);
      outlets[report.article.id] = report.article.outlet;
    }
  }
  // Articles that only the statements name still count, after the given ones.
  for (const Statement& statement : statements)
    if (article_order.emplace(statement.article, article_order.size()).second) audit.articles.push_back(statement.article);

  const std::vector<Word> query_words = words_of(audit.query);
  struct Ranked {
    Rendering rendering;
    std::size_t article;
    std::size_t position;
  };
  std::vector<Ranked> ranked;
  for (std::size_t i = 0; i < statements.size(); ++i) {
    auto rendering = judge(query_words, audit.query, statements[i], aligner, options);
    if (!rendering) continue;
    const auto outlet = outlets.find(rendering->article);
    if (outlet != outlets.end()) rendering->outlet = outlet->second;
    ranked.push_back(Ranked{std::move(*rendering), article_order.at(statements[i].article), i});
  }
  std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    if (a.rendering.fidelity != b.rendering.fidelity)
      return fidelity_rank(a.rendering.fidelity) < fidelity_rank(b.rendering.fidelity);
    if (a.rendering.score != b.rendering.score) return a.rendering.score > b.rendering.score;
    if (a.article != b.article) return a.article < b.article;
    return a.position < b.position;
  });
  std::set<std::string> rendering_articles;
  for (Ranked& item : ranked) {
    rendering_articles.insert(item.rendering.article);
    audit.renderings.push_back(std::move(item.rendering));
  }
  if (rendering_articles.empty()) return audit;

  // Omissions: the articles without a rendering that cover the same event.
  std::map<std::string, std::vector<const Statement*>> by_article;
  std::map<const Statement*, std::vector<std::string>> stems;
  std::vector<const Statement*> rendering_statements;
  for (const Statement& statement : statements) {
    by_article[statement.article].push_back(&statement);
    if (options.require_coverage) stems[&statement] = content_stems(words_of(statement.content));
    if (rendering_articles.count(statement.article) != 0) rendering_statements.push_back(&statement);
  }
  for (const std::string& article : audit.articles) {
    if (rendering_articles.count(article) != 0) continue;
    if (!options.require_coverage) {
      audit.omitted_by.push_back(article);
      continue;
    }
    const auto found = by_article.find(article);
    if (found == by_article.end()) continue;
    if (shares_a_claim(found->second, rendering_statements, stems, aligner, options.max_coverage_pairs))
      audit.omitted_by.push_back(article);
  }
  return audit;
}

namespace {

// A function rather than a lambda in the loops over kFidelityNames: C++20 lambdas may not capture
// structured bindings before clang 16.
std::size_t rendering_count(const QuoteAudit& audit, Fidelity fidelity) {
  return static_cast<std::size_t>(std::count_if(audit.renderings.begin(), audit.renderings.end(),
                                                [fidelity](const Rendering& r) { return r.fidelity == fidelity; }));
}

}  // namespace

nlohmann::ordered_json to_json(const QuoteAudit& audit) {
  nlohmann::ordered_json json;
  json["query"] = audit.query;
  nlohmann::ordered_json counts = nlohmann::ordered_json::object();
  for (const auto& [fidelity, name] : kFidelityNames) counts[std::string(name)] = rendering_count(audit, fidelity);
  json["counts"] = counts;
  nlohmann::ordered_json renderings = nlohmann::ordered_json::array();
  for (const Rendering& rendering : audit.renderings) {
    nlohmann::ordered_json item;
    item["article"] = rendering.article;
    item["outlet"] = rendering.outlet;
    item["statement"] = rendering.statement;
    item["content"] = rendering.content;
    item["matched"] = rendering.matched;
    item["text"] = rendering.text;
    item["kind"] = to_string(rendering.kind);
    item["speaker"] = rendering.speaker;
    item["cue"] = rendering.cue;
    item["cue_class"] = rendering.cue_class;
    item["via"] = rendering.via;
    item["fidelity"] = to_string(rendering.fidelity);
    item["score"] = rendering.score;
    nlohmann::ordered_json diff = nlohmann::ordered_json::array();
    for (const WordEdit& edit : rendering.diff)
      diff.push_back({{"op", to_string(edit.op)}, {"reference", edit.reference}, {"rendering", edit.rendering}});
    item["diff"] = diff;
    renderings.push_back(std::move(item));
  }
  json["renderings"] = renderings;
  json["omitted_by"] = audit.omitted_by;
  json["articles"] = audit.articles;
  return json;
}

void write_quote_json(std::ostream& out, const QuoteAudit& audit) {
  out << to_json(audit).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

void write_quote_markdown(std::ostream& out, const QuoteAudit& audit) {
  std::set<std::string> articles;
  for (const Rendering& rendering : audit.renderings) articles.insert(rendering.article);
  out << "# Quote audit\n\n> " << detail::markdown_escape(audit.query) << "\n\n"
      << audit.renderings.size() << " rendering(s) in " << articles.size() << " of " << audit.articles.size()
      << " article(s), from the most to the least faithful.\n\n";
  if (!audit.renderings.empty()) {
    out << "| # | fidelity | score | outlet | article | kind | speaker | cue | rendering |\n"
        << "|---|---|---|---|---|---|---|---|---|\n";
    std::size_t n = 0;
    for (const Rendering& r : audit.renderings) {
      out << "| " << ++n << " | " << to_string(r.fidelity) << " | " << score_text(r.score) << " | "
          << detail::markdown_escape(r.outlet) << " | " << detail::markdown_escape(r.statement) << " | " << to_string(r.kind) << " | "
          << detail::markdown_escape(r.speaker) << " | " << detail::markdown_escape(r.cue)
          << (r.cue_class.empty() ? "" : " (" + detail::markdown_escape(r.cue_class) + ")") << " | "
          << detail::markdown_escape(r.content) << " |\n";
    }
    out << "\n## Word-level differences against the query\n\n"
           "~~struck~~ words of the query are missing or replaced, **bold** words are the rendering's own.\n\n";
    n = 0;
    for (const Rendering& r : audit.renderings) {
      out << ++n << ". " << detail::markdown_escape(r.outlet.empty() ? r.article : r.outlet) << " (" << to_string(r.fidelity)
          << "): " << (r.diff.empty() ? detail::markdown_escape(r.matched) : markdown_diff(r.diff));
      if (!r.via.empty()) out << " (via " << detail::markdown_escape(join(r.via, ", ")) << ")";
      out << '\n';
    }
  }
  out << "\n## Omitted by\n\n";
  if (audit.omitted_by.empty()) out << "No article covering the event leaves it out.\n";
  for (const std::string& article : audit.omitted_by) out << "- " << detail::markdown_escape(article) << '\n';
}

void write_quote_html(std::ostream& out, const QuoteAudit& audit) {
  using detail::html_escape;
  using detail::html_isolated;
  // The report's own style sheet, so the audit reads like the report it sits beside, and its policy
  // without any script: the audit has none.
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      << detail::content_security_policy("") << "<meta name=\"referrer\" content=\"no-referrer\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<title>claimdiff quote audit</title><style>"
      << detail::kReportStyle << kQuoteStyle << "</style></head><body>\n<header class=\"top\"><h1>claimdiff <span>quote audit</span></h1>"
      << "<p class=\"lede\">\u201C" << html_isolated(audit.query) << "\u201D</p></header>\n<main class=\"quote-audit\">\n"
      << "<section class=\"panel summary\"><p>" << audit.renderings.size() << " rendering(s) across "
      << audit.articles.size() << " article(s), from the most to the least faithful. ";
  for (const auto& [fidelity, name] : kFidelityNames) {
    const std::size_t count = rendering_count(audit, fidelity);
    if (count > 0) out << "<span class=\"fid f-" << name << "\">" << name << ": " << count << "</span> ";
  }
  out << "</p></section>\n<section class=\"card single\"><div class=\"renderings\">\n";
  for (const Rendering& r : audit.renderings) {
    const std::string fidelity = to_string(r.fidelity);
    out << "<figure class=\"rendering\" data-statement-id=\"" << html_escape(r.statement) << "\" data-fidelity=\""
        << fidelity << "\"><figcaption><span class=\"outlet\">" << html_isolated(r.outlet.empty() ? r.article : r.outlet)
        << "</span><span class=\"fid f-" << fidelity << "\">" << fidelity << " " << score_text(r.score)
        << "</span><span class=\"kind\">" << to_string(r.kind) << "</span></figcaption>\n<p class=\"text\"><bdi>"
        << (r.diff.empty() ? html_escape(r.matched) : html_diff(r.diff)) << "</bdi></p>\n<p class=\"attr\">"
        << html_isolated(r.statement);
    if (!r.speaker.empty()) out << " · " << html_isolated(r.speaker);
    if (!r.cue.empty())
      out << " <span class=\"chip cue c-" << html_escape(r.cue_class.empty() ? "neutral" : r.cue_class) << "\">"
          << html_isolated(r.cue) << "</span>";
    for (std::size_t i = 0; i < r.via.size(); ++i) out << (i ? ", " : " via ") << html_isolated(r.via[i]);
    out << "</p>\n<details class=\"sentence\"><summary>sentence</summary>" << html_isolated(r.text.empty() ? r.content : r.text)
        << "</details></figure>\n";
  }
  out << "</div></section>\n<section class=\"panel\" id=\"omitted\"><strong>Omitted by:</strong> ";
  if (audit.omitted_by.empty()) out << "no article covering the event leaves it out.";
  for (std::size_t i = 0; i < audit.omitted_by.size(); ++i)
    out << (i ? ", " : "") << html_isolated(audit.omitted_by[i]);
  out << "</section>\n</main></body></html>\n";
}

void write_quote(std::ostream& out, const QuoteAudit& audit, ReportFormat format) {
  switch (format) {
    case ReportFormat::json: write_quote_json(out, audit); break;
    case ReportFormat::markdown: write_quote_markdown(out, audit); break;
    case ReportFormat::html: write_quote_html(out, audit); break;
  }
}

}  // namespace claimdiff
