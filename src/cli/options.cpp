// Shared flags and the glue between parsed flags and the library: inputs, options, outputs.
#include "options.hpp"

#include <claimdiff/error.hpp>
#include <claimdiff/manifest.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <random>
#include <system_error>

namespace claimdiff::cli {

void add_common_flags(po::options_description& options, CommonFlags& flags) {
  options.add_options()
      ("help,h", po::bool_switch(&flags.help), "show this help")
      ("quiet,q", po::bool_switch(&flags.quiet), "print no diagnostics or progress on stderr")
      ("data-dir", po::value(&flags.data_dir)->value_name("DIR"),
       "lexicons folder (default: the installed data/ or $CLAIMDIFF_DATA_DIR)")
      ("wordnet-dir", po::value(&flags.wordnet_dir)->default_value(flags.wordnet_dir)->value_name("DIR"),
       "WordNet database (Debian's wordnet-base)")
      ("word-vectors", po::value(&flags.word_vectors)->value_name("FILE"),
       "GloVe vectors scripts/setup.sh converts (default: DATA_DIR/vectors/glove-100d.wv; 'none': WordNet alone)")
      ("threads", po::value(&flags.threads)->default_value(0)->value_name("N"),
       "worker threads for segmentation and extraction (0: all cores)");
}

void add_output_flags(po::options_description& options, CommonFlags& flags, const std::string& formats) {
  options.add_options()
      ("output,o", po::value(&flags.output)->default_value("-")->value_name("FILE"),
       "write here, whole or not at all ('-': standard output)")
      ("format,f", po::value(&flags.format)->default_value(flags.format)->value_name("FORMAT"),
       formats.c_str());
}

void add_input_format_flag(po::options_description& options, CommonFlags& flags) {
  options.add_options()("input-format", po::value(&flags.input_format)->default_value(flags.input_format)->value_name("FORMAT"),
                        "auto, txt, html, json or jsonl: how every input is read (auto: by its name, then "
                        "for stdin and unnamed files by its first byte)");
}

void add_input_flags(po::options_description& options, CommonFlags& flags) {
  options.add_options()("input", po::value(&flags.inputs)->value_name("INPUT"), "file, directory or '-'")
      ("manifest", po::value(&flags.manifest)->value_name("FILE"),
       "CSV (with a header row) or JSONL naming each input's outlet: columns file, id, outlet, date, url, title");
  add_input_format_flag(options, flags);
}

bool parse_command_line(const CommandLine& line, const po::options_description& options,
                        const std::string& positional_name, int max_positional,
                        const std::string& usage, CommonFlags& flags) {
  po::positional_options_description positional;
  if (!positional_name.empty()) positional.add(positional_name.c_str(), max_positional);
  po::variables_map values;
  try {
    po::store(po::command_line_parser(line.args).options(options).positional(positional).run(), values);
    po::notify(values);
  } catch (const po::error& error) {
    throw Error(ErrorCode::usage, "", "", std::string(error.what()) + " (see 'claimdiff " + line.command + " --help')");
  }
  if (flags.help) {
    *line.out << "usage: " << usage << "\n\n" << options;
    return false;
  }
  return true;
}

AnalyzeOptions analyze_options(const CommonFlags& flags) {
  AnalyzeOptions options;
  options.data_dir = flags.data_dir;
  options.align.wordnet_dir = flags.wordnet_dir;
  if (flags.word_vectors == "none") options.align.word_vectors = false;
  else if (!flags.word_vectors.empty()) options.align.vectors_path = flags.word_vectors;
  else if (!flags.data_dir.empty()) options.align.vectors_path = vectors_path_in(flags.data_dir);
  options.threads = flags.threads;
  return options;
}

void print_aligner_diagnostics(const CommandLine& line, const CommonFlags& flags, const Aligner& aligner) {
  if (!flags.quiet)
    for (const Diagnostic& diagnostic : aligner.diagnostics()) *line.err << format_diagnostic(diagnostic) << '\n';
}

IngestResult read_inputs(const CommandLine& line, const CommonFlags& flags, const IngestOptions& base) {
  if (flags.inputs.empty()) throw Error(ErrorCode::usage, "", "", "no input given (see 'claimdiff " + line.command + " --help')");
  constexpr std::string_view kInputFormats[] = {"auto", "txt", "html", "json", "jsonl"};
  if (std::find(std::begin(kInputFormats), std::end(kInputFormats), flags.input_format) == std::end(kInputFormats))
    throw Error(ErrorCode::usage, "", "", "unknown input format '" + flags.input_format + "' (auto, txt, html, json or jsonl)");
  const std::optional<Manifest> manifest =
      flags.manifest.empty() ? std::nullopt : std::optional<Manifest>(read_manifest(flags.manifest));
  IngestOptions options = base;
  if (flags.input_format != "auto") options.format = flags.input_format;
  IngestResult result = ingest(flags.inputs, options, line.in);
  if (manifest) apply_manifest(*manifest, result.articles, result.diagnostics);
  if (result.articles.empty() && (options.empty_is_problem || !result.diagnostics.empty())) {
    // Nothing usable: one line, naming the first problem (and how many more there were).
    if (result.diagnostics.empty()) throw Error(ErrorCode::no_input, flags.inputs.front(), "", "no article found");
    const Diagnostic& first = result.diagnostics.front();
    std::string message = first.message;
    if (result.diagnostics.size() > 1)
      message += " (and " + std::to_string(result.diagnostics.size() - 1) + " more unusable input(s))";
    throw Error(ErrorCode::no_input, first.source, first.where, message);
  }
  if (!flags.quiet)
    for (const Diagnostic& diagnostic : result.diagnostics) *line.err << format_diagnostic(diagnostic) << '\n';
  return result;
}

ReportFormat parse_format(const std::string& text) {
  if (auto format = report_format_from_string(text)) return *format;
  throw Error(ErrorCode::usage, "", "", "unknown format '" + text + "' (json, md or html)");
}

namespace {

std::filesystem::path temporary_beside(const std::filesystem::path& target) {
  std::random_device seed;
  std::mt19937_64 random(seed());
  const auto name = "." + target.filename().string() + "." + std::to_string(random() % 1000000000) + ".tmp";
  return target.parent_path() / name;
}

// Where a report for `path` goes: a regular file (or a new name) is replaced whole by rename, at the
// end of its symlinks; anything else that exists (a FIFO, a device, /dev/stdout) is written in place,
// since a rename would put a regular file where the machine expects a device.
struct OutputTarget {
  std::filesystem::path path;
  bool in_place = false;
};

OutputTarget output_target(const std::filesystem::path& path) {
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::file_status followed = fs::status(path, error);
  if (!error && fs::exists(followed) && !fs::is_regular_file(followed)) return {path, true};
  fs::path target = path;
  // A chain of links (at most 40, the kernel's own limit) to the regular file or the new name.
  for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(target, error)); ++hops) {
    const fs::path link = fs::read_symlink(target, error);
    if (error) break;
    target = link.is_absolute() ? link : target.parent_path() / link;
  }
  // /proc's magic links (/dev/stdout is /proc/self/fd/1) name no path to rename over.
  if (target.lexically_normal().string().rfind("/proc/", 0) == 0) return {path, true};
  return {target, false};
}

