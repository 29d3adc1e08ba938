// What every benchmark shares: a wall clock, peak resident memory, and MB/s.
#pragma once

#include <chrono>
#include <cstddef>

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

// Peak resident set size of this process so far, in MiB (getrusage).
double peak_memory_mib();

inline double megabytes_per_second(std::size_t bytes, double seconds) {
  return seconds > 0 ? static_cast<double>(bytes) / (1024.0 * 1024.0) / seconds : 0.0;
}

}  // namespace claimdiff::bench
