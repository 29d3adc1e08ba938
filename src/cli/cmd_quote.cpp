// `claimdiff quote "TEXT" INPUT... [-f json|md|html] [-o FILE]` and `claimdiff quote "TEXT" --db FILE`:
// every rendering of one quote or claim, how faithful it is, and the articles that leave it out.
#include "commands.hpp"
#include "options.hpp"
#include "store_flags.hpp"

#include <claimdiff/error.hpp>
#include <claimdiff/quote.hpp>
#include <claimdiff/store.hpp>

namespace claimdiff::cli {

int run_quote(const CommandLine& line) {
  CommonFlags flags;
  StoreFlags store_flags;
  std::size_t candidates = StoreQuoteOptions{}.candidates;
  po::options_description options("quote options");
  add_output_flags(options, flags, "audit format: json, md or html");
  add_store_flags(options, store_flags, true);
  options.add_options()("candidates", po::value(&candidates)->default_value(candidates)->value_name("N"),
                        "with --db: statements taken from the full-text index");
  add_common_flags(options, flags);
  options.add_options()("input", po::value(&flags.inputs)->value_name("INPUT"), "the quote, then files, directories or '-'");
  const std::string usage = "claimdiff quote \"TEXT\" INPUT... [-f json|md|html] [-o FILE]\n"
                            "       claimdiff quote \"TEXT\" --db FILE [--outlet X] [--since DATE] [--until DATE]";
  if (!parse_command_line(line, options, "input", -1, usage, flags)) return 0;
  if (flags.inputs.empty()) throw Error(ErrorCode::usage, "", "", "no quote given (see 'claimdiff quote --help')");
  const std::string query = flags.inputs.front();
  flags.inputs.erase(flags.inputs.begin());
  if (query.find_first_not_of(" \t\r\n") == std::string::npos)
    throw Error(ErrorCode::usage, "", "", "the quote is empty");
  const ReportFormat format = parse_format(flags.format);

  QuoteAudit audit;
  if (!store_flags.db.empty()) {
    if (!flags.inputs.empty())
      throw Error(ErrorCode::usage, "", "", "give either INPUT files or --db, not both (add files with 'claimdiff add')");
    const Store store(store_flags.db, StoreOptions{.read_only = true});
    const Aligner aligner(analyze_options(flags).align);
    print_aligner_diagnostics(line, flags, aligner);
    StoreQuoteOptions quote_options;
    quote_options.candidates = candidates;
    audit = audit_stored_quote(store, query, aligner, store_flags.filter, quote_options);
  } else {
    IngestResult input = read_inputs(line, flags);
    const Analyzer analyzer(analyze_options(flags));
    print_aligner_diagnostics(line, flags, analyzer.aligner());
    std::vector<ArticleReport> articles;
    std::vector<Statement> statements;
    for (Article& article : input.articles) {
      const Segmentation segmentation = analyzer.segment(article);
      Extraction extraction = analyzer.extractor().extract(article, segmentation);
      std::move(extraction.statements.begin(), extraction.statements.end(), std::back_inserter(statements));
      articles.push_back(ArticleReport{std::move(article), segmentation.sentences.size(), std::move(extraction.via),
                                       std::move(extraction.framing)});
    }
    audit = audit_quote(query, statements, articles, analyzer.aligner());
  }
  write_output(line, flags.output, [&](std::ostream& out) { write_quote(out, audit, format); });
  return 0;
}

}  // namespace claimdiff::cli
