// Tests of speaker identity: the name rules (closes_name, same_name), the run's description index
// (fits, named_for, key) and that align and diverge, given one SpeakerIdentity, agree on who is the
// same speaker. Invented names and sentences.
#include <claimdiff/align.hpp>
#include <claimdiff/diverge.hpp>

#include "speakers/speaker_identity.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace claimdiff;
using claimdiff::detail::SpeakerIdentity;
using claimdiff::detail::SpeakerName;

namespace {

Statement spoken(std::string id, std::string article, std::string speaker, std::string mention, std::string content) {
  Statement s;
  s.id = std::move(id);
  s.article = std::move(article);
  s.kind = StatementKind::indirect;
  s.text = content;
  s.content = std::move(content);
  s.span = {0, s.text.size()};
  s.content_span = s.span;
  s.speaker = std::move(speaker);
  s.speaker_mention = mention.empty() ? s.speaker : std::move(mention);
  s.cue = "said";
  return s;
}

bool same_name(std::string_view a, std::string_view b) {
  return detail::same_name(SpeakerName(a), SpeakerName(b));
}

}  // namespace

TEST_CASE("a later mention closes a name by its last words", "[speakers]") {
  const std::vector<std::string> name{"vladimir", "putin"};
  CHECK(detail::closes_name(name, "putin"));
  CHECK(detail::closes_name(name, std::vector<std::string>{"vladimir", "putin"}));
  CHECK_FALSE(detail::closes_name(name, "vladimir"));
  CHECK_FALSE(detail::closes_name(name, std::vector<std::string>{"president", "vladimir", "putin"}));
}

TEST_CASE("same_name: one rendering within the other, or one surname closing two proper names", "[speakers]") {
  CHECK(same_name("Putin", "Vladimir Putin"));
  CHECK(same_name("Putin's", "President Vladimir Putin"));
  CHECK(same_name("President Erdogan", "Recep Tayyip Erdogan"));
  CHECK(same_name("officials", "Ukrainian officials"));
  CHECK(same_name("the ship", "The container ship Dali"));
  CHECK_FALSE(same_name("health officials", "police officials"));  // one head noun, two sources
  CHECK_FALSE(same_name("63 percent", "73 percent"));
  CHECK_FALSE(same_name("Vladimir Putin", "Vladimir Zelensky"));
  CHECK_FALSE(same_name("it", "they"));  // stop words only: the same only as itself
  CHECK(same_name("They", "they"));
  CHECK_FALSE(same_name("it", "the Government Accountability Office"));
}

TEST_CASE("same_name: one name in several spellings is one speaker", "[speakers]") {
  CHECK(same_name("Bankman-Fried", "Sam Bankman Fried"));          // hyphen or space
  CHECK(same_name("Abdel Fattah el-Sisi", "Abdul Fattah al-Sisi"));  // particles
  CHECK(same_name("President Sisi", "Abdel Fattah al-Sisi"));
  CHECK(same_name("Volodymyr Zelenskyy", "President Zelensky"));     // transliterations
  CHECK(same_name("Mohammed Salah", "Muhammad Salah"));
  CHECK_FALSE(same_name("Ann Moore", "Ann Mayer"));                  // too short to tell apart by consonants
  CHECK_FALSE(same_name("Zelensky", "Zaluzhny"));
}

TEST_CASE("spelled_alike tells a spelling from other words for the speaker", "[speakers]") {
  CHECK(detail::spelled_alike("Abdel Fattah el-Sisi", "Abdul Fattah al-Sisi"));
  CHECK(detail::spelled_alike("Zelenskyy", "President Zelensky"));
  CHECK_FALSE(detail::spelled_alike("the Ukrainian president", "Zelensky"));
  CHECK_FALSE(detail::spelled_alike("The judge", "Judge Kaplan"));  // a description, not a spelling
  CHECK(detail::same_spelling("zelensky", "zelenskiy"));
  CHECK_FALSE(detail::same_spelling("moore", "mayer"));
}

