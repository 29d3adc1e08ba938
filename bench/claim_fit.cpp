// The fitting harness of the claim pair model (data/models/claim_pairs.txt; driven by
// scripts/fit_claims.py, see docs/align.md). Extraction runs once per event and invocation; only the
// pair model, the clustering and diverge rerun per candidate setting, over pair features computed once.
//
//   claim_fit pairs OUT EVENT...    per event: OUT/<event>/report.json (the default pipeline, whose
//                                   statements the gold is matched to) and OUT/<event>/pairs.tsv
//   claim_fit sweep OUT [--ridge R] [--thresholds LO:HI:STEP] [--features a,b,...] [--align name=value] EVENT...
//                                   reads OUT/<event>/labels.tsv ("id_a id_b 0|1"); for the fold of all
//                                   events and each leave-one-event-out fold, fits the model on the
//                                   fold's events and writes OUT/fold-<name>/model.txt and, per
//                                   threshold, the report of every event: OUT/fold-<name>/t<T>/<event>.json
//   --align name=value (both commands) sets an AlignOptions field (edge_floor, candidate_floor,
//   corpus_idf_size, pair_floor, denial_coverage, exact) to measure its effect.
//
// An EVENT is a folder of articles (*.txt, or under articles/) as in ../shared/bench-data/news-dev.
#include <claimdiff/analyze.hpp>
#include <claimdiff/ingest.hpp>
#include <claimdiff/report.hpp>

#include "align/aligner_impl.hpp"
#include "bench_util.hpp"
#include "linear_fit.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
namespace detail = claimdiff::detail;
using claimdiff::Report;

struct Event {
  std::string name;
  Report report;
  std::vector<detail::ScoredPair> pairs;
};

// The event's article files, sorted by name (as events.py copies them).
std::vector<std::string> article_files(const fs::path& event) {
  const fs::path dir = fs::is_directory(event / "articles") ? event / "articles" : event;
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

Event read_event(const std::string& path, const claimdiff::Analyzer& analyzer) {
  Event event;
  event.name = fs::path(path).filename().string();
  if (event.name.empty()) event.name = fs::path(path).parent_path().filename().string();
  claimdiff::IngestResult input = claimdiff::ingest(article_files(path));
  event.report = analyzer.analyze(std::move(input.articles), std::move(input.diagnostics));
  const auto& impl = detail::AlignerAccess::impl(analyzer.aligner());
  event.pairs = impl.candidate_pairs(impl.profiles_of(event.report.statements, detail::SpeakerIdentity(event.report.statements)));
  return event;
}

bool write_text(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

std::string report_json(const Report& report) {
  std::ostringstream out;
  claimdiff::write_json(out, report);
  return out.str();
}

std::string pairs_tsv(const Event& event) {
  std::ostringstream out;
  out << "a\tb";
  for (const auto name : detail::claim_feature_names()) out << '\t' << name;
  out << '\n';
  for (const detail::ScoredPair& pair : event.pairs) {
    out << event.report.statements[pair.a].id << '\t' << event.report.statements[pair.b].id;
    for (const double f : pair.features) out << '\t' << f;
    out << '\n';
  }
  return out.str();
}

// Gold labels of candidate pairs: index into event.pairs -> 0 or 1 (pairs the gold does not judge
// are absent).
std::map<std::size_t, double> read_labels(const fs::path& path, const Event& event) {
  std::map<std::string, std::uint32_t> index_of;
  for (std::uint32_t i = 0; i < event.report.statements.size(); ++i) index_of.emplace(event.report.statements[i].id, i);
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> pair_of;
  for (std::size_t p = 0; p < event.pairs.size(); ++p) pair_of.emplace(std::pair{event.pairs[p].a, event.pairs[p].b}, p);
  std::map<std::size_t, double> labels;
  std::istringstream in(claimdiff::bench::read_file(path));
  std::string a, b;
  double label = 0;
  while (in >> a >> b >> label) {
    const auto ia = index_of.find(a);
    const auto ib = index_of.find(b);
    if (ia == index_of.end() || ib == index_of.end()) continue;
    const auto found = pair_of.find({std::min(ia->second, ib->second), std::max(ia->second, ib->second)});
    if (found != pair_of.end()) labels[found->second] = label;
  }
  return labels;
}

struct SweepOptions {
  claimdiff::AnalyzeOptions analyze;  // --align name=value sets one of its aligner's options
  double ridge = 1.0;
  double low = 0.10, high = 0.60, step = 0.025;
  std::vector<bool> used = std::vector<bool>(detail::kClaimFeatureCount, true);
};

// Each event weighs the same in the fit, however many pairs it has: a fit that generalises across
// events, not one dominated by the longest.
detail::LinearModel fit_fold(const std::vector<Event>& events, const std::vector<std::map<std::size_t, double>>& labels,
                             const std::vector<bool>& in_fold, const SweepOptions& options) {
  claimdiff::bench::FeatureRows rows;
  std::vector<double> y, weight;
  std::size_t total = 0, used_events = 0;
  for (std::size_t e = 0; e < events.size(); ++e)
    if (in_fold[e]) {
      total += labels[e].size();
      ++used_events;
    }
  for (std::size_t e = 0; e < events.size(); ++e) {
    if (!in_fold[e] || labels[e].empty()) continue;
    const double w = static_cast<double>(total) / static_cast<double>(used_events * labels[e].size());
    for (const auto& [p, label] : labels[e]) {
      rows.emplace_back(events[e].pairs[p].features.begin(), events[e].pairs[p].features.end());
      y.push_back(label);
      weight.push_back(w);
    }
  }
  return claimdiff::bench::fit_logistic(rows, y, options.ridge, options.used, weight);
}

std::string threshold_name(double t) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "t%.3f", t);
  return buffer;
}

