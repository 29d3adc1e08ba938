// Tests of the extract stage on news English written for these tests (not from the seeds): each
// attribution construction, speaker resolution, cues and their classes, upstream credits (via),
// the outlet's own claims, framing and ids. Articles go through the real Segmenter first.
#include <catch2/catch.hpp>

#include <claimdiff/error.hpp>
#include <claimdiff/extract.hpp>
#include <claimdiff/segment.hpp>

#include "extract_support.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace {

using claimdiff::Extraction;
using claimdiff::Statement;
using claimdiff::StatementKind;
using claimdiff::test::extract_text;
using claimdiff::test::find;

// The figure written exactly as `text`, or nullptr.
const claimdiff::Figure* figure_with_text(const std::vector<claimdiff::Figure>& figures, const std::string& text) {
  for (const auto& f : figures)
    if (f.text == text) return &f;
  return nullptr;
}

std::size_t attributed_count(const Extraction& x) {
  std::size_t n = 0;
  for (const Statement& s : x.statements) n += s.kind != StatementKind::unattributed;
  return n;
}

}  // namespace

TEST_CASE("extract reads '\"...,\" X said.' as a direct quotation of X", "[extract]") {
  const auto x = extract_text("\"We will not raise the fuel tax this year,\" Finance Minister Elena Varga said.");
  const Statement* s = find(x, "raise the fuel tax");
  REQUIRE(s != nullptr);
  CHECK(s->kind == StatementKind::direct);
  CHECK(s->content == "We will not raise the fuel tax this year");
  CHECK(s->speaker == "Elena Varga");
  CHECK(s->speaker_mention == "Finance Minister Elena Varga");
  CHECK(s->cue == "said");
  CHECK(s->cue_lemma == "say");
  CHECK(s->cue_class == "neutral");
  CHECK(s->text == "\"We will not raise the fuel tax this year,\" Finance Minister Elena Varga said.");
}

TEST_CASE("extract reads the reversed order '\"...,\" said X, a title.' with the appositive in the mention", "[extract]") {
  const auto x = extract_text("\"The bridge was never designed for this traffic,\" said Tomas Berg, a civil engineer at the port authority.");
  const Statement* s = find(x, "never designed");
  REQUIRE(s != nullptr);
  CHECK(s->kind == StatementKind::direct);
  CHECK(s->speaker == "Tomas Berg");
  CHECK(s->speaker_mention == "Tomas Berg, a civil engineer at the port authority");
  CHECK(s->cue == "said");
}

TEST_CASE("extract reads 'X said: \"...\"' with the quotation as content", "[extract]") {
  const auto x = extract_text("The mayor said: \"Our schools will reopen on Monday.\"");
  const Statement* s = find(x, "schools will reopen");
  REQUIRE(s != nullptr);
  CHECK(s->kind == StatementKind::direct);
  CHECK(s->content == "Our schools will reopen on Monday");
  CHECK(s->speaker_mention == "The mayor");
}

TEST_CASE("extract reads 'X said (that) ...' as indirect speech without the complementizer", "[extract]") {
  const auto with_that = extract_text("The health ministry said that 40 patients were treated overnight.");
  const Statement* s = find(with_that, "40 patients");
  REQUIRE(s != nullptr);
  CHECK(s->kind == StatementKind::indirect);
  CHECK(s->content == "40 patients were treated overnight");
  CHECK(s->speaker == "The health ministry");
  const auto without = extract_text("Senator Maria Lopez said the vote would be delayed until spring.");
  const Statement* t = find(without, "vote would be delayed");
  REQUIRE(t != nullptr);
  CHECK(t->content == "the vote would be delayed until spring");
  CHECK(t->speaker == "Maria Lopez");
}

TEST_CASE("extract reads 'According to X, ...' and '..., according to X.'", "[extract]") {
  const auto front = extract_text("According to the coast guard, three fishing boats are still missing off the coast.");
  const Statement* s = find(front, "three fishing boats");
  REQUIRE(s != nullptr);
  CHECK(s->cue == "According to");
  CHECK(s->cue_lemma == "according to");
  CHECK(s->speaker_mention == "the coast guard");
  CHECK(s->content == "three fishing boats are still missing off the coast");
  const auto back = extract_text("Prices of bread rose by a third last month, according to the national statistics office.");
  const Statement* t = find(back, "Prices of bread");
  REQUIRE(t != nullptr);
  CHECK(t->content == "Prices of bread rose by a third last month");
  CHECK(t->speaker_mention == "the national statistics office");
}

TEST_CASE("an 'according to' source written without its comma ends where the clause opens", "[extract]") {
  struct Case {
    const char* sentence;
    const char* anchor;
    const char* source;
  };
  const Case cases[] = {
      {"According to witnesses roughly two dozen boats capsized in the storm, along with a ferry.", "two dozen boats",
       "witnesses"},
      {"According to Reuters the ferry operator had ignored three storm warnings.", "storm warnings", "Reuters"},
      // a source with its own determiner may go on with a relative clause: only its comma ends it
      {"According to a report the ministry released on Tuesday, the ferry carried 40 passengers.", "40 passengers",
       "a report the ministry released on Tuesday"},
      // a join inside the source is no clause
      {"According to officials in the city the ferry sank within minutes of leaving port.", "sank within minutes",
       "officials in the city"},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    const auto statements = extract_text(c.sentence);
    const Statement* s = find(statements, c.anchor);
    REQUIRE(s != nullptr);
    CHECK(s->speaker_mention == c.source);
  }
  const auto bare = extract_text(cases[0].sentence);
  CHECK(find(bare, "two dozen boats")->content == "roughly two dozen boats capsized in the storm, along with a ferry");
}

TEST_CASE("extract reads '..., X added.' with the clause before the frame as content", "[extract]") {
  const auto x = extract_text(
      "Officials expect the new terminal to open in May. The airport will hire 300 extra staff, the spokeswoman added.");
  const Statement* s = find(x, "hire 300 extra staff");
  REQUIRE(s != nullptr);
  CHECK(s->kind == StatementKind::indirect);
  CHECK(s->content == "The airport will hire 300 extra staff");
  CHECK(s->cue == "added");
  CHECK(s->speaker_mention == "the spokeswoman");
}

TEST_CASE("extract reads 'X told Y (that) ...' without the listener in the content", "[extract]") {
  const auto x = extract_text("The coach told reporters that the team had played its worst half of the season.");
  const Statement* s = find(x, "worst half");
  REQUIRE(s != nullptr);
  CHECK(s->content == "the team had played its worst half of the season");
  CHECK(s->cue_lemma == "tell");
  CHECK(s->speaker_mention == "The coach");
  const auto y = extract_text("\"We were there legally,\" the organiser told the local paper.");
  const Statement* t = find(y, "there legally");
  REQUIRE(t != nullptr);
  CHECK(t->kind == StatementKind::direct);
  CHECK(t->speaker_mention == "the organiser");
}

