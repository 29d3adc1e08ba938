// Tests of the diverge stage: word edits, quote fidelity, figure, framing and attribution
// divergences, omission and the divergence order, on hand-built claims over non-seed news text.
#include <catch2/catch.hpp>

#include <claimdiff/analyze.hpp>
#include <claimdiff/diverge.hpp>

#include "diverge/diverge_figures.hpp"
#include "diverge/diverge_words.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace claimdiff;

namespace {

// A statement whose text and content are one sentence starting at `offset` in its article.
Statement make_statement(std::string id, std::string article, StatementKind kind, std::string content,
                         std::size_t offset = 0) {
  Statement statement;
  statement.id = std::move(id);
  statement.article = std::move(article);
  statement.kind = kind;
  statement.text = content;
  statement.content = std::move(content);
  statement.span = {offset, offset + statement.text.size()};
  statement.content_span = statement.span;
  return statement;
}

// A figure found at the first occurrence of `text` in the statement.
Figure make_figure(const Statement& statement, const std::string& text, std::string type,
                   std::optional<double> value, std::string unit = {}, std::string qualifier = {}) {
  const std::size_t at = statement.text.find(text);
  REQUIRE(at != std::string::npos);
  Figure figure;
  figure.text = text;
  figure.span = {statement.span.begin + at, statement.span.begin + at + text.size()};
  figure.type = std::move(type);
  figure.value = value;
  figure.unit = std::move(unit);
  figure.qualifier = std::move(qualifier);
  return figure;
}

ArticleReport make_article(std::string id, std::string outlet) {
  ArticleReport report;
  report.article.id = std::move(id);
  report.article.outlet = std::move(outlet);
  return report;
}

Claim make_claim(std::vector<std::string> members) {
  Claim claim;
  claim.members = std::move(members);
  claim.representative = claim.members.front();
  return claim;
}

std::vector<const Divergence*> of_type(const Claim& claim, DivergenceType type) {
  std::vector<const Divergence*> out;
  for (const Divergence& divergence : claim.divergences)
    if (divergence.type == type) out.push_back(&divergence);
  return out;
}

bool mentions(const Divergence& divergence, const std::string& text) {
  return std::any_of(divergence.values.begin(), divergence.values.end(),
                     [&](const DivergenceValue& value) { return value.text == text; });
}

// Runs diverge over one claim of `members` and returns its figure divergences.
std::vector<Divergence> figures_of(const std::vector<Statement>& statements, std::vector<std::string> members,
                                   const std::vector<ArticleReport>& articles) {
  std::vector<Claim> claims{make_claim(std::move(members))};
  diverge(claims, statements, articles);
  std::vector<Divergence> out;
  for (const Divergence* divergence : of_type(claims[0], DivergenceType::figure)) out.push_back(*divergence);
  return out;
}

const Claim& claim_with(const std::vector<Claim>& claims, const std::string& member) {
  for (const Claim& claim : claims)
    if (std::find(claim.members.begin(), claim.members.end(), member) != claim.members.end()) return claim;
  FAIL("no claim has " << member);
  return claims.front();
}

}  // namespace

TEST_CASE("word_edits marks substitutions, insertions and deletions", "[diverge][wording]") {
  SECTION("a substituted word and an inserted one") {
    const auto edits = word_edits("The minister said the plan was a failure.",
                                  "The minister said the scheme was a total failure.");
    REQUIRE(edits.size() == 5);
    CHECK(edits[0].op == WordEdit::Op::equal);
    CHECK(edits[0].reference == "The minister said the");
    CHECK(edits[1].op == WordEdit::Op::substitute);
    CHECK(edits[1].reference == "plan");
    CHECK(edits[1].rendering == "scheme");
    CHECK(edits[2].op == WordEdit::Op::equal);
    CHECK(edits[3].op == WordEdit::Op::insert);
    CHECK(edits[3].rendering == "total");
    CHECK(edits[3].reference.empty());
    CHECK(edits[4].op == WordEdit::Op::equal);
    CHECK(edits[4].rendering == "failure");
  }
  SECTION("a deleted word") {
    const auto edits = word_edits("the new budget cuts spending on rural schools",
                                  "the budget cuts spending on schools");
    std::vector<std::string> removed;
    for (const WordEdit& edit : edits)
      if (edit.op == WordEdit::Op::remove) removed.push_back(edit.reference);
    CHECK(removed == std::vector<std::string>{"new", "rural"});
    CHECK(std::none_of(edits.begin(), edits.end(),
                       [](const WordEdit& e) { return e.op == WordEdit::Op::substitute; }));
  }
  SECTION("case and curly quotes do not count as edits") {
    const auto edits = word_edits("It’s \"over\", she said", "it's “over,” She said");
    REQUIRE(edits.size() == 1);
    CHECK(edits[0].op == WordEdit::Op::equal);
  }
  SECTION("empty renderings") {
    CHECK(word_edits("", "").empty());
    const auto edits = word_edits("", "new words");
    REQUIRE(edits.size() == 1);
    CHECK(edits[0].op == WordEdit::Op::insert);
  }
}