void write_in_place(const std::string& path, const std::function<void(std::ostream&)>& write) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) throw Error(ErrorCode::io, path, "", "cannot open the output for writing");
  write(file);
  file.flush();
  if (!file) throw Error(ErrorCode::io, path, "", "cannot write the output");
}

}  // namespace

void write_output(const CommandLine& line, const std::string& path,
                  const std::function<void(std::ostream&)>& write) {
  if (path == "-" || path.empty()) {
    write(*line.out);
    line.out->flush();
    return;
  }
  const OutputTarget output = output_target(path);
  if (output.in_place) return write_in_place(path, write);
  const std::filesystem::path& target = output.path;
  const std::filesystem::path temporary = temporary_beside(target);
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    if (!file) throw Error(ErrorCode::io, path, "", "cannot create the output file");
    try {
      write(file);
    } catch (...) {
      file.close();
      std::filesystem::remove(temporary);
      throw;
    }
    file.flush();
    if (!file) {
      file.close();
      std::filesystem::remove(temporary);
      throw Error(ErrorCode::io, path, "", "cannot write the output file (disk full?)");
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, target, error);
  if (error) {
    std::filesystem::remove(temporary);
    throw Error(ErrorCode::io, path, "", "cannot move the output into place: " + error.message());
  }
}

}  // namespace claimdiff::cli
