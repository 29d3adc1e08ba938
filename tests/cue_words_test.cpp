// Tests of the words that make a reporting verb no claim (data/lexicons/reporting_verbs.txt, fifth
// column): each kind of item on a sentence written for the test, and that the rule reads them from
// the data, not from code.
#include <catch2/catch.hpp>

#include <claimdiff/extract.hpp>
#include <claimdiff/segment.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using claimdiff::Extraction;
using claimdiff::StatementKind;

Extraction extract_with(const claimdiff::Extractor& extractor, const std::string& text) {
  static const claimdiff::Segmenter segmenter;
  claimdiff::Article article;
  article.id = "story";
  article.text = text;
  return extractor.extract(article, segmenter.segment(article));
}

bool has_cue(const Extraction& x, const std::string& lemma) {
  for (const auto& s : x.statements)
    if (s.kind != StatementKind::unattributed && s.cue_lemma == lemma) return true;
  return false;
}

const claimdiff::Extractor& shipped() {
  static const claimdiff::Extractor extractor(std::string(CLAIMDIFF_SOURCE_DIR) + "/data");
  return extractor;
}

}  // namespace

TEST_CASE("a word right after a verb in its fifth column makes it no claim, unless a time follows", "[extract][cue]") {
  CHECK_FALSE(has_cue(extract_with(shipped(), "The opposition leader insisted on a full recount of the ballots in the north."),
                      "insist"));
  CHECK(has_cue(extract_with(shipped(), "The opposition leader insisted on Monday that the count in the north was rigged."),
                "insist"));
}

TEST_CASE("a form with its word ('known as') is no claim, other forms of the verb still are", "[extract][cue]") {
  CHECK_FALSE(has_cue(extract_with(shipped(), "The new levy, known as the river tax, will fund three new bridges in the city."),
                      "know"));
}

TEST_CASE("a word after the verb's object ('called X on Friday') is the telephone call, no naming", "[extract][cue]") {
  CHECK_FALSE(has_cue(extract_with(shipped(), "The mayor called Rita Moss on Friday to thank the former harbor master for her work."),
                      "call"));
  CHECK(has_cue(extract_with(shipped(), "The mayor called the new harbor plan \"a betrayal of every fisherman in town\"."), "call"));
}

TEST_CASE("the words come from reporting_verbs.txt: without 'on' in its row, 'insisted on' is a cue", "[extract][cue]") {
  const fs::path data = fs::temp_directory_path() / ("claimdiff-cue-words-test-" + std::to_string(::getpid()));
  fs::remove_all(data);
  fs::create_directories(data);
  fs::copy(fs::path(CLAIMDIFF_SOURCE_DIR) / "data" / "lexicons", data / "lexicons", fs::copy_options::recursive);
  const fs::path verbs = data / "lexicons" / "reporting_verbs.txt";
  std::stringstream edited;
  {
    std::ifstream in(verbs);
    std::string line;
    while (std::getline(in, line)) {
      if (line.rfind("insist\t", 0) == 0) line = line.substr(0, line.rfind('\t'));  // drop the fifth column
      edited << line << '\n';
    }
  }
  std::ofstream(verbs) << edited.str();
  const claimdiff::Extractor without(data.string());
  CHECK(has_cue(extract_with(without, "The opposition leader insisted on a full recount of the ballots in the north."),
                "insist"));
  fs::remove_all(data);
}