TEST_CASE("the aligner keeps the byte spans of each run", "[diverge][wording]") {
  const std::string reference = "Prices rose by 4% in May.";
  const std::string rendering = "Prices climbed 4% in May, officials said.";
  const auto alignment = detail::align_words(reference, rendering);
  REQUIRE(!alignment.runs.empty());
  CHECK(alignment.runs[1].op == WordEdit::Op::substitute);
  CHECK(alignment.runs[1].reference.of(reference) == "rose by");
  CHECK(alignment.runs[1].rendering.of(rendering) == "climbed");
  CHECK(alignment.runs.back().op == WordEdit::Op::insert);
  CHECK(alignment.runs.back().rendering.of(rendering) == "officials said");
}

TEST_CASE("quote fidelity classes", "[diverge][wording]") {
  const std::string quote = "We will not raise taxes on working families this year";
  auto fidelity = [&](std::string_view rendering) {
    return detail::quote_fidelity(detail::align_words(quote, rendering));
  };
  CHECK(fidelity("we will not raise taxes on working families this year.") == "verbatim");
  CHECK(fidelity("not raise taxes on working families") == "trimmed");
  CHECK(fidelity("We will not increase taxes for working families this year") == "reworded");
  CHECK(fidelity("Ordinary households can expect no new levies") == "paraphrased");
  // An excerpt of the quote with one word changed is reworded, whichever side is the reference.
  CHECK(fidelity("not lift taxes on working families") == "reworded");
  CHECK(detail::quote_fidelity(detail::align_words("not lift taxes on working families", quote)) == "reworded");
  // An excerpt that ends in other words: the original's tail is trimmed, not paraphrased.
  CHECK(detail::quote_fidelity(detail::align_words(
            "We said long ago that this side of the plan was wrong and only caused delays",
            "this part of the plan was a failure")) == "reworded");
  // One shared word does not make the same quote.
  CHECK(fidelity("Critics say this year brings pain") == "paraphrased");
}

TEST_CASE("diverge gives each rendering its quote fidelity and edits", "[diverge][wording]") {
  std::vector<Statement> statements{
      make_statement("a#1", "a", StatementKind::direct, "this part of the reform was a mistake"),
      make_statement("b#1", "b", StatementKind::direct, "this element of the reform was a mistake"),
      make_statement("c#1", "c", StatementKind::direct, "this aspect of the reform was misguided"),
  };
  std::vector<Claim> claims{make_claim({"a#1", "b#1", "c#1"})};
  const std::vector<ArticleReport> articles{make_article("a", "Daily A"), make_article("b", "B News"),
                                            make_article("c", "C Times")};
  diverge(claims, statements, articles);
  const auto wording = of_type(claims[0], DivergenceType::wording);
  REQUIRE(wording.size() == 2);
  CHECK(wording[0]->statement == "b#1");
  CHECK(wording[0]->fidelity == "reworded");
  CHECK(wording[0]->aspect == "quote");
  CHECK(std::any_of(wording[0]->edits.begin(), wording[0]->edits.end(), [](const WordEdit& e) {
    return e.op == WordEdit::Op::substitute && e.reference == "part" && e.rendering == "element";
  }));
  CHECK(wording[1]->fidelity == "reworded");
  CHECK(std::any_of(wording[1]->edits.begin(), wording[1]->edits.end(), [](const WordEdit& e) {
    return e.op == WordEdit::Op::substitute && e.reference == "a mistake" && e.rendering == "misguided";
  }));
  CHECK(wording[1]->values.front().statement == "a#1");
  CHECK(wording[1]->values.front().detail == "reference");
}

