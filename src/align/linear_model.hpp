// A fitted linear model over named features and its text file format (data/models/*.txt): the one
// reader and writer for the paraphrase models and the claim pair model alike.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace claimdiff::detail {

// Standardised features, weights, bias; `logistic` maps the sum through the logistic function (a
// probability), else the sum is the regression's prediction. A feature with scale 0 takes no part.
struct LinearModel {
  LinearModel() = default;
  explicit LinearModel(std::size_t features) : mean(features, 0.0), scale(features, 0.0), weight(features, 0.0) {}

  bool logistic = false;
  double threshold = 0.5;           // logistic: the decision threshold
  std::vector<double> mean;
  std::vector<double> scale;
  std::vector<double> weight;
  double bias = 0.0;

  std::size_t size() const { return weight.size(); }
  // The model's reading of one feature vector (of size()). A NaN feature (evidence the run lacks,
  // such as word vectors) is read at its mean: it moves the sum neither way.
  double apply(std::span<const double> x) const;
};

// Reads a model file's text ("kind", "threshold", "bias" and one "feature <name> <mean> <scale>
// <weight>" line per feature of `names`; '#' starts a comment); false with `error` set when it does
// not fit (an unknown or missing feature, a malformed line).
bool parse_model(std::string_view text, std::span<const std::string_view> names, LinearModel& model, std::string& error);
// The model file's text, with `header` (comment lines saying how it was fitted) on top.
std::string format_model(const LinearModel& model, std::span<const std::string_view> names, std::string_view header);

}  // namespace claimdiff::detail
