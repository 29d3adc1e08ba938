// Tests of figure slots (what a quantity measures), bounds, dates and ranges, and of the figure
// divergences built on them, on invented news sentences run through the real Segmenter and
// Extractor: one rule, one section.
#include <catch2/catch.hpp>

#include <claimdiff/extract.hpp>
#include <claimdiff/segment.hpp>

#include "base/figure_slot.hpp"
#include "base/quantity.hpp"
#include "diverge/diverge_figures.hpp"

#include <string>
#include <vector>

using namespace claimdiff;

namespace {

// Every statement of one invented article, its figures read by the real extractor.
std::vector<Statement> statements_of(const std::string& text, const std::string& id = "story",
                                     const std::string& date = "2024-06-01") {
  static const Segmenter segmenter;
  static const Extractor extractor(std::string(CLAIMDIFF_SOURCE_DIR) + "/data");
  Article article;
  article.id = id;
  article.text = text;
  article.date = date;
  return extractor.extract(article, segmenter.segment(article)).statements;
}

// The figure written as `text` in any statement of `text`'s article (a copy; REQUIREs it exists).
Figure figure_in(const std::string& sentence, const std::string& text, const std::string& date = "2024-06-01") {
  for (const Statement& statement : statements_of(sentence, "story", date))
    for (const Figure& figure : statement.figures)
      if (figure.text == text) return figure;
  FAIL("no figure \"" << text << "\" in: " << sentence);
  return {};
}

// The one statement of a one-sentence article.
Statement statement_of(const std::string& sentence, const std::string& id) {
  const std::vector<Statement> statements = statements_of(sentence, id);
  REQUIRE(statements.size() == 1);
  return statements.front();
}

// The figure divergences of one claim made of these one-sentence articles.
std::vector<Divergence> divergences_of(const std::vector<std::string>& sentences) {
  std::vector<std::vector<detail::Quantity>> quantities;
  for (std::size_t i = 0; i < sentences.size(); ++i)
    quantities.push_back(detail::read_quantities(statement_of(sentences[i], "outlet" + std::to_string(i))));
  return detail::figure_divergences(quantities);
}

bool shows(const Divergence& divergence, const std::string& text) {
  for (const DivergenceValue& value : divergence.values)
    if (value.text == text) return true;
  return false;
}

}  // namespace

TEST_CASE("a figure's slot names what it measures, read from its words", "[figures][slot]") {
  SECTION("a count of persons takes its role from the verb") {
    const Figure dead = figure_in("The storm killed 14 people in the valley.", "14 people");
    CHECK(dead.slot.measure == "people");
    CHECK(dead.slot.role == "dead");
    const Figure hurt = figure_in("At least 30 people were injured in the valley.", "At least 30 people");
    CHECK(hurt.slot.measure == "people");
    CHECK(hurt.slot.role == "injured");
  }
  SECTION("a count of things keeps the thing counted, singular") {
    const Figure cars = figure_in("The flood damaged 300 cars near the port.", "300 cars");
    CHECK(cars.slot.measure == "count");
    CHECK(cars.slot.counted == "car");
  }
  SECTION("a prison term and an age are different measures") {
    const Figure term = figure_in("The judge sentenced the banker to 12 years in prison.", "12 years");
    CHECK(term.slot.measure == "duration");
    CHECK(term.slot.role == "sentence");
    const Figure age = figure_in("The banker, 41 years old, said nothing.", "41 years");
    CHECK(age.slot.measure == "age");
  }
  SECTION("the two sides of a change") {
    const std::vector<Statement> statements =
        statements_of("The court cut her suspension from three years to nine months.");
    REQUIRE_FALSE(statements.empty());
    std::string before, after;
    for (const Figure& figure : statements.front().figures) {
      if (figure.text == "three years") before = figure.slot.phase;
      if (figure.text == "nine months") after = figure.slot.phase;
    }
    CHECK(before == "before");
    CHECK(after == "after");
  }
  SECTION("a distance per hour is a speed, not a length") {
    const Figure speed = figure_in("The barge was going at about 9 miles an hour when it struck the pier.", "about 9 miles an hour");
    CHECK(speed.slot.measure == "speed");
  }
  SECTION("a prison term's role comes from the noun it describes or the phrase after it") {
    CHECK(figure_in("The banker was handed a 12-year prison term on Friday.", "12-year").slot.role == "sentence");
    CHECK(figure_in("The banker faces 12 years in prison for the fraud.", "12 years").slot.role == "sentence");
    CHECK(figure_in("The banker will probably serve eight to ten years, lawyers said.", "eight to ten years").slot.role ==
          "served");
  }
  SECTION("a perfect conditional marks what did not happen") {
    CHECK(figure_in("Had the first ruling stood, the sprinter would have been unable to race until 2029.", "2029").slot.mood ==
          "counterfactual");
    CHECK(figure_in("Without the appeal she could not have raced for four years.", "four years").slot.mood ==
          "counterfactual");
    CHECK(figure_in("The sprinter would've missed 40 races under the old rules.", "40 races").slot.mood == "counterfactual");
    // a plain future and a guess at the past state what is or was
    CHECK(figure_in("The sprinter would be able to race again in March 2027.", "March 2027").slot.mood.empty());
    CHECK(figure_in("The sprinter must have run 40 races that season.", "40 races").slot.mood.empty());
    // the conditional of another clause does not reach a figure after a comma
    CHECK(figure_in("She would have retired, but she will race in March 2027.", "March 2027").slot.mood.empty());
  }
  SECTION("an adjectival measure converts to its base unit") {
    const Figure ship = figure_in("The 700-foot tanker ran aground near the harbour entrance on Sunday night.", "700-foot");
    CHECK(ship.slot.measure == "length");
    CHECK(ship.slot.counted == "tanker");
    REQUIRE(ship.base_value);
    CHECK(*ship.base_value == Approx(213.36));
    CHECK(ship.base_unit == "m");
  }
}

