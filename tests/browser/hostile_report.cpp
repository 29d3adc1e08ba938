// Builds the hostile fixture report: articles, statements with figures, cues and credits, claims
// grouped by hand (as the aligner would), then the real diverge stage over them.
#include "browser/hostile_report.hpp"

#include <claimdiff/diverge.hpp>

#include <string>
#include <utility>
#include <vector>

namespace claimdiff::testing {
namespace {

// Appends one sentence to an article and returns its statement, spans pointing into the text.
Statement add_sentence(Article& article, std::size_t n, StatementKind kind, const std::string& sentence,
                       const std::string& content) {
  if (!article.text.empty()) article.text += ' ';
  Statement statement;
  statement.id = article.id + "#" + std::to_string(n);
  statement.article = article.id;
  statement.kind = kind;
  statement.span = {article.text.size(), article.text.size() + sentence.size()};
  const std::size_t at = sentence.find(content);
  statement.content_span = {statement.span.begin + (at == std::string::npos ? 0 : at),
                            statement.span.begin + (at == std::string::npos ? sentence.size() : at + content.size())};
  statement.text = sentence;
  statement.content = content;
  article.text += sentence;
  return statement;
}

void add_figure(Statement& statement, const std::string& text, std::string type, std::optional<double> value,
                std::string qualifier = {}) {
  const std::size_t at = statement.text.find(text);
  if (at == std::string::npos) return;
  Figure figure;
  figure.text = text;
  figure.span = {statement.span.begin + at, statement.span.begin + at + text.size()};
  figure.type = std::move(type);
  figure.value = value;
  figure.qualifier = std::move(qualifier);
  statement.figures.push_back(std::move(figure));
}

void attribute(Statement& statement, std::string speaker, std::string mention, std::string cue,
               std::string cue_class) {
  statement.speaker = std::move(speaker);
  statement.speaker_mention = std::move(mention);
  statement.cue = std::move(cue);
  statement.cue_lemma = statement.cue;
  statement.cue_class = std::move(cue_class);
}

}  // namespace

Report hostile_report() {
  Report report;
  report.tool = "claimdiff test";
  // Field by field: Article gains fields over time, and the ones left out start empty.
  const auto make_article = [](std::string id, std::string outlet, std::string title, std::string date, std::string url,
                          std::string source_file) {
    Article made;
    made.id = std::move(id);
    made.outlet = std::move(outlet);
    made.title = std::move(title);
    made.date = std::move(date);
    made.url = std::move(url);
    made.source_file = std::move(source_file);
    made.outlet_source = "input";
    return made;
  };
  Article ledger = make_article("ledger", "Daily Ledger", "Port plan <b>collapses</b> " + std::string(kHostileScript),
                           "2024-03-02", "javascript:alert(1)", "ledger.txt");
  Article harbour = make_article("harbour", "Harbour Times\"><script>alert(2)</script>", "Mayor admits port mistake",
                            "2024-03-02", "https://example.org/port", "harbour.txt");
  Article coast = make_article("coast", "Coast Radio", "Port row", "2024-03-03", "", "coast.txt");
  Article almanac = make_article("almanac", "Almanac", "A history of the bay", "", "", "almanac.txt");

  std::vector<Statement> statements;
  Statement s = add_sentence(ledger, 1, StatementKind::direct,
                             "\"The new port was a costly mistake,\" the mayor said on Friday.",
                             "The new port was a costly mistake");
  attribute(s, "Maria Lopez", "the mayor", "said", "neutral");
  statements.push_back(s);
  s = add_sentence(harbour, 1, StatementKind::direct,
                   "Lopez admitted: \"The new harbour was an expensive mistake\" " + std::string(kHostileScript),
                   "The new harbour was an expensive mistake");
  attribute(s, "Maria Lopez", "Lopez", "admitted", "concessive");
  statements.push_back(s);
  s = add_sentence(coast, 1, StatementKind::direct, "\"A costly mistake,\" Lopez thinks, according to Reuters.",
                   "A costly mistake");
  attribute(s, "Maria Lopez", "Lopez", "thinks", "hedged");
  s.via = {"Reuters"};
  statements.push_back(s);

  s = add_sentence(ledger, 2, StatementKind::unattributed, "Many workers lost their jobs when the yard closed in 2019.",
                   "Many workers lost their jobs when the yard closed in 2019.");
  add_figure(s, "2019", "year", 2019);
  statements.push_back(s);
  s = add_sentence(harbour, 2, StatementKind::unattributed,
                   "At least 340 workers lost their jobs when the yard shut in 2019 " + std::string(kHostileImage) + ".",
                   "At least 340 workers lost their jobs when the yard shut in 2019 " + std::string(kHostileImage) + ".");
  add_figure(s, "At least 340", "number", 340, "at least");
  add_figure(s, "2019", "year", 2019);
  statements.push_back(s);

  s = add_sentence(ledger, 3, StatementKind::unattributed, "The council will vote on the budget next week.",
                   "The council will vote on the budget next week.");
  statements.push_back(s);
  const std::string vote = "Councillors vote on the port budget next week " + std::string(kHostileScript);
  s = add_sentence(coast, 2, StatementKind::unattributed, vote, vote);
  statements.push_back(s);

  s = add_sentence(almanac, 1, StatementKind::unattributed, "The bay was first charted by Basque whalers.",
                   "The bay was first charted by Basque whalers.");
  statements.push_back(s);

  std::vector<Claim> claims(4);
  claims[0].members = {"ledger#1", "harbour#1", "coast#1"};
  claims[1].members = {"ledger#2", "harbour#2"};
  claims[2].members = {"ledger#3", "coast#2"};
  claims[3].members = {"almanac#1"};
  for (Claim& claim : claims) claim.representative = claim.members.front();
  claims[1].summary = "Job losses at the yard " + std::string(kHostileScript);

  for (Article* article : {&ledger, &harbour, &coast, &almanac}) {
    ArticleReport entry;
    entry.article = *article;
    entry.sentence_count = 3;
    report.articles.push_back(std::move(entry));
  }
  const std::size_t expensive = harbour.text.find("expensive");
  report.articles[1].framing.push_back({"expensive", {expensive, expensive + 9}, "evaluative"});
  report.articles[2].via = {"Reuters"};
  diverge(claims, statements, report.articles);
  report.statements = std::move(statements);
  report.claims = std::move(claims);
  report.diagnostics.push_back({Diagnostic::Severity::warning, "bad<script>.html", "line 3",
                                "stray " + std::string(kHostileImage) + " removed"});
  return report;
}

Report with_tail_on_outside_text(Report report, const std::string& tail) {
  const auto add = [&](std::string& text) {
    if (!text.empty()) text += tail;
  };
  for (ArticleReport& entry : report.articles) {
    for (std::string* field : {&entry.article.outlet, &entry.article.title, &entry.article.date}) add(*field);
    for (std::string& credit : entry.via) add(credit);
    for (FramingTerm& term : entry.framing) add(term.text);
  }
  for (Statement& statement : report.statements) {
    for (std::string* field : {&statement.content, &statement.text, &statement.speaker, &statement.speaker_mention,
                               &statement.cue})
      add(*field);
    for (std::string& credit : statement.via) add(credit);
  }
  for (Claim& claim : report.claims) {
    add(claim.summary);
    for (Divergence& divergence : claim.divergences) {
      add(divergence.summary);
      for (DivergenceValue& value : divergence.values)
        if (value.text != "none") add(value.text);
    }
  }
  for (Diagnostic& diagnostic : report.diagnostics) add(diagnostic.message);
  return report;
}

}  // namespace claimdiff::testing