TEST_CASE("extract knows reporting verbs beyond 'say' in their inflections, with their class", "[extract]") {
  struct Case {
    const char* sentence;
    const char* lemma;
    const char* cue_class;
  };
  const Case cases[] = {
      {"The governor admitted that the rollout had been badly planned.", "admit", "concessive"},
      {"The agency acknowledges that the data were incomplete.", "acknowledge", "factive"},
      {"The minister conceded that the budget would miss its target.", "concede", "concessive"},
      {"The company claims that its trucks emit no soot at all.", "claim", "assertive"},
      {"The union insisted that the strike would go ahead.", "insist", "assertive"},
      {"Critics argue that the tax hurts small farms the most.", "argue", "assertive"},
      {"The general asserted that the border was secure.", "assert", "assertive"},
      {"Lawyers for the city contend that the contract was never signed.", "contend", "assertive"},
      {"The embassy denied that any diplomat had been expelled.", "deny", "denial"},
      {"Doctors warned that the clinics could run out of vaccine.", "warn", "warning"},
      {"The report suggests that rents will keep rising.", "suggest", "hedged"},
      {"The auditor noted that two payments were made twice.", "note", "neutral"},
      {"The senator pointed out that the law had never been enforced.", "point out", "assertive"},
      {"The president emphasised that the troops would stay.", "emphasise", "assertive"},
      {"The judge stressed that the ruling applied to one case only.", "stress", "assertive"},
      {"The mayor thinks the stadium will pay for itself.", "think", "hedged"},
      {"Economists believe that inflation has peaked for now.", "believe", "hedged"},
      {"The board recognised that it had ignored the warnings.", "recognise", "factive"},
      {"The spokesman replied that the talks were still going on.", "reply", "neutral"},
      {"The ministry responded that the claims were baseless.", "respond", "neutral"},
      {"The columnist wrote that the city had lost its nerve.", "write", "neutral"},
      {"The candidate tweeted that the debate had been rigged.", "tweet", "neutral"},
      {"The premier slammed the ruling as an attack on voters.", "slam", "emotive"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    const auto x = extract_text(c.sentence);
    REQUIRE(attributed_count(x) == 1);
    const Statement& s = x.statements.front();
    CHECK(s.kind == StatementKind::indirect);
    CHECK(s.cue_lemma == c.lemma);
    CHECK(s.cue_class == c.cue_class);
    CHECK_FALSE(s.speaker.empty());
  }
}

TEST_CASE("a negated cue credits nothing: the sentence stays the outlet's own", "[extract]") {
  for (const char* sentence : {"The minister did not say the ferry would be replaced before winter.",
                               "The minister didn\u2019t say the ferry would be replaced before winter.",
                               "The operator has never said how many passengers were on board.",
                               "The ferry company did not immediately respond to a request for comment."}) {
    INFO(sentence);
    const auto statements = extract_text(sentence);
    REQUIRE(statements.statements.size() == 1);
    CHECK(statements.statements[0].kind == StatementKind::unattributed);
  }
  // a negation of another verb, inside the content, or "not only" leaves the cue alone
  const auto other = extract_text("Passengers who did not board said the ferry had left an hour early.");
  REQUIRE(find(other, "left an hour early") != nullptr);
  CHECK(find(other, "left an hour early")->kind == StatementKind::indirect);
  const auto inside = extract_text("The minister said the ferry would not be replaced before winter.");
  REQUIRE(find(inside, "would not be replaced") != nullptr);
  CHECK(find(inside, "would not be replaced")->cue_lemma == "say");
  const auto not_only = extract_text("The minister not only said the ferry would be replaced but also promised a second one.");
  REQUIRE(find(not_only, "ferry would be replaced") != nullptr);
  CHECK(find(not_only, "ferry would be replaced")->kind == StatementKind::indirect);
}

TEST_CASE("speech acts with an object are cues: citing, recommending, apologising, praising", "[extract]") {
  struct Case {
    const char* sentence;
    const char* anchor;
    const char* lemma;
    const char* speaker;
  };
  const Case cases[] = {
      {"The magistrate cited the speeding offences that the driver had committed since 2019.", "speeding offences",
       "cite", "The magistrate"},
      {"A parole board had recommended that the former mayor be released early.", "released early", "recommend",
       "A parole board"},
      {"The airline's chief executive apologised for delays that had stranded thousands of passengers.",
       "stranded thousands", "apologise", "The airline's chief executive"},
      {"Governor Ana Ruiz praised the volunteers who cleared the flooded streets.", "volunteers who cleared", "praise",
       "Ana Ruiz"},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    const auto statements = extract_text(c.sentence);
    const Statement* s = find(statements, c.anchor);
    REQUIRE(s != nullptr);
    CHECK(s->cue_lemma == c.lemma);
    CHECK(s->speaker_mention.find(c.speaker) != std::string::npos);
  }
}

TEST_CASE("extract reads 'describe ... as' and 'call ... a' as cues with the object as content", "[extract]") {
  const auto x = extract_text("The prime minister described the floods as the worst in a century.");
  const Statement* s = find(x, "the floods as the worst");
  REQUIRE(s != nullptr);
  CHECK(s->cue_lemma == "describe");
  const auto y = extract_text("The opposition leader called the new budget \"a fraud on taxpayers\".");
  const Statement* t = find(y, "new budget");
  REQUIRE(t != nullptr);
  CHECK(t->kind == StatementKind::mixed);
  CHECK(t->cue_lemma == "call");
}

TEST_CASE("extract reads noun cues: 'his admission that', 'the claim that'", "[extract]") {
  const auto x = extract_text(
      "Senator Paul Novak spoke for an hour. His admission that the fund was empty stunned the chamber.");
  const Statement* s = find(x, "the fund was empty");
  REQUIRE(s != nullptr);
  CHECK(s->cue == "admission");
  CHECK(s->cue_lemma == "admit");
  CHECK(s->speaker == "Paul Novak");
  const auto y = extract_text("Nobody has backed up the claim that the ballots were altered.");
  CHECK(find(y, "the ballots were altered") != nullptr);
}

TEST_CASE("extract reads a headline 'X: claim' and resolves X from the body", "[extract]") {
  const auto x = extract_text(
      "Merkel: euro zone talks were 'a failure'\n\n"
      "German Chancellor Angela Merkel spoke in Berlin on Tuesday after the summit ended without a deal.\n");
  const Statement* s = find(x, "euro zone talks");
  REQUIRE(s != nullptr);
  CHECK(s->kind == StatementKind::mixed);
  CHECK(s->speaker == "Angela Merkel");
  CHECK(s->speaker_mention == "Merkel");
}

TEST_CASE("extract gives each bullet after 'X admits:' to X with the same cue", "[extract]") {
  const auto x = extract_text(
      "Finance Minister Karl Weber spoke at the summit on Friday.\n\n"
      "Weber admits:\n\n"
      "  • The pension fund will run dry by 2031\n"
      "  • Taxes on fuel must rise \"sooner or later\"\n\n"
      "The summit ends on Sunday.\n");
  const Statement* a = find(x, "pension fund will run dry");
  const Statement* b = find(x, "Taxes on fuel must rise");
  REQUIRE(a != nullptr);
  REQUIRE(b != nullptr);
  CHECK(a->speaker == "Karl Weber");
  CHECK(b->speaker == "Karl Weber");
  CHECK(a->cue == "admits");
  CHECK(b->kind == StatementKind::mixed);
  CHECK(a->kind == StatementKind::indirect);
}

TEST_CASE("extract keeps a quotation over several sentences in one statement", "[extract]") {
  const auto x = extract_text(
      "\"We lost the vote. We did not lose the argument. We will be back next year,\" the party chairwoman said.");
  const Statement* s = find(x, "did not lose the argument");
  REQUIRE(s != nullptr);
  CHECK(s->kind == StatementKind::direct);
  CHECK(s->content.find("We lost the vote.") != std::string::npos);
  CHECK(s->content.find("back next year") != std::string::npos);
  CHECK(s->speaker_mention == "the party chairwoman");
}

TEST_CASE("extract gives a quotation to the speaker of the sentence before it", "[extract]") {
  const auto x = extract_text(
      "\"The river rose faster than anyone expected,\" said fire chief Dana Ruiz. "
      "\"Our crews worked through the night to move people out.\"");
  const Statement* s = find(x, "crews worked through the night");
  REQUIRE(s != nullptr);
  CHECK(s->kind == StatementKind::direct);
  CHECK(s->speaker == "Dana Ruiz");
}

TEST_CASE("extract gives a quotation to the name on the line after it", "[extract]") {
  const auto x = extract_text(
      "\"Nobody in this town will forget what happened that winter\"\n\nMayor Helen Strand\n\nThe town voted on Monday.\n");
  const Statement* s = find(x, "Nobody in this town");
  REQUIRE(s != nullptr);
  CHECK(s->speaker.find("Helen Strand") != std::string::npos);
}

TEST_CASE("extract reads passive and reversed attributions", "[extract]") {
  const auto x = extract_text("The leak was first reported by a local radio station in the north.");
  const Statement* s = find(x, "The leak");
  REQUIRE(s != nullptr);
  CHECK(s->speaker_mention.find("local radio station") != std::string::npos);
  const auto y = extract_text("\"No shots were fired from our side,\" said the defence ministry.");
  const Statement* t = find(y, "No shots were fired");
  REQUIRE(t != nullptr);
  CHECK(t->speaker_mention == "the defence ministry");
}

TEST_CASE("extract resolves 'he', surnames and descriptions to the fullest name in the article", "[extract]") {
  const auto x = extract_text(
      "Brazilian President Luiz Silva opened the summit on Monday. "
      "Silva said the rainforest fund would double. "
      "He added that the money would come from rich nations. "
      "The Brazilian president also said that the talks would last a week.");
  const Statement* a = find(x, "rainforest fund");
  const Statement* b = find(x, "money would come");
  const Statement* c = find(x, "talks would last");
  REQUIRE(a != nullptr);
  REQUIRE(b != nullptr);
  REQUIRE(c != nullptr);
  CHECK(a->speaker == "Luiz Silva");
  CHECK(a->speaker_mention == "Silva");
  CHECK(b->speaker == "Luiz Silva");
  CHECK(b->speaker_mention == "He");
  CHECK(c->speaker == "Luiz Silva");
  CHECK(c->speaker_mention == "The Brazilian president");
}

TEST_CASE("extract keeps organisations and groups as written", "[extract]") {
  const auto x = extract_text("The Japanese government said that the plant would stay closed. Officials said the leak was small.");
  const Statement* a = find(x, "plant would stay closed");
  const Statement* b = find(x, "leak was small");
  REQUIRE(a != nullptr);
  REQUIRE(b != nullptr);
  CHECK(a->speaker == "The Japanese government");
  CHECK(b->speaker == "Officials");
}

TEST_CASE("extract splits a sentence with two attributions into two statements", "[extract]") {
  const auto x = extract_text(
      "The chancellor said that growth had returned but warned that debt remained too high, as reported by Reuters.");
  const Statement* a = find(x, "growth had returned");
  const Statement* b = find(x, "debt remained too high");
  REQUIRE(a != nullptr);
  REQUIRE(b != nullptr);
  CHECK(a != b);
  CHECK(a->content == "growth had returned");
  CHECK(b->cue_lemma == "warn");
  CHECK(b->speaker_mention == "The chancellor");
  CHECK(a->via == std::vector<std::string>{"Reuters"});
  CHECK(b->via == std::vector<std::string>{"Reuters"});
}

TEST_CASE("extract records upstream sources as via, not as speakers", "[extract]") {
  SECTION("according to media reports") {
    const auto x = extract_text("The minister resigned on Sunday, citing ill health, according to Spanish media reports.");
    CHECK(attributed_count(x) <= 1);
    const auto y = extract_text("The minister admitted that he had misled parliament, according to Spanish media reports.");
    const Statement* s = find(y, "misled parliament");
    REQUIRE(s != nullptr);
    CHECK(s->speaker_mention == "The minister");
    CHECK(s->via == std::vector<std::string>{"Spanish media"});
  }
  SECTION("the outlet has reported") {
    const auto x = extract_text("The army chief said that the drills were routine, the BBC has reported.");
    const Statement* s = find(x, "drills were routine");
    REQUIRE(s != nullptr);
    CHECK(s->speaker_mention == "The army chief");
    CHECK(s->via == std::vector<std::string>{"BBC"});
  }
  SECTION("an agency that notes") {
    const auto x = extract_text("The ceasefire had been broken twice before the talks, Reuters notes.");
    const Statement* s = find(x, "ceasefire had been broken");
    REQUIRE(s != nullptr);
    CHECK(s->speaker == "Reuters");
    CHECK(s->via == std::vector<std::string>{"Reuters"});
  }
  SECTION("a parenthesised agency") {
    const auto x = extract_text("The central bank said (Reuters) that rates would stay at 4 percent.");
    const Statement* s = find(x, "rates would stay");
    REQUIRE(s != nullptr);
    CHECK(s->via == std::vector<std::string>{"Reuters"});
  }
  SECTION("the article was originally published elsewhere") {
    const auto x = extract_text(
        "This story was originally published by The Kyiv Independent and is reprinted with permission.\n\n"
        "Shelling hit the city on Tuesday, killing two people.\n");
    CHECK(x.via == std::vector<std::string>{"Kyiv Independent"});
  }
}

TEST_CASE("extract keeps the outlet's own factual sentences as unattributed, skipping questions", "[extract]") {
  const auto x = extract_text(
      "The storm killed at least 14 people in three provinces on Saturday.\n\n"
      "What happens next?\n\n"
      "Rescue teams reached the last village on Sunday morning.\n");
  const Statement* s = find(x, "killed at least 14 people");
  REQUIRE(s != nullptr);
  CHECK(s->kind == StatementKind::unattributed);
  CHECK(s->speaker.empty());
  CHECK(s->content == s->text);
  CHECK(find(x, "What happens next") == nullptr);
  CHECK(find(x, "Rescue teams reached") != nullptr);
}

TEST_CASE("extract reads figures with qualifiers, units, dates, decades and vague amounts", "[extract]") {
  const auto x = extract_text(
      "In March 1971, at least 3,400 workers struck for twelve days, and around 250 were arrested in the 1970s "
      "and '80s; tens of thousands marched on 4 June 1989, more than 1.5 million by the 20th day, and nearly "
      "three-quarters of a million signed the petition, with many more abroad.");
  REQUIRE(!x.statements.empty());
  const auto& figures = x.statements.front().figures;
  auto has = [&](const std::string& text) {
    for (const auto& f : figures)
      if (f.text == text) return &f;
    return static_cast<const claimdiff::Figure*>(nullptr);
  };
  REQUIRE(has("March 1971"));
  CHECK(*has("March 1971")->value == 1971);
  REQUIRE(has("at least 3,400 workers"));
  CHECK(has("at least 3,400 workers")->qualifier == "at least");
  CHECK(*has("at least 3,400 workers")->value == 3400);
  CHECK(has("at least 3,400 workers")->unit == "workers");
  REQUIRE(has("twelve days"));
  CHECK(*has("twelve days")->value == 12);
  REQUIRE(has("around 250"));
  REQUIRE(has("1970s"));
  CHECK(has("1970s")->type == "decade");
  REQUIRE(has("'80s"));
  CHECK(*has("'80s")->value == 1980);
  REQUIRE(has("tens of thousands"));
  CHECK(has("tens of thousands")->type == "vague");
  REQUIRE(has("4 June 1989"));
  REQUIRE(has("more than 1.5 million"));
  CHECK(*has("more than 1.5 million")->value == 1500000);
  REQUIRE(has("20th day"));
  CHECK(has("20th day")->type == "ordinal");
  REQUIRE(has("nearly three-quarters of a million"));
  CHECK(*has("nearly three-quarters of a million")->value == 750000);
  REQUIRE(has("many"));
  CHECK(has("many")->type == "vague");
  for (const auto& f : figures) {
    if (f.value) CHECK(std::isfinite(*f.value));
  }
}

TEST_CASE("extract reads ranges, percentages and money", "[extract]") {
  const auto x = extract_text("Turnout fell to 48 percent, and repairs will cost $2.5 billion over 10 to 12 years.");
  REQUIRE(!x.statements.empty());
  bool percent = false, money = false, range = false;
  for (const auto& f : x.statements.front().figures) {
    percent = percent || (f.type == "percent" && f.value && *f.value == 48);
    money = money || (f.type == "money" && f.value && *f.value == 2.5e9);
    range = range || (f.type == "range" && f.value && *f.value == 10 && f.upper && *f.upper == 12);
  }
  CHECK(percent);
  CHECK(money);
  CHECK(range);
}

TEST_CASE("extract flags the outlet's evaluative words but not the speaker's", "[extract]") {
  const auto x = extract_text(
      "Remarkably, the governor made a candid admission that the plan had failed. "
      "The rebels allegedly shelled the bridge. "
      "\"It was a shocking betrayal,\" the farmer said.");
  std::vector<std::string> terms;
  for (const auto& t : x.framing) terms.push_back(t.text);
  CHECK(std::find(terms.begin(), terms.end(), "Remarkably") != terms.end());
  CHECK(std::find(terms.begin(), terms.end(), "candid admission") != terms.end());
  // a hedge takes the word it bears on
  CHECK(std::find(terms.begin(), terms.end(), "allegedly shelled") != terms.end());
  CHECK(std::find(terms.begin(), terms.end(), "shocking") == terms.end());
  const Statement* s = find(x, "the plan had failed");
  REQUIRE(s != nullptr);
  bool candid = false;
  for (const auto& t : s->framing) candid = candid || t.text == "candid admission";
  CHECK(candid);
  for (const auto& t : x.framing)
    if (t.text == "allegedly shelled") CHECK(t.category == "hedge");
}

TEST_CASE("extract numbers statements '<article>#<n>' in text order", "[extract]") {
  const auto x = extract_text(
      "The bridge reopened on Monday after three years of work. \"It is safe,\" the engineer said. "
      "Traffic returned within an hour of the opening.", "bridge-story");
  REQUIRE(x.statements.size() == 3);
  for (std::size_t i = 0; i < x.statements.size(); ++i) {
    CHECK(x.statements[i].id == "bridge-story#" + std::to_string(i + 1));
    CHECK(x.statements[i].article == "bridge-story");
    if (i > 0) CHECK(x.statements[i - 1].span.begin < x.statements[i].span.begin);
  }
}

TEST_CASE("extract gives byte spans that point at the statement text", "[extract]") {
  const std::string text = "Officials said the road would reopen on Friday. The rain stopped late on Thursday evening.";
  const auto x = extract_text(text);
  for (const Statement& s : x.statements) {
    CHECK(s.span.of(text) == s.text);
    CHECK(s.span.contains(s.content_span));
  }
}

TEST_CASE("extract throws a resource error when a lexicon is missing", "[extract]") {
  CHECK_THROWS_AS(claimdiff::Extractor("/nonexistent-claimdiff-data"), claimdiff::Error);
}

TEST_CASE("extract reads '..., X said in an interview.' with the clause before the frame as content", "[extract]") {
  const auto x = extract_text("Rising seas could displace millions of farmers, the minister said in an interview.");
  const Statement* s = find(x, "Rising seas");
  REQUIRE(s != nullptr);
  CHECK(s->content == "Rising seas could displace millions of farmers");
  CHECK(s->speaker_mention == "the minister");
}

TEST_CASE("extract reads '..., as police have said.' as an attribution of the clause before it", "[extract]") {
  const auto x = extract_text("The driver was not armed, as police have said.");
  const Statement* s = find(x, "driver was not armed");
  REQUIRE(s != nullptr);
  CHECK(s->speaker_mention == "police");
  CHECK(s->cue == "said");
}

TEST_CASE("extract gives a pronoun inside a reported clause the outer speaker", "[extract]") {
  const auto x = extract_text(
      "Governor Ann Ortiz met the mayor on Monday. Mayor Tom Reyes said he believes the budget will pass.");
  const Statement* s = find(x, "the budget will pass");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "Tom Reyes");
}

