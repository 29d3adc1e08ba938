// The claimdiff subcommands: each parses its own flags (shared ones come from options.hpp) and calls
// the library. main.cpp dispatches by name and is the one place that turns errors into exit codes.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace claimdiff::cli {

struct CommandLine {
  std::string command;             // "analyze", "segment", ...
  std::vector<std::string> args;   // everything after the command name
  std::istream* in = nullptr;      // standard input, for "-"
  std::ostream* out = nullptr;     // standard output: only the requested output
  std::ostream* err = nullptr;     // diagnostics and progress
  bool stderr_is_tty = false;      // progress bars only on a terminal
};

int run_analyze(const CommandLine& line);
int run_segment(const CommandLine& line);
int run_extract(const CommandLine& line);
int run_similarity(const CommandLine& line);
int run_quote(const CommandLine& line);
int run_add(const CommandLine& line);
int run_model(const CommandLine& line);
int run_align(const CommandLine& line);

}  // namespace claimdiff::cli
