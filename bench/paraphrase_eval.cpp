// Measures the similarity engine on public paraphrase benchmarks read from ../shared/bench-data:
// MSRP (accuracy, F1) and STS-B (Pearson), for Aligner::similarity (unsupervised; MSRP threshold tuned
// on train) and for the fitted models of data/models/ over detail::pair_features.
// Usage: paraphrase_eval [fit] [bench-data dir]. `fit` refits the models (MSRP: logistic regression
// on msr_paraphrase_train.txt; STS-B: ridge regression on sts-train.csv, ridge chosen on sts-dev.csv)
// and rewrites data/models/*.txt before measuring. Prints one line per figure.
#include <claimdiff/align.hpp>

#include "bench_util.hpp"
#include "linear_fit.hpp"
#include "align/similarity.hpp"
#include "align/wordnet.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using claimdiff::bench::split_tabs;

struct Pair {
  std::string a;
  std::string b;
  double gold = 0.0;  // MSRP: 0/1; STS-B: 0..5
  std::string genre;  // STS-B: main-captions, main-forum, main-news
};

// MSRP: "Quality #1 ID #2 ID #1 String #2 String", a header line, UTF-8 with BOM.
std::vector<Pair> read_msrp(const std::string& path) {
  std::ifstream in(path);
  std::vector<Pair> pairs;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    const auto f = split_tabs(line);
    if (f.size() < 5) continue;
    pairs.push_back({f[3], f[4], f[0] == "1" ? 1.0 : 0.0, {}});
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
    pairs.push_back({f[5], f[6], std::atof(f[4].c_str()), f[0]});
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

namespace detail = claimdiff::detail;
using Features = std::vector<detail::PairFeatures>;

Features features_of(const detail::WordNet& wordnet, const std::vector<Pair>& pairs) {
  const detail::ScoreWeights weights;
  Features out;
  out.reserve(pairs.size());
  for (const Pair& p : pairs) out.push_back(detail::pair_features(p.a, p.b, wordnet, weights));
  return out;
}

std::vector<double> predict(const detail::LinearModel& model, const Features& x) {
  std::vector<double> out;
  out.reserve(x.size());
  for (const auto& f : x) out.push_back(model.apply(f));
  return out;
}

// The features as rows for the fitters, and the pairs' gold as their labels or targets.
claimdiff::bench::FeatureRows rows_of(const Features& x) {
  claimdiff::bench::FeatureRows rows;
  rows.reserve(x.size());
  for (const auto& f : x) rows.emplace_back(f.begin(), f.end());
  return rows;
}

std::vector<double> gold_of(const std::vector<Pair>& pairs) {
  std::vector<double> gold;
  for (const Pair& p : pairs) gold.push_back(p.gold);
  return gold;
}

// Logistic regression over the first `used` features.
detail::LinearModel fit_logistic(const Features& x, const std::vector<Pair>& pairs, double ridge, std::size_t used) {
  std::vector<bool> mask(detail::kPairFeatureCount, false);
  for (std::size_t j = 0; j < used; ++j) mask[j] = true;
  return claimdiff::bench::fit_logistic(rows_of(x), gold_of(pairs), ridge, mask);
}

detail::LinearModel fit_ridge(const Features& x, const std::vector<Pair>& pairs, double ridge) {
  return claimdiff::bench::fit_ridge(rows_of(x), gold_of(pairs), ridge);
}

bool read_model(const std::string& path, detail::LinearModel& model) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  std::string error;
  if (!in || !detail::parse_model(text.str(), detail::pair_feature_names(), model, error)) {
    std::fprintf(stderr, "paraphrase_eval: cannot read the model %s: %s (run `paraphrase_eval fit`)\n", path.c_str(), error.c_str());
    return false;
  }
  return true;
}

