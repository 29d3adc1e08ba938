// HTML ingest throughput on the 88 pages of the article-extraction benchmark
// (../shared/bench-data/html-extraction): MB/s of HTML and of kept text for claimdiff's whole HTML
// ingest, beside gumbo's bare parse of the same pages in the same process. Before timing it checks
// that every page is parsed (none refused by the limits) and gives text, prints the deepest page
// shape the limits saw, and a digest of the kept text so a speed-up can be shown to change nothing.
// Then it times the limits' bound: hostile pages (deep, unclosed, and the costliest page the limits
// still let through), each of which must stay within a few seconds.
//
// usage: html_bench [PAGES_DIR]   (default: ../shared/bench-data/html-extraction/html, *.html.gz)
#include "bench_util.hpp"

#include <claimdiff/ingest.hpp>

#include "ingest/html_limits.hpp"

#include <gumbo.h>
#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using claimdiff::bench::megabytes_per_second;
using claimdiff::bench::CpuStopwatch;
using claimdiff::bench::Stopwatch;

constexpr int kRepeats = 5;  // best of: the machine is shared

struct Page {
  std::string name;
  std::string html;
};

// A gzipped (or plain) file's bytes; zlib reads both.
std::string read_gzip(const fs::path& path) {
  std::string bytes;
  gzFile file = gzopen(path.c_str(), "rb");
  if (!file) return bytes;
  char buffer[1 << 16];
  int got = 0;
  while ((got = gzread(file, buffer, sizeof buffer)) > 0) bytes.append(buffer, static_cast<std::size_t>(got));
  gzclose(file);
  return bytes;
}

std::vector<Page> read_pages(const fs::path& dir) {
  std::vector<Page> pages;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    const std::string file = entry.path().filename().string();
    if (!file.ends_with(".html.gz") && !file.ends_with(".html")) continue;
    pages.push_back({file.substr(0, file.find('.')) + ".html", read_gzip(entry.path())});
  }
  std::sort(pages.begin(), pages.end(), [](const Page& a, const Page& b) { return a.name < b.name; });
  return pages;
}

std::size_t total_bytes(const std::vector<Page>& pages) {
  std::size_t bytes = 0;
  for (const Page& page : pages) bytes += page.html.size();
  return bytes;
}

// FNV-1a over every kept text, in page order.
std::uint64_t digest(const std::vector<std::string>& texts) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const std::string& text : texts)
    for (const char c : text + '\0') hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return hash;
}

// The kept text of each page ("" for a page that kept nothing).
std::vector<std::string> ingest_pages(const std::vector<Page>& pages) {
  std::vector<std::string> texts;
  for (const Page& page : pages) {
    const claimdiff::IngestResult result = claimdiff::ingest_bytes(page.html, page.name, "html");
    texts.push_back(result.articles.empty() ? std::string() : result.articles[0].text);
  }
  return texts;
}

std::size_t bare_gumbo_parse(const std::vector<Page>& pages) {
  std::size_t nodes = 0;
  for (const Page& page : pages) {
    GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, page.html.data(), page.html.size());
    nodes += output->root->v.element.children.length;
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
  return nodes;
}

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

