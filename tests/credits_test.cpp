// Tests of credits (via) on news English written for these tests: the article-level credits
// (bylines, copyright lines, "Source:" lines, sign-offs) and the statement-level ones (an outlet as
// listener, a handover "obtained by", "(via X)", a short name of an outlet named before).
#include <catch2/catch.hpp>

#include "extract_support.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace {

using claimdiff::Statement;
using claimdiff::test::extract_text;
using claimdiff::test::find;

bool credits(const std::vector<std::string>& via, const std::string& outlet) {
  return std::find(via.begin(), via.end(), outlet) != via.end();
}

}  // namespace

TEST_CASE("credits read an outlet in a byline, glued or not, but not a byline of people", "[extract][credits]") {
  SECTION("glued") {
    const auto x = extract_text("Harbour reopens after storm\n\nByCOASTAL NEWS SERVICES\n\n"
                                 "The harbour reopened on Monday, the port authority said.\n");
    // "COASTAL" is no outlet of the list: nothing is credited
    CHECK(x.via.empty());
    const auto y = extract_text("Harbour reopens after storm\n\nByESPN NEWS SERVICES\n\n"
                                 "The harbour reopened on Monday, the port authority said.\n");
    CHECK(y.via == std::vector<std::string>{"ESPN NEWS SERVICES"});
  }
  SECTION("a person and an agency") {
    const auto x = extract_text("Harbour reopens\n\nBy Jane Porter, Reuters\n\n"
                                 "The harbour reopened on Monday, the port authority said.\n");
    CHECK(x.via == std::vector<std::string>{"Reuters"});
  }
  SECTION("people only") {
    const auto x = extract_text("Harbour reopens\n\nBy Jane Porter and Tom Reed\n\n"
                                 "The harbour reopened on Monday, the port authority said.\n");
    CHECK(x.via.empty());
  }
}

TEST_CASE("credits read a copyright line and a sign-off as the credit of the whole copy", "[extract][credits]") {
  SECTION("(c) with a year, after the reporters' names") {
    const auto x = extract_text("The harbour reopened on Monday, the port authority said.\n\n"
                                 "Ferries will run again from Tuesday, the operator said. \u2014 Jane Porter, (c) 2025 Reuters\n");
    CHECK(x.via == std::vector<std::string>{"Reuters"});
    // the sign-off is no part of the operator's claim
    const Statement* ferries = find(x, "Ferries will run again");
    REQUIRE(ferries != nullptr);
    CHECK(ferries->content.find("Porter") == std::string::npos);
  }
  SECTION("\u00A9 and one outlet for its aliases") {
    const auto x = extract_text("The harbour reopened on Monday (AP) after the storm.\n\n"
                                 "\u00A9 The Associated Press\n");
    CHECK(x.via.size() == 1);
  }
  SECTION("Source: line and a dash sign-off") {
    const auto x = extract_text("The harbour reopened on Monday, the port authority said.\n\nSource: AFP\n");
    CHECK(x.via == std::vector<std::string>{"AFP"});
    const auto y = extract_text("The harbour reopened on Monday, the port authority said.\n\n"
                                 "Ferries will run again from Tuesday. - with Reuters\n");
    CHECK(y.via == std::vector<std::string>{"Reuters"});
  }
}

TEST_CASE("credits take an outlet that hears a statement as its via", "[extract][credits]") {
  SECTION("told X after the content, and the quotation that goes on") {
    const auto x = extract_text("The repairs will take a year, harbour master Ann Lowe told The Washington Post. "
                                 "\"We have never seen damage like this.\"\n");
    const Statement* repairs = find(x, "The repairs will take a year");
    REQUIRE(repairs != nullptr);
    CHECK(credits(repairs->via, "The Washington Post"));
    const Statement* damage = find(x, "never seen damage");
    REQUIRE(damage != nullptr);
    CHECK(credits(damage->via, "The Washington Post"));
  }
  SECTION("confirmed to X without 'that'") {
    const auto x = extract_text("Harbour master Ann Lowe confirmed to Reuters the ferries would resume on Tuesday.\n");
    const Statement* ferries = find(x, "the ferries would resume");
    REQUIRE(ferries != nullptr);
    CHECK(ferries->speaker == "Ann Lowe");
    CHECK(credits(ferries->via, "Reuters"));
  }
  SECTION("a listener that is no outlet credits nobody") {
    const auto x = extract_text("The repairs will take a year, harbour master Ann Lowe told reporters.\n");
    const Statement* repairs = find(x, "The repairs will take a year");
    REQUIRE(repairs != nullptr);
    CHECK(repairs->via.empty());
  }
}

