// `claimdiff similarity [FILE|-]`: reads `text1<TAB>text2` lines and writes `score<TAB>same` per
// line, with the aligner's own similarity and threshold (or a fitted paraphrase model, --model), so
// anyone can measure it on a benchmark.
#include "commands.hpp"
#include "options.hpp"

#include <claimdiff/error.hpp>

#include <cstdio>
#include <fstream>
#include <istream>
#include <optional>

namespace claimdiff::cli {

int run_similarity(const CommandLine& line) {
  CommonFlags flags;
  po::options_description options("similarity options");
  add_common_flags(options, flags);
  std::string model_path;
  options.add_options()("input", po::value(&flags.inputs)->value_name("FILE"), "pairs file, or '-' (default)")(
      "model", po::value(&model_path)->value_name("FILE"),
      "score with a fitted paraphrase model (e.g. data/models/msrp_logistic.txt): MSRP's 'same sentence' "
      "instead of analyze's 'same claim'");
  if (!parse_command_line(line, options, "input", 1, "claimdiff similarity [FILE|-]", flags)) return 0;
  std::ifstream file;
  std::istream* in = line.in;
  const std::string name = flags.inputs.empty() ? "-" : flags.inputs.front();
  if (name != "-") {
    file.open(name, std::ios::binary);
    if (!file) throw Error(ErrorCode::io, name, "", "cannot open the file");
    in = &file;
  }
  const Aligner aligner(analyze_options(flags).align);
  print_aligner_diagnostics(line, flags, aligner);
  const std::optional<ParaphraseModel> model =
      model_path.empty() ? std::nullopt : std::optional<ParaphraseModel>(std::in_place, model_path);
  std::string text;
  std::size_t number = 0;
  char buffer[32];
  while (std::getline(*in, text)) {
    ++number;
    if (!text.empty() && text.back() == '\r') text.pop_back();
    const auto tab = text.find('\t');
    if (tab == std::string::npos)
      throw Error(ErrorCode::usage, name, "line " + std::to_string(number), "expected text1<TAB>text2");
    const std::string_view first = std::string_view(text).substr(0, tab);
    const std::string_view second = std::string_view(text).substr(tab + 1);
    const double score = model ? model->score(aligner, first, second) : aligner.similarity(first, second);
    const bool same = model ? model->same(score) : aligner.same_claim(score);
    std::snprintf(buffer, sizeof buffer, "%.4f", score);
    *line.out << buffer << '\t' << (same ? 1 : 0) << '\n';
  }
  return 0;
}

}  // namespace claimdiff::cli