TEST_CASE("extract keeps a short tail after an inverted speaker in the mention", "[extract]") {
  const auto x = extract_text("\"They are in a frenzy,\" said one Democratic source on the panel.");
  const Statement* s = find(x, "in a frenzy");
  REQUIRE(s != nullptr);
  CHECK(s->speaker_mention == "one Democratic source on the panel");
}

TEST_CASE("extract credits an outlet that relays a statement or hears it as via", "[extract]") {
  const auto x = extract_text("Reuters reported that the finance minister said the deficit would shrink next year.");
  const Statement* s = find(x, "deficit would shrink");
  REQUIRE(s != nullptr);
  CHECK(s->speaker_mention == "the finance minister");
  CHECK(std::find(s->via.begin(), s->via.end(), "Reuters") != s->via.end());
  const auto y = extract_text("The president told CNN that the troops would stay until spring.");
  const Statement* t = find(y, "troops would stay");
  REQUIRE(t != nullptr);
  CHECK(t->speaker_mention == "The president");
  CHECK(t->via == std::vector<std::string>{"CNN"});
}

TEST_CASE("extract copes with empty text, stray marks and unclosed quotations", "[extract]") {
  const std::vector<std::string> texts{
      "",
      "\"\"\"\n\n\"\"\n",
      "He said: \n\n:\n\n, said.\n\n\"unclosed quote said the man\n\n according to\n",
      "$ 5 % twenty- \n\n'''\n\n, according to, said\n\n\u201C \u201D \u2018 \u2019 \u00AB \u00BB\n",
      std::string(2000, '"'),
  };
  for (const std::string& text : texts) {
    CAPTURE(text);
    Extraction x;
    REQUIRE_NOTHROW(x = extract_text(text));
    for (const Statement& s : x.statements) {
      CHECK(s.span.end <= text.size());
      CHECK(s.span.of(text) == s.text);
      for (const auto& f : s.figures)
        if (f.value) CHECK(std::isfinite(*f.value));
    }
  }
}

