// `claimdiff analyze INPUT... [-f json|md|html] [-o FILE]`: the full pipeline into one report
// (or, with --db, over the statements of the corpus store).
#include "commands.hpp"
#include "options.hpp"
#include "progress.hpp"
#include "store_flags.hpp"

#include <claimdiff/error.hpp>

namespace claimdiff::cli {

int run_analyze(const CommandLine& line) {
  CommonFlags flags;
  StoreFlags store_flags;
  po::options_description options("analyze options");
  add_output_flags(options, flags, "report format: json, md or html");
  add_store_flags(options, store_flags, true);
  add_common_flags(options, flags);
  add_input_flags(options, flags);
  if (!parse_command_line(line, options, "input", -1, "claimdiff analyze INPUT... [-f json|md|html] [-o FILE]\n"
                          "       claimdiff analyze --db FILE [--outlet X] [--since DATE] [--until DATE] [--match WORDS]", flags))
    return 0;
  const ReportFormat format = parse_format(flags.format);
  if (!store_flags.db.empty()) {
    // Over the corpus store: the claims of the previous run with the same filter are re-used.
    if (!flags.inputs.empty()) throw Error(ErrorCode::usage, "", "", "give either INPUT files or --db, not both");
    // Read-only where this process may not write (or the store does not exist): the analysis only
    // reads, and writing its claims for the next run is a cache.
    const bool writable = store_writable(store_flags.db);
    Store store(store_flags.db, StoreOptions{.read_only = !writable});
    const Analyzer analyzer(analyze_options(flags));
    print_aligner_diagnostics(line, flags, analyzer.aligner());
    AlignmentReuse reuse;
    const Report report = analyze_store(store, store_flags.filter, analyzer.aligner(), {}, &reuse);
    if (!flags.quiet && !writable)
      *line.err << "claimdiff: " << store.path() << ": read-only: this run's claims are not kept for the next\n";
    if (!flags.quiet && reuse.cached)
      *line.err << "claimdiff: " << store.path() << ": re-used the claims of " << reuse.reused << " statement(s), compared "
                << reuse.compared << " new one(s)\n";
    write_output(line, flags.output, [&](std::ostream& out) { write_report(out, report, format); });
    return 0;
  }
  IngestResult input = read_inputs(line, flags);
  const Analyzer analyzer(analyze_options(flags));
  print_aligner_diagnostics(line, flags, analyzer.aligner());
  ProgressBar progress(*line.err, line.stderr_is_tty && !flags.quiet);
  const Report report = analyzer.analyze(std::move(input.articles), std::move(input.diagnostics), progress.callback());
  progress.finish();
  write_output(line, flags.output, [&](std::ostream& out) { write_report(out, report, format); });
  return 0;
}

}  // namespace claimdiff::cli