TEST_CASE("figure divergences compare figures of one kind", "[diverge][figure]") {
  const std::vector<ArticleReport> articles{make_article("a", "Daily A"), make_article("b", "B News")};

  SECTION("a vague count against a precise one") {
    std::vector<Statement> statements{
        make_statement("a#1", "a", StatementKind::unattributed,
                       "Many residents were evacuated when the river burst its banks in 2021."),
        make_statement("b#1", "b", StatementKind::unattributed,
                       "At least 1,200 residents were evacuated as the river flooded in 2021."),
    };
    statements[0].figures.push_back(make_figure(statements[0], "2021", "year", 2021));
    statements[1].figures.push_back(
        make_figure(statements[1], "At least 1,200", "number", 1200, "", "at least"));
    statements[1].figures.push_back(make_figure(statements[1], "2021", "year", 2021));
    const auto figures = figures_of(statements, {"a#1", "b#1"}, articles);
    REQUIRE(figures.size() == 1);  // the equal years are no divergence
    CHECK(figures[0].aspect == "count");
    CHECK(mentions(figures[0], "Many residents"));
    CHECK(mentions(figures[0], "At least 1,200 residents"));
    CHECK(figures[0].summary.find("vague vs precise") != std::string::npos);
  }

  SECTION("a demonym counts people, even lower-cased by the extractor") {
    std::vector<Statement> statements{
        make_statement("a#1", "a", StatementKind::unattributed, "Many people died in the mudslides."),
        make_statement("b#1", "b", StatementKind::unattributed, "The mudslides killed some 900 Chileans."),
    };
    statements[1].figures.push_back(make_figure(statements[1], "some 900 Chileans", "number", 900, "chileans", "some"));
    const auto figures = figures_of(statements, {"a#1", "b#1"}, articles);
    REQUIRE(figures.size() == 1);
    CHECK(mentions(figures[0], "Many people"));
    CHECK(mentions(figures[0], "some 900 Chileans"));
  }

  SECTION("vague magnitudes that cannot both hold") {
    std::vector<Statement> statements{
        make_statement("a#1", "a", StatementKind::unattributed, "The famine killed hundreds of thousands of people."),
        make_statement("b#1", "b", StatementKind::unattributed, "Tens of thousands of people died in the famine."),
        make_statement("c#1", "c", StatementKind::unattributed, "Thousands of people died in the famine."),
    };
    const auto figures = figures_of(statements, {"a#1", "b#1"}, articles);
    REQUIRE(figures.size() == 1);
    CHECK(mentions(figures[0], "hundreds of thousands of people"));
    CHECK(mentions(figures[0], "Tens of thousands of people"));
    const auto overlapping = figures_of(statements, {"b#1", "c#1"}, articles);
    CHECK(overlapping.size() == 1);  // 20,000+ against 2,000..10,000
  }

  SECTION("quantifiers that count nobody are not figures") {
    std::vector<Statement> statements{
        make_statement("a#1", "a", StatementKind::unattributed, "How many people fled is unclear, and many of them left early."),
        make_statement("b#1", "b", StatementKind::unattributed, "Some 4,000 people fled the town."),
    };
    statements[1].figures.push_back(make_figure(statements[1], "Some 4,000", "number", 4000, "", "some"));
    const auto figures = figures_of(statements, {"a#1", "b#1"}, articles);
    CHECK(figures.empty());
  }

  SECTION("a reading on a scale named before it: earthquake magnitudes") {
    std::vector<Statement> statements{
        make_statement("a#1", "a", StatementKind::unattributed, "A magnitude 5.8 earthquake struck the coast of Peru."),
        make_statement("b#1", "b", StatementKind::unattributed, "The earthquake, of magnitude 6.3, hit the Peruvian coast."),
    };
    statements[0].figures.push_back(make_figure(statements[0], "5.8 earthquake", "number", 5.8, "earthquake"));
    statements[1].figures.push_back(make_figure(statements[1], "6.3", "number", 6.3));
    const auto figures = figures_of(statements, {"a#1", "b#1"}, articles);
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].aspect == "scale");
    CHECK(mentions(figures[0], "magnitude 5.8"));
    CHECK(mentions(figures[0], "magnitude 6.3"));
  }

  SECTION("clock times are no counts: '3:36 a.m.' and 'shortly after 3.30 am' do not disagree") {
    std::vector<Statement> statements{
        make_statement("a#1", "a", StatementKind::unattributed, "The quake hit at 3:36 a.m. near the town."),
        make_statement("b#1", "b", StatementKind::unattributed, "The quake struck shortly after 3.30 am near the town."),
    };
    statements[0].figures.push_back(make_figure(statements[0], "3:36 a.m.", "time", 3.6));
    statements[1].figures.push_back(make_figure(statements[1], "3.30 am", "time", 3.5));
    CHECK(figures_of(statements, {"a#1", "b#1"}, articles).empty());
  }

  SECTION("a qualifier makes a bound or an approximation: compatible, unless the values part") {
    std::vector<Statement> statements{
        make_statement("a#1", "a", StatementKind::unattributed, "At least 2,600 residents were evacuated."),
        make_statement("b#1", "b", StatementKind::unattributed, "Some 2,700 residents were evacuated."),
        make_statement("c#1", "c", StatementKind::unattributed, "Prices of energy fell around 11% in a year."),
        make_statement("d#1", "d", StatementKind::unattributed, "Prices of energy fell 11.1% in a year."),
        make_statement("e#1", "e", StatementKind::unattributed, "More than 5,000 residents were evacuated."),
        make_statement("f#1", "f", StatementKind::unattributed, "About 4,000 residents were evacuated."),
    };
    statements[0].figures.push_back(make_figure(statements[0], "At least 2,600", "number", 2600, "residents", "at least"));
    statements[1].figures.push_back(make_figure(statements[1], "Some 2,700", "number", 2700, "residents", "some"));
    statements[2].figures.push_back(make_figure(statements[2], "around 11%", "percent", 11, "%", "around"));
    statements[3].figures.push_back(make_figure(statements[3], "11.1%", "percent", 11.1, "%"));
    statements[4].figures.push_back(make_figure(statements[4], "More than 5,000", "number", 5000, "residents", "more than"));
    statements[5].figures.push_back(make_figure(statements[5], "About 4,000", "number", 4000, "residents", "about"));
    for (const auto& pair : {std::vector<std::string>{"a#1", "b#1"}, std::vector<std::string>{"c#1", "d#1"}}) {
      const auto bounds = figures_of(statements, pair, articles);
      REQUIRE(bounds.size() == 1);
      CHECK(bounds[0].verdict == "compatible");
      CHECK(detail::figure_weight(bounds[0]) < 1.0);  // ranks below a conflict
    }
    const auto apart = figures_of(statements, {"e#1", "f#1"}, articles);
    REQUIRE(apart.size() == 1);
    CHECK(apart[0].summary.find("different values") != std::string::npos);
  }

  SECTION("equal values in other words are no divergence") {
    std::vector<Statement> statements{
        make_statement("a#1", "a", StatementKind::unattributed, "The strike lasted two weeks."),
        make_statement("b#1", "b", StatementKind::unattributed, "The strike lasted 14 days."),
    };
    statements[0].figures.push_back(make_figure(statements[0], "two weeks", "number", 2, "weeks"));
    statements[1].figures.push_back(make_figure(statements[1], "14", "number", 14));
    const auto figures = figures_of(statements, {"a#1", "b#1"}, articles);
    CHECK(figures.empty());
  }

  SECTION("durations that differ show their units as written") {
    std::vector<Statement> statements{
        make_statement("a#1", "a", StatementKind::unattributed, "The siege ended after 12 days of shelling."),
        make_statement("b#1", "b", StatementKind::unattributed, "Within ten days the siege was over."),
    };
    statements[0].figures.push_back(make_figure(statements[0], "12", "number", 12));
    statements[1].figures.push_back(make_figure(statements[1], "ten days", "number", 10, "days"));
    const auto figures = figures_of(statements, {"a#1", "b#1"}, articles);
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].aspect == "duration");
    CHECK(mentions(figures[0], "12 days"));
    CHECK(mentions(figures[0], "ten days"));
  }

  SECTION("a figure the extractor could not read is not taken for vague") {
    std::vector<Statement> statements{
        make_statement("a#1", "a", StatementKind::unattributed, "The quake killed 1,200 people."),
        make_statement("b#1", "b", StatementKind::unattributed, "The quake killed 1.2k people."),
    };
    statements[0].figures.push_back(make_figure(statements[0], "1,200", "number", 1200));
    statements[1].figures.push_back(make_figure(statements[1], "1.2k", "number", std::nullopt));
    CHECK(figures_of(statements, {"a#1", "b#1"}, articles).empty());
  }

  SECTION("statements that agree on one of their figures do not diverge") {
    std::vector<Statement> statements{
        make_statement("a#1", "a", StatementKind::unattributed, "Support stands at 48% in the city and 31% statewide."),
        make_statement("b#1", "b", StatementKind::unattributed, "The poll puts support in the city at 48%."),
        make_statement("c#1", "c", StatementKind::unattributed, "The poll puts support in the city at 52%."),
    };
    statements[0].figures.push_back(make_figure(statements[0], "48%", "percent", 48, "%"));
    statements[0].figures.push_back(make_figure(statements[0], "31%", "percent", 31, "%"));
    statements[1].figures.push_back(make_figure(statements[1], "48%", "percent", 48, "%"));
    statements[2].figures.push_back(make_figure(statements[2], "52%", "percent", 52, "%"));
    CHECK(figures_of(statements, {"a#1", "b#1"}, articles).empty());
    const auto figures = figures_of(statements, {"b#1", "c#1"}, articles);
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].aspect == "percent");
  }

  SECTION("other nouns are compared by their singular") {
    std::vector<Statement> statements{
        make_statement("a#1", "a", StatementKind::unattributed, "The storm destroyed 300 homes."),
        make_statement("b#1", "b", StatementKind::unattributed, "Only one home was destroyed by the storm."),
    };
    statements[0].figures.push_back(make_figure(statements[0], "300", "number", 300));
    statements[1].figures.push_back(make_figure(statements[1], "one", "number", 1));
    const auto figures = figures_of(statements, {"a#1", "b#1"}, articles);
    REQUIRE(figures.size() == 1);
    CHECK(mentions(figures[0], "300 homes"));
    CHECK(mentions(figures[0], "one home"));
  }

  SECTION("a troop count never meets a death toll, a year never meets a count") {
    std::vector<Statement> statements{
        make_statement("a#1", "a", StatementKind::unattributed, "About 5,000 troops crossed the border in 1979."),
        make_statement("b#1", "b", StatementKind::unattributed, "The incursion left 300 people dead."),
    };
    statements[0].figures.push_back(make_figure(statements[0], "About 5,000", "number", 5000, "", "about"));
    statements[0].figures.push_back(make_figure(statements[0], "1979", "year", 1979));
    statements[1].figures.push_back(make_figure(statements[1], "300", "number", 300));
    const auto figures = figures_of(statements, {"a#1", "b#1"}, articles);
    CHECK(figures.empty());
  }

  SECTION("one article's own statements never diverge in figures") {
    std::vector<Statement> statements{
        make_statement("a#1", "a", StatementKind::unattributed, "The treaty was signed in 1992 by 12 states."),
        make_statement("a#2", "a", StatementKind::unattributed, "It took effect in 1993 for 15 states."),
    };
    statements[0].figures.push_back(make_figure(statements[0], "1992", "year", 1992));
    statements[0].figures.push_back(make_figure(statements[0], "12", "number", 12));
    statements[1].figures.push_back(make_figure(statements[1], "1993", "year", 1993));
    statements[1].figures.push_back(make_figure(statements[1], "15", "number", 15));
    const auto figures = figures_of(statements, {"a#1", "a#2"}, articles);
    CHECK(figures.empty());
  }

  SECTION("two statements that share no year") {
    std::vector<Statement> statements{
        make_statement("a#1", "a", StatementKind::unattributed, "The treaty was signed in 1992."),
        make_statement("b#1", "b", StatementKind::unattributed, "The treaty was signed in 1993."),
    };
    statements[0].figures.push_back(make_figure(statements[0], "1992", "year", 1992));
    statements[1].figures.push_back(make_figure(statements[1], "1993", "year", 1993));
    // hand-built figures carry no slot: two dates nothing joins never conflict (a claim's
    // statements carry dates of other events); the extractor's frame "signed" joins them
    CHECK(figures_of(statements, {"a#1", "b#1"}, articles).empty());
    for (Statement& statement : statements) {
      statement.figures[0].slot = {"date", "", "signed", "", "", ""};
      statement.figures[0].timex = statement.figures[0].text;
    }
    const auto figures = figures_of(statements, {"a#1", "b#1"}, articles);
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].aspect == "date");
    CHECK(figures[0].verdict == "conflict");
  }
}