TEST_CASE("a time expression opening a sentence is no person a description resolves to", "[extract]") {
  const auto x = extract_text(
      "The league fined the club on Thursday.\n\nEarlier Friday, a spokesperson for the league confirmed that the ban "
      "had been cut to six matches. \"The decision is final,\" the spokesperson told reporters.");
  const Statement* s = find(x, "cut to six matches");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "a spokesperson for the league");
  const Statement* t = find(x, "decision is final");
  REQUIRE(t != nullptr);
  CHECK(t->speaker.find("Friday") == std::string::npos);
}

TEST_CASE("a quotation of several paragraphs run together keeps one statement per paragraph", "[extract]") {
  // each paragraph of a long quotation opens with a mark and only the last one closes; copied into
  // one paragraph, the reopening mark at a sentence's start ends the quotation before it
  for (const char* mark : {"\"", "\u201C"}) {
    const std::string close = std::string(mark) == "\"" ? "\"" : "\u201D";
    const std::string text = "Marta Olsen said in a statement on Friday that she would appeal.\n\n" + std::string(mark) +
                             "I never took a banned substance knowingly. " + mark +
                             "I accept that this is a strict liability offence. " + mark +
                             "This has been the hardest year of my life," + close + " Olsen said.";
    INFO(text);
    const auto x = extract_text(text);
    const std::vector<std::string> anchors{"never took a banned substance", "strict liability offence",
                                           "hardest year of my life"};
    for (const std::string& anchor : anchors) {
      const Statement* s = find(x, anchor);
      REQUIRE(s != nullptr);
      CHECK(s->kind == StatementKind::direct);
      CHECK(s->speaker == "Marta Olsen");
      for (const std::string& other : anchors)
        if (other != anchor) CHECK(s->content.find(other) == std::string::npos);
    }
  }
}