bool write_model(const std::string& path, const detail::LinearModel& model, const std::string& header) {
  std::ofstream out(path);
  out << detail::format_model(model, detail::pair_feature_names(), header);
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  int arg = 1;
  const bool fit = argc > arg && std::string(argv[arg]) == "fit";
  if (fit) ++arg;
  const std::string dir = argc > arg ? argv[arg] : std::string(CLAIMDIFF_SHARED_DIR) + "/bench-data";
  const std::string models = std::string(CLAIMDIFF_SOURCE_DIR) + "/data/models";
  claimdiff::bench::Stopwatch clock;
  const claimdiff::Aligner aligner;
  const detail::WordNet wordnet(aligner.options().wordnet_dir);
  const auto msrp_train = read_msrp(dir + "/msrp/msr_paraphrase_train.txt");
  const auto msrp_test = read_msrp(dir + "/msrp/msr_paraphrase_test.txt");
  const auto sts_train = read_stsb(dir + "/stsb/sts-train.csv");
  const auto sts_test = read_stsb(dir + "/stsb/sts-test.csv");
  const auto sts_dev = read_stsb(dir + "/stsb/sts-dev.csv");
  if (msrp_train.empty() || msrp_test.empty() || sts_test.empty() || sts_dev.empty() || (fit && sts_train.empty())) {
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
  const Binary claim = classify(msrp_test, s_test, aligner.options().similarity_threshold);
  std::printf("similarity msrp.train threshold=%.2f accuracy=%.4f\n", best_threshold, best_accuracy);
  std::printf("similarity msrp.test accuracy=%.4f f1=%.4f (threshold %.2f tuned on train)\n", tuned.accuracy, tuned.f1, best_threshold);
  std::printf("similarity msrp.test at the similarity threshold %.2f: accuracy=%.4f f1=%.4f\n", aligner.options().similarity_threshold, claim.accuracy, claim.f1);
  std::printf("similarity stsb.dev pearson=%.4f\n", pearson(sts_dev, scores(aligner, sts_dev)));
  std::printf("similarity stsb.test pearson=%.4f\n", pearson(sts_test, scores(aligner, sts_test)));

  const Features f_msrp_train = features_of(wordnet, msrp_train);
  const Features f_msrp_test = features_of(wordnet, msrp_test);
  const Features f_sts_dev = features_of(wordnet, sts_dev);
  const Features f_sts_test = features_of(wordnet, sts_test);
  const std::string msrp_path = models + "/msrp_logistic.txt";
  const std::string sts_path = models + "/stsb_ridge.txt";
  detail::LinearModel msrp_model;
  detail::LinearModel sts_model;
  if (fit) {
    constexpr double kLogisticRidge = 1.0;
    // The feature set: the basic ones or all (adding per-class coverage and link order), whichever has the better 10-fold cross-validated train accuracy.
    std::size_t best_used = 0;
    double best_cv = -1.0;
    for (const std::size_t used : {detail::kBasicFeatureCount, detail::kPairFeatureCount}) {
      double correct = 0.0;
      constexpr std::size_t kFolds = 10;
      for (std::size_t fold = 0; fold < kFolds; ++fold) {
        Features fx;
        std::vector<Pair> fp;
        for (std::size_t i = 0; i < f_msrp_train.size(); ++i)
          if (i % kFolds != fold) {
            fx.push_back(f_msrp_train[i]);
            fp.push_back(msrp_train[i]);
          }
        const auto model = fit_logistic(fx, fp, kLogisticRidge, used);
        for (std::size_t i = fold; i < f_msrp_train.size(); i += kFolds)
          correct += (model.apply(f_msrp_train[i]) >= 0.5) == (msrp_train[i].gold > 0.5) ? 1.0 : 0.0;
      }
      const double cv = correct / static_cast<double>(f_msrp_train.size());
      std::printf("fit: msrp 10-fold train accuracy with %zu features=%.4f\n", used, cv);
      if (cv > best_cv) {
        best_cv = cv;
        best_used = used;
      }
    }
    msrp_model = fit_logistic(f_msrp_train, msrp_train, kLogisticRidge, best_used);
    // The decision threshold on the probability: the best accuracy on train, over a grid.
    const auto p_train = predict(msrp_model, f_msrp_train);
    double best = 0.0;
    for (int k = 20; k <= 80; ++k) {
      const Binary b = classify(msrp_train, p_train, k / 100.0);
      if (b.accuracy > best) {
        best = b.accuracy;
        msrp_model.threshold = k / 100.0;
      }
    }
    // The ridge penalty: the best Pearson on sts-dev.
    const Features f_sts_train = features_of(wordnet, sts_train);
    double best_pearson = -1.0;
    double best_ridge = 0.0;
    for (const double ridge : {0.001, 0.01, 0.1, 1.0, 10.0, 100.0, 1000.0, 10000.0}) {
      const auto model = fit_ridge(f_sts_train, sts_train, ridge);
      const double r = pearson(sts_dev, predict(model, f_sts_dev));
      if (r > best_pearson) {
        best_pearson = r;
        best_ridge = ridge;
        sts_model = model;
      }
    }
    char header[512];
    std::snprintf(header, sizeof header,
                  "# claimdiff MSRP paraphrase model: logistic regression (Newton/IRLS, L2 penalty %.2f on the\n"
                  "# standardised weights) over the first %zu detail::pair_features (by 10-fold train accuracy),\n"
                  "# fitted on msr_paraphrase_train.txt only (%zu pairs); threshold = best train accuracy.\n"
                  "# Redo: build/bench/paraphrase_eval fit\n",
                  kLogisticRidge, best_used, msrp_train.size());
    if (!write_model(msrp_path, msrp_model, header)) return 2;
    std::snprintf(header, sizeof header,
                  "# claimdiff STS-B similarity model: ridge regression (penalty %.2f chosen by sts-dev Pearson) over\n"
                  "# detail::pair_features, fitted on sts-train.csv only (%zu pairs); predicts the 0-5 gold score.\n"
                  "# Redo: build/bench/paraphrase_eval fit\n",
                  best_ridge, sts_train.size());
    if (!write_model(sts_path, sts_model, header)) return 2;
    std::printf("fit: wrote %s (threshold %.2f) and %s (ridge %.2f)\n", msrp_path.c_str(), msrp_model.threshold, sts_path.c_str(), best_ridge);
  } else if (!read_model(msrp_path, msrp_model) || !read_model(sts_path, sts_model)) {
    return 2;
  }
  const Binary train_fit = classify(msrp_train, predict(msrp_model, f_msrp_train), msrp_model.threshold);
  const Binary test_fit = classify(msrp_test, predict(msrp_model, f_msrp_test), msrp_model.threshold);
  std::printf("model msrp.train accuracy=%.4f f1=%.4f\n", train_fit.accuracy, train_fit.f1);
  std::printf("msrp.test accuracy=%.4f f1=%.4f (logistic model, threshold %.2f)\n", test_fit.accuracy, test_fit.f1, msrp_model.threshold);
  std::printf("stsb.dev pearson=%.4f (ridge model)\n", pearson(sts_dev, predict(sts_model, f_sts_dev)));
  const auto p_sts_test = predict(sts_model, f_sts_test);
  std::printf("stsb.test pearson=%.4f (ridge model)\n", pearson(sts_test, p_sts_test));
  // Per genre (the file's first column), to see where the model is weak.
  std::vector<std::string> genres;
  for (const Pair& p : sts_test)
    if (std::find(genres.begin(), genres.end(), p.genre) == genres.end()) genres.push_back(p.genre);
  for (const std::string& genre : genres) {
    std::vector<Pair> part;
    std::vector<double> predicted;
    for (std::size_t i = 0; i < sts_test.size(); ++i)
      if (sts_test[i].genre == genre) {
        part.push_back(sts_test[i]);
        predicted.push_back(p_sts_test[i]);
      }
    std::printf("  stsb.test %s pearson=%.4f (%zu pairs)\n", genre.c_str(), pearson(part, predicted), part.size());
  }
  std::printf("seconds=%.1f peak_mib=%.0f\n", clock.seconds(), claimdiff::bench::peak_memory_mib());
  return 0;
}
