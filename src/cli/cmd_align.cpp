// `claimdiff align --model FILE [STATEMENTS...]`: a line filter from statement lines to claim lines,
// the statements read with the corpus model of the whole corpus they belong to.
#include "commands.hpp"
#include "line_inputs.hpp"
#include "options.hpp"

#include <claimdiff/corpus_model.hpp>
#include <claimdiff/error.hpp>
#include <claimdiff/report.hpp>

namespace claimdiff::cli {

int run_align(const CommandLine& line) {
  CommonFlags flags;
  std::string model_path;
  po::options_description options("align options");
  options.add_options()
      ("model", po::value(&model_path)->value_name("FILE"),
       "the corpus model of the whole corpus ('claimdiff model build', or count, names and merge per partition)")
      ("output,o", po::value(&flags.output)->default_value("-")->value_name("FILE"),
       "write the claim lines here, whole or not at all ('-': standard output)");
  add_common_flags(options, flags);
  options.add_options()("input", po::value(&flags.inputs)->value_name("INPUT"), "statement lines: file or '-' (default)");
  if (!parse_command_line(line, options, "input", -1, "claimdiff align --model FILE [STATEMENTS...] [-o FILE]", flags)) return 0;
  if (model_path.empty()) throw Error(ErrorCode::usage, "", "", "align needs --model FILE (see 'claimdiff align --help')");
  const CorpusModel model = corpus_model_from_bytes(read_whole(line, model_path), model_path);
  const StatementLines lines = read_statement_inputs(line, flags);
  AlignOptions align = analyze_options(flags).align;
  if (!flags.data_dir.empty()) align.claim_model = flags.data_dir + "/models/claim_pairs.txt";
  const Aligner aligner(align);
  print_aligner_diagnostics(line, flags, aligner);
  const std::vector<Claim> claims = aligner.align(lines.statements, model);
  write_output(line, flags.output, [&](std::ostream& stream) {
    for (const Claim& claim : claims) write_claim_line(stream, claim);
  });
  return 0;
}

}  // namespace claimdiff::cli