TEST_CASE("a surname that is also a reporting verb names the speaker before a cue", "[extract]") {
  const auto x = extract_text(
      "Sarah Grant said on Friday that the club would appeal.\n\n\"This has been the hardest year of my life,\" Grant "
      "said.");
  const Statement* s = find(x, "hardest year");
  REQUIRE(s != nullptr);
  CHECK(s->kind == StatementKind::direct);
  CHECK(s->speaker == "Sarah Grant");
}

TEST_CASE("extract resolves a description learned from an appositive", "[extract]") {
  const auto x = extract_text(
      "Jean Dupont, the French finance minister, arrived in Rome on Monday. "
      "The finance minister said that the deal was close.");
  const Statement* s = find(x, "the deal was close");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "Jean Dupont");
  CHECK(s->speaker_mention == "The finance minister");
}

TEST_CASE("extract takes the counted noun after an adjective as a figure's unit", "[extract]") {
  const auto x = extract_text("Two Republican senators and three upcoming debates cost the party $45.1million this year.");
  REQUIRE(!x.statements.empty());
  std::vector<std::string> units;
  double money = 0;
  for (const auto& f : x.statements.front().figures) {
    units.push_back(f.unit);
    if (f.type == "money" && f.value) money = *f.value;
  }
  CHECK(std::find(units.begin(), units.end(), "senators") != units.end());
  CHECK(std::find(units.begin(), units.end(), "debates") != units.end());
  CHECK(money == 45.1e6);
}

TEST_CASE("extract reads a speaker with an aside between dashes or an 'of' place", "[extract]") {
  const auto x = extract_text("Mara Kell -- co-editor of a book on the debates -- said the format rewards attacks.");
  const Statement* s = find(x, "format rewards attacks");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "Mara Kell");
  const auto y = extract_text("Johnnie Wilson, of Springfield, Va., said he had waited years for the museum.");
  const Statement* t = find(y, "waited years");
  REQUIRE(t != nullptr);
  CHECK(t->speaker_mention.find("Johnnie Wilson") == 0);
}

TEST_CASE("extract reads a title-case headline with a cue verb", "[extract]") {
  const auto x = extract_text(
      "Governor Says Flooded Towns Will Get Federal Aid\n\n"
      "Governor Ana Ruiz toured the flooded valley on Sunday.\n");
  const Statement* s = find(x, "Flooded Towns Will Get Federal Aid");
  REQUIRE(s != nullptr);
  CHECK(s->cue == "Says");
  CHECK(s->cue_lemma == "say");
  CHECK(s->kind == StatementKind::indirect);
}

TEST_CASE("extract stops at max_statements and says where it stopped", "[extract]") {
  claimdiff::ExtractOptions options;
  options.max_statements = 3;
  const claimdiff::Segmenter segmenter;
  const claimdiff::Extractor extractor(std::string(CLAIMDIFF_SOURCE_DIR) + "/data", options);
  claimdiff::Article article;
  article.id = "dump";
  article.source_file = "dump.txt";
  for (int i = 1; i <= 6; ++i)
    article.text += "The mayor said that " + std::to_string(i) + " new bridges would open next spring. ";
  const Extraction x = extractor.extract(article, segmenter.segment(article));
  CHECK(x.statements.size() == 3);
  REQUIRE(x.diagnostics.size() == 1);
  CHECK(x.diagnostics[0].source == "dump.txt");
  CHECK(x.diagnostics[0].where.rfind("byte ", 0) == 0);
  CHECK(x.diagnostics[0].message.find("more than 3 statements") == 0);
}

TEST_CASE("extract takes a singular authority as the speaker of a factive cue", "[extract]") {
  const auto x = extract_text("The harbour authority confirmed that about 900 dockers had joined the walkout.");
  const Statement* s = find(x, "900 dockers had joined");
  REQUIRE(s != nullptr);
  CHECK(s->kind == StatementKind::indirect);
  CHECK(s->speaker == "The harbour authority");
  CHECK(s->cue_class == "factive");
}

TEST_CASE("extract reads '<clause>, officials said.' whatever the clause before the comma", "[extract]") {
  const auto x = extract_text(
      "The bridge collapsed on Monday, police said. "
      "The dam burst after heavy rain on Sunday, killing 12 people, the regional agency reported.");
  const Statement* bridge = find(x, "bridge collapsed");
  REQUIRE(bridge != nullptr);
  CHECK(bridge->kind == StatementKind::indirect);
  CHECK(bridge->content == "The bridge collapsed on Monday");
  CHECK(bridge->speaker_mention == "police");
  const Statement* dam = find(x, "dam burst");
  REQUIRE(dam != nullptr);
  CHECK(dam->speaker_mention == "the regional agency");  // not "killing 12 people, the regional agency"
  CHECK(dam->cue == "reported");
}

TEST_CASE("extract keeps a name before an aside that no comma closes", "[extract]") {
  const auto x = extract_text("Moreno, the former finance minister warned that the peso would fall.");
  const Statement* s = find(x, "peso would fall");
  REQUIRE(s != nullptr);
  CHECK(s->speaker_mention == "Moreno, the former finance minister");
}

TEST_CASE("extract reads 'X reported on Friday' as a cue with its time, and 'reported on' a topic as none", "[extract]") {
  const auto x = extract_text(
      "The plan will cost 40 billion euros a year, the newspaper El Pais reported on Friday. "
      "The channel reported on the floods for a week.");
  const Statement* s = find(x, "40 billion euros");
  REQUIRE(s != nullptr);
  CHECK(s->kind == StatementKind::indirect);
  CHECK(s->content == "The plan will cost 40 billion euros a year");
  CHECK(s->cue == "reported");
  const Statement* floods = find(x, "the floods for a week");
  CHECK((floods == nullptr || floods->kind == StatementKind::unattributed));
}

TEST_CASE("extract reads a sentence that opens with its cue, 'Said X: \"...\"'", "[extract]") {
  const auto x = extract_text("Said Ortega: \"Nobody in this town trusts the water any more.\"");
  const Statement* s = find(x, "trusts the water");
  REQUIRE(s != nullptr);
  CHECK(s->kind == StatementKind::direct);
  CHECK(s->speaker == "Ortega");
}

TEST_CASE("extract never resolves 'she' to a newspaper named like a person", "[extract]") {
  const auto x = extract_text(
      "Mayor Ana Ruiz visited the flooded district on Monday. "
      "The repairs will take months, the newspaper La Nacion reported. "
      "She said the city would pay for new pumps.");
  const Statement* s = find(x, "pay for new pumps");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "Ana Ruiz");
}

TEST_CASE("extract does not take a headline's 'warns on <topic>' for a speaker", "[extract]") {
  const auto x = extract_text("Central bank holds rates, warns on inflation\n\nThe bank kept its rate at 4.5%.");
  for (const Statement& s : x.statements) CHECK(s.speaker != "on inflation");
}

