// Tests of the JSON and Markdown writers: the contract's fields, escaping, and determinism.
#include <catch2/catch.hpp>

#include <claimdiff/report.hpp>

#include "report/bidi.hpp"

#include <sstream>

using namespace claimdiff;

namespace {

Report sample_report() {
  Report report;
  report.tool = "claimdiff test";
  Article article;
  article.id = "post-1";
  article.outlet = "Daily | Post";
  article.text = "\"Prices will fall,\" the minister said. <script>alert(1)</script>";
  report.articles.push_back({article, 2, {"Reuters"}, {{"surprising", {0, 10}, "evaluative"}}});
  Statement statement;
  statement.id = "post-1#1";
  statement.article = "post-1";
  statement.kind = StatementKind::direct;
  statement.span = {0, 38};
  statement.content_span = {1, 17};
  statement.text = "\"Prices will fall,\" the minister said.";
  statement.content = "Prices will fall <script>alert(1)</script> *now*";
  statement.speaker = "Jane Doe";
  statement.speaker_mention = "the minister";
  statement.cue = "said";
  Figure figure;
  figure.text = "at least 2,600";
  figure.span = {0, 1};
  figure.type = "number";
  figure.value = 2600.0;
  figure.unit = "people";
  figure.qualifier = "at least";
  statement.figures.push_back(figure);
  report.statements.push_back(statement);
  Statement second = statement;
  second.id = "post-1#2";
  report.statements.push_back(second);
  Claim claim;
  claim.id = "claim-1";
  claim.members = {"post-1#1", "post-1#2"};
  claim.articles = {"post-1", "other"};
  claim.summary = "Prices will fall";
  Divergence divergence;
  divergence.type = DivergenceType::figure;
  divergence.values.resize(2);
  divergence.values[0].statement = "post-1#1";
  divergence.values[0].article = "post-1";
  divergence.values[0].text = "many";
  divergence.values[0].detail = "vague";
  divergence.values[1].statement = "post-1#2";
  divergence.values[1].article = "post-1";
  divergence.values[1].text = "2,600";
  divergence.values[1].value = 2600.0;
  claim.divergences.push_back(divergence);
  report.claims.push_back(claim);
  report.diagnostics.push_back({Diagnostic::Severity::error, "bad.json", "byte 3", "malformed JSON"});
  return report;
}

}  // namespace

TEST_CASE("the JSON report carries every field of the contract", "[report][json]") {
  const auto json = to_json(sample_report());
  REQUIRE(json["statements"].size() == 2);
  const auto& statement = json["statements"][0];
  for (const char* key : {"id", "article", "content", "text", "kind", "speaker", "speaker_mention", "cue", "via",
                          "figures", "framing", "begin", "end"}) {
    CAPTURE(key);
    CHECK(statement.contains(key));
  }
  CHECK(statement["kind"] == "direct");
  CHECK(statement["figures"][0]["value"] == 2600.0);
  CHECK(statement["figures"][0]["qualifier"] == "at least");
  CHECK(json["claims"][0]["members"].size() == 2);
  CHECK(json["claims"][0]["divergences"][0]["type"] == "figure");
  CHECK(json["claims"][0]["divergences"][0]["values"][0]["text"] == "many");
  CHECK(json["articles"][0]["framing"][0]["text"] == "surprising");
  CHECK(json["diagnostics"][0]["where"] == "byte 3");
}

TEST_CASE("an absent speaker or value is null, not an empty string or NaN", "[report][json]") {
  Statement statement;
  statement.id = "a#1";
  statement.figures.resize(2);
  statement.figures[0].text = "many";
  statement.figures[0].type = "vague";
  statement.figures[1].text = "nan";
  statement.figures[1].type = "number";
  statement.figures[1].value = std::numeric_limits<double>::quiet_NaN();
  const auto json = to_json(statement);
  CHECK(json["speaker"].is_null());
  CHECK(json["figures"][0]["value"].is_null());
  CHECK(json["figures"][1]["value"].is_null());
}

