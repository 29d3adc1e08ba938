// The quote audit on hand-made statements about an invented event (a city bridge), so the audit's
// own logic is checked whatever extraction finds: fidelity classes, order, omissions, writers.
#include <catch2/catch.hpp>

#include <claimdiff/quote.hpp>

#include "bidi_check.hpp"

#include <algorithm>
#include <sstream>

using namespace claimdiff;

namespace {

constexpr const char* kQuery = "the new bridge will open to traffic before the winter storms arrive";

Statement make(const std::string& article, int n, StatementKind kind, const std::string& content,
               const std::string& speaker = "", const std::string& cue = "") {
  Statement statement;
  statement.id = article + "#" + std::to_string(n);
  statement.article = article;
  statement.kind = kind;
  statement.content = content;
  statement.text = content;
  statement.span = Span{0, content.size()};
  statement.content_span = statement.span;
  statement.speaker = speaker;
  statement.cue = cue;
  statement.cue_class = cue.empty() ? "" : "neutral";
  statement.sentence = static_cast<std::size_t>(n);
  return statement;
}

ArticleReport article(const std::string& id, const std::string& outlet) {
  ArticleReport report;
  report.article.id = id;
  report.article.outlet = outlet;
  return report;
}

const Aligner& aligner() {
  static const Aligner instance;
  return instance;
}

const Rendering* find(const QuoteAudit& audit, const std::string& statement) {
  for (const Rendering& rendering : audit.renderings)
    if (rendering.statement == statement) return &rendering;
  return nullptr;
}

struct Coverage {
  std::vector<Statement> statements;
  std::vector<ArticleReport> articles;
};

Coverage bridge_coverage() {
  Coverage c;
  c.articles = {article("courier", "Harbor Courier"), article("gazette", "Valley Gazette"),
                article("ledger", "City Ledger"), article("post", "Evening Post"), article("wire", "Metro Wire"),
                article("almanac", "Garden Almanac"), article("bulletin", "Transit Bulletin")};
  c.statements = {
      make("courier", 1, StatementKind::direct,
           "We are confident that the new bridge will open to traffic before the winter storms arrive",
           "Lena Ortiz", "said"),
      make("courier", 2, StatementKind::unattributed, "The crossing cost 40 million dollars to build and took three years."),
      make("gazette", 1, StatementKind::direct, "the new bridge will open to traffic", "Lena Ortiz", "said"),
      make("ledger", 1, StatementKind::direct, "the new bridge will open to cars before the winter storms come",
           "Lena Ortiz", "promised"),
      make("post", 1, StatementKind::indirect, "the new bridge would open to traffic before winter storms arrived",
           "Lena Ortiz", "said"),
      make("wire", 1, StatementKind::unattributed, "The city's new bridge is expected to open before winter."),
      make("almanac", 1, StatementKind::unattributed, "Tulip bulbs should go into the ground in late October."),
      make("almanac", 2, StatementKind::unattributed, "Gardeners in the valley reported a good apple harvest."),
      make("bulletin", 1, StatementKind::unattributed, "The crossing cost 40 million dollars to build and took three years to finish."),
      make("bulletin", 2, StatementKind::indirect, "bus routes 4 and 9 will change next month", "the transit agency", "said"),
  };
  return c;
}

}  // namespace

TEST_CASE("quote audit gives each rendering its fidelity class", "[quote]") {
  const Coverage c = bridge_coverage();
  const QuoteAudit audit = audit_quote(kQuery, c.statements, c.articles, aligner());
  REQUIRE(audit.query == kQuery);

  SECTION("a longer quote that holds every word of the query is verbatim") {
    const Rendering* r = find(audit, "courier#1");
    REQUIRE(r != nullptr);
    CHECK(r->fidelity == Fidelity::verbatim);
    CHECK(r->score == Approx(1.0));
    CHECK(r->matched == kQuery);
    CHECK(r->outlet == "Harbor Courier");
    CHECK(r->speaker == "Lena Ortiz");
  }
  SECTION("a quote that keeps only the first words is trimmed, scored by the share kept") {
    const Rendering* r = find(audit, "gazette#1");
    REQUIRE(r != nullptr);
    CHECK(r->fidelity == Fidelity::trimmed);
    CHECK(r->score == Approx(7.0 / 12.0).epsilon(0.01));
  }
  SECTION("a quote with swapped words is reworded") {
    const Rendering* r = find(audit, "ledger#1");
    REQUIRE(r != nullptr);
    CHECK(r->fidelity == Fidelity::reworded);
    CHECK(r->score < 1.0);
    const bool swapped = std::any_of(r->diff.begin(), r->diff.end(), [](const WordEdit& edit) {
      return edit.op == WordEdit::Op::substitute && edit.reference.find("traffic") != std::string::npos &&
             edit.rendering.find("cars") != std::string::npos;
    });
    CHECK(swapped);
  }
  SECTION("reported speech is paraphrased") {
    const Rendering* r = find(audit, "post#1");
    REQUIRE(r != nullptr);
    CHECK(r->fidelity == Fidelity::paraphrased);
  }
  SECTION("the outlet's own shorter sentence is summarised") {
    const Rendering* r = find(audit, "wire#1");
    REQUIRE(r != nullptr);
    CHECK(r->fidelity == Fidelity::summarised);
  }
  SECTION("statements about something else are not renderings") {
    CHECK(find(audit, "almanac#1") == nullptr);
    CHECK(find(audit, "almanac#2") == nullptr);
    CHECK(find(audit, "bulletin#2") == nullptr);
    CHECK(find(audit, "courier#2") == nullptr);
  }
  SECTION("renderings run from the most to the least faithful") {
    REQUIRE(audit.renderings.size() == 5);
    for (std::size_t i = 1; i < audit.renderings.size(); ++i) {
      CAPTURE(i);
      CHECK(static_cast<int>(audit.renderings[i - 1].fidelity) <= static_cast<int>(audit.renderings[i].fidelity));
    }
    CHECK(audit.renderings.front().statement == "courier#1");
    CHECK(audit.renderings.back().statement == "wire#1");
  }
}