TEST_CASE("extract does not take 'known as' for a reporting cue", "[extract]") {
  const auto x = extract_text("The bill, known as the \"Clean Rivers Act\" was passed by the senate with wide support.");
  CHECK(attributed_count(x) == 0);
}

TEST_CASE("extract resolves 'he' to the person the sentence before introduces as its subject", "[extract]") {
  const auto x = extract_text(
      "Governor Lena Fischer said inflation remained too high. "
      "Her deputy, Marco Weil, struck a softer tone. "
      "He said a cut in the spring could not be ruled out.");
  const Statement* s = find(x, "cut in the spring");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "Marco Weil");
  // A person named after a preposition or as a possessor introduces nobody.
  const auto y = extract_text(
      "Governor Lena Fischer said inflation remained too high. "
      "The decision pleased investors in Marco Weil's fund. "
      "She said a cut in the spring could not be ruled out.");
  const Statement* t = find(y, "cut in the spring");
  REQUIRE(t != nullptr);
  CHECK(t->speaker == "Lena Fischer");
}

TEST_CASE("extract keeps lower-case particles inside a name", "[extract]") {
  const auto x = extract_text(
      "President Luiz Inacio Lula da Silva visited the flood zone. "
      "Lula da Silva said the government would spare no effort to help the victims.");
  const Statement* s = find(x, "spare no effort");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "Luiz Inacio Lula da Silva");
}

TEST_CASE("extract credits a news agency as via, but not a government agency or a news conference", "[extract]") {
  const auto x = extract_text(
      "The dam will be repaired by June, the state news agency Anadolu reported. "
      "More than 80,000 people were evacuated, the civil defence agency said. "
      "The minister told a news conference that aid was on its way.");
  const Statement* dam = find(x, "repaired by June");
  REQUIRE(dam != nullptr);
  CHECK_FALSE(dam->via.empty());
  const Statement* evacuated = find(x, "80,000 people");
  REQUIRE(evacuated != nullptr);
  CHECK(evacuated->via.empty());
  CHECK(evacuated->speaker_mention == "the civil defence agency");
  const Statement* aid = find(x, "aid was on its way");
  REQUIRE(aid != nullptr);
  CHECK(aid->via.empty());
}

TEST_CASE("extract gives bullets after a sentence that ends its last cue's clause with a colon to that speaker", "[extract]") {
  const auto x = extract_text(
      "Transport Minister Anne Roy said the strike was unacceptable and called on the unions to return to talks:\n"
      "- the pension reform would not be withdrawn\n"
      "- wages would be reviewed in the spring\n\n"
      "Trains ran normally in the east.");
  const Statement* wages = find(x, "wages would be reviewed");
  REQUIRE(wages != nullptr);
  CHECK(wages->kind == StatementKind::indirect);
  CHECK(wages->speaker == "Anne Roy");
  const Statement* trains = find(x, "Trains ran normally");
  REQUIRE(trains != nullptr);
  CHECK(trains->kind == StatementKind::unattributed);
}

TEST_CASE("extract reads '<clause>, said X, <appositive>.' with a long appositive as X's claim", "[extract]") {
  const auto x = extract_text(
      "The ferry could resume service next month, said Laura Finch, a longtime adviser to the port commission "
      "who oversees the new schedule.\n\nThe harbor will reopen in May, said Mr. Dorsey, the engineer for the county.");
  const Statement* ferry = find(x, "resume service");
  REQUIRE(ferry != nullptr);
  CHECK(ferry->kind == StatementKind::indirect);
  CHECK(ferry->content == "The ferry could resume service next month");
  CHECK(ferry->speaker == "Laura Finch");
  CHECK(ferry->speaker_mention.find("a longtime adviser to the port commission") != std::string::npos);
  const Statement* harbor = find(x, "reopen in May");
  REQUIRE(harbor != nullptr);
  CHECK(harbor->kind == StatementKind::indirect);
  CHECK(harbor->content == "The harbor will reopen in May");
  CHECK(harbor->speaker_mention.find("Dorsey") != std::string::npos);
}

TEST_CASE("extract gives a participle cue after an object the clause's subject, after a preposition its own", "[extract]") {
  const auto x = extract_text(
      "Governor Tim Bale unleashed a series of posts early Monday saying that his rival had lied about the budget.\n\n"
      "Senator Alma Reyes appeared at a hearing in 2019 for her role in the pension vote and for saying that the "
      "fund was safe.\n\nThe mayor answered in response to several union leaders saying that the city broke its word.");
  const Statement* posts = find(x, "had lied about the budget");
  REQUIRE(posts != nullptr);
  CHECK(posts->speaker == "Tim Bale");
  const Statement* hearing = find(x, "the fund was safe");
  REQUIRE(hearing != nullptr);
  CHECK(hearing->speaker == "Alma Reyes");
  CHECK(hearing->speaker_mention == "Senator Alma Reyes");
  const Statement* leaders = find(x, "the city broke its word");
  REQUIRE(leaders != nullptr);
  CHECK(leaders->speaker == "several union leaders");
}

TEST_CASE("extract reads 'X told the audience that she believes ...' as X's claim with X inside", "[extract]") {
  const auto x = extract_text(
      "\"The council is in panic mode,\" said Rita Osei, a Boston-based organizer of the tenants union.\n\n"
      "Harris told the forum audience that she believes the city must keep building homes.\n\n"
      "Mayor Lund told the audience that the port needs a second crane.");
  const Statement* told = find(x, "she believes the city");
  REQUIRE(told != nullptr);
  CHECK(told->speaker == "Harris");
  CHECK(told->cue == "told");
  const Statement* inner = find(x, "the city must keep building homes");
  REQUIRE(inner != nullptr);
  CHECK(inner->speaker == "Harris");
  const Statement* port = find(x, "needs a second crane");
  REQUIRE(port != nullptr);
  CHECK(port->content == "the port needs a second crane");
}

TEST_CASE("extract keeps a noun in '-ly' after a determiner and a title's modifier in the speaker", "[extract]") {
  const auto x = extract_text(
      "The relatives watched the footage on Thursday, lawyers for the family said.\n\n"
      "Republican mayoral nominee Dana Ruiz weighed in on the radio, saying that the county should publish the audit.\n\n"
      "Mayor Ann Lee hugged deputy mayor Tom Ash on the stage, saying that the harbor should stay open.");
  const Statement* family = find(x, "watched the footage");
  REQUIRE(family != nullptr);
  CHECK(family->speaker_mention == "lawyers for the family");
  const Statement* audit = find(x, "publish the audit");
  REQUIRE(audit != nullptr);
  CHECK(audit->speaker == "Dana Ruiz");
  const Statement* harbor = find(x, "harbor should stay open");
  REQUIRE(harbor != nullptr);
  CHECK(harbor->speaker == "Ann Lee");
}

TEST_CASE("extract takes a capitalised appositive with a title after an inverted speaker into the mention", "[extract]") {
  const auto x = extract_text(
      "The harbor will reopen in May, said Laura Finch, Harbor director for the Port Authority.\n\n"
      "\"The ferry will run again,\" said Omar Said, Senate historian for the county.");
  const Statement* harbor = find(x, "reopen in May");
  REQUIRE(harbor != nullptr);
  CHECK(harbor->content == "The harbor will reopen in May");
  CHECK(harbor->speaker_mention == "Laura Finch, Harbor director for the Port Authority");
  const Statement* ferry = find(x, "ferry will run");
  REQUIRE(ferry != nullptr);
  CHECK(ferry->content == "The ferry will run again");
  CHECK(ferry->speaker_mention == "Omar Said, Senate historian for the county");
}

