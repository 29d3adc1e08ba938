// `claimdiff similarity [FILE|-]`: reads `text1<TAB>text2` lines and writes `score<TAB>same` per
// line, with the aligner's own similarity and threshold, so anyone can measure it on a benchmark.
#include "commands.hpp"
#include "options.hpp"

#include <claimdiff/error.hpp>

#include <cstdio>
#include <fstream>
#include <istream>

namespace claimdiff::cli {

int run_similarity(const CommandLine& line) {
  CommonFlags flags;
  po::options_description options("similarity options");
  add_common_flags(options, flags);
  options.add_options()("input", po::value(&flags.inputs)->value_name("FILE"), "pairs file, or '-' (default)");
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
  std::string text;
  std::size_t number = 0;
  char buffer[32];
  while (std::getline(*in, text)) {
    ++number;
    if (!text.empty() && text.back() == '\r') text.pop_back();
    const auto tab = text.find('\t');
    if (tab == std::string::npos)
      throw Error(ErrorCode::usage, name, "line " + std::to_string(number), "expected text1<TAB>text2");
    const double score = aligner.similarity(std::string_view(text).substr(0, tab), std::string_view(text).substr(tab + 1));
    std::snprintf(buffer, sizeof buffer, "%.4f", score);
    *line.out << buffer << '\t' << (aligner.same_claim(score) ? 1 : 0) << '\n';
  }
  return 0;
}

}  // namespace claimdiff::cli