TEST_CASE("quote audit lists as omitting only the articles that cover the event", "[quote]") {
  const Coverage c = bridge_coverage();
  SECTION("an article sharing another claim with a rendering article omits it; an unrelated one does not") {
    const QuoteAudit audit = audit_quote(kQuery, c.statements, c.articles, aligner());
    CHECK(audit.omitted_by == std::vector<std::string>{"bulletin"});
  }
  SECTION("without the coverage test every article without a rendering is listed") {
    QuoteOptions options;
    options.require_coverage = false;
    const QuoteAudit audit = audit_quote(kQuery, c.statements, c.articles, aligner(), options);
    CHECK(audit.omitted_by == std::vector<std::string>{"almanac", "bulletin"});
  }
  SECTION("no rendering at all: nothing is said to be omitted") {
    const QuoteAudit audit = audit_quote("interest rates will rise in the spring", c.statements, c.articles, aligner());
    CHECK(audit.renderings.empty());
    CHECK(audit.omitted_by.empty());
  }
}

TEST_CASE("quote audit reads quotation marks the extractor left in the content", "[quote]") {
  const std::vector<ArticleReport> articles = {article("tribune", "Tribune")};
  // An extractor that missed the speaker still leaves the quote marks: the words are a quote.
  const std::vector<Statement> statements = {make(
      "tribune", 1, StatementKind::unattributed,
      "\u201CThe new bridge will open to traffic before the winter storms arrive,\u201D the mayor told reporters.")};
  const QuoteAudit audit = audit_quote(kQuery, statements, articles, aligner());
  REQUIRE(audit.renderings.size() == 1);
  CHECK(audit.renderings[0].fidelity == Fidelity::verbatim);
}

TEST_CASE("in a mixed statement only the words inside its quotation marks count as quoted", "[quote]") {
  const std::vector<ArticleReport> articles = {article("herald", "Herald"), article("times", "Times")};
  // The content carries no marks; the statement's quoted spans (offsets into the article) say which
  // words were quoted.
  auto mixed = [](const std::string& id, const std::string& text, const std::string& content, const std::string& quoted) {
    Statement statement = make(id, 1, StatementKind::mixed, content, "Lena Ortiz", "said");
    statement.text = text;
    statement.span = Span{100, 100 + text.size()};
    const std::size_t at = text.find(quoted);
    statement.quoted = {Span{100 + at, 100 + at + quoted.size()}};
    return statement;
  };
  const std::vector<Statement> statements = {
      mixed("herald", "Ortiz said the bridge would open \"before the winter storms arrive.\"",
            "the bridge would open before the winter storms arrive.", "\"before the winter storms arrive.\""),
      mixed("times", "Ortiz said the bridge would open before the winter \"storms\" arrive.",
            "the bridge would open before the winter storms arrive.", "\"storms\"")};
  const QuoteAudit audit = audit_quote("before the winter storms arrive", statements, articles, aligner());
  REQUIRE(find(audit, "herald#1") != nullptr);
  CHECK(find(audit, "herald#1")->fidelity == Fidelity::verbatim);
  // The same words, but only one of them in quotation marks: reported speech, not a quote.
  REQUIRE(find(audit, "times#1") != nullptr);
  CHECK(find(audit, "times#1")->fidelity == Fidelity::paraphrased);
}

TEST_CASE("a trimmed quote may skip words in the middle but add none", "[quote]") {
  const std::vector<ArticleReport> articles = {article("a", "A"), article("b", "B")};
  const std::vector<Statement> statements = {
      make("a", 1, StatementKind::direct, "the new bridge will open ... before the winter storms arrive", "Ortiz", "said"),
      make("b", 1, StatementKind::direct, "the new bridge will surely open to traffic", "Ortiz", "said")};
  const QuoteAudit audit = audit_quote(kQuery, statements, articles, aligner());
  REQUIRE(find(audit, "a#1") != nullptr);
  CHECK(find(audit, "a#1")->fidelity == Fidelity::trimmed);
  REQUIRE(find(audit, "b#1") != nullptr);
  CHECK(find(audit, "b#1")->fidelity == Fidelity::reworded);
}

