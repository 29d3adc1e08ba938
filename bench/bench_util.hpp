// What every benchmark shares: a wall clock, a thread CPU clock, peak resident memory, MB/s, and reading its data files.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace claimdiff::bench {

class Stopwatch {
 public:
  Stopwatch() : start_(std::chrono::steady_clock::now()) {}
  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::chrono::steady_clock::time_point start_;
};

// CPU time of the calling thread: on a shared machine, what one core spent on the work whatever
// else ran beside it (the wall clock counts the time other processes held the core).
class CpuStopwatch {
 public:
  CpuStopwatch() : start_(now()) {}
  double seconds() const { return now() - start_; }

 private:
  static double now();
  double start_;
};

// Peak resident set size of this process so far, in MiB (getrusage).
double peak_memory_mib();

inline double megabytes_per_second(std::size_t bytes, double seconds) {
  return seconds > 0 ? static_cast<double>(bytes) / (1024.0 * 1024.0) / seconds : 0.0;
}

// The whole file as bytes ("" when it cannot be read).
std::string read_file(const std::filesystem::path& path);

// The tab-separated fields of one line of MSRP or STS-B, a trailing carriage return dropped.
std::vector<std::string> split_tabs(const std::string& line);

}  // namespace claimdiff::bench
