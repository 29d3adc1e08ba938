// Benchmark of the corpus store: generates N local-news articles (default 100,000; quotes, reported
// speech, figures), adds them through the whole pipeline (segment, extract, store) on one thread,
// then times `quote` on 200 quotes drawn from the stored articles (median, p99), after checking that
// each query finds its source article's quote verbatim. Baseline: the same audit over a full scan.
// Usage: store_bench [articles] [database path]
#include <claimdiff/analyze.hpp>
#include <claimdiff/store.hpp>

#include "bench_util.hpp"

#include <sqlite3.h>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace claimdiff;

constexpr const char* kFirst[] = {"Maria", "Tom", "Ann", "David", "Lena", "Omar", "Grace", "Henry", "Priya", "Jonas",
                                  "Sofia", "Marcus", "Elena", "Victor", "Chen", "Amara", "Lucas", "Nadia", "Peter", "Ines"};
constexpr const char* kLast[] = {"Jensen", "Reyes", "Cole", "Okafor", "Brandt", "Novak", "Moreau", "Tanaka", "Silva",
                                 "Kowalski", "Haddad", "Larsen", "Petrov", "Quinn", "Ferreira", "Lindqvist", "Osei", "Walsh"};
constexpr const char* kRoles[] = {"mayor", "council member", "school board chair", "police chief", "county clerk",
                                  "union leader", "hospital director", "transit manager", "state senator", "fire chief"};
constexpr const char* kPlaces[] = {"Millbrook", "Eastport", "Carver Falls", "Linden", "Ashford", "Bayview", "Redwater",
                                   "Northgate", "Elm Hollow", "Stonebridge", "Kingsford", "Marlow", "Fairhaven", "Oakridge"};
constexpr const char* kThings[] = {"library", "bridge", "clinic", "school", "harbor wall", "bus depot", "water plant",
                                   "stadium", "fire station", "park", "housing project", "rail line", "market hall"};
constexpr const char* kVerbs[] = {"rebuild", "close", "expand", "sell", "repair", "replace", "move", "fund", "delay", "review"};
constexpr const char* kQualities[] = {"the wrong priority", "long overdue", "a reckless gamble", "good news for families",
                                      "a waste of public money", "the best option we have", "a promise kept",
                                      "unfair to older residents", "a first step", "too little, too late"};
constexpr const char* kReasons[] = {"the budget is already stretched", "the old building is unsafe",
                                    "residents asked for it for years", "the state grant expires in June",
                                    "costs rose sharply last year", "the contractor went bankrupt",
                                    "flooding damaged the site", "enrolment keeps growing"};

template <typename T, std::size_t N>
const char* pick(std::mt19937& random, const T (&items)[N]) {
  return items[random() % N];
}

struct Generated {
  Article article;
  std::string quote;  // the words one of its direct quotes gives
};

Generated generate(int n) {
  std::mt19937 random(static_cast<unsigned>(n) * 2654435761u + 17u);
  const std::string place = pick(random, kPlaces);
  const std::string thing = pick(random, kThings);
  const std::string verb = pick(random, kVerbs);
  const std::string speaker = std::string(pick(random, kFirst)) + " " + pick(random, kLast);
  const std::string other = std::string(pick(random, kFirst)) + " " + pick(random, kLast);
  const std::string role = pick(random, kRoles);
  const std::string quality = pick(random, kQualities);
  const std::string reason = pick(random, kReasons);
  const int votes = 5 + static_cast<int>(random() % 4);
  const int millions = 2 + static_cast<int>(random() % 40);
  const int year = 1950 + static_cast<int>(random() % 70);
  // A quote made distinct per article by its figures and names, as real quotes are.
  const std::string quote = "Plan " + std::to_string(n) + " to " + verb + " the " + thing + " in " + place + " is " +
                            quality + " because " + reason;
  std::ostringstream text;
  text << "Council votes to " << verb << " the " << thing << " in " << place << "\n\n"
       << "The " << place << " council voted " << votes << " to 2 on Tuesday to " << verb << " the " << thing << ". "
       << "\"" << quote << ",\" said " << speaker << ", the " << role << ". "
       << speaker << " said the work would cost about " << millions << " million dollars. "
       << "Opponents argued that the money should go to road repairs instead.\n\n"
       << "\"We were not consulted about the " << thing << ",\" " << other << " told the meeting. "
       << "According to the town engineer, the " << thing << " was built in " << year << ". "
       << "Residents packed the hall, and some held signs. "
       << other << " said " << reason << ". "
       << "A public hearing on the " << thing << " is set for next month, officials said.\n";
  Generated out;
  out.article.id = "article-" + std::to_string(n);
  out.article.outlet = std::string(pick(random, kPlaces)) + " " + (random() % 2 ? "Herald" : "Gazette");
  out.article.date = "2024-" + std::string(n % 12 < 9 ? "0" : "") + std::to_string(n % 12 + 1) + "-" +
                     std::string(n % 28 < 9 ? "0" : "") + std::to_string(n % 28 + 1);
  out.article.title = "Council votes on the " + thing;
  out.article.text = text.str();
  out.quote = quote;
  return out;
}

