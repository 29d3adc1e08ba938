// The run-time data directory (see data_dir.hpp).
#include <claimdiff/data_dir.hpp>

#include <cstdlib>

namespace claimdiff {

std::string default_data_dir() {
  if (const char* configured = std::getenv("CLAIMDIFF_DATA_DIR"); configured && *configured) return configured;
  return CLAIMDIFF_DATA_DIR;
}

}  // namespace claimdiff