TEST_CASE("framing divergences: cue classes, evaluative words, hedges", "[diverge][framing]") {
  std::vector<Statement> statements{
      make_statement("a#1", "a", StatementKind::indirect, "The mayor said the tunnel project had run over budget."),
      make_statement("b#1", "b", StatementKind::indirect,
                     "In a stunning reversal, the mayor admitted the tunnel project had run over budget.", 40),
      make_statement("c#1", "c", StatementKind::indirect, "The mayor reportedly thinks the tunnel ran over budget."),
  };
  statements[0].cue = "said";
  statements[0].cue_class = "neutral";
  statements[1].cue = "admitted";
  statements[1].cue_class = "concessive";
  statements[2].cue = "thinks";
  statements[2].cue_class = "hedged";
  ArticleReport b = make_article("b", "B News");
  // The outlet's evaluative words are found at article level; the ones inside the sentence count.
  const std::size_t at = statements[1].text.find("stunning");
  b.framing.push_back({"stunning", {40 + at, 40 + at + 8}, "evaluative"});
  b.framing.push_back({"outrageous", {5, 15}, "evaluative"});  // elsewhere in the article
  std::vector<Claim> claims{make_claim({"a#1", "b#1", "c#1"})};
  diverge(claims, statements, {make_article("a", "Daily A"), b, make_article("c", "C Times")});

  const auto framing = of_type(claims[0], DivergenceType::framing);
  const auto cue = std::find_if(framing.begin(), framing.end(), [](const Divergence* d) { return d->aspect == "cue_class"; });
  REQUIRE(cue != framing.end());
  CHECK(mentions(**cue, "said"));
  CHECK(mentions(**cue, "admitted"));
  CHECK(mentions(**cue, "thinks"));
  const auto evaluative = std::find_if(framing.begin(), framing.end(), [](const Divergence* d) { return d->aspect == "evaluative"; });
  REQUIRE(evaluative != framing.end());
  CHECK(mentions(**evaluative, "stunning"));
  CHECK_FALSE(mentions(**evaluative, "outrageous"));
  const auto hedge = std::find_if(framing.begin(), framing.end(), [](const Divergence* d) { return d->aspect == "hedge"; });
  CHECK(hedge != framing.end());

  SECTION("one article varying its own cues is no divergence between outlets") {
    std::vector<Statement> own = statements;
    own[1].article = "a";
    own[2].article = "a";
    std::vector<Claim> again{make_claim({"a#1", "b#1", "c#1"})};
    diverge(again, own, {make_article("a", "Daily A")});
    CHECK(of_type(again[0], DivergenceType::framing).empty());
  }

  SECTION("one cue class is no divergence") {
    std::vector<Statement> same = statements;
    same[1].cue_class = "neutral";
    same[2].cue_class = "neutral";
    std::vector<Claim> again{make_claim({"a#1", "b#1", "c#1"})};
    diverge(again, same, {make_article("a", "Daily A"), make_article("b", "B News"), make_article("c", "C Times")});
    for (const Divergence* d : of_type(again[0], DivergenceType::framing)) CHECK(d->aspect != "cue_class");
  }
}

