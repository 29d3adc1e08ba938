// Tests of framing on news English written for these tests: what a framing term takes along (the
// noun an adjective judges, an epithet's modifier, a minimizer's figure), what joins two terms, and
// what is no framing (a name, "even though", the speaker's quoted words).
#include <catch2/catch.hpp>

#include "extract_support.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace {

using claimdiff::test::extract_text;

std::vector<std::string> framing_of(const std::string& text) {
  std::vector<std::string> terms;
  for (const auto& term : extract_text(text).framing) terms.push_back(term.text);
  return terms;
}

bool has(const std::vector<std::string>& terms, const std::string& term) {
  return std::find(terms.begin(), terms.end(), term) != terms.end();
}

}  // namespace

TEST_CASE("framing takes an evaluative adjective with the noun it judges", "[extract][framing]") {
  const auto terms = framing_of("The senator delivered a scathing rebuke of the plan on Tuesday.");
  CAPTURE(terms);
  CHECK(has(terms, "scathing rebuke"));
}

TEST_CASE("framing takes an epithet with its modifier", "[extract][framing]") {
  const auto terms = framing_of("The port was bought by a Danish shipping giant last year.");
  CAPTURE(terms);
  CHECK(has(terms, "shipping giant"));
}

TEST_CASE("framing reads a minimizer only before a figure", "[extract][framing]") {
  const auto shrunk = framing_of("The striker was banned for just 18 months after the appeal.");
  CAPTURE(shrunk);
  CHECK(has(shrunk, "just 18 months"));
  const auto plain = framing_of("The ferry had just left the harbour when the storm began.");
  CAPTURE(plain);
  CHECK(plain.empty());
}

TEST_CASE("framing joins terms linked by 'of' or 'and' and reads a hyphenated compound", "[extract][framing]") {
  const auto terms = framing_of("The trial became a cautionary tale of greed and hubris, with a blood-chilling scream in court.");
  CAPTURE(terms);
  CHECK(has(terms, "cautionary tale of greed and hubris"));
  CHECK(has(terms, "blood-chilling scream"));
}

TEST_CASE("framing skips names, grammar phrases and quoted words", "[extract][framing]") {
  const auto terms = framing_of(
      "The band toured with its Tragic Kingdom show, even though the hall was half empty. "
      "\"It was a disgraceful decision,\" the singer said.");
  CAPTURE(terms);
  CHECK(terms.empty());
}

TEST_CASE("framing reads strong evaluative words of the VADER selection", "[extract][framing]") {
  // "abusive" is in framing_vader.txt only (VADER -3.2), not in the hand-written list
  const auto terms = framing_of("The guards were accused of abusive treatment of the prisoners.");
  CAPTURE(terms);
  CHECK(has(terms, "abusive treatment"));
}