// CPU seconds this process has used (user + system): on a shared machine a truer measure of
// one-core throughput than the wall clock.
double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  return values[std::min(index, values.size() - 1)];
}

std::uintmax_t size_on_disk(const std::string& path) {
  std::uintmax_t total = 0;
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path + suffix, error);
    if (!error) total += size;
  }
  return total;
}

void checkpoint(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) == SQLITE_OK) sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
  sqlite3_close(db);
}

}  // namespace

int main(int argc, char** argv) {
  const int count = argc > 1 ? std::max(200, std::atoi(argv[1])) : 100000;
  const std::string path = argc > 2 ? argv[2] : (std::filesystem::temp_directory_path() / "claimdiff_store_bench.db").string();
  // --reuse: time the queries on a store an earlier run built (same N), without adding again.
  const bool reuse = argc > 3 && std::string(argv[3]) == "--reuse";
  if (!reuse)
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);

  AnalyzeOptions options;
  options.threads = 1;
  const Analyzer analyzer(options);
  std::vector<std::string> quotes;
  quotes.reserve(static_cast<std::size_t>(count));
  std::size_t bytes = 0;
  std::size_t statements = 0;
  double add_seconds = 0.0;
  double add_cpu = 0.0;
  if (reuse) {
    for (int n = 0; n < count; ++n) quotes.push_back(generate(n).quote);
  } else {
    Store store(path);
    const double cpu_start = cpu_seconds();
    const bench::Stopwatch clock;
    for (int n = 0; n < count; ++n) {
      Generated generated = generate(n);
      bytes += generated.article.text.size();
      statements += store.add(generated.article, analyzer.segmenter(), analyzer.extractor()).statements;
      quotes.push_back(std::move(generated.quote));
      if ((n + 1) % 10000 == 0)
        std::fprintf(stderr, "  %d articles, %.0f/s wall, %.0f per CPU second\n", n + 1, (n + 1) / clock.seconds(),
                     (n + 1) / (cpu_seconds() - cpu_start));
    }
    add_seconds = clock.seconds();
    add_cpu = cpu_seconds() - cpu_start;
  }
  checkpoint(path);
  if (!reuse)
    std::printf("add: %d articles (%.1f MB, %zu statements) in %.1f s wall, %.1f s CPU: %.0f articles/s wall, "
              "%.0f articles per CPU second, %.2f MB/s, one thread\n", count, static_cast<double>(bytes) / 1048576.0,
              statements, add_seconds, add_cpu, count / add_seconds, count / add_cpu,
              bench::megabytes_per_second(bytes, add_seconds));
  std::printf("store size on disk: %.1f MB (%.0f bytes per article)\n", static_cast<double>(size_on_disk(path)) / 1048576.0,
              static_cast<double>(size_on_disk(path)) / count);

  const Store store(path, StoreOptions{.read_only = true});
  const Aligner& aligner = analyzer.aligner();
  // Check before timing: each query finds its own article's quote, verbatim, first.
  std::mt19937 random(7);
  std::vector<int> picks;
  for (int i = 0; i < 200; ++i) picks.push_back(static_cast<int>(random() % static_cast<unsigned>(count)));
  std::size_t found = 0;
  std::vector<double> latencies;
  std::vector<double> cpu_latencies;
  for (int n : picks) {
    const double cpu_start = cpu_seconds();
    const bench::Stopwatch clock;
    const QuoteAudit audit = audit_stored_quote(store, quotes[static_cast<std::size_t>(n)], aligner);
    latencies.push_back(clock.seconds() * 1000.0);
    cpu_latencies.push_back((cpu_seconds() - cpu_start) * 1000.0);
    if (!audit.renderings.empty() && audit.renderings[0].article == "article-" + std::to_string(n) &&
        audit.renderings[0].fidelity == Fidelity::verbatim)
      ++found;
    else
      std::fprintf(stderr, "  missed: \"%s\" (%zu renderings, first %s)\n", quotes[static_cast<std::size_t>(n)].c_str(),
                   audit.renderings.size(), audit.renderings.empty() ? "-" : audit.renderings[0].statement.c_str());
  }
  std::printf("quote: %zu of %zu queries find their source quote verbatim and first\n", found, picks.size());
  if (found < picks.size() * 95 / 100) {
    std::fprintf(stderr, "store_bench: the quote audit misses its sources; timings are not meaningful\n");
    return 1;
  }
  std::printf("quote latency over %zu queries (FTS5 candidates): median %.1f ms, p99 %.1f ms, max %.1f ms\n",
              latencies.size(), percentile(latencies, 0.5), percentile(latencies, 0.99),
              *std::max_element(latencies.begin(), latencies.end()));
  std::printf("quote CPU time per query: median %.1f ms, p99 %.1f ms\n", percentile(cpu_latencies, 0.5),
              percentile(cpu_latencies, 0.99));

  // Harder: the same quotes without their distinctive "Plan <n>" opening, so every word is shared
  // by thousands of statements; the source must still be among the verbatim renderings.
  std::vector<double> hard_latencies;
  std::vector<double> hard_cpu;
  std::size_t hard_found = 0;
  for (int n : picks) {
    const std::string& quote = quotes[static_cast<std::size_t>(n)];
    const std::string hard = quote.substr(quote.find(" to ") + 4);
    const double cpu_start = cpu_seconds();
    const bench::Stopwatch clock;
    const QuoteAudit audit = audit_stored_quote(store, hard, aligner);
    hard_latencies.push_back(clock.seconds() * 1000.0);
    hard_cpu.push_back((cpu_seconds() - cpu_start) * 1000.0);
    const std::string source = "article-" + std::to_string(n);
    hard_found += std::any_of(audit.renderings.begin(), audit.renderings.end(), [&](const Rendering& r) {
      return r.article == source && r.fidelity == Fidelity::verbatim;
    });
  }
  std::printf("quote without the distinctive words: %zu of %zu find their source verbatim; median %.1f ms, p99 %.1f ms "
              "(CPU median %.1f ms, p99 %.1f ms)\n", hard_found, picks.size(), percentile(hard_latencies, 0.5),
              percentile(hard_latencies, 0.99), percentile(hard_cpu, 0.5), percentile(hard_cpu, 0.99));

  // Baseline: the same audit over a full scan of the first 20,000 stored statements.
  const std::vector<Statement> all = store.statements();
  const std::vector<Statement> scan(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(all.size(), 20000)));
  const std::vector<ArticleReport> none;
  std::vector<double> scan_latencies;
  for (int i = 0; i < 5; ++i) {
    const bench::Stopwatch clock;
    (void)audit_quote(quotes[static_cast<std::size_t>(picks[static_cast<std::size_t>(i)])], scan, none, aligner);
    scan_latencies.push_back(clock.seconds() * 1000.0);
  }
  const double per_statement = percentile(scan_latencies, 0.5) / static_cast<double>(scan.size());
  std::printf("baseline, full scan: median %.1f ms over %zu statements, so ~%.1f s for all %zu\n",
              percentile(scan_latencies, 0.5), scan.size(), per_statement * static_cast<double>(all.size()) / 1000.0,
              all.size());
  std::printf("peak memory: %.0f MiB\n", bench::peak_memory_mib());
  return 0;
}
