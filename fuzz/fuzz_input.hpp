// What every fuzz target shares: the libFuzzer entry point's signature, and the input split into the
// articles of one run (form feeds separate them, so the aligner sees several outlets).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace claimdiff::fuzz {

inline std::string_view bytes_of(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// At most `limit` pieces of `input` between form feeds; the last piece keeps any further ones.
inline std::vector<std::string_view> articles_of(std::string_view input, std::size_t limit = 4) {
  std::vector<std::string_view> pieces;
  while (pieces.size() + 1 < limit) {
    const std::size_t feed = input.find('\f');
    if (feed == std::string_view::npos) break;
    pieces.push_back(input.substr(0, feed));
    input.remove_prefix(feed + 1);
  }
  pieces.push_back(input);
  return pieces;
}

}  // namespace claimdiff::fuzz