TEST_CASE("extract walks over an age and an 'of <town>, <state>' aside to the speaker's name", "[extract]") {
  const auto x = extract_text(
      "Rita Osei Mbeki, 61, of Dover, Del., who watched the parade on a screen on the Green, said the event "
      "brought back memories of her mother.\n\n"
      "Tom Wren, 56, who has served on the harbor board for a decade, told the county paper that the port must grow.");
  const Statement* parade = find(x, "brought back memories");
  REQUIRE(parade != nullptr);
  CHECK(parade->speaker == "Rita Osei Mbeki");
  CHECK(parade->speaker_mention.find("Rita Osei Mbeki, 61, of Dover") == 0);
  const Statement* port = find(x, "the port must grow");
  REQUIRE(port != nullptr);
  CHECK(port->speaker == "Tom Wren");
  CHECK(port->speaker_mention.find("Tom Wren, 56, who has served") == 0);
}

TEST_CASE("extract reads a cue-like noun after a hyphenated modifier as a noun, and keeps 'X's family' whole", "[extract]") {
  const auto x = extract_text(
      "Mayor Ann Lee is defending her early-morning tweets attempting to shame a former councilman, saying it shows "
      "she works hard.\n\nThe mayor's family has called on police to release the videos.");
  for (const Statement& s : x.statements) CHECK(s.cue != "tweets");
  const Statement* hard = find(x, "she works hard");
  REQUIRE(hard != nullptr);
  CHECK(hard->speaker == "Ann Lee");
  const Statement* videos = find(x, "release the videos");
  REQUIRE(videos != nullptr);
  CHECK(videos->kind != StatementKind::unattributed);
  CHECK(videos->speaker_mention == "The mayor's family");
}

TEST_CASE("extract resolves 'she' past a man the article calls 'Mr.' to the last woman named", "[extract]") {
  const auto x = extract_text(
      "Harbor director Nadia Okafor has pushed for a new crane for years. Mrs. Okafor calls it overdue.\n\n"
      "\"We will not wait,\" said Peter Brandt, the mayor.\n\n"
      "She said the port could not grow without it.\n\n"
      "\"It is a matter of money,\" Mr. Brandt said. He said the council had promised to fund it.");
  const Statement* grow = find(x, "could not grow without it");
  REQUIRE(grow != nullptr);
  CHECK(grow->speaker == "Nadia Okafor");
  const Statement* fund = find(x, "promised to fund it");
  REQUIRE(fund != nullptr);
  CHECK(fund->speaker == "Peter Brandt");
}

TEST_CASE("extract keeps a social-media handle in the speaker and reads 'insisted in June that' as a cue", "[extract]") {
  const auto x = extract_text(
      "As one user @harborwatch pointed out, the gap between the two piers is so wide it is almost comic.\n\n"
      "Council aides insisted in June that the mayor would not run again.");
  const Statement* gap = find(x, "the gap between the two piers");
  REQUIRE(gap != nullptr);
  CHECK(gap->kind == StatementKind::indirect);
  CHECK(gap->speaker_mention == "one user @harborwatch");
  const Statement* run = find(x, "would not run again");
  REQUIRE(run != nullptr);
  CHECK(run->kind == StatementKind::indirect);
  CHECK(run->speaker == "Council aides");
  CHECK(run->content == "the mayor would not run again");
}

TEST_CASE("extract reads 'many of whom say ...' as a statement that ends with its relative clause", "[extract]") {
  const auto x = extract_text(
      "The fishermen, many of whom say the limits are unfair, protested on Monday.\n\n"
      "The new rules have angered local farmers, several of whom say the water fees are too high for small farms.");
  const Statement* limits = find(x, "the limits are unfair");
  REQUIRE(limits != nullptr);
  CHECK(limits->kind == StatementKind::indirect);
  CHECK(limits->speaker_mention == "many of whom");
  CHECK(limits->content == "the limits are unfair");
  const Statement* fees = find(x, "water fees are too high");
  REQUIRE(fees != nullptr);
  CHECK(fees->kind == StatementKind::indirect);
  CHECK(fees->speaker_mention == "several of whom");
}

TEST_CASE("extract gives the quotation after 'X made the following comment:' to X", "[extract]") {
  const auto x = extract_text(
      "On May 3, 2019, Mayor Ann Lee made the following comment:\n\n"
      "\"For families who rent near the harbor, the fees are too high. If they own a boat, the fees are higher still.\"\n\n"
      "Her rival made a sharp comment that described the fees as fair.");
  const Statement* fees = find(x, "the fees are too high");
  REQUIRE(fees != nullptr);
  CHECK(fees->kind == StatementKind::direct);
  CHECK(fees->speaker == "Ann Lee");
  for (const Statement& s : x.statements)
    if (s.kind != StatementKind::unattributed) CHECK(!s.speaker.empty());
}

TEST_CASE("extract keeps a list of names before a cue in the mention, but not a leading time word", "[extract]") {
  const auto x = extract_text(
      "Reps. Ann Lee (D-Ore.), Tom Ash (D-Ohio) and Rita Moss (D-N.J.) all suggested that the fees could be cut.\n\n"
      "Monday, Omar Vance and Lena Holt said the pier would reopen.");
  const Statement* fees = find(x, "the fees could be cut");
  REQUIRE(fees != nullptr);
  CHECK(fees->speaker_mention.find("Ann Lee (D-Ore.), Tom Ash (D-Ohio) and Rita Moss") == 0);
  const Statement* pier = find(x, "the pier would reopen");
  REQUIRE(pier != nullptr);
  CHECK(pier->speaker_mention == "Omar Vance and Lena Holt");
}

TEST_CASE("extract does not read a telephone call ('called X on Friday to thank') as a naming cue", "[extract]") {
  const auto x = extract_text(
      "City spokesman Tom Ash says that Mayor Ann Lee called Rita Moss on Friday to thank the former harbor master.\n\n"
      "Lee called Mr. Moss's remarks on Saturday \"a true wake-up call.\"");
  for (const Statement& s : x.statements) CHECK(s.content.find("Rita Moss on Friday") != 0);
  const Statement* thanks = find(x, "to thank the former harbor master");
  REQUIRE(thanks != nullptr);
  CHECK(thanks->speaker == "Tom Ash");
  const Statement* remarks = find(x, "a true wake-up call");
  REQUIRE(remarks != nullptr);
  CHECK(remarks->cue == "called");
}

TEST_CASE("extract keeps 'close to X' inside a speaker ('sources close to the campaign said')", "[extract]") {
  const auto x = extract_text(
      "Sources close to the campaign said the mayor would run again.\n\n"
      "Those close to him say that the governor would have to pick a new deputy.");
  const Statement* run = find(x, "would run again");
  REQUIRE(run != nullptr);
  CHECK(run->speaker_mention == "Sources close to the campaign");
  const Statement* deputy = find(x, "pick a new deputy");
  REQUIRE(deputy != nullptr);
  CHECK(deputy->speaker_mention == "Those close to him");
}

TEST_CASE("extract keeps a surname spelled like a modal ('Ann May said') in the speaker", "[extract]") {
  const auto x = extract_text(
      "Prime Minister Ann May said this week that the tax would rise.\n\n"
      "Ann May spoke in Leeds on Monday, saying the pension age would stay at 66.");
  const Statement* tax = find(x, "the tax would rise");
  REQUIRE(tax != nullptr);
  CHECK(tax->speaker == "Ann May");
  CHECK(tax->speaker_mention == "Prime Minister Ann May");
  const Statement* pension = find(x, "pension age would stay");
  REQUIRE(pension != nullptr);
  CHECK(pension->speaker == "Ann May");
}

