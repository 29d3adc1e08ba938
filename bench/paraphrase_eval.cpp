// Measures Aligner::similarity on public paraphrase benchmarks read from ../shared/bench-data:
// MSRP (accuracy and F1; the decision threshold is tuned on the train file only) and STS-B (Pearson).
// Usage: paraphrase_eval [bench-data dir]. Prints one line per figure.
#include <claimdiff/align.hpp>

#include "bench_util.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

struct Pair {
  std::string a;
  std::string b;
  double gold = 0.0;  // MSRP: 0/1; STS-B: 0..5
};

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  if (!out.empty() && !out.back().empty() && out.back().back() == '\r') out.back().pop_back();
  return out;
}

// MSRP: "Quality #1 ID #2 ID #1 String #2 String", a header line, UTF-8 with BOM.
std::vector<Pair> read_msrp(const std::string& path) {
  std::ifstream in(path);
  std::vector<Pair> pairs;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    const auto f = split_tabs(line);
    if (f.size() < 5) continue;
    pairs.push_back({f[3], f[4], f[0] == "1" ? 1.0 : 0.0});
  }
  return pairs;
}

// STS-B: split on tabs only; score in column 5, sentences in 6 and 7.
std::vector<Pair> read_stsb(const std::string& path) {
  std::ifstream in(path);
  std::vector<Pair> pairs;
  std::string line;
  while (std::getline(in, line)) {
    const auto f = split_tabs(line);
    if (f.size() < 7) continue;
    pairs.push_back({f[5], f[6], std::atof(f[4].c_str())});
  }
  return pairs;
}

std::vector<double> scores(const claimdiff::Aligner& aligner, const std::vector<Pair>& pairs) {
  std::vector<double> out;
  out.reserve(pairs.size());
  for (const Pair& p : pairs) out.push_back(aligner.similarity(p.a, p.b));
  return out;
}

struct Binary {
  double accuracy = 0.0;
  double f1 = 0.0;
};

Binary classify(const std::vector<Pair>& pairs, const std::vector<double>& s, double threshold) {
  double tp = 0, fp = 0, fn = 0, correct = 0;
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    const bool said = s[i] >= threshold;
    const bool gold = pairs[i].gold > 0.5;
    correct += said == gold;
    tp += said && gold;
    fp += said && !gold;
    fn += !said && gold;
  }
  Binary b;
  b.accuracy = correct / static_cast<double>(pairs.size());
  b.f1 = tp > 0 ? 2 * tp / (2 * tp + fp + fn) : 0.0;
  return b;
}

double pearson(const std::vector<Pair>& pairs, const std::vector<double>& s) {
  const double n = static_cast<double>(pairs.size());
  double mx = 0, my = 0;
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    mx += s[i];
    my += pairs[i].gold;
  }
  mx /= n;
  my /= n;
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    sxy += (s[i] - mx) * (pairs[i].gold - my);
    sxx += (s[i] - mx) * (s[i] - mx);
    syy += (pairs[i].gold - my) * (pairs[i].gold - my);
  }
  return sxy / std::sqrt(sxx * syy);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1] : std::string(CLAIMDIFF_SHARED_DIR) + "/bench-data";
  claimdiff::bench::Stopwatch clock;
  const claimdiff::Aligner aligner;
  const auto msrp_train = read_msrp(dir + "/msrp/msr_paraphrase_train.txt");
  const auto msrp_test = read_msrp(dir + "/msrp/msr_paraphrase_test.txt");
  const auto sts_test = read_stsb(dir + "/stsb/sts-test.csv");
  const auto sts_dev = read_stsb(dir + "/stsb/sts-dev.csv");
  if (msrp_train.empty() || msrp_test.empty() || sts_test.empty()) {
    std::fprintf(stderr, "paraphrase_eval: cannot read the benchmarks under %s\n", dir.c_str());
    return 2;
  }
  const auto s_train = scores(aligner, msrp_train);
  const auto s_test = scores(aligner, msrp_test);
  // The MSRP decision threshold: the best accuracy on train, over a grid.
  double best_threshold = 0.5, best_accuracy = 0.0;
  for (int k = 10; k <= 90; ++k) {
    const double t = k / 100.0;
    const Binary b = classify(msrp_train, s_train, t);
    if (b.accuracy > best_accuracy) {
      best_accuracy = b.accuracy;
      best_threshold = t;
    }
  }
  const Binary tuned = classify(msrp_test, s_test, best_threshold);
  const Binary claim = classify(msrp_test, s_test, aligner.options().threshold);
  std::printf("msrp.train threshold=%.2f accuracy=%.4f\n", best_threshold, best_accuracy);
  std::printf("msrp.test accuracy=%.4f f1=%.4f (threshold %.2f tuned on train)\n", tuned.accuracy, tuned.f1, best_threshold);
  std::printf("msrp.test at the claim threshold %.2f: accuracy=%.4f f1=%.4f\n", aligner.options().threshold, claim.accuracy, claim.f1);
  std::printf("stsb.dev pearson=%.4f\n", pearson(sts_dev, scores(aligner, sts_dev)));
  std::printf("stsb.test pearson=%.4f\n", pearson(sts_test, scores(aligner, sts_test)));
  std::printf("seconds=%.1f peak_mib=%.0f\n", clock.seconds(), claimdiff::bench::peak_memory_mib());
  return 0;
}
