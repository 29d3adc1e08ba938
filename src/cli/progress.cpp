// Draws "stage [#####     ] done/total" in place with a carriage return.
#include "progress.hpp"

#include <string>

namespace claimdiff::cli {

ProgressCallback ProgressBar::callback() {
  if (!enabled_) return {};
  return [this](const char* stage, std::size_t done, std::size_t total) {
    constexpr std::size_t kWidth = 30;
    const std::size_t filled = total == 0 ? kWidth : kWidth * done / total;
    err_ << '\r' << stage << " [" << std::string(filled, '#') << std::string(kWidth - filled, ' ') << "] " << done
         << '/' << total << "   " << std::flush;
    drawn_ = true;
  };
}

void ProgressBar::finish() {
  if (drawn_) err_ << "\r\033[K" << std::flush;
  drawn_ = false;
}

}  // namespace claimdiff::cli
