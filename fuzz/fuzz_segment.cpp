// Fuzz target: segment (CLAIMDIFF_FUZZ_STAGE 1) or segment + extract (2) on the input read as a
// plain-text article, as ingest repairs it. Every span a stage returns must lie inside the text.
#include "fuzz_input.hpp"

#include <claimdiff/data_dir.hpp>
#include <claimdiff/error.hpp>
#include <claimdiff/extract.hpp>
#include <claimdiff/ingest.hpp>
#include <claimdiff/segment.hpp>

namespace {

void check_span(const claimdiff::Span& span, const claimdiff::Article& article) {
  if (span.begin > span.end || span.end > article.text.size()) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const claimdiff::Segmenter segmenter;
  claimdiff::IngestResult ingested;
  try {
    ingested = claimdiff::ingest_bytes(claimdiff::fuzz::bytes_of(data, size), "fuzz.txt", "txt");
  } catch (const claimdiff::Error&) {
    return 0;
  }
  for (const claimdiff::Article& article : ingested.articles) {
    const claimdiff::Segmentation segmentation = segmenter.segment(article);
    for (const claimdiff::Sentence& sentence : segmentation.sentences) check_span(sentence.span, article);
    for (const claimdiff::Quotation& quotation : segmentation.quotations) check_span(quotation.span, article);
#if CLAIMDIFF_FUZZ_STAGE >= 2
    static const claimdiff::Extractor extractor(claimdiff::default_data_dir());
    const claimdiff::Extraction extraction = extractor.extract(article, segmentation);
    for (const claimdiff::Statement& statement : extraction.statements) {
      check_span(statement.span, article);
      check_span(statement.content_span, article);
    }
#endif
  }
  return 0;
}
