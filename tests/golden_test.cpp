// Golden tests: each tests/golden/<case>/input/ is analysed and compared, as parsed JSON, with
// tests/golden/<case>/expected.json. CLAIMDIFF_UPDATE_GOLDEN=1 rewrites the expected files; review
// their diff before committing.
#include <catch2/catch.hpp>

#include <claimdiff/analyze.hpp>
#include <claimdiff/ingest.hpp>
#include <claimdiff/report.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace claimdiff;
namespace fs = std::filesystem;

namespace {

const fs::path kGoldenDir = fs::path(CLAIMDIFF_SOURCE_DIR) / "tests" / "golden";

// The report without what depends on the machine: the tool version and absolute source paths.
nlohmann::json portable_report(const fs::path& input) {
  IngestResult ingested = ingest({input.string()});
  const Analyzer analyzer;
  const Report report = analyzer.analyze(std::move(ingested.articles), std::move(ingested.diagnostics));
  nlohmann::json json = nlohmann::json::parse(to_json(report).dump());
  json.erase("tool");
  for (auto& article : json["articles"]) article["source_file"] = fs::path(article["source_file"].get<std::string>()).filename().string();
  for (auto& diagnostic : json["diagnostics"]) diagnostic["source"] = fs::path(diagnostic["source"].get<std::string>()).filename().string();
  return json;
}

bool updating() {
  const char* update = std::getenv("CLAIMDIFF_UPDATE_GOLDEN");
  return update && std::string(update) == "1";
}

}  // namespace

TEST_CASE("every golden case gives its expected report", "[golden]") {
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(kGoldenDir))
    if (entry.is_directory()) cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());
  REQUIRE_FALSE(cases.empty());
  for (const fs::path& golden : cases) {
    CAPTURE(golden.filename().string());
    const nlohmann::json actual = portable_report(golden / "input");
    const fs::path expected_path = golden / "expected.json";
    if (updating()) {
      std::ofstream(expected_path) << actual.dump(2) << '\n';
      continue;
    }
    std::ifstream expected_file(expected_path);
    INFO("missing " << expected_path.string() << ": run with CLAIMDIFF_UPDATE_GOLDEN=1 and review it");
    REQUIRE(expected_file.good());
    const nlohmann::json expected = nlohmann::json::parse(expected_file);
    const nlohmann::json patch = nlohmann::json::diff(expected, actual);
    INFO("differences (JSON patch, first 20): " << nlohmann::json(patch.begin(), patch.begin() + std::min<std::ptrdiff_t>(20, static_cast<std::ptrdiff_t>(patch.size()))).dump());
    CHECK(patch.empty());
  }
}
