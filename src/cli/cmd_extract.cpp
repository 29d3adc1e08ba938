// `claimdiff extract INPUT...`: the statements of each article, with the fields `analyze` gives them;
// with --jsonl a line filter, article records in and one statement line out per statement.
#include "commands.hpp"
#include "options.hpp"

#include <claimdiff/error.hpp>
#include <claimdiff/lines.hpp>

namespace claimdiff::cli {
namespace {

struct ExtractFlags {
  bool jsonl = false;       // --jsonl: statement lines (lines.hpp) instead of one JSON document
  std::string diagnostics;  // --diagnostics FILE: the diagnostics as lines too (with --jsonl)
};

// What every article yields, extracted in input order so the output never depends on timing.
struct Extracted {
  std::vector<Statement> statements;
  std::vector<Diagnostic> diagnostics;
};

Extracted extract_all(const CommandLine& line, const CommonFlags& flags, const IngestResult& input) {
  const Analyzer analyzer(analyze_options(flags));
  Extracted out;
  out.diagnostics = input.diagnostics;
  for (const Article& article : input.articles) {
    Extraction extraction = analyzer.extract(article);
    std::move(extraction.statements.begin(), extraction.statements.end(), std::back_inserter(out.statements));
    for (Diagnostic& diagnostic : extraction.diagnostics) {
      if (!flags.quiet) *line.err << format_diagnostic(diagnostic) << '\n';
      out.diagnostics.push_back(std::move(diagnostic));
    }
  }
  return out;
}

// The line filter: stdin when no input is named, read as JSONL records (files by their names, as
// analyze reads them, unless --input-format says otherwise), article ids unique across the inputs
// (a partition's statement ids build on them), an empty input an empty partition.
int extract_lines(const CommandLine& line, CommonFlags flags, const ExtractFlags& extract) {
  if (flags.inputs.empty()) flags.inputs.emplace_back("-");
  IngestOptions ingest;
  ingest.rename_duplicate_ids = false;
  ingest.empty_is_problem = false;  // an empty partition: no statement lines, exit 0
  if (flags.input_format == "auto") ingest.stdin_format = "jsonl";  // one broken first line must not make it one JSON text
  const IngestResult input = read_inputs(line, flags, ingest);
  require_unique_ids(input);
  const Extracted extracted = extract_all(line, flags, input);
  write_output(line, flags.output, [&](std::ostream& stream) {
    for (const Statement& statement : extracted.statements) write_statement_line(stream, statement);
  });
  if (!extract.diagnostics.empty())
    write_output(line, extract.diagnostics, [&](std::ostream& stream) {
      for (const Diagnostic& diagnostic : extracted.diagnostics) write_diagnostic_line(stream, diagnostic);
    });
  return 0;
}

}  // namespace

int run_extract(const CommandLine& line) {
  CommonFlags flags;
  ExtractFlags extract;
  po::options_description options("extract options");
  add_output_flags(options, flags, "output format: json");
  options.add_options()
      ("jsonl", po::bool_switch(&extract.jsonl),
       "line filter: article records in (JSONL on standard input when no INPUT; files by their names), one statement per line out")
      ("diagnostics", po::value(&extract.diagnostics)->value_name("FILE"),
       "with --jsonl: also write the diagnostics here, one per line");
  add_common_flags(options, flags);
  add_input_flags(options, flags);
  if (!parse_command_line(line, options, "input", -1, "claimdiff extract INPUT... [-o FILE] | claimdiff extract --jsonl [INPUT...]", flags))
    return 0;
  if (flags.format != "json") throw Error(ErrorCode::usage, "", "", "extract writes json only");
  if (extract.jsonl) return extract_lines(line, flags, extract);
  if (!extract.diagnostics.empty()) throw Error(ErrorCode::usage, "", "", "--diagnostics goes with --jsonl (the JSON output lists them)");
  const IngestResult input = read_inputs(line, flags);
  const Extracted extracted = extract_all(line, flags, input);
  nlohmann::ordered_json statements = nlohmann::ordered_json::array();
  nlohmann::ordered_json diagnostics = nlohmann::ordered_json::array();
  for (const Statement& statement : extracted.statements) statements.push_back(to_json(statement));
  for (const Diagnostic& diagnostic : extracted.diagnostics) diagnostics.push_back(to_json(diagnostic));
  const nlohmann::ordered_json out = {{"statements", std::move(statements)}, {"diagnostics", std::move(diagnostics)}};
  write_output(line, flags.output, [&](std::ostream& stream) { stream << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n'; });
  return 0;
}

}  // namespace claimdiff::cli