TEST_CASE("a description stands for the one named speaker described with its words and head noun", "[speakers]") {
  std::vector<Statement> statements{
      spoken("a#1", "a", "Giorgio Rossi", "Prime Minister Giorgio Rossi", "The state will rebuild the bridge."),
      spoken("a#2", "a", "Carla Bruni", "opposition leader Carla Bruni", "The money will never arrive."),
      spoken("b#1", "b", "Marta Olsen", "Marta Olsen, the union leader", "Workers will strike on Monday."),
  };
  const SpeakerIdentity speakers(statements);
  CHECK(speakers.fits("the prime minister", "Giorgio Rossi"));
  CHECK_FALSE(speakers.fits("the prime minister", "Carla Bruni"));
  CHECK_FALSE(speakers.fits("the union", "Marta Olsen"));  // "union" describes her, but it is not her head noun
  REQUIRE(speakers.named_for("The opposition leader") != nullptr);
  CHECK(*speakers.named_for("The opposition leader") == "Carla Bruni");
  CHECK(speakers.named_for("the leader") == nullptr);  // two leaders: say nothing

  Statement description = spoken("c#1", "c", "the prime minister", "", "The state will rebuild the bridge.");
  CHECK(speakers.key(description) == "Giorgio Rossi");
  CHECK(speakers.same(description, statements[0]));
  CHECK_FALSE(speakers.same(description, statements[1]));
}

// The agreement the pipeline relies on: align's speaker evidence and diverge's attribution come from
// one SpeakerIdentity. Six outlets render one sentence credited to two named politicians: a claim is
// a proposition, so all six are one claim (issue 12), and diverge shows a speaker divergence between
// two renderings exactly when the identity calls their speakers different.
TEST_CASE("align and diverge agree on who is the same speaker", "[speakers][align][diverge]") {
  const std::string words = "The new bridge over the river will be finished before the winter";
  std::vector<Statement> statements{
      spoken("a#1", "a", "Giorgio Rossi", "Prime Minister Giorgio Rossi", words),
      spoken("b#1", "b", "the prime minister", "", words),
      spoken("c#1", "c", "Rossi", "Mr Rossi", words),
      spoken("d#1", "d", "Carla Bruni", "opposition leader Carla Bruni", words),
      spoken("e#1", "e", "The opposition leader", "", words),
      spoken("f#1", "f", "Rossi's", "Rossi's", words),
  };
  std::vector<ArticleReport> articles;
  for (const std::string id : {"a", "b", "c", "d", "e", "f"}) {
    ArticleReport report;
    report.article.id = id;
    report.article.outlet = "Outlet " + id;
    articles.push_back(report);
  }
  const SpeakerIdentity speakers(statements);
  static const Aligner aligner;
  const std::vector<Claim> claims = aligner.align(statements, speakers);
  const auto claim_of = [&](const std::string& id) {
    return std::find_if(claims.begin(), claims.end(), [&](const Claim& c) {
      return std::find(c.members.begin(), c.members.end(), id) != c.members.end();
    });
  };

  std::size_t joined = 0, apart = 0;
  for (std::size_t i = 0; i < statements.size(); ++i)
    for (std::size_t j = i + 1; j < statements.size(); ++j) {
      const Statement& a = statements[i];
      const Statement& b = statements[j];
      CAPTURE(a.speaker, b.speaker);
      const bool aligned = claim_of(a.id) == claim_of(b.id);
      Claim pair;
      pair.members = {a.id, b.id};
      pair.representative = a.id;
      std::vector<Claim> one{pair};
      diverge(one, statements, articles, {}, speakers);
      const bool credited_apart = std::any_of(one[0].divergences.begin(), one[0].divergences.end(), [](const Divergence& d) {
        return d.type == DivergenceType::attribution && d.aspect == "speaker";
      });
      CHECK(aligned);
      CHECK(credited_apart == !speakers.same(a, b));
      (credited_apart ? apart : joined) += 1;
    }
  // Rossi's four renderings are one speaker and Bruni's two another: 6 + 1 pairs alike, 8 apart.
  CHECK(joined == 7);
  CHECK(apart == 8);
}
