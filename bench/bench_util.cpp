// Peak memory from getrusage (ru_maxrss is in KiB on Linux).
#include "bench_util.hpp"

#include <sys/resource.h>

namespace claimdiff::bench {

double peak_memory_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

}  // namespace claimdiff::bench
