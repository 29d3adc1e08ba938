// A one-line progress bar on stderr, drawn only when stderr is a terminal and --quiet is off.
#pragma once

#include <claimdiff/analyze.hpp>

#include <ostream>

namespace claimdiff::cli {

class ProgressBar {
 public:
  ProgressBar(std::ostream& err, bool enabled) : err_(err), enabled_(enabled) {}
  ProgressCallback callback();
  void finish();

 private:
  std::ostream& err_;
  bool enabled_;
  bool drawn_ = false;
};

}  // namespace claimdiff::cli
