// The English Golden Rules (52) and pragmatic_segmenter's further spec cases (129), read from the
// shared bench-data folder, split by Segmenter::split and compared exactly after white space is
// trimmed and runs of white space are made one space. Fails below floors just under the measured score.
#include <catch2/catch.hpp>

#include <claimdiff/segment.hpp>

#include "base/text_util.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

nlohmann::json read_rules(const std::string& name) {
  const std::string path = std::string(CLAIMDIFF_SHARED_DIR) + "/bench-data/segmentation/" + name;
  std::ifstream in(path);
  INFO("reading " << path);
  REQUIRE(in.good());
  return nlohmann::json::parse(in);
}

struct Score {
  std::size_t passed = 0;
  std::size_t total = 0;
  std::vector<std::string> failures;
};

Score run_rules(const nlohmann::json& rules) {
  const claimdiff::Segmenter segmenter;
  Score score;
  for (const auto& rule : rules) {
    const std::string input = rule.at("input").get<std::string>();
    std::vector<std::string> expected;
    for (const auto& segment : rule.at("expected")) expected.push_back(claimdiff::detail::collapse_whitespace(segment.get<std::string>()));
    std::vector<std::string> actual;
    for (const claimdiff::Span span : segmenter.split(input)) actual.push_back(claimdiff::detail::collapse_whitespace(span.of(input)));
    ++score.total;
    if (actual == expected) {
      ++score.passed;
      continue;
    }
    std::ostringstream failure;
    failure << "#" << rule.at("id").get<int>() << " " << rule.at("name").get<std::string>() << "\n  got:";
    for (const auto& s : actual) failure << "\n    [" << s << "]";
    failure << "\n  expected:";
    for (const auto& s : expected) failure << "\n    [" << s << "]";
    score.failures.push_back(failure.str());
  }
  return score;
}

}  // namespace

TEST_CASE("segment passes at least 51 of the 52 English Golden Rules", "[segment][golden_rules]") {
  const Score score = run_rules(read_rules("golden_rules_en.json"));
  CHECK(score.total == 52);
  WARN("Golden Rules: " << score.passed << "/" << score.total);
  for (const auto& failure : score.failures) UNSCOPED_INFO(failure);
  INFO("Golden Rules passed: " << score.passed << "/" << score.total);
  CHECK(score.passed >= 51);
}

TEST_CASE("segment passes pragmatic_segmenter's further English cases above the floor",
          "[segment][golden_rules]") {
  const Score score = run_rules(read_rules("pragmatic_segmenter_en_spec_extra.json"));
  CHECK(score.total == 129);
  WARN("pragmatic_segmenter further cases: " << score.passed << "/" << score.total);
  for (const auto& failure : score.failures) UNSCOPED_INFO(failure);
  INFO("further cases passed: " << score.passed << "/" << score.total);
  CHECK(score.passed >= 118);
}
