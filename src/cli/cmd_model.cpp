// `claimdiff model count|names|merge|build`: the corpus model (corpus_model.hpp) of a corpus cut into
// partitions, counted per partition of statement lines and merged, each step a line filter.
#include "commands.hpp"
#include "line_inputs.hpp"
#include "options.hpp"

#include <claimdiff/corpus_model.hpp>
#include <claimdiff/error.hpp>

#include <string_view>

namespace claimdiff::cli {
namespace {

constexpr std::string_view kUsage =
    "claimdiff model count [STATEMENTS...]               first pass over a partition of statement lines\n"
    "       claimdiff model names --words MODEL [STATEMENTS...]   second pass, against the merged first passes\n"
    "       claimdiff model merge MODEL...                    one model from several (any order, any grouping)\n"
    "       claimdiff model build [STATEMENTS...]             both passes over a whole corpus in one piece\n"
    "(statement lines: what 'claimdiff extract --jsonl' writes; standard input when none is named)";

// The aligner a model is counted with: WordNet and the lemma rules, no word vectors.
Aligner counting_aligner(const CommonFlags& flags) {
  AlignOptions options = analyze_options(flags).align;
  options.word_vectors = false;
  if (!flags.data_dir.empty()) options.claim_model = flags.data_dir + "/models/claim_pairs.txt";
  return Aligner(options);
}

CorpusModel read_model(const CommandLine& line, const std::string& path) {
  return corpus_model_from_bytes(read_whole(line, path), path);
}

int write_model(const CommandLine& line, const CommonFlags& flags, const CorpusModel& model) {
  write_output(line, flags.output, [&](std::ostream& stream) { stream << to_bytes(model); });
  return 0;
}

}  // namespace

int run_model(const CommandLine& line) {
  if (line.args.empty() || line.args.front() == "--help" || line.args.front() == "-h") {
    (line.args.empty() ? *line.err : *line.out) << "usage: " << kUsage << '\n';
    return line.args.empty() ? 2 : 0;
  }
  const std::string verb = line.args.front();
  CommandLine rest = line;
  rest.command = "model " + verb;
  rest.args.erase(rest.args.begin());
  CommonFlags flags;
  std::string words;
  po::options_description options("model " + verb + " options");
  options.add_options()("output,o", po::value(&flags.output)->default_value("-")->value_name("FILE"),
                        "write the model here, whole or not at all ('-': standard output)");
  if (verb == "names")
    options.add_options()("words", po::value(&words)->value_name("MODEL"), "the merged first passes of the whole corpus");
  add_common_flags(options, flags);
  options.add_options()("input", po::value(&flags.inputs)->value_name("INPUT"), "file or '-'");
  if (verb != "count" && verb != "names" && verb != "merge" && verb != "build")
    throw Error(ErrorCode::usage, "", "", "unknown model command '" + verb + "' (count, names, merge or build)");
  if (!parse_command_line(rest, options, "input", -1, std::string(kUsage), flags)) return 0;
  if (verb == "merge") {
    if (flags.inputs.empty()) throw Error(ErrorCode::usage, "", "", "model merge needs at least one MODEL");
    CorpusModel merged;
    for (const std::string& input : flags.inputs) merged.merge(read_model(line, input));
    return write_model(line, flags, merged);
  }
  if (verb == "names" && words.empty()) throw Error(ErrorCode::usage, "", "", "model names needs --words MODEL");
  const StatementLines lines = read_statement_inputs(rest, flags);
  const Aligner aligner = counting_aligner(flags);
  if (verb == "count") return write_model(line, flags, aligner.count(lines.statements));
  if (verb == "names") return write_model(line, flags, aligner.count_names(lines.statements, read_model(line, words)));
  return write_model(line, flags, aligner.model_of(lines.statements));
}

}  // namespace claimdiff::cli