TEST_CASE("a figure's bound says what its qualifier makes of the value", "[figures][bound]") {
  CHECK(figure_in("The banker now faces up to 40 years in prison for the fraud.", "up to 40 years").bound == "at_most");
  CHECK(figure_in("The investment firm lost more than $3 billion of its clients' savings.", "more than $3 billion").bound == "at_least");
  CHECK(figure_in("The investment firm lost about $3 billion of its clients' savings.", "about $3 billion").bound == "approximate");
  CHECK(figure_in("The investment firm lost $3 billion of its clients' savings last year.", "$3 billion").bound == "exact");
  CHECK(detail::bound_of("nearly") == "nearly");
  CHECK(detail::bound_of("some") == "approximate");
}

TEST_CASE("dates carry their grain and a TIMEX3 value resolved against the article's year", "[figures][date]") {
  SECTION("a month and a year") {
    const Figure date = figure_in("The sprinter's ban ends in October 2027, the federation said.", "October 2027");
    CHECK(date.timex == "2027-10");
    CHECK(date.precision == "month");
  }
  SECTION("'next year' resolves against the article's date") {
    const Figure date = figure_in("The sprinter's ban ends in October next year, the federation said.", "October next year", "2026-02-10");
    CHECK(date.timex == "2027-10");
  }
  SECTION("a month alone has no year") {
    const Figure date = figure_in("The sprinter's ban ends in October, his lawyer said.", "October");
    CHECK(date.timex == "XXXX-10");
  }
}

TEST_CASE("figure divergences compare figures of one slot only", "[figures][diverge]") {
  SECTION("a dead toll and an injured toll of one claim never meet") {
    const auto divergences = divergences_of({"The storm killed 14 people in the valley, officials said.",
                                             "At least 30 people were injured in the valley storm."});
    CHECK(divergences.empty());
  }
  SECTION("the same toll with another bound is a compatible divergence") {
    const auto divergences = divergences_of({"The storm killed 14 people in the valley.",
                                             "The storm killed at least 14 people in the valley."});
    REQUIRE(divergences.size() == 1);
    CHECK(divergences[0].verdict == "compatible");
    CHECK(shows(divergences[0], "14 people"));
    CHECK(shows(divergences[0], "at least 14 people"));
  }
  SECTION("a range against an upper bound of one penalty") {
    const auto divergences = divergences_of({"Prosecutors asked for a 20 to 30-year sentence for the banker.",
                                             "Prosecutors asked for up to 30 years in prison for the banker."});
    REQUIRE(divergences.size() == 1);
    CHECK(shows(divergences[0], "20 to 30-year"));
    CHECK(shows(divergences[0], "up to 30 years"));
  }
  SECTION("the term imposed and the time expected to be served are two slots") {
    CHECK(divergences_of({"The banker was handed a 12-year prison term by the court on Friday.",
                          "The banker will probably serve eight to ten years, his lawyers said."})
              .empty());
  }
  SECTION("two dates nothing joins differ in grain without a divergence") {
    CHECK(divergences_of({"The treaty talks of 1968 ended without a deal, diplomats recalled.",
                          "Diplomats recalled that the talks ended on 5 January 1968 without a deal."})
              .empty());
  }
  SECTION("the old and the new length of a ban are two slots") {
    const auto divergences = divergences_of({"The court cut her ban from three years to nine months.",
                                             "Her ban was cut to nine months from three years."});
    CHECK(divergences.empty());
  }
  SECTION("a month without its year implies it; a day more is a difference of precision") {
    CHECK(divergences_of({"She can return to the track in October 2027, the panel ruled.",
                          "She can return to the track in October, the panel ruled."})
              .empty());
    const auto divergences = divergences_of({"She can return to the track in October 2027, the panel ruled.",
                                             "She can return to the track on October 11, 2027, the panel ruled."});
    REQUIRE(divergences.size() == 1);
    CHECK(divergences[0].verdict == "compatible");
  }
  SECTION("what would have happened is no rendering of what did") {
    const auto divergences = divergences_of({"She can return to the track in October 2027, the panel ruled.",
                                             "Had the ban stood, she would have been unable to return to the track until 2029."});
    CHECK(divergences.empty());
  }
  SECTION("two months of one return date conflict") {
    const auto divergences = divergences_of({"She can return to the track in October 2027, the panel ruled.",
                                             "She can return to the track in September 2027, the panel ruled."});
    REQUIRE(divergences.size() == 1);
    CHECK(divergences[0].verdict == "conflict");
  }
}

TEST_CASE("two statements whose figures fill one slot with close values are evidence of one claim", "[figures][evidence]") {
  const Statement a = statement_of("The storm killed 14 people in the valley.", "a");
  const Statement b = statement_of("Fourteen people died when the storm hit the valley.", "b");
  const Statement c = statement_of("The storm injured 14 people in the valley.", "c");
  const detail::FigureEvidence same = detail::figure_evidence(a, b);
  CHECK(same.same_slot_close == 1);
  CHECK(same.same_slot_differ == 0);
  const detail::FigureEvidence other = detail::figure_evidence(a, c);
  CHECK(other.same_slot_close == 0);
  CHECK(other.different_slots == 1);
}
