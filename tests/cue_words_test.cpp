// Tests of the words that make a reporting verb no claim (data/lexicons/reporting_verbs.txt, fifth
// column): each kind of item on a sentence written for the test, and that the rule reads them from
// the data, not from code; the same for the commitment verbs and the credit words.
#include <catch2/catch.hpp>

#include <claimdiff/extract.hpp>
#include <claimdiff/segment.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

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

// A copy of the shipped lexicons in a temporary data directory, with each line of `file` that
// `edit` changes (an empty result drops the line); removed again when the test ends.
class EditedData {
 public:
  template <typename Edit>
  EditedData(const std::string& name, const std::string& file, Edit&& edit)
      : dir_(fs::temp_directory_path() / ("claimdiff-" + name + "-" + std::to_string(::getpid()))) {
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    fs::copy(fs::path(CLAIMDIFF_SOURCE_DIR) / "data" / "lexicons", dir_ / "lexicons", fs::copy_options::recursive);
    const fs::path path = dir_ / "lexicons" / file;
    std::stringstream edited;
    {
      std::ifstream in(path);
      std::string line;
      while (std::getline(in, line))
        if (const std::string kept = edit(line); !kept.empty()) edited << kept << '\n';
    }
    std::ofstream(path) << edited.str();
  }
  ~EditedData() { fs::remove_all(dir_); }
  EditedData(const EditedData&) = delete;
  EditedData& operator=(const EditedData&) = delete;
  std::string path() const { return dir_.string(); }

 private:
  fs::path dir_;
};

TEST_CASE("the words come from reporting_verbs.txt: without 'on' in its row, 'insisted on' is a cue", "[extract][cue]") {
  const EditedData data("cue-words-test", "reporting_verbs.txt", [](const std::string& line) {
    return line.rfind("insist\t", 0) == 0 ? line.substr(0, line.rfind('\t')) : line;  // drop the fifth column
  });
  const claimdiff::Extractor without(data.path());
  CHECK(has_cue(extract_with(without, "The opposition leader insisted on a full recount of the ballots in the north."),
                "insist"));
}

TEST_CASE("commitment verbs come from commitment_verbs.txt: without 'vow', 'vowed to appeal' is no claim", "[extract][cue]") {
  const std::string text = "After the verdict, the former trader Tom Reed vowed to appeal his conviction.";
  CHECK(has_cue(extract_with(shipped(), text), "vow"));
  const EditedData data("commitment-test", "commitment_verbs.txt",
                        [](const std::string& line) { return line == "vow" ? std::string() : line; });
  const claimdiff::Extractor without(data.path());
  CHECK_FALSE(has_cue(extract_with(without, text), "vow"));
}

TEST_CASE("credit words come from credit_words.txt: without 'approached', 'when approached by AP' credits no outlet", "[extract][credits]") {
  const std::string text = "The league confirmed that the fine was cut when approached by The Associated Press on Friday.";
  auto via_of = [&](const claimdiff::Extractor& extractor) {
    std::vector<std::string> via;
    for (const auto& s : extract_with(extractor, text).statements) via.insert(via.end(), s.via.begin(), s.via.end());
    return via;
  };
  CHECK(via_of(shipped()) == std::vector<std::string>{"The Associated Press"});
  const EditedData data("credit-words-test", "credit_words.txt",
                        [](const std::string& line) { return line == "approached\thandover" ? std::string() : line; });
  const claimdiff::Extractor without(data.path());
  CHECK(via_of(without).empty());
}
