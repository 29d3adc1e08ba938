// The one reader of the lines of a JSON Lines file (articles in ingest.cpp, manifests in
// manifest.cpp), so both skip the same lines and name a line the same way in their messages.
#pragma once

#include "base/text_util.hpp"

#include <cstddef>
#include <string_view>

namespace claimdiff::detail {

// Calls on_line(number, line) for every line of `text` that is not blank, trimmed; `number` counts
// every line from 1, blank ones too, as an editor shows it.
template <typename OnLine>
void for_each_jsonl_line(std::string_view text, OnLine&& on_line) {
  std::size_t begin = 0;
  std::size_t number = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    ++number;
    const std::string_view line = trim(text.substr(begin, end - begin));
    begin = end + 1;
    if (!line.empty()) on_line(number, line);
  }
}

}  // namespace claimdiff::detail
