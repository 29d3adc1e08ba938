// Fitting the linear models of data/models/ (src/align/linear_model.hpp): logistic regression by
// Newton's method (IRLS) and ridge regression, both with an L2 penalty on standardised weights.
// Shared by paraphrase_eval (MSRP, STS-B) and claim_fit (the claim pair model).
#pragma once

#include "align/linear_model.hpp"

#include <span>
#include <vector>

namespace claimdiff::bench {

// One row of features per example, all rows of one size.
using FeatureRows = std::vector<std::vector<double>>;

// Logistic regression on 0/1 labels (`label` > 0.5 is 1). Features with `used[j]` false take no part
// (scale 0); `example_weight`, when not empty, weighs each example (the fit's balance).
detail::LinearModel fit_logistic(const FeatureRows& x, std::span<const double> label, double ridge,
                                 const std::vector<bool>& used, std::span<const double> example_weight = {});
// Least squares on real-valued targets.
detail::LinearModel fit_ridge(const FeatureRows& x, std::span<const double> target, double ridge);

}  // namespace claimdiff::bench