TEST_CASE("attribution divergences: upstream sources and speaker renderings", "[diverge][attribution]") {
  std::vector<Statement> statements{
      make_statement("a#1", "a", StatementKind::indirect, "The chancellor said talks would resume on Monday."),
      make_statement("b#1", "b", StatementKind::indirect, "Scholz said negotiations would restart on Monday."),
      make_statement("c#1", "c", StatementKind::indirect, "He said the talks would resume Monday."),
  };
  for (Statement& statement : statements) {
    statement.speaker = "Olaf Scholz";
    statement.cue = "said";
  }
  statements[0].speaker_mention = "The chancellor";
  statements[1].speaker_mention = "Scholz";
  statements[2].speaker_mention = "He";
  statements[0].via = {"Reuters"};
  ArticleReport c = make_article("c", "C Times");
  c.via = {"dpa"};
  std::vector<Claim> claims{make_claim({"a#1", "b#1", "c#1"})};
  diverge(claims, statements, {make_article("a", "Daily A"), make_article("b", "B News"), c});
  const auto attribution = of_type(claims[0], DivergenceType::attribution);
  const auto via = std::find_if(attribution.begin(), attribution.end(), [](const Divergence* d) { return d->aspect == "via"; });
  REQUIRE(via != attribution.end());
  CHECK(mentions(**via, "Reuters"));
  CHECK(mentions(**via, "none"));
  CHECK_FALSE(mentions(**via, "dpa"));  // a reprint credit of the whole article is not this claim's
  const auto mention = std::find_if(attribution.begin(), attribution.end(),
                                    [](const Divergence* d) { return d->aspect == "speaker_mention"; });
  REQUIRE(mention != attribution.end());
  CHECK(mentions(**mention, "The chancellor"));
  CHECK(mentions(**mention, "Scholz"));
  CHECK_FALSE(mentions(**mention, "He"));  // a pronoun says nothing about how the outlet names him
  CHECK(std::none_of(attribution.begin(), attribution.end(), [](const Divergence* d) { return d->aspect == "speaker"; }));

  SECTION("the same credits and a name within a longer name are no divergence") {
    std::vector<Statement> same = statements;
    same[0].speaker_mention = "German Chancellor Olaf Scholz";
    same[1].speaker_mention = "Scholz’s";
    same[1].via = {"Reuters"};
    same[2].via = {"Reuters"};
    std::vector<Claim> again{make_claim({"a#1", "b#1"})};
    diverge(again, same, {make_article("a", "Daily A"), make_article("b", "B News")});
    CHECK(of_type(again[0], DivergenceType::attribution).empty());
  }
}