TEST_CASE("a rendering that negates the quote is not a rendering of it", "[quote]") {
  const std::vector<ArticleReport> articles = {article("a", "A"), article("b", "B"), article("c", "C")};
  const std::vector<Statement> statements = {
      make("a", 1, StatementKind::direct, "the new bridge will not open to traffic before the winter storms arrive", "Ortiz", "said"),
      make("b", 1, StatementKind::indirect, "the new bridge won't open to traffic before the winter storms arrive", "Ortiz", "said"),
      make("c", 1, StatementKind::direct, "no, the new bridge will open to traffic before the winter storms arrive", "Ortiz", "said")};
  const QuoteAudit audit = audit_quote(kQuery, statements, articles, aligner());
  CHECK(find(audit, "a#1") == nullptr);
  CHECK(find(audit, "b#1") == nullptr);
  // A "no" outside the words that render the query does not negate them.
  REQUIRE(find(audit, "c#1") != nullptr);
  CHECK(find(audit, "c#1")->fidelity == Fidelity::verbatim);
}

TEST_CASE("quote audit writers", "[quote]") {
  Coverage c = bridge_coverage();
  c.statements.push_back(make("wire", 2, StatementKind::direct,
                              "the new bridge will open to traffic <script>alert(1)</script> | before", "Ortiz", "said"));
  const QuoteAudit audit = audit_quote(kQuery, c.statements, c.articles, aligner());

  SECTION("JSON carries the documented fields") {
    const auto json = to_json(audit);
    CHECK(json["query"] == kQuery);
    REQUIRE(json["renderings"].is_array());
    REQUIRE(!json["renderings"].empty());
    for (const char* key : {"article", "outlet", "statement", "content", "kind", "speaker", "cue", "via", "fidelity",
                            "score", "diff"}) {
      CAPTURE(key);
      CHECK(json["renderings"][0].contains(key));
    }
    CHECK(json["renderings"][0]["fidelity"] == "verbatim");
    CHECK(json["omitted_by"].is_array());
    std::ostringstream a, b;
    write_quote_json(a, audit);
    write_quote_json(b, audit_quote(kQuery, c.statements, c.articles, aligner()));
    CHECK(a.str() == b.str());
  }
  SECTION("HTML is one escaped, self-contained page") {
    std::ostringstream out;
    write_quote_html(out, audit);
    const std::string html = out.str();
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;") != std::string::npos);
    CHECK(html.find("http://") == std::string::npos);
    CHECK(html.find("https://") == std::string::npos);
    CHECK(html.find("data-fidelity=\"verbatim\"") != std::string::npos);
    // The analysis report's policy (issue 16, finding 11), without any script: the audit has none.
    CHECK(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';") != std::string::npos);
    CHECK(html.find("script-src") == std::string::npos);
  }
  SECTION("Markdown escapes table pipes") {
    std::ostringstream out;
    write_quote_markdown(out, audit);
    const std::string md = out.str();
    CHECK(md.find("\\|") != std::string::npos);
    CHECK(md.find("<script>") == std::string::npos);
    CHECK(md.find("Harbor Courier") != std::string::npos);
  }
}

// Issue 16, finding 11: the audit shows outlets, speakers and renderings from articles; their bidi
// controls stay inside each field.
TEST_CASE("quote audit writers isolate bidi controls of outside text", "[quote][bidi]") {
  Coverage c = bridge_coverage();
  const std::string tail = testing::kBidiTail;
  for (ArticleReport& entry : c.articles) entry.article.outlet += tail;
  for (Statement& statement : c.statements) {
    statement.speaker += statement.speaker.empty() ? "" : tail;
    statement.cue += statement.cue.empty() ? "" : tail;
    statement.via = {"Reuters" + tail};
  }
  c.statements.push_back(make("wire", 2, StatementKind::direct, "the new bridge will open to traffic" + tail,
                              "Ortiz" + tail, "said"));
  const QuoteAudit audit = audit_quote(std::string(kQuery) + tail, c.statements, c.articles, aligner());
  REQUIRE(!audit.renderings.empty());

  SECTION("HTML") {
    std::ostringstream out;
    write_quote_html(out, audit);
    testing::check_bidi_isolated_html(out.str());
  }
  SECTION("Markdown") {
    std::ostringstream out;
    write_quote_markdown(out, audit);
    testing::check_bidi_contained_lines(out.str());
  }
}

TEST_CASE("fidelity names round-trip", "[quote]") {
  for (Fidelity f : {Fidelity::verbatim, Fidelity::trimmed, Fidelity::reworded, Fidelity::paraphrased, Fidelity::summarised})
    CHECK(fidelity_from_string(to_string(f)) == f);
  CHECK_FALSE(fidelity_from_string("exact").has_value());
}
