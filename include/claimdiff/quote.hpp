// The quote audit: every statement that renders one given quote or claim, how faithfully (verbatim,
// trimmed, reworded, paraphrased, summarised) with its word-level diff, and the articles that cover
// the event but leave it out. Exposes audit_quote and the audit's JSON, Markdown and HTML writers.
#pragma once

#include <claimdiff/align.hpp>
#include <claimdiff/report.hpp>
#include <claimdiff/types.hpp>

#include <nlohmann/json.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace claimdiff {

// How faithfully a statement renders the query, from the most to the least faithful. The first four
// are the diverge stage's wording classes; `summarised` is the quote audit's own last step.
enum class Fidelity {
  verbatim,     // quoted, and every word of the query is there in order, unchanged
  trimmed,      // quoted, a part of the query's words, unchanged and in order, nothing added
  reworded,     // quoted, the same words in other wording (another translation, a swapped word)
  paraphrased,  // the same claim in reported speech, without quotation marks
  summarised,   // only the gist: the claim condensed or folded into the outlet's own sentence
};

std::string to_string(Fidelity fidelity);
std::optional<Fidelity> fidelity_from_string(std::string_view text);

struct QuoteOptions {
  double reworded_min = 0.5;        // similarity from which a quoted statement is a rewording
  double paraphrased_min = 0.5;     // similarity from which reported speech is a paraphrase
  double summarised_min = 0.4;      // similarity from which a statement still renders the gist
  double trimmed_min_share = 0.3;   // share of the query's words a trimmed quote must keep
  bool require_coverage = true;     // omitted_by: only articles sharing a claim with a rendering
                                    // article (false: every article without a rendering)
  std::size_t max_coverage_pairs = 400;  // statement pairs per article the aligner scores for coverage
};

// One statement that renders the query.
struct Rendering {
  std::string article;    // Article::id
  std::string outlet;
  std::string statement;  // Statement::id
  std::string content;    // the statement's claim as extracted
  std::string text;       // the whole sentence(s)
  std::string matched;    // the part of `content` compared with the query (the diff's right side)
  StatementKind kind = StatementKind::unattributed;
  std::string speaker;
  std::string cue;
  std::string cue_class;
  std::vector<std::string> via;
  Fidelity fidelity = Fidelity::summarised;
  double score = 0.0;     // in [0, 1]; 1 for verbatim, the kept share for trimmed, else similarity
  std::vector<WordEdit> diff;  // query -> matched
};

struct QuoteAudit {
  std::string query;
  std::vector<Rendering> renderings;    // most to least faithful, then by article and statement
  std::vector<std::string> omitted_by;  // article ids, in input order
  std::vector<std::string> articles;    // every article considered, in input order
};

// Finds the renderings of `query` among `statements`; `articles` gives outlets and the article set
// that omissions are judged against. Pure: no I/O, deterministic order.
QuoteAudit audit_quote(std::string_view query, const std::vector<Statement>& statements,
                       const std::vector<ArticleReport>& articles, const Aligner& aligner,
                       const QuoteOptions& options = {});

nlohmann::ordered_json to_json(const QuoteAudit& audit);
void write_quote_json(std::ostream& out, const QuoteAudit& audit);
void write_quote_markdown(std::ostream& out, const QuoteAudit& audit);
void write_quote_html(std::ostream& out, const QuoteAudit& audit);
void write_quote(std::ostream& out, const QuoteAudit& audit, ReportFormat format);

}  // namespace claimdiff
