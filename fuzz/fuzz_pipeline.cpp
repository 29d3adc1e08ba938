// Fuzz target: the whole pipeline as `claimdiff analyze` runs it. The input is up to four articles
// separated by form feeds, each read in the format its bytes suggest; the report is written by all
// three writers, and the JSON one must parse back.
#include "fuzz_input.hpp"

#include <claimdiff/analyze.hpp>
#include <claimdiff/error.hpp>
#include <claimdiff/ingest.hpp>
#include <claimdiff/report.hpp>

#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const claimdiff::Analyzer analyzer([] {
    claimdiff::AnalyzeOptions options;
    options.threads = 1;
    return options;
  }());
  std::vector<claimdiff::Article> articles;
  std::vector<claimdiff::Diagnostic> diagnostics;
  std::size_t n = 0;
  for (const std::string_view piece : claimdiff::fuzz::articles_of(claimdiff::fuzz::bytes_of(data, size))) {
    try {
      claimdiff::IngestResult result = claimdiff::ingest_bytes(piece, "fuzz-" + std::to_string(++n), "");
      for (claimdiff::Article& article : result.articles) articles.push_back(std::move(article));
      for (claimdiff::Diagnostic& diagnostic : result.diagnostics) diagnostics.push_back(std::move(diagnostic));
    } catch (const claimdiff::Error&) {
    }
  }
  if (articles.empty()) return 0;
  const claimdiff::Report report = analyzer.analyze(std::move(articles), std::move(diagnostics));
  for (const claimdiff::ReportFormat format :
       {claimdiff::ReportFormat::json, claimdiff::ReportFormat::markdown, claimdiff::ReportFormat::html}) {
    std::ostringstream out;
    claimdiff::write_report(out, report, format);
    if (format == claimdiff::ReportFormat::json && !nlohmann::json::accept(out.str())) __builtin_trap();
  }
  return 0;
}
