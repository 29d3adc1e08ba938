// The linear model's arithmetic and its text format (see linear_model.hpp).
#include "align/linear_model.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace claimdiff::detail {

double LinearModel::apply(std::span<const double> x) const {
  double sum = bias;
  for (std::size_t i = 0; i < weight.size() && i < x.size(); ++i)
    if (scale[i] > 0.0 && !std::isnan(x[i])) sum += weight[i] * (x[i] - mean[i]) / scale[i];
  return logistic ? 1.0 / (1.0 + std::exp(-sum)) : sum;
}

bool parse_model(std::string_view text, std::span<const std::string_view> names, LinearModel& model, std::string& error) {
  model = LinearModel(names.size());
  std::istringstream in{std::string(text)};
  std::string line;
  std::vector<bool> seen(names.size(), false);
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string key;
    fields >> key;
    if (key == "kind") {
      std::string kind;
      fields >> kind;
      if (kind != "logistic" && kind != "linear") return error = "unknown model kind '" + kind + "'", false;
      model.logistic = kind == "logistic";
    } else if (key == "threshold") {
      fields >> model.threshold;
    } else if (key == "bias") {
      fields >> model.bias;
    } else if (key == "feature") {
      std::string name;
      double mean = 0, scale = 0, weight = 0;
      fields >> name >> mean >> scale >> weight;
      const auto it = std::find(names.begin(), names.end(), name);
      if (it == names.end()) return error = "unknown feature '" + name + "'", false;
      const auto i = static_cast<std::size_t>(it - names.begin());
      model.mean[i] = mean;
      model.scale[i] = scale;
      model.weight[i] = weight;
      seen[i] = true;
    } else {
      return error = "unknown line '" + line + "'", false;
    }
    if (fields.fail()) return error = "malformed line '" + line + "'", false;
  }
  for (std::size_t i = 0; i < names.size(); ++i)
    if (!seen[i]) return error = "feature '" + std::string(names[i]) + "' missing", false;
  return true;
}

std::string format_model(const LinearModel& model, std::span<const std::string_view> names, std::string_view header) {
  std::ostringstream out;
  out.precision(9);
  out << header;
  if (!header.empty() && header.back() != '\n') out << '\n';
  out << "kind " << (model.logistic ? "logistic" : "linear") << '\n';
  out << "threshold " << model.threshold << '\n';
  out << "bias " << model.bias << '\n';
  for (std::size_t i = 0; i < names.size() && i < model.size(); ++i)
    out << "feature " << names[i] << ' ' << model.mean[i] << ' ' << model.scale[i] << ' ' << model.weight[i] << '\n';
  return out.str();
}

}  // namespace claimdiff::detail