TEST_CASE("writing the same report twice gives identical bytes", "[report][json]") {
  std::ostringstream first, second;
  write_json(first, sample_report());
  write_json(second, sample_report());
  CHECK(first.str() == second.str());
}

TEST_CASE("the Markdown report escapes markup from article text", "[report][markdown]") {
  std::ostringstream out;
  write_markdown(out, sample_report());
  const std::string markdown = out.str();
  CHECK(markdown.find("<script>") == std::string::npos);
  CHECK(markdown.find("&lt;script&gt;") != std::string::npos);
  CHECK(markdown.find("Daily \\| Post") != std::string::npos);
  CHECK(markdown.find("\\*now\\*") != std::string::npos);
  CHECK(markdown.find("## claim-1") != std::string::npos);
  CHECK(markdown.find("malformed JSON") != std::string::npos);
}

TEST_CASE("the Markdown article table names the outlets a whole copy is credited to", "[report][markdown]") {
  std::ostringstream out;
  write_markdown(out, sample_report());
  const std::string markdown = out.str();
  CHECK(markdown.find("| date | credits | address | sentences |") != std::string::npos);
  CHECK(markdown.find(" | Reuters | ") != std::string::npos);
}

TEST_CASE("report formats parse from their names", "[report]") {
  CHECK(report_format_from_string("json") == ReportFormat::json);
  CHECK(report_format_from_string("md") == ReportFormat::markdown);
  CHECK(report_format_from_string("html") == ReportFormat::html);
  CHECK_FALSE(report_format_from_string("pdf"));
}

TEST_CASE("statement_from_json reads back what to_json wrote", "[report][json]") {
  const Report report = sample_report();
  Statement original = report.statements[0];
  original.via = {"Reuters", "TASS"};
  original.quoted = {{1, 17}};
  original.framing = {{"surprising", {3, 13}, "evaluative"}};
  original.sentence = 4;
  const Statement read = statement_from_json(nlohmann::json::parse(to_json(original).dump()));
  CHECK(to_json(read) == to_json(original));
  CHECK(read.figures.at(0).value == 2600.0);
  CHECK_FALSE(read.figures.at(0).upper);
  CHECK(read.span == original.span);
}

// Issue 16, finding 11: the one rule that keeps an article's bidi controls to its own field.
TEST_CASE("isolate_bidi closes what a text opens and isolates it, and leaves other text alone", "[report][bidi]") {
  using detail::isolate_bidi;
  CHECK(isolate_bidi("Harbour Times | 4%") == "Harbour Times | 4%");
  SECTION("an override left open is closed, then the whole isolated") {
    CHECK(isolate_bidi("abc\u202Edef") == "\u2068abc\u202Edef\u202C\u2069");
  }
  SECTION("isolates and embeddings close innermost first") {
    CHECK(isolate_bidi("\u202Ba\u2067b") == "\u2068\u202Ba\u2067b\u2069\u202C\u2069");
  }
  SECTION("a PDI closes the embeddings opened inside its isolate") {
    CHECK(isolate_bidi("\u2066a\u202Eb\u2069c") == "\u2068\u2066a\u202Eb\u2069c\u2069");
  }
  SECTION("stray closers are dropped: they would close the writer's isolate or nothing") {
    CHECK(isolate_bidi("a\u2069b\u202Cc") == "\u2068abc\u2069");
    // a PDF cannot close an embedding opened outside the innermost isolate
    CHECK(isolate_bidi("\u202Ea\u2066b\u202Cc") == "\u2068\u202Ea\u2066bc\u2069\u202C\u2069");
  }
  SECTION("marks alone are isolated too") {
    CHECK(isolate_bidi("\u200F3\u061C") == "\u2068\u200F3\u061C\u2069");
  }
}
