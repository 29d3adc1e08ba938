// `claimdiff analyze INPUT... [-f json|md|html] [-o FILE]`: the full pipeline into one report.
#include "commands.hpp"
#include "options.hpp"
#include "progress.hpp"

namespace claimdiff::cli {

int run_analyze(const CommandLine& line) {
  CommonFlags flags;
  po::options_description options("analyze options");
  add_output_flags(options, flags, "report format: json, md or html");
  add_common_flags(options, flags);
  options.add_options()("input", po::value(&flags.inputs)->value_name("INPUT"), "file, directory or '-'");
  if (!parse_command_line(line, options, "input", -1, "claimdiff analyze INPUT... [-f json|md|html] [-o FILE]", flags))
    return 0;
  const ReportFormat format = parse_format(flags.format);
  IngestResult input = read_inputs(line, flags);
  const Analyzer analyzer(analyze_options(flags));
  ProgressBar progress(*line.err, line.stderr_is_tty && !flags.quiet);
  const Report report = analyzer.analyze(std::move(input.articles), std::move(input.diagnostics), progress.callback());
  progress.finish();
  write_output(line, flags.output, [&](std::ostream& out) { write_report(out, report, format); });
  return 0;
}

}  // namespace claimdiff::cli
