// The claimdiff executable: dispatches to a subcommand and turns errors into exit codes
// (0 success, 1 an opt-in check failed, 2 usage or input error; a broken pipe exits 0).
#include "commands.hpp"

#include <claimdiff/error.hpp>
#include <claimdiff/version.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <iostream>
#include <string_view>

namespace {

using claimdiff::cli::CommandLine;

struct Command {
  std::string_view name;
  int (*run)(const CommandLine&);
  std::string_view summary;
};

constexpr Command kCommands[] = {
    {"analyze", claimdiff::cli::run_analyze, "the full pipeline: claims across outlets and where they diverge"},
    {"segment", claimdiff::cli::run_segment, "sentences of each article, with byte offsets"},
    {"extract", claimdiff::cli::run_extract, "attributed and unattributed statements of each article"},
    {"similarity", claimdiff::cli::run_similarity, "score TAB-separated text pairs as the aligner does"},
    {"quote", claimdiff::cli::run_quote, "every rendering of one quote, how faithful, and who omits it"},
    {"add", claimdiff::cli::run_add, "store articles and their statements in a corpus store (--db)"},
    {"align", claimdiff::cli::run_align, "claim lines from statement lines and a corpus model (--model)"},
    {"model", claimdiff::cli::run_model, "the corpus model of statement lines: count, names, merge, build"},
};

void print_usage(std::ostream& out) {
  out << "usage: claimdiff COMMAND [OPTIONS] INPUT...\n\n"
         "claimdiff " CLAIMDIFF_VERSION ": how several outlets rendered the same claims.\n\ncommands:\n";
  for (const Command& command : kCommands) out << "  " << command.name << std::string(12 - command.name.size(), ' ') << command.summary << '\n';
  out << "\n'claimdiff COMMAND --help' lists a command's options.\n";
}

bool broken_pipe() { return errno == EPIPE; }

// A report that did not reach standard output is a failure (exit 2), except for a reader that left
// (a broken pipe, exit 0). `closed` is whether fd 1 was closed when the run started.
int finish_standard_output(int status, bool closed) {
  std::cout.flush();
  if (std::cout) return status;
  if (broken_pipe()) return 0;
  std::cerr << "claimdiff: standard output: cannot write the output: "
            << (closed ? "it is closed" : std::strerror(errno)) << '\n';
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  // A closed pipe (claimdiff ... | head) shows up as a failed write, which exits 0 below.
  std::signal(SIGPIPE, SIG_IGN);
  std::ios::sync_with_stdio(false);
  // With fd 1 closed, the next file opened (a store, an output) would take its place and receive the
  // report: /dev/full holds the place, so writes to standard output fail instead.
  const bool stdout_closed = fcntl(STDOUT_FILENO, F_GETFD) == -1 && errno == EBADF;
  if (stdout_closed && open("/dev/full", O_WRONLY) != STDOUT_FILENO) return 2;
  if (argc < 2) {
    print_usage(std::cerr);
    return 2;
  }
  const std::string_view name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    print_usage(std::cout);
    return 0;
  }
  if (name == "--version") {
    std::cout << "claimdiff " CLAIMDIFF_VERSION "\n";
    return 0;
  }
  CommandLine line;
  line.command = std::string(name);
  line.args.assign(argv + 2, argv + argc);
  line.in = &std::cin;
  line.out = &std::cout;
  line.err = &std::cerr;
  line.stderr_is_tty = isatty(STDERR_FILENO) != 0;
  for (const Command& command : kCommands) {
    if (command.name != name) continue;
    try {
      return finish_standard_output(command.run(line), stdout_closed);
    } catch (const claimdiff::Error& error) {
      std::cerr << error.what() << '\n';
      return 2;
    } catch (const std::bad_alloc&) {
      std::cerr << "claimdiff: out of memory\n";
      return 2;
    } catch (const std::exception& error) {
      if (broken_pipe()) return 0;
      std::cerr << "claimdiff: " << error.what() << '\n';
      return 2;
    }
  }
  std::cerr << "claimdiff: unknown command '" << name << "' (see 'claimdiff --help')\n";
  return 2;
}