TEST_CASE("a description one outlet uses for a speaker another names is the same speaker", "[diverge][attribution]") {
  std::vector<Statement> statements{
      make_statement("a#1", "a", StatementKind::indirect, "Sweden had not kept its promises, Erdogan said."),
      make_statement("a#2", "a", StatementKind::indirect, "Turkish President Recep Tayyip Erdogan spoke in Ankara."),
      make_statement("b#1", "b", StatementKind::indirect, "The Turkish president said Sweden had broken its word."),
      make_statement("c#1", "c", StatementKind::indirect, "The Swedish prime minister said Sweden had kept its word."),
  };
  statements[0].speaker = statements[1].speaker = "Recep Tayyip Erdogan";
  statements[0].speaker_mention = "Erdogan";
  statements[1].speaker_mention = "Turkish President Recep Tayyip Erdogan";
  statements[2].speaker = statements[2].speaker_mention = "The Turkish president";
  statements[3].speaker = statements[3].speaker_mention = "The Swedish prime minister";
  const std::vector<ArticleReport> articles{make_article("a", "Daily A"), make_article("b", "B News"),
                                            make_article("c", "C Times")};
  std::vector<Claim> claims{make_claim({"a#1", "b#1"})};
  diverge(claims, statements, articles);
  const auto attribution = of_type(claims[0], DivergenceType::attribution);
  CHECK(std::none_of(attribution.begin(), attribution.end(), [](const Divergence* d) { return d->aspect == "speaker"; }));
  CHECK(std::any_of(attribution.begin(), attribution.end(), [](const Divergence* d) { return d->aspect == "speaker_mention"; }));
  // An outlet that never gives the full name keeps the title: still the same speaker.
  statements[2].speaker = statements[2].speaker_mention = "President Erdogan";
  std::vector<Claim> titled{make_claim({"a#1", "b#1"})};
  diverge(titled, statements, articles);
  for (const Divergence* d : of_type(titled[0], DivergenceType::attribution)) CHECK(d->aspect != "speaker");
  // A description that fits nothing said of him is another speaker.
  std::vector<Claim> other{make_claim({"a#1", "c#1"})};
  diverge(other, statements, articles);
  const auto differ = of_type(other[0], DivergenceType::attribution);
  CHECK(std::any_of(differ.begin(), differ.end(), [](const Divergence* d) { return d->aspect == "speaker"; }));
}