// One hostile page through the whole ingest: seconds, and what the limits said.
void time_hostile(const char* what, const std::string& html) {
  const Stopwatch clock;
  const claimdiff::IngestResult result = claimdiff::ingest_bytes(html, "hostile.html", "html");
  const double seconds = clock.seconds();
  std::printf("  %-46s %7.2f MB  %6.2f s  %s\n", what, static_cast<double>(html.size()) / (1 << 20), seconds,
              result.diagnostics.empty() ? "parsed" : "read as plain text");
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path dir = argc > 1 ? fs::path(argv[1]) : fs::path(CLAIMDIFF_SHARED_DIR) / "bench-data/html-extraction/html";
  const std::vector<Page> pages = read_pages(dir);
  if (pages.empty()) {
    std::fprintf(stderr, "html_bench: no pages in %s\n", dir.c_str());
    return 2;
  }
  const std::size_t bytes = total_bytes(pages);

  // Correctness first: every page within the limits (parsed, not read as plain text).
  claimdiff::detail::HtmlShape widest;
  std::size_t refused = 0;
  for (const Page& page : pages) {
    refused += !claimdiff::detail::check_html_limits(page.html).empty();
    const claimdiff::detail::HtmlShape shape = claimdiff::detail::measure_html_shape(page.html);
    widest.max_depth = std::max(widest.max_depth, shape.max_depth);
    widest.parse_work = std::max(widest.parse_work, shape.parse_work);
  }
  const std::vector<std::string> checked = ingest_pages(pages);
  std::size_t kept = 0;
  std::size_t empty = 0;
  for (const std::string& text : checked) {
    kept += text.size();
    empty += text.empty();
  }
  std::printf("pages %zu, %.2f MB of HTML, %.2f MB kept; deepest estimated nesting %zu, most parse work %llu\n",
              pages.size(), static_cast<double>(bytes) / (1 << 20), static_cast<double>(kept) / (1 << 20),
              widest.max_depth, static_cast<unsigned long long>(widest.parse_work));
  std::printf("kept-text digest %016llx, %zu page(s) kept no text\n", static_cast<unsigned long long>(digest(checked)), empty);
  if (refused > 0) {
    std::fprintf(stderr, "html_bench: %zu page(s) past the parser's limits\n", refused);
    return 1;
  }

  // Best of kRepeats by wall clock and by the thread's CPU clock: on a loaded machine the wall
  // clock counts other processes' turns, the CPU clock what this core spent.
  struct Timing {
    double wall = 1e9;
    double cpu = 1e9;
  };
  Timing gumbo, limits, ingest;
  std::size_t sink = 0;
  const auto time = [](Timing& best, auto&& work) {
    const Stopwatch wall;
    const CpuStopwatch cpu;
    work();
    best.cpu = std::min(best.cpu, cpu.seconds());
    best.wall = std::min(best.wall, wall.seconds());
  };
  for (int r = 0; r < kRepeats; ++r) {
    time(gumbo, [&] { sink += bare_gumbo_parse(pages); });
    time(limits, [&] {
      for (const Page& page : pages) sink += claimdiff::detail::measure_html_shape(page.html).tags;
    });
    time(ingest, [&] { sink += ingest_pages(pages).size(); });
  }
  std::printf("%-30s %8s %10s %8s %10s %8s\n", "best of 5, one core", "wall s", "MB/s HTML", "CPU s", "MB/s HTML",
              "ratio");
  const auto row = [&](const char* what, const Timing& timing) {
    std::printf("%-30s %8.3f %10.1f %8.3f %10.1f %8.2f", what, timing.wall, megabytes_per_second(bytes, timing.wall),
                timing.cpu, megabytes_per_second(bytes, timing.cpu), timing.cpu / gumbo.cpu);
  };
  row("gumbo bare parse (baseline)", gumbo);
  std::printf("\n");
  row("limits check alone", limits);
  std::printf("\n");
  row("claimdiff HTML ingest", ingest);
  std::printf("   (%.2f MB/s of kept text by CPU time)\n", megabytes_per_second(kept, ingest.cpu));

  std::printf("hostile pages through ingest (limits: depth %zu, parse work %llu):\n",
              claimdiff::detail::HtmlLimits{}.max_depth,
              static_cast<unsigned long long>(claimdiff::detail::HtmlLimits{}.max_parse_work));
  time_hostile("80,000 nested <div>", repeat("<div>", 80'000) + "x" + repeat("</div>", 80'000));
  time_hostile("unclosed <div><p><b> x 100,000", repeat("<div><p><b>x ", 100'000));
  // The costliest page the limits let through: 990 open elements, then short tags until the
  // estimated work is just under the bound.
  const std::size_t fill = claimdiff::detail::HtmlLimits{}.max_parse_work / (2 * 991) - 1'000;
  time_hostile("990 deep, then spans up to the work bound", repeat("<div>", 990) + repeat("<i>x</i>", fill));
  const std::size_t over = fill * 3 / 2;
  time_hostile("990 deep, then spans 1.5 x past the bound", repeat("<div>", 990) + repeat("<i>x</i>", over));
  std::printf("peak memory %.0f MiB (sink %zu)\n", claimdiff::bench::peak_memory_mib(), sink % 10);
  return 0;
}
