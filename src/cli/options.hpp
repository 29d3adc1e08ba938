// Flags shared by several subcommands, each defined once with its default in the help, and the
// helpers that turn parsed flags into library options, input lists and output streams.
#pragma once

#include "commands.hpp"

#include <claimdiff/analyze.hpp>
#include <claimdiff/ingest.hpp>
#include <claimdiff/report.hpp>

#include <boost/program_options.hpp>

#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace claimdiff::cli {

namespace po = boost::program_options;

struct CommonFlags {
  std::vector<std::string> inputs;  // files, directories or "-"
  std::string manifest;             // --manifest FILE: each input's outlet, date, url, title
  std::string output = "-";         // -o FILE; "-" is standard output
  std::string format = "json";      // -f json|md|html
  std::string input_format = "auto";  // --input-format auto|txt|html|json|jsonl
  std::string data_dir;             // --data-dir; empty: the compiled-in data/
  std::string wordnet_dir = "/usr/share/wordnet";
  std::string word_vectors;         // --word-vectors FILE; empty: <data dir>/vectors/glove-100d.wv; "none": off
  unsigned threads = 0;
  bool quiet = false;
  bool help = false;
};

// --help, --quiet, --data-dir, --wordnet-dir, --word-vectors, --threads
void add_common_flags(po::options_description& options, CommonFlags& flags);
// -o/--output and -f/--format (with the formats the command accepts listed in the help)
void add_output_flags(po::options_description& options, CommonFlags& flags, const std::string& formats);

// The positional inputs, named "input": files, directories or "-"; --input-format and --manifest.
void add_input_flags(po::options_description& options, CommonFlags& flags);
// --input-format alone, for a command that names its positional inputs itself (quote).
void add_input_format_flag(po::options_description& options, CommonFlags& flags);

// Parses `line.args` with `options`, the positional arguments going to `positional_name`.
// Throws claimdiff::Error(usage) on a bad flag; returns false when --help was printed.
bool parse_command_line(const CommandLine& line, const po::options_description& options,
                        const std::string& positional_name, int max_positional,
                        const std::string& usage, CommonFlags& flags);

AnalyzeOptions analyze_options(const CommonFlags& flags);

// Prints on stderr (unless --quiet) what the aligner worked around while loading, one line each:
// word vectors missing, and how to install them. Every command that aligns calls it once.
void print_aligner_diagnostics(const CommandLine& line, const CommonFlags& flags, const Aligner& aligner);

// Reads the inputs; prints each diagnostic on stderr (unless --quiet); throws Error(no_input)
// naming the file and the problem when nothing usable is left. `base` gives the ingest options the
// flags do not set (a line filter keeps duplicate ids to refuse them).
IngestResult read_inputs(const CommandLine& line, const CommonFlags& flags, const IngestOptions& base = {});

ReportFormat parse_format(const std::string& text);

// Writes to `path` whole or not at all (a temporary file in the same folder, then rename over a
// regular file or a new name; through a symlink, its target is replaced), in place to a FIFO, a
// device or /dev/stdout, or to standard output for "-".
void write_output(const CommandLine& line, const std::string& path,
                  const std::function<void(std::ostream&)>& write);

}  // namespace claimdiff::cli