int sweep(const fs::path& out, std::vector<Event>& events, const claimdiff::Analyzer& analyzer, const SweepOptions& options) {
  std::vector<std::map<std::size_t, double>> labels;
  for (const Event& event : events) {
    labels.push_back(read_labels(out / event.name / "labels.tsv", event));
    std::printf("%s: %zu statements, %zu candidate pairs, %zu labelled\n", event.name.c_str(), event.report.statements.size(),
                event.pairs.size(), labels.back().size());
  }
  const auto& impl = detail::AlignerAccess::impl(analyzer.aligner());
  std::vector<detail::CorpusProfiles> corpora;
  for (const Event& event : events) corpora.push_back(impl.profiles_of(event.report.statements, detail::SpeakerIdentity(event.report.statements)));
  for (std::size_t fold = 0; fold <= events.size(); ++fold) {
    // Fold 0: every event; fold k: all but event k-1.
    std::vector<bool> in_fold(events.size(), true);
    if (fold > 0) in_fold[fold - 1] = false;
    const std::string name = fold == 0 ? "all" : "without-" + events[fold - 1].name;
    const detail::LinearModel model = fit_fold(events, labels, in_fold, options);
    if (!write_text(out / ("fold-" + name) / "model.txt",
                    detail::format_model(model, detail::claim_feature_names(), "# fold " + name + "\n")))
      return 2;
    for (double t = options.low; t <= options.high + 1e-9; t += options.step)
      for (std::size_t e = 0; e < events.size(); ++e) {
        Report report = events[e].report;
        report.claims = impl.cluster(report.statements, corpora[e], events[e].pairs, model, t);
        claimdiff::diverge(report.claims, report.statements, report.articles, options.analyze.diverge);
        if (!write_text(out / ("fold-" + name) / threshold_name(t) / (events[e].name + ".json"), report_json(report))) return 2;
      }
    std::printf("fold %s fitted\n", name.c_str());
  }
  return 0;
}

bool parse_sweep_flag(const std::string& flag, const std::string& value, SweepOptions& options) {
  if (flag == "--ridge") {
    options.ridge = std::stod(value);
  } else if (flag == "--thresholds") {
    if (std::sscanf(value.c_str(), "%lf:%lf:%lf", &options.low, &options.high, &options.step) != 3 || options.step <= 0)
      return false;
  } else if (flag == "--align") {
    const auto eq = value.find('=');
    if (eq == std::string::npos) return false;
    const std::string name = value.substr(0, eq);
    const double number = std::stod(value.substr(eq + 1));
    claimdiff::AlignOptions& align = options.analyze.align;
    if (name == "edge_floor") align.edge_floor = number;
    else if (name == "candidate_floor") align.candidate_floor = number;
    else if (name == "corpus_idf_size") align.corpus_idf_size = number;
    else if (name == "pair_floor") align.pair_floor = number;
    else if (name == "denial_coverage") align.denial_coverage = number;
    else if (name == "exact") align.exact = number != 0.0;
    else if (name == "firm_fit") options.analyze.diverge.firm_fit = number;
    else return false;
  } else if (flag == "--features") {
    options.used.assign(detail::kClaimFeatureCount, false);
    std::istringstream names(value);
    std::string feature;
    while (std::getline(names, feature, ',')) {
      const auto& all = detail::claim_feature_names();
      const auto it = std::find(all.begin(), all.end(), feature);
      if (it == all.end()) return false;
      options.used[static_cast<std::size_t>(it - all.begin())] = true;
    }
  } else {
    return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4 || (std::string(argv[1]) != "pairs" && std::string(argv[1]) != "sweep")) {
    std::fprintf(stderr, "usage: claim_fit pairs|sweep OUT [--ridge R] [--thresholds LO:HI:STEP] [--features a,b] EVENT...\n");
    return 2;
  }
  const std::string command = argv[1];
  const fs::path out = argv[2];
  SweepOptions options;
  std::vector<std::string> paths;
  for (int i = 3; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.rfind("--", 0) == 0) {
      if (i + 1 >= argc || !parse_sweep_flag(arg, argv[i + 1], options)) {
        std::fprintf(stderr, "claim_fit: bad flag %s\n", arg.c_str());
        return 2;
      }
      ++i;
    } else {
      paths.push_back(arg);
    }
  }
  claimdiff::bench::Stopwatch clock;
  const claimdiff::Analyzer analyzer(options.analyze);
  std::vector<Event> events;
  for (const std::string& path : paths) events.push_back(read_event(path, analyzer));
  int status = 0;
  if (command == "pairs") {
    for (const Event& event : events)
      if (!write_text(out / event.name / "report.json", report_json(event.report)) ||
          !write_text(out / event.name / "pairs.tsv", pairs_tsv(event)))
        status = 2;
  } else {
    status = sweep(out, events, analyzer, options);
  }
  std::printf("seconds=%.1f peak_mib=%.0f\n", clock.seconds(), claimdiff::bench::peak_memory_mib());
  return status;
}