TEST_CASE("credits read a handover to an outlet and an aside '(via X)'", "[extract][credits]") {
  SECTION("when approached by") {
    const auto x = extract_text("The league confirmed that the fine was cut when approached by The Associated Press on Friday.\n");
    const Statement* fine = find(x, "the fine was cut");
    REQUIRE(fine != nullptr);
    CHECK(credits(fine->via, "The Associated Press"));
    CHECK(fine->content.find("approached") == std::string::npos);
  }
  SECTION("a report obtained by X, and 'the report said' after it") {
    const auto x = extract_text(
        "According to a coast guard report obtained by CBS News, the tanker lost power before the collision.\n\n"
        "\"The crew dropped anchor within a minute,\" the report said.\n");
    const Statement* power = find(x, "the tanker lost power");
    REQUIRE(power != nullptr);
    CHECK(power->via == std::vector<std::string>{"CBS News"});
    const Statement* anchor = find(x, "dropped anchor");
    REQUIRE(anchor != nullptr);
    CHECK(anchor->via == std::vector<std::string>{"CBS News"});
  }
  SECTION("(via X) names a person too") {
    const auto x = extract_text("\"I am relieved it is over,\" said the goalkeeper (via Maria Lopez).\n");
    const Statement* relieved = find(x, "relieved");
    REQUIRE(relieved != nullptr);
    CHECK(relieved->via == std::vector<std::string>{"Maria Lopez"});
  }
  SECTION("obtained by a body that is no outlet credits nobody") {
    const auto x = extract_text("The letter, obtained by the police, said the tanker lost power before the collision.\n");
    for (const Statement& s : x.statements) CHECK(s.via.empty());
  }
}

TEST_CASE("credits read 'the Times' as the paper named before", "[extract][credits]") {
  const auto x = extract_text(
      "The tanker had failed an inspection last year, according to the Financial Times.\n\n"
      "The inspection found faulty gauges, the Times said.\n");
  const Statement* gauges = find(x, "faulty gauges");
  REQUIRE(gauges != nullptr);
  CHECK(gauges->via == std::vector<std::string>{"Financial Times"});
}

TEST_CASE("credits name the outlet inside a longer phrase, and no outlet for a person with a media word", "[extract][credits]") {
  SECTION("a reporter for an outlet") {
    const auto x = extract_text("The campaign had run out of money, a reporter for USA Today said.\n");
    const Statement* money = find(x, "run out of money");
    REQUIRE(money != nullptr);
    CHECK(money->via == std::vector<std::string>{"USA Today"});
  }
  SECTION("radio traffic is no outlet") {
    const auto x = extract_text("Radio traffic indicated that officers were about to close the bridge.\n");
    const Statement* close = find(x, "about to close the bridge");
    REQUIRE(close != nullptr);
    CHECK(close->via.empty());
  }
  SECTION("a press secretary is no outlet") {
    const auto x = extract_text("White House press secretary Ann Lowe said the talks would resume on Monday.\n");
    const Statement* talks = find(x, "the talks would resume");
    REQUIRE(talks != nullptr);
    CHECK(talks->via.empty());
  }
}

TEST_CASE("credits take whatever 'as reported by' names, listed outlet or not", "[extract][credits]") {
  const auto x = extract_text("The eight-day strike at the port is over, as reported by Kystradio.\n");
  const Statement* strike = find(x, "strike at the port is over");
  REQUIRE(strike != nullptr);
  CHECK(strike->via == std::vector<std::string>{"Kystradio"});
}
