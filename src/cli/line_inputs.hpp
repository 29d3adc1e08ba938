// The inputs of the line filters that read what another filter wrote (statement lines, corpus
// models): whole files or standard input, read by the library's line readers.
#pragma once

#include "commands.hpp"
#include "options.hpp"

#include <claimdiff/lines.hpp>

#include <string>

namespace claimdiff::cli {

// The bytes of a file, or of standard input for "-"; throws Error(io) when it cannot be read.
std::string read_whole(const CommandLine& line, const std::string& path);

// The statement lines of every input (standard input when none is named), in input order. Each
// malformed line is printed on stderr (unless --quiet) and kept in `diagnostics`; when lines were
// given and none is a statement, throws Error(no_input) naming the first problem instead (one line). An input with no
// lines at all is an empty partition, not an error.
StatementLines read_statement_inputs(const CommandLine& line, const CommonFlags& flags);

}  // namespace claimdiff::cli