TEST_CASE("extract keeps a name's appositive in the mention of a participle's clause subject", "[extract]") {
  const auto x = extract_text("Ann Kerr, the city's treasurer, spoke on Monday, saying the budget was balanced.");
  const Statement* budget = find(x, "the budget was balanced");
  REQUIRE(budget != nullptr);
  CHECK(budget->speaker == "Ann Kerr");
  CHECK(budget->speaker_mention.find("Ann Kerr, the city's treasurer") == 0);
}

TEST_CASE("extract takes the name heading an aside as the speaker, not a name inside the aside", "[extract]") {
  const auto x = extract_text(
      "Mayor Tom Ash opened the debate.\n\n"
      "\"The debate was a mess,\" Kerr -- co-editor of Beating Tom Ash, a book analyzing Ash's debates -- said.\n\n"
      "\"Turnout makes a difference,\" said Rosa Lind, a prominent Ohio Democrat.\n\n"
      "Still, the fund warned that growth would slow.");
  const Statement* mess = find(x, "The debate was a mess");
  REQUIRE(mess != nullptr);
  CHECK(mess->speaker == "Kerr");
  const Statement* turnout = find(x, "Turnout makes a difference");
  REQUIRE(turnout != nullptr);
  CHECK(turnout->speaker == "Rosa Lind");
}

TEST_CASE("extract never takes a museum for 'he' and falls back to the last speaker named by title", "[extract]") {
  const auto x = extract_text(
      "President Lund opened the National Harbor Museum on Saturday, saying the city had waited too long.\n\n"
      "\"A museum alone will not fix the port,\" he said.");
  const Statement* port = find(x, "will not fix the port");
  REQUIRE(port != nullptr);
  CHECK(port->speaker == "President Lund");
}

TEST_CASE("extract reads clock times as times and stops a figure's unit at a verb", "[extract][figures]") {
  const auto x = extract_text(
      "The ferry left at 6:45 a.m. and sank shortly after 7.30 pm, when a magnitude 5.9 quake struck and 40 fled.");
  REQUIRE_FALSE(x.statements.empty());
  const auto& figures = x.statements.front().figures;
  auto figure = [&](const std::string& text) { return figure_with_text(figures, text); };
  const auto* morning = figure("6:45 a.m.");
  REQUIRE(morning != nullptr);
  CHECK(morning->type == "time");
  CHECK(*morning->value == Approx(6.75));
  const auto* evening = figure("7.30 pm");
  REQUIRE(evening != nullptr);
  CHECK(evening->type == "time");
  CHECK(*evening->value == Approx(19.5));
  const auto* fled = figure("40");  // not "40 fled": the verb is no unit
  REQUIRE(fled != nullptr);
  CHECK(fled->unit.empty());
  for (const auto& f : figures) CHECK(f.unit != "pm");
}

TEST_CASE("extract does not read 'asked for <thing>' as a claim of the asker", "[extract]") {
  const auto x = extract_text(
      "A council source said he could not answer because the mayor had only asked for the figures a few hours "
      "earlier.\n\nWhen farmers ask for help, too many of their calls go unanswered.");
  const Statement* answer = find(x, "could not answer");
  REQUIRE(answer != nullptr);
  CHECK(answer->speaker_mention == "A council source");
  for (const Statement& s : x.statements) CHECK(s.cue != "asked");
  for (const Statement& s : x.statements) CHECK(s.cue != "ask");
}

TEST_CASE("extract reads money in any common currency, symbol before or word after", "[extract][figures]") {
  const auto x = extract_text("The city will spend \xE2\x82\xAC""2 billion, or 2.5 billion euros by another count, and \xC2\xA3""300,000 more.");
  REQUIRE_FALSE(x.statements.empty());
  const auto& figures = x.statements.front().figures;
  auto figure = [&](const std::string& text) { return figure_with_text(figures, text); };
  const auto* symbol = figure("\xE2\x82\xAC""2 billion");
  REQUIRE(symbol != nullptr);
  CHECK(symbol->type == "money");
  CHECK(symbol->unit == "EUR");
  CHECK(*symbol->value == Approx(2e9));
  const auto* word = figure("2.5 billion euros");
  REQUIRE(word != nullptr);
  CHECK(word->type == "money");
  CHECK(word->unit == "EUR");
  const auto* pounds = figure("\xC2\xA3""300,000");
  REQUIRE(pounds != nullptr);
  CHECK(pounds->unit == "GBP");
}

TEST_CASE("extract reads 'it' after a sentence adverb as the organisation that spoke last", "[extract]") {
  const auto x = extract_text("The ministry said on Monday that the outage hit eight million devices.\n\n"
                              "Accordingly, it said there was a fault in one of the daily updates.\n");
  const Statement* fault = find(x, "there was a fault");
  REQUIRE(fault != nullptr);
  CHECK(fault->speaker == "The ministry");
  CHECK(fault->speaker_mention == "it");
}

TEST_CASE("extract gives 'adding that' the speaker of the clause, not the clause before the comma", "[extract]") {
  const auto x = extract_text("Northwind Airways, one of the worst-hit carriers, said that by noon more than 600 "
                              "flights had been cancelled, adding that more cancellations were expected.\n");
  const Statement* more = find(x, "more cancellations were expected");
  REQUIRE(more != nullptr);
  CHECK(more->speaker == "Northwind Airways");
}

TEST_CASE("extract reads '<name>, who said' as that name speaking", "[extract]") {
  const auto x = extract_text("The plea did not sway Judge Ann Ruiz, who said there was a risk he would reoffend.\n");
  const Statement* risk = find(x, "there was a risk");
  REQUIRE(risk != nullptr);
  CHECK(risk->speaker == "Ann Ruiz");
}

TEST_CASE("extract reads ', <outlet> reported.' as the outlet speaking and credited", "[extract]") {
  const auto x = extract_text("Two other people were rescued from the water, CBS News reported.\n");
  const Statement* rescued = find(x, "rescued from the water");
  REQUIRE(rescued != nullptr);
  CHECK(rescued->speaker == "CBS News");
  CHECK(rescued->via == std::vector<std::string>{"CBS News"});
}

TEST_CASE("extract takes no phrase opening with a preposition as an inverted frame's speaker", "[extract]") {
  const auto x = extract_text("A global outage in the software affected 8.5 million computers, stated in company.\n");
  for (const Statement& s : x.statements) CHECK(s.speaker != "in company");
}

TEST_CASE("extract reads 'detailed how' and a commitment's infinitive as claims", "[extract]") {
  const auto x = extract_text("Prosecutors detailed how the trader hid the losses from his clients.\n\n"
                              "The trader, Tom Reed, was jailed in May.\n\n"
                              "As Mr. Reed faces a long prison term, he has vowed to appeal his conviction.\n");
  const Statement* hid = find(x, "the trader hid the losses");
  REQUIRE(hid != nullptr);
  CHECK(hid->speaker == "Prosecutors");
  const Statement* appeal = find(x, "appeal his conviction");
  REQUIRE(appeal != nullptr);
  CHECK(appeal->kind == StatementKind::indirect);
  // the pronoun after an opening "As ..." clause is the person that clause names
  CHECK(appeal->speaker == "Tom Reed");
}

TEST_CASE("extract keeps 'denied A and vowed to B' one claim", "[extract]") {
  const auto x = extract_text("The striker denied the charge and vowed to clear his name.\n");
  const Statement* denied = find(x, "clear his name");
  REQUIRE(denied != nullptr);
  CHECK(denied->content.find("the charge") != std::string::npos);
}
