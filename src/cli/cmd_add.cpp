// `claimdiff add FILES... --db FILE`: ingests, segments and extracts the articles and stores them,
// one transaction per article; prints on stderr what was added, kept or changed. With --history ID,
// prints that article's stored versions instead.
#include "commands.hpp"
#include "options.hpp"
#include "progress.hpp"
#include "store_flags.hpp"

#include <claimdiff/error.hpp>
#include <claimdiff/store.hpp>

#include <nlohmann/json.hpp>

#include <ostream>

namespace claimdiff::cli {

int run_add(const CommandLine& line) {
  CommonFlags flags;
  StoreFlags store_flags;
  std::string history;
  po::options_description options("add options");
  add_store_flags(options, store_flags, false);
  options.add_options()("history", po::value(&history)->value_name("ID"),
                        "add nothing: print article ID's stored versions and what each changed (JSON)");
  add_common_flags(options, flags);
  add_input_flags(options, flags);
  if (!parse_command_line(line, options, "input", -1, "claimdiff add FILES... --db FILE\n       claimdiff add --db FILE --history ID", flags)) return 0;
  if (store_flags.db.empty()) throw Error(ErrorCode::usage, "", "", "--db FILE is required (see 'claimdiff add --help')");
  if (!history.empty()) {
    const Store store(store_flags.db, StoreOptions{.read_only = true});
    nlohmann::ordered_json versions = nlohmann::ordered_json::array();
    for (const ArticleVersion& version : store.versions(history))
      versions.push_back({{"article", version.article}, {"version", version.version}, {"date", version.date},
                          {"added_at", version.added_at}, {"hash", version.hash}, {"statements", version.statements},
                          {"current", version.current}, {"removed", version.removed}, {"added", version.added}});
    if (versions.empty()) throw Error(ErrorCode::no_input, store_flags.db, "", "no article '" + history + "' in the store");
    *line.out << versions.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    return 0;
  }
  IngestResult input = read_inputs(line, flags);
  Store store(store_flags.db);
  const Analyzer analyzer(analyze_options(flags));
  ProgressBar progress(*line.err, line.stderr_is_tty && !flags.quiet);
  const auto report = progress.callback();
  std::size_t counts[3] = {0, 0, 0};
  std::size_t done = 0;
  for (const Article& article : input.articles) {
    const AddResult result = store.add(article, analyzer.segmenter(), analyzer.extractor());
    ++counts[static_cast<int>(result.status)];
    if (report) report("add", ++done, input.articles.size());
    if (result.status == AddStatus::new_version && !flags.quiet) {
      progress.finish();
      *line.err << "claimdiff: " << store.path() << ": " << result.article << ": version " << result.version << ", "
                << result.removed.size() << " statement(s) removed, " << result.added.size() << " added\n";
      for (const std::string& content : result.removed) *line.err << "  - " << content << '\n';
      for (const std::string& content : result.added) *line.err << "  + " << content << '\n';
    }
  }
  progress.finish();
  if (!flags.quiet) {
    *line.err << "claimdiff: " << store.path() << ": " << counts[0] << " added, " << counts[2] << " new version(s), "
              << counts[1] << " unchanged; " << store.article_count() << " article(s), " << store.statement_count()
              << " statement(s) stored\n";
  }
  return 0;
}

}  // namespace claimdiff::cli