TEST_CASE("omission and the divergence order", "[diverge][omission]") {
  std::vector<Statement> statements{
      make_statement("a#1", "a", StatementKind::unattributed, "The dam failed after days of heavy rain."),
      make_statement("b#1", "b", StatementKind::unattributed, "The dam failed after a week of heavy rain."),
      make_statement("c#1", "c", StatementKind::unattributed, "The dam failed after heavy rainfall."),
      make_statement("a#2", "a", StatementKind::unattributed, "Engineers had warned of cracks in the wall."),
      make_statement("b#2", "b", StatementKind::unattributed, "Engineers had warned of cracks in the wall."),
      make_statement("c#2", "c", StatementKind::unattributed, "Rescue teams reached the valley by boat."),
      make_statement("d#1", "d", StatementKind::unattributed, "The region has a long history of mining."),
  };
  std::vector<Claim> claims{make_claim({"d#1"}), make_claim({"a#2", "b#2"}), make_claim({"c#2"}),
                            make_claim({"a#1", "b#1", "c#1"})};
  const std::vector<ArticleReport> articles{make_article("a", "Daily A"), make_article("b", "B News"),
                                            make_article("c", "C Times"), make_article("d", "D Weekly")};
  diverge(claims, statements, articles);

  const Claim& verbatim = claim_with(claims, "a#2");
  CHECK(verbatim.omitted_by == std::vector<std::string>{"c"});
  const auto omission = of_type(verbatim, DivergenceType::omission);
  REQUIRE(omission.size() == 1);
  CHECK(omission[0]->values.front().article == "c");
  // d shares no claim with another outlet: it does not cover the event, and nothing it says counts
  // as omitted by the others.
  CHECK(claim_with(claims, "d#1").omitted_by.empty());
  CHECK(claim_with(claims, "c#2").omitted_by == std::vector<std::string>{"a", "b"});

  // Order: the reworded three-outlet claim, then the verbatim two-outlet one, then the singletons.
  REQUIRE(claims.size() == 4);
  CHECK(claims[0].id == "claim-1");
  CHECK(claims[0].members.front() == "a#1");
  CHECK(claims[1].members.front() == "a#2");
  CHECK(claims[3].id == "claim-4");
  CHECK(claims[3].members.front() == "d#1");
  for (std::size_t i = 0; i + 1 < claims.size(); ++i) {
    CAPTURE(i);
    CHECK(claims[i].divergence_score >= claims[i + 1].divergence_score);
    CHECK(claims[i].divergence_score >= 0.0);
    CHECK(claims[i].divergence_score <= 1.0);
  }

  SECTION("two stories in one corpus: an article covering the other story omits nothing here") {
    std::vector<Statement> more = statements;
    more.push_back(make_statement("e#1", "e", StatementKind::unattributed, "The league final was postponed."));
    more.push_back(make_statement("f#1", "f", StatementKind::unattributed, "The league final was put off."));
    std::vector<Claim> two{make_claim({"a#1", "b#1", "c#1"}), make_claim({"a#2", "b#2"}), make_claim({"e#1", "f#1"})};
    std::vector<ArticleReport> six = articles;
    six.push_back(make_article("e", "E Sport"));
    six.push_back(make_article("f", "F Sport"));
    diverge(two, more, six);
    CHECK(claim_with(two, "a#2").omitted_by == std::vector<std::string>{"c"});
    CHECK(claim_with(two, "e#1").omitted_by.empty());
  }

  SECTION("the order and ids are deterministic") {
    std::vector<Claim> again{make_claim({"d#1"}), make_claim({"a#2", "b#2"}), make_claim({"c#2"}),
                             make_claim({"a#1", "b#1", "c#1"})};
    diverge(again, statements, articles);
    for (std::size_t i = 0; i < claims.size(); ++i) {
      CHECK(again[i].id == claims[i].id);
      CHECK(again[i].members == claims[i].members);
      CHECK(again[i].divergence_score == claims[i].divergence_score);
    }
  }
}

TEST_CASE("diverge tolerates unknown members and empty claims", "[diverge]") {
  std::vector<Statement> statements{make_statement("a#1", "a", StatementKind::unattributed, "Something happened.")};
  std::vector<Claim> claims{make_claim({"missing#1"}), make_claim({"a#1", "missing#2"})};
  claims.push_back(Claim{});
  diverge(claims, statements, {make_article("a", "")});
  CHECK(claims.size() == 3);
  CHECK(claims[0].id == "claim-1");
}

