// The Markdown report: readable in a terminal and on a code host. One section per claim that more
// than one outlet renders, each rendering in a table, then the differences found; article text is
// escaped so it can never turn into markup or links.
#include <claimdiff/report.hpp>

#include "report/html_escape.hpp"

#include <map>
#include <set>

namespace claimdiff {
namespace {

using detail::markdown_escape;

struct Index {
  std::map<std::string, const Statement*> statements;
  std::map<std::string, const Article*> articles;

  explicit Index(const Report& report) {
    for (const Statement& statement : report.statements) statements.emplace(statement.id, &statement);
    for (const ArticleReport& article : report.articles) articles.emplace(article.article.id, &article.article);
  }

  std::string outlet(const std::string& article_id) const {
    const auto found = articles.find(article_id);
    if (found == articles.end() || found->second->outlet.empty()) return article_id;
    return found->second->outlet;
  }
};

void write_articles(std::ostream& out, const Report& report) {
  const auto joined = [](const std::vector<std::string>& names) {
    std::string line;
    for (const std::string& name : names) line += (line.empty() ? "" : ", ") + markdown_escape(name);
    return line;
  };
  // "credits": the outlets the whole copy is credited to (a byline, "(c) 2024 Reuters", "Source: AFP")
  out << "| article | outlet | title | authors | date | credits | address | sentences |\n"
         "|---|---|---|---|---|---|---|---|\n";
  for (const ArticleReport& entry : report.articles) {
    const Article& article = entry.article;
    out << "| " << markdown_escape(article.id) << " | " << markdown_escape(article.outlet) << " | " << markdown_escape(article.title)
        << " | " << joined(article.authors) << " | " << markdown_escape(article.date) << " | " << joined(entry.via) << " | "
        << markdown_escape(article.url) << " | " << entry.sentence_count << " |\n";
  }
  out << '\n';
}

void write_renderings(std::ostream& out, const Claim& claim, const Index& index) {
  out << "| outlet | kind | speaker | cue | via | rendering |\n|---|---|---|---|---|---|\n";
  for (const std::string& member : claim.members) {
    const auto found = index.statements.find(member);
    if (found == index.statements.end()) continue;
    const Statement& statement = *found->second;
    std::string via;
    for (const std::string& source : statement.via) via += (via.empty() ? "" : ", ") + source;
    out << "| " << markdown_escape(index.outlet(statement.article)) << " | " << to_string(statement.kind) << " | "
        << markdown_escape(statement.speaker) << " | " << markdown_escape(statement.cue) << " | " << markdown_escape(via) << " | "
        << markdown_escape(statement.content) << " |\n";
  }
  out << '\n';
}

void write_edits(std::ostream& out, const Divergence& divergence) {
  for (const WordEdit& edit : divergence.edits) {
    switch (edit.op) {
      case WordEdit::Op::equal: out << markdown_escape(edit.reference) << ' '; break;
      case WordEdit::Op::substitute:
        out << "~~" << markdown_escape(edit.reference) << "~~ **" << markdown_escape(edit.rendering) << "** ";
        break;
      case WordEdit::Op::insert: out << "**+" << markdown_escape(edit.rendering) << "** "; break;
      case WordEdit::Op::remove: out << "~~" << markdown_escape(edit.reference) << "~~ "; break;
    }
  }
}

// Below this share of common words a wording divergence shows no edit line (as in the HTML report).
constexpr double kEditLineSimilarity = 0.3;

void write_divergences(std::ostream& out, const Claim& claim, const Index& index) {
  if (claim.divergences.empty()) return;
  out << "Differences:\n\n";
  for (const Divergence& divergence : claim.divergences) {
    out << "- **" << to_string(divergence.type) << "**";
    if (!divergence.aspect.empty()) out << " (" << markdown_escape(divergence.aspect) << ")";
    if (!divergence.summary.empty()) out << ": " << markdown_escape(divergence.summary);
    if (divergence.type == DivergenceType::wording && !divergence.edits.empty()) {
      const auto found = index.statements.find(divergence.statement);
      if (found != index.statements.end()) out << " [" << markdown_escape(index.outlet(found->second->article)) << "]";
      if (!divergence.fidelity.empty()) out << " *" << markdown_escape(divergence.fidelity) << "*";
      // A rendering with few words in common is in other words altogether: its edit line would
      // strike out nearly everything, so the share of common words says more.
      const std::optional<double> shared =
          divergence.values.size() > 1 ? divergence.values[1].value : std::optional<double>{};
      if (shared && *shared < kEditLineSimilarity)
        out << "\n  in other words (" << static_cast<int>(*shared * 100 + 0.5) << "% of words in common)";
      else {
        out << "\n  ";
        write_edits(out, divergence);
      }
    } else if (divergence.type == DivergenceType::omission) {
      // The omitting outlets on one line: each value is an article, its text the outlet's name.
      out << "\n  - not in:";
      for (const DivergenceValue& value : divergence.values) out << ' ' << markdown_escape(index.outlet(value.article));
    } else {
      for (const DivergenceValue& value : divergence.values)
        out << "\n  - " << markdown_escape(index.outlet(value.article)) << ": \"" << markdown_escape(value.text) << "\""
            << (value.detail.empty() ? "" : " (" + markdown_escape(value.detail) + ")");
    }
    out << '\n';
  }
  out << '\n';
}

void write_claim(std::ostream& out, const Claim& claim, const Index& index) {
  out << "## " << markdown_escape(claim.id) << ": " << markdown_escape(claim.summary) << "\n\n";
  std::set<std::string> outlets;
  for (const std::string& article : claim.articles) outlets.insert(index.outlet(article));
  out << claim.members.size() << " rendering(s) in " << outlets.size() << " outlet(s)";
  if (!claim.omitted_by.empty()) {
    out << "; not in:";
    for (const std::string& article : claim.omitted_by) out << ' ' << markdown_escape(index.outlet(article));
  }
  out << "\n\n";
  write_renderings(out, claim, index);
  write_divergences(out, claim, index);
}

}  // namespace

void write_markdown(std::ostream& out, const Report& report) {
  const Index index(report);
  out << "# claimdiff report\n\n" << report.articles.size() << " article(s), " << report.statements.size()
      << " statement(s), " << report.claims.size() << " claim(s). Generated by " << markdown_escape(report.tool) << ".\n\n";
  write_articles(out, report);
  std::size_t single = 0;
  for (const Claim& claim : report.claims) {
    if (claim.articles.size() < 2) {
      ++single;
      continue;
    }
    write_claim(out, claim, index);
  }
  out << "## Claims in one outlet only\n\n" << single << " claim(s) appear in a single article; see the JSON report.\n\n";
  if (!report.diagnostics.empty()) {
    out << "## Diagnostics\n\n";
    for (const Diagnostic& diagnostic : report.diagnostics)
      out << "- " << to_string(diagnostic.severity) << ": " << markdown_escape(format_diagnostic(diagnostic)) << '\n';
    out << '\n';
  }
}

}  // namespace claimdiff
