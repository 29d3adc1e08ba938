// Tests of Statement::rule: each construction of src/extract/frames.cpp names itself on a sentence
// written for these tests, the names round-trip through their strings, and every statement of the
// seeds carries a known rule.
#include <catch2/catch.hpp>

#include <claimdiff/extract.hpp>
#include <claimdiff/ingest.hpp>
#include <claimdiff/segment.hpp>

#include <string>
#include <vector>

namespace {

using claimdiff::Extraction;
using claimdiff::Statement;
using claimdiff::StatementKind;
using claimdiff::StatementRule;

const claimdiff::Segmenter& segmenter() {
  static const claimdiff::Segmenter instance;
  return instance;
}

const claimdiff::Extractor& extractor() {
  static const claimdiff::Extractor instance(std::string(CLAIMDIFF_SOURCE_DIR) + "/data");
  return instance;
}

Extraction extract_text(const std::string& text) {
  claimdiff::Article article;
  article.id = "story";
  article.text = text;
  return extractor().extract(article, segmenter().segment(article));
}

// The rule of the statement whose content contains `needle`, or `unknown` when none does.
StatementRule rule_of(const std::string& text, const std::string& needle) {
  const Extraction x = extract_text(text);
  for (const Statement& s : x.statements)
    if (s.content.find(needle) != std::string::npos) return s.rule;
  return StatementRule::unknown;
}

}  // namespace

TEST_CASE("every statement rule has a name that reads back as the same rule", "[extract][rule]") {
  for (int r = static_cast<int>(StatementRule::speaker_cue_that); r <= static_cast<int>(StatementRule::unattributed); ++r) {
    const auto rule = static_cast<StatementRule>(r);
    CAPTURE(r);
    const std::string name = claimdiff::to_string(rule);
    CHECK_FALSE(name.empty());
    CHECK(name != "unknown");
    CHECK(claimdiff::statement_rule_from_string(name) == rule);
  }
  CHECK(claimdiff::to_string(StatementRule::unknown).empty());
  CHECK_FALSE(claimdiff::statement_rule_from_string("said_by_someone").has_value());
}

TEST_CASE("each attribution construction names its rule", "[extract][rule]") {
  SECTION("speaker, cue, that-clause") {
    CHECK(rule_of("The mayor said that the new tram line would open in the spring.", "tram line") ==
          StatementRule::speaker_cue_that);
  }
  SECTION("speaker, cue, listener, clause") {
    CHECK(rule_of("The mayor told reporters the new tram line would open in the spring.", "tram line") ==
          StatementRule::speaker_cue_listener);
  }
  SECTION("speaker, cue, clause without 'that'") {
    CHECK(rule_of("The mayor said the new tram line would open in the spring.", "tram line") ==
          StatementRule::speaker_cue_content);
  }
  SECTION("quotation first, then cue and speaker") {
    CHECK(rule_of("\"The new tram line will open in the spring,\" the mayor said.", "tram line") ==
          StatementRule::quote_cue_speaker);
    CHECK(rule_of("\"The new tram line will open in the spring,\" said Mayor Ines Okafor.", "tram line") ==
          StatementRule::quote_cue_speaker);
  }
  SECTION("a quotation the frame interrupts") {
    CHECK(rule_of("\"The new tram line will open in the spring,\" the mayor said, \"and the buses will follow in "
                  "the autumn.\"",
                  "tram line") == StatementRule::split_quote);
  }
  SECTION("a frame in the middle of a reported claim") {
    CHECK(rule_of("The new tram line, the mayor said, would open in the spring after two years of delays.",
                  "tram line") == StatementRule::parenthetical_cue);
  }
  SECTION("according to") {
    CHECK(rule_of("According to the city council, the new tram line will open in the spring.", "tram line") ==
          StatementRule::according_to);
    CHECK(rule_of("The new tram line will open in the spring, according to the city council.", "tram line") ==
          StatementRule::according_to);
  }
  SECTION("a passive cue with its agent") {
    CHECK(rule_of("The delay to the new tram line was first reported by the Daily Courier.", "tram line") ==
          StatementRule::passive_cue);
  }
  SECTION("a noun cue") {
    CHECK(rule_of("The council rejected the mayor's claim that the new tram line would open in the spring.",
                  "tram line") == StatementRule::noun_cue);
  }
  SECTION("the outlet's own claim") {
    const auto x = extract_text("The new tram line will open in the spring after two years of delays.");
    REQUIRE(x.statements.size() == 1);
    CHECK(x.statements[0].rule == StatementRule::unattributed);
    CHECK(x.statements[0].kind == StatementKind::unattributed);
  }
}

TEST_CASE("a bullet after 'X said:' is a colon_list statement of X", "[extract][rule]") {
  const auto x = extract_text(
      "Mayor Ines Okafor made three promises:\n\n"
      "- The new tram line will open in the spring.\n\n"
      "- Bus fares will not rise before the election.\n");
  bool found = false;
  for (const Statement& s : x.statements)
    if (s.content.find("Bus fares") != std::string::npos) {
      found = true;
      CHECK(s.rule == StatementRule::colon_list);
      CHECK(s.speaker == "Ines Okafor");
    }
  CHECK(found);
}

TEST_CASE("every statement of the seeds names a known rule", "[extract][rule]") {
  const claimdiff::IngestResult seeds = claimdiff::ingest({std::string(CLAIMDIFF_SOURCE_DIR) + "/data/seeds"});
  REQUIRE_FALSE(seeds.articles.empty());
  std::size_t statements = 0;
  for (const auto& article : seeds.articles) {
    const Extraction x = extractor().extract(article, segmenter().segment(article));
    for (const Statement& s : x.statements) {
      CAPTURE(s.id, s.text);
      ++statements;
      CHECK(s.rule != StatementRule::unknown);
      CHECK(claimdiff::statement_rule_from_string(claimdiff::to_string(s.rule)) == s.rule);
      // the outlet's own claims, and only they, come from the unattributed rule
      CHECK((s.rule == StatementRule::unattributed) == (s.kind == StatementKind::unattributed));
    }
  }
  CHECK(statements > 50);
}