TEST_CASE("the whole pipeline sets figures, cues and credits of two flood reports side by side", "[diverge][pipeline]") {
  // Two invented reports of one flood: the claims pair up across them, and diverge names where they
  // part ways. Runs every stage, so a regression anywhere upstream shows here too.
  Article a;
  a.id = "a";
  a.text =
      "Floods hit southern Brazil\n\nHeavy rain swept across Rio Grande do Sul this week. Many people were killed "
      "when the Taquari river burst its banks near Lajeado, officials said.\n\nGovernor Eduardo Leite said the state "
      "would need billions to rebuild. The rescue operation lasted 12 days.\n";
  Article b;
  b.id = "b";
  b.text =
      "Brazil floods: death toll rises\n\nAt least 180 people were killed when the Taquari river burst its banks near "
      "Lajeado, according to the civil defence agency.\n\nGovernor Eduardo Leite admitted the state would need "
      "billions to rebuild. The rescue operation lasted ten days.\n";
  const Analyzer analyzer;
  const Report report = analyzer.analyze({a, b});

  auto find = [&](DivergenceType type, const std::string& aspect) -> const Divergence* {
    for (const Claim& claim : report.claims)
      for (const Divergence& divergence : claim.divergences)
        if (divergence.type == type && divergence.aspect == aspect) return &divergence;
    return nullptr;
  };
  const Divergence* count = find(DivergenceType::figure, "count");
  REQUIRE(count != nullptr);
  CHECK(mentions(*count, "Many people"));
  CHECK(mentions(*count, "At least 180 people"));
  const Divergence* duration = find(DivergenceType::figure, "duration");
  REQUIRE(duration != nullptr);
  CHECK(mentions(*duration, "12 days"));
  CHECK(mentions(*duration, "ten days"));
  const Divergence* cue = find(DivergenceType::framing, "cue_class");
  REQUIRE(cue != nullptr);
  CHECK(mentions(*cue, "said"));
  CHECK(mentions(*cue, "admitted"));
  // The most divergent claims come first: a claim both reports share heads the list.
  REQUIRE(!report.claims.empty());
  CHECK(report.claims.front().articles.size() == 2);
}

TEST_CASE("a member that holds loosely to its claim is not compared figure by figure or word by word",
          "[diverge][figure][wording]") {
  const std::vector<ArticleReport> articles{make_article("a", "Daily A"), make_article("b", "B News"),
                                            make_article("c", "C Post")};
  std::vector<Statement> statements{
      make_statement("a#1", "a", StatementKind::unattributed, "At least 1,200 residents were evacuated from the valley."),
      make_statement("b#1", "b", StatementKind::unattributed, "Some 1,500 residents were evacuated from the valley."),
      make_statement("c#1", "c", StatementKind::unattributed, "About 300 residents were evacuated from the coast last year."),
  };
  statements[0].figures.push_back(make_figure(statements[0], "At least 1,200", "number", 1200, "", "at least"));
  statements[1].figures.push_back(make_figure(statements[1], "Some 1,500", "number", 1500, "", "some"));
  statements[2].figures.push_back(make_figure(statements[2], "About 300", "number", 300, "", "about"));
  std::vector<Claim> claims{make_claim({"a#1", "b#1", "c#1"})};
  SECTION("every member firm: all three figures are set against each other") {
    diverge(claims, statements, articles);
    const auto figures = of_type(claims[0], DivergenceType::figure);
    REQUIRE(figures.size() == 1);
    CHECK(mentions(*figures[0], "About 300 residents"));
  }
  SECTION("the third member's fit is low: its figure stays out, its wording gets no edits") {
    claims[0].member_fit = {0.7, 0.7, 0.1};
    diverge(claims, statements, articles);
    const auto figures = of_type(claims[0], DivergenceType::figure);
    REQUIRE(figures.size() == 1);
    CHECK(mentions(*figures[0], "Some 1,500 residents"));
    CHECK_FALSE(mentions(*figures[0], "About 300 residents"));
    bool loose_seen = false;
    for (const Divergence* wording : of_type(claims[0], DivergenceType::wording))
      if (wording->statement == "c#1") {
        loose_seen = true;
        CHECK(wording->aspect == "loose");
        CHECK(wording->edits.empty());
      }
    CHECK(loose_seen);
  }
}

TEST_CASE("claims that hold together come first, most divergent first within each", "[diverge][order]") {
  const std::vector<ArticleReport> articles{make_article("a", "Daily A"), make_article("b", "B News")};
  std::vector<Statement> statements{
      make_statement("a#1", "a", StatementKind::unattributed, "The council approved the budget on Monday."),
      make_statement("b#1", "b", StatementKind::unattributed, "The city council passed its budget after a long debate."),
      make_statement("a#2", "a", StatementKind::unattributed, "Some 40 schools closed during the strike."),
      make_statement("b#2", "b", StatementKind::unattributed, "The strike shut 400 schools."),
  };
  statements[2].figures.push_back(make_figure(statements[2], "Some 40", "number", 40, "", "some"));
  statements[3].figures.push_back(make_figure(statements[3], "400", "number", 400));
  std::vector<Claim> claims{make_claim({"a#1", "b#1"}), make_claim({"a#2", "b#2"})};
  claims[0].cohesion = 0.9;  // holds together, little divergence
  claims[1].cohesion = 0.2;  // a loose group with a figure dispute
  diverge(claims, statements, articles);
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].members.front() == "a#1");
  CHECK(claims[0].id == "claim-1");
  claims[0].cohesion = claims[1].cohesion = 0.9;  // both hold: the figure dispute leads
  diverge(claims, statements, articles);
  CHECK(claims[0].members.front() == "a#2");
}
