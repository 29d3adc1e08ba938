// Fuzz target: ingest_bytes on one format (CLAIMDIFF_FUZZ_FORMAT: txt, html, json or jsonl). Any
// input must end in articles or diagnostics; claimdiff::Error is the one exception allowed out.
#include "fuzz_input.hpp"

#include <claimdiff/error.hpp>
#include <claimdiff/ingest.hpp>

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string format = CLAIMDIFF_FUZZ_FORMAT;
  try {
    const claimdiff::IngestResult result =
        claimdiff::ingest_bytes(claimdiff::fuzz::bytes_of(data, size), "fuzz." + format, format);
    // Every span must point into its article's text.
    for (const claimdiff::Article& article : result.articles)
      for (const claimdiff::Span& span : article.boilerplate)
        if (span.begin > span.end || span.end > article.text.size()) __builtin_trap();
  } catch (const claimdiff::Error&) {
  }
  return 0;
}
