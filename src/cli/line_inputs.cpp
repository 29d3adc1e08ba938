// Reading the line filters' inputs (see line_inputs.hpp).
#include "line_inputs.hpp"

#include <claimdiff/error.hpp>

#include <fstream>
#include <iterator>
#include <sstream>

namespace claimdiff::cli {

std::string read_whole(const CommandLine& line, const std::string& path) {
  std::ostringstream bytes;
  if (path == "-") {
    bytes << line.in->rdbuf();
  } else {
    std::ifstream file(path, std::ios::binary);
    if (!file) throw Error(ErrorCode::io, path, "", "cannot open the file");
    bytes << file.rdbuf();
    if (file.bad()) throw Error(ErrorCode::io, path, "", "cannot read the file");
  }
  return std::move(bytes).str();
}

StatementLines read_statement_inputs(const CommandLine& line, const CommonFlags& flags) {
  const std::vector<std::string> inputs = flags.inputs.empty() ? std::vector<std::string>{"-"} : flags.inputs;
  StatementLines lines;
  for (const std::string& input : inputs) read_statement_lines(read_whole(line, input), input, lines);
  if (lines.statements.empty() && !lines.diagnostics.empty()) {  // the one line is the error's
    const Diagnostic& first = lines.diagnostics.front();
    std::string message = first.message;
    if (lines.diagnostics.size() > 1) message += " (and " + std::to_string(lines.diagnostics.size() - 1) + " more malformed line(s))";
    throw Error(ErrorCode::no_input, first.source, first.where, message);
  }
  if (!flags.quiet)
    for (const Diagnostic& diagnostic : lines.diagnostics) *line.err << format_diagnostic(diagnostic) << '\n';
  return lines;
}

}  // namespace claimdiff::cli
