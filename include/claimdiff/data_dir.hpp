// Where the library finds the data it loads at run time (lexicons, fitted models): one answer for
// every stage.
#pragma once

#include <string>

namespace claimdiff {

// The data directory compiled in (the source tree's data/), or $CLAIMDIFF_DATA_DIR when set.
std::string default_data_dir();

}  // namespace claimdiff
