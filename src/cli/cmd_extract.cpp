// `claimdiff extract INPUT...`: the statements of each article, with the fields `analyze` gives them.
#include "commands.hpp"
#include "options.hpp"

#include <claimdiff/error.hpp>

namespace claimdiff::cli {

int run_extract(const CommandLine& line) {
  CommonFlags flags;
  po::options_description options("extract options");
  add_output_flags(options, flags, "output format: json");
  add_common_flags(options, flags);
  add_input_flags(options, flags);
  if (!parse_command_line(line, options, "input", -1, "claimdiff extract INPUT... [-o FILE]", flags)) return 0;
  if (flags.format != "json") throw Error(ErrorCode::usage, "", "", "extract writes json only");
  const IngestResult input = read_inputs(line, flags);
  const Analyzer analyzer(analyze_options(flags));
  nlohmann::ordered_json statements = nlohmann::ordered_json::array();
  nlohmann::ordered_json diagnostics = nlohmann::ordered_json::array();
  for (const Diagnostic& diagnostic : input.diagnostics) diagnostics.push_back(to_json(diagnostic));
  for (const Article& article : input.articles) {
    const Extraction extraction = analyzer.extract(article);
    for (const Statement& statement : extraction.statements) statements.push_back(to_json(statement));
    for (const Diagnostic& diagnostic : extraction.diagnostics) {
      if (!flags.quiet) *line.err << format_diagnostic(diagnostic) << '\n';
      diagnostics.push_back(to_json(diagnostic));
    }
  }
  const nlohmann::ordered_json out = {{"statements", std::move(statements)}, {"diagnostics", std::move(diagnostics)}};
  write_output(line, flags.output, [&](std::ostream& stream) { stream << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n'; });
  return 0;
}

}  // namespace claimdiff::cli
