// IRLS logistic regression and ridge regression over standardised features (see linear_fit.hpp).
#include "linear_fit.hpp"

#include <cmath>
#include <utility>

namespace claimdiff::bench {
namespace {

// Solves a x = b (small, symmetric positive definite after the ridge) by Gaussian elimination.
std::vector<double> solve(std::vector<std::vector<double>> a, std::vector<double> b) {
  const std::size_t n = b.size();
  for (std::size_t c = 0; c < n; ++c) {
    std::size_t pivot = c;
    for (std::size_t r = c + 1; r < n; ++r)
      if (std::abs(a[r][c]) > std::abs(a[pivot][c])) pivot = r;
    std::swap(a[c], a[pivot]);
    std::swap(b[c], b[pivot]);
    for (std::size_t r = 0; r < n; ++r) {
      if (r == c || a[c][c] == 0.0) continue;
      const double k = a[r][c] / a[c][c];
      for (std::size_t j = c; j < n; ++j) a[r][j] -= k * a[c][j];
      b[r] -= k * b[c];
    }
  }
  std::vector<double> x(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) x[i] = a[i][i] != 0.0 ? b[i] / a[i][i] : 0.0;
  return x;
}

// A model whose means and scales standardise the training features (mean 0, unit spread; constant
// features get scale 0 and take no part).
detail::LinearModel standardised(const FeatureRows& x) {
  const std::size_t d = x.empty() ? 0 : x.front().size();
  detail::LinearModel model(d);
  const double n = static_cast<double>(x.size());
  for (std::size_t j = 0; j < d; ++j) {
    double m = 0, v = 0;
    for (const auto& f : x) m += f[j];
    m /= n;
    for (const auto& f : x) v += (f[j] - m) * (f[j] - m);
    model.mean[j] = m;
    model.scale[j] = v > 1e-12 ? std::sqrt(v / n) : 0.0;
  }
  return model;
}

// The standardised row with a trailing 1 for the bias.
std::vector<double> row(const detail::LinearModel& model, const std::vector<double>& f) {
  const std::size_t d = model.size();
  std::vector<double> r(d + 1, 0.0);
  for (std::size_t j = 0; j < d; ++j) r[j] = model.scale[j] > 0 ? (f[j] - model.mean[j]) / model.scale[j] : 0.0;
  r[d] = 1.0;
  return r;
}

}  // namespace

detail::LinearModel fit_logistic(const FeatureRows& x, std::span<const double> label, double ridge,
                                 const std::vector<bool>& used, std::span<const double> example_weight) {
  detail::LinearModel model = standardised(x);
  model.logistic = true;
  const std::size_t d = model.size();
  for (std::size_t j = 0; j < d; ++j)
    if (j >= used.size() || !used[j]) model.scale[j] = 0.0;
  std::vector<double> w(d + 1, 0.0);
  for (int iteration = 0; iteration < 25; ++iteration) {
    std::vector<std::vector<double>> h(d + 1, std::vector<double>(d + 1, 0.0));
    std::vector<double> g(d + 1, 0.0);
    for (std::size_t i = 0; i < x.size(); ++i) {
      const auto r = row(model, x[i]);
      double z = 0;
      for (std::size_t j = 0; j <= d; ++j) z += w[j] * r[j];
      const double p = 1.0 / (1.0 + std::exp(-z));
      const double y = label[i] > 0.5 ? 1.0 : 0.0;
      const double c = example_weight.empty() ? 1.0 : example_weight[i];
      for (std::size_t j = 0; j <= d; ++j) {
        g[j] += c * (p - y) * r[j];
        for (std::size_t k = 0; k <= d; ++k) h[j][k] += c * p * (1 - p) * r[j] * r[k];
      }
    }
    for (std::size_t j = 0; j < d; ++j) {
      g[j] += ridge * w[j];
      h[j][j] += ridge;
    }
    h[d][d] += 1e-9;
    const auto step = solve(h, g);
    double size = 0;
    for (std::size_t j = 0; j <= d; ++j) {
      w[j] -= step[j];
      size += std::abs(step[j]);
    }
    if (size < 1e-9) break;
  }
  for (std::size_t j = 0; j < d; ++j) model.weight[j] = w[j];
  model.bias = w[d];
  return model;
}

detail::LinearModel fit_ridge(const FeatureRows& x, std::span<const double> target, double ridge) {
  detail::LinearModel model = standardised(x);
  const std::size_t d = model.size();
  std::vector<std::vector<double>> a(d + 1, std::vector<double>(d + 1, 0.0));
  std::vector<double> b(d + 1, 0.0);
  for (std::size_t i = 0; i < x.size(); ++i) {
    const auto r = row(model, x[i]);
    for (std::size_t j = 0; j <= d; ++j) {
      b[j] += r[j] * target[i];
      for (std::size_t k = 0; k <= d; ++k) a[j][k] += r[j] * r[k];
    }
  }
  for (std::size_t j = 0; j < d; ++j) a[j][j] += ridge;
  const auto w = solve(a, b);
  for (std::size_t j = 0; j < d; ++j) model.weight[j] = w[j];
  model.bias = w[d];
  return model;
}

}  // namespace claimdiff::bench
