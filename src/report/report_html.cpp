// The HTML report (write_html): one self-contained page, inline CSS and JS, no requests. Claims by
// divergence, renderings side by side with word edits highlighted, figure tables, framing chips, the
// outlet x claim heat map, a filter box. All article text goes through escape(), never raw, and
// outside text shown as element content through isolated() (a <bdi>: see html_escape.hpp).
#include <claimdiff/report.hpp>

#include "diverge/diverge_words.hpp"
#include "report/html_assets.hpp"
#include "report/html_escape.hpp"
#include "base/text_util.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <string>

namespace claimdiff {
namespace {

// Outlet colours, in article order; enough contrast on white for a border and a dot.
constexpr std::array<std::string_view, 10> kOutletColours{
    "#2563eb", "#d97706", "#059669", "#db2777", "#7c3aed",
    "#0891b2", "#65a30d", "#dc2626", "#475569", "#b45309"};

// Below this share of common words a rendering says the thing in other words altogether: marking
// nearly every word would hide, not show, the difference, so it is shown as written.
constexpr double kHighlightSimilarity = 0.3;

constexpr std::array<DivergenceType, 5> kTypes{DivergenceType::wording, DivergenceType::figure,
                                               DivergenceType::framing, DivergenceType::attribution,
                                               DivergenceType::omission};

std::string escape(std::string_view text) { return detail::html_escape(text); }
std::string isolated(std::string_view text) { return detail::html_isolated(text); }
using detail::is_web_address;

std::string number(double value, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

std::string percent(double share) { return number(std::clamp(share, 0.0, 1.0) * 100, 0) + "%"; }

// FNV-1a over the page body: a deterministic nonce, different for every report, that lets only the
// report's own script run under the Content-Security-Policy.
std::string nonce_of(std::string_view body) {
  std::uint64_t hash = 1469598103934665603ull;
  for (const char c : body) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

// Longest article label (bytes) in badges and matrix rows when an article has no outlet name.
constexpr std::size_t kLabelBytes = 34;

// At most `limit` bytes of `text`, cut at a word boundary on a whole UTF-8 character, with "…".
std::string shortened(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return std::string(text);
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  const std::size_t space = text.rfind(' ', cut);
  if (space != std::string_view::npos && space > limit / 2) cut = space;
  return std::string(detail::trim(text.substr(0, cut))) + "…";
}

struct Index {
  std::map<std::string, const Statement*, std::less<>> statements;
  std::map<std::string, const ArticleReport*, std::less<>> articles;
  std::map<std::string, std::size_t, std::less<>> article_order;

  explicit Index(const Report& report) {
    for (const Statement& statement : report.statements) statements.emplace(statement.id, &statement);
    for (std::size_t i = 0; i < report.articles.size(); ++i) {
      articles.emplace(report.articles[i].article.id, &report.articles[i]);
      article_order.emplace(report.articles[i].article.id, i);
    }
  }

  const Statement* statement(std::string_view id) const {
    const auto found = statements.find(id);
    return found == statements.end() ? nullptr : found->second;
  }

  // What a reader knows the article by: its outlet, else the start of its title, else its id.
  std::string outlet(std::string_view article) const {
    const auto found = articles.find(article);
    if (found == articles.end()) return std::string(article);
    const Article& a = found->second->article;
    if (!a.outlet.empty()) return a.outlet;
    if (!a.title.empty()) return shortened(a.title, kLabelBytes);
    return a.id;
  }

  std::string_view colour(std::string_view article) const {
    const auto found = article_order.find(article);
    const std::size_t i = found == article_order.end() ? kOutletColours.size() - 2 : found->second;
    return kOutletColours[i % kOutletColours.size()];
  }
};

std::size_t outlet_count(const Claim& claim, const Index& index) {
  std::set<std::string> outlets;
  for (const std::string& article : claim.articles) outlets.insert(index.outlet(article));
  return outlets.size();
}

std::string outlet_badge(std::string_view article, const Index& index) {
  std::string tooltip(article);
  if (const auto found = index.articles.find(article); found != index.articles.end() &&
                                                       !found->second->article.title.empty())
    tooltip += ": " + found->second->article.title;
  return "<span class=\"dot\" style=\"background:" + std::string(index.colour(article)) +
         "\"></span><span class=\"outlet\" title=\"" + escape(tooltip) + "\">" + isolated(index.outlet(article)) +
         "</span>";
}

std::string claim_number(const std::string& id) {
  const std::size_t dash = id.rfind('-');
  return dash == std::string::npos ? id : id.substr(dash + 1);
}

// ---- renderings with their edits ---------------------------------------------------------------

// The rendering as written, its words marked against the reference: <ins> words only it has,
// <mark> words it puts in place of others (the reference's words in the title), <del> the
// reference's words it leaves out. Text between words (punctuation, spaces) is kept as written.
std::string highlighted(const detail::WordAlignment& alignment, std::string_view reference,
                        std::string_view rendering) {
  std::string out;
  std::size_t at = 0;
  auto plain_until = [&](std::size_t end) {
    if (end > at) out += escape(rendering.substr(at, end - at));
    at = std::max(at, end);
  };
  for (const detail::WordRun& run : alignment.runs) {
    switch (run.op) {
      case WordEdit::Op::equal:
        plain_until(run.rendering.end);
        break;
      case WordEdit::Op::insert:
        plain_until(run.rendering.begin);
        out += "<ins title=\"not in the reference\">" + escape(run.rendering.of(rendering)) + "</ins>";
        at = run.rendering.end;
        break;
      case WordEdit::Op::substitute:
        plain_until(run.rendering.begin);
        out += "<mark title=\"reference: " + escape(run.reference.of(reference)) + "\">" +
               escape(run.rendering.of(rendering)) + "</mark>";
        at = run.rendering.end;
        break;
      case WordEdit::Op::remove:
        plain_until(run.rendering.begin);
        out += (at > 0 ? " " : "") + std::string("<del title=\"left out\">") +
 isolated(run.reference.of(reference)) + "</del>" + (at == 0 ? " " : "");
        break;
    }
  }
  plain_until(rendering.size());
  return out;
}

const Divergence* wording_of(const Claim& claim, const std::string& statement) {
  for (const Divergence& divergence : claim.divergences)
    if (divergence.type == DivergenceType::wording && divergence.statement == statement) return &divergence;
  return nullptr;
}

// Chips under a rendering for what it says on the disputed points: its figures in dispute and the
// evaluative words and hedges only some outlets use.
void write_points(std::ostream& out, const Claim& claim, const Statement& statement) {
  std::string chips;
  std::set<std::string> seen;
  for (const Divergence& divergence : claim.divergences) {
    const bool figure = divergence.type == DivergenceType::figure;
    const bool words = divergence.type == DivergenceType::framing && divergence.aspect != "cue_class";
    if (!figure && !words) continue;
    for (const DivergenceValue& value : divergence.values) {
      if (value.statement != statement.id || value.text == "none" || !seen.insert(value.text).second) continue;
      chips += "<span class=\"chip " + std::string(figure ? "t-figure" : "t-framing") + "\" title=\"" +
               escape(divergence.aspect + (value.detail.empty() ? "" : ": " + value.detail)) + "\">" +
               isolated(value.text) + "</span>";
    }
  }
  if (!chips.empty()) out << "<p class=\"points\">" << chips << "</p>";
}

void write_rendering(std::ostream& out, const Claim& claim, const Statement& statement, const Index& index) {
  const Divergence* wording = wording_of(claim, statement.id);
  const Statement* reference =
      wording != nullptr && !wording->values.empty() ? index.statement(wording->values.front().statement) : nullptr;
  const bool is_reference = statement.id == claim.representative && claim.members.size() > 1;

  out << "<figure class=\"rendering" << (is_reference ? " ref" : "") << "\" style=\"--oc:"
      << index.colour(statement.article) << "\" data-statement=\"" << escape(statement.id) << "\">";
  out << "<figcaption>" << outlet_badge(statement.article, index) << "<span class=\"kind\">"
      << escape(to_string(statement.kind)) << "</span>";
  if (is_reference) out << "<span class=\"fid f-reference\" title=\"the rendering the others are compared with\">reference</span>";
  const bool compared = reference != nullptr && reference != &statement;
  const detail::WordAlignment alignment =
      compared ? detail::align_words(reference->content, statement.content) : detail::WordAlignment{};
  if (wording != nullptr && !wording->fidelity.empty())
    out << "<span class=\"fid f-" << escape(wording->fidelity) << "\" title=\"quote fidelity\">"
        << escape(wording->fidelity) << "</span>";
  else if (compared)
    out << "<span class=\"fid f-share\" title=\"share of words in common with the reference\">"
        << percent(alignment.similarity()) << " same words</span>";
  out << "</figcaption>";

  // One isolate around the whole rendering: its marked words are pieces of one text.
  out << "<blockquote class=\"text\"><bdi>";
  if (compared && alignment.similarity() >= kHighlightSimilarity)
    out << highlighted(alignment, reference->content, statement.content);
  else
    out << escape(statement.content);
  out << "</bdi></blockquote>";
  write_points(out, claim, statement);

  if (statement.kind != StatementKind::unattributed || !statement.via.empty()) {
    out << "<p class=\"attr\">";
    if (!statement.cue.empty())
      out << "<span class=\"chip cue c-" << escape(statement.cue_class) << "\" title=\"reporting verb"
          << (statement.cue_class.empty() ? "" : ": " + escape(statement.cue_class)) << "\">"
          << isolated(statement.cue) << "</span>";
    if (!statement.speaker_mention.empty() || !statement.speaker.empty()) {
      out << "<span>" << isolated(statement.speaker_mention.empty() ? statement.speaker : statement.speaker_mention);
      if (!statement.speaker.empty() && !statement.speaker_mention.empty() &&
          detail::fold(statement.speaker) != detail::fold(statement.speaker_mention))
        out << " <small>(" << isolated(statement.speaker) << ")</small>";
      out << "</span>";
    }
    if (!statement.via.empty()) {
      out << "<span>via ";
      for (std::size_t i = 0; i < statement.via.size(); ++i)
        out << (i ? ", " : "") << "<b>" << isolated(statement.via[i]) << "</b>";
      out << "</span>";
    }
    out << "</p>";
  }
  if (statement.text != statement.content && !statement.text.empty())
    out << "<details class=\"sentence\"><summary>full sentence</summary><p>" << isolated(statement.text)
        << "</p></details>";
  out << "</figure>";
}

// ---- findings: figures, framing, attribution, omission ----------------------------------------

void write_value(std::ostream& out, const DivergenceValue& value, const Index& index, bool with_outlet = true) {
  out << "<span class=\"val\">";
  if (with_outlet) out << outlet_badge(value.article, index) << " ";
  // "none" stands for an absence (no credit, no evaluative word), not for words an outlet wrote.
  if (value.text == "none" && !value.statement.empty() && value.detail != "reference")
    out << "<em class=\"none\">none</em>";
  else
    out << "<q>" << isolated(value.text) << "</q>";
  if (!value.detail.empty()) out << " <small>" << isolated(value.detail) << "</small>";
  out << "</span>";
}

void write_figure_rows(std::ostream& out, const Claim& claim, const Index& index, bool with_claim) {
  for (const Divergence& divergence : claim.divergences) {
    if (divergence.type != DivergenceType::figure) continue;
    out << "<tr>";
    if (with_claim)
      out << "<td><a href=\"#" << escape(claim.id) << "\">" << escape(claim.id) << "</a></td>";
    out << "<td>" << escape(divergence.aspect) << "</td><td>";
    for (const DivergenceValue& value : divergence.values) write_value(out, value, index);
    out << "</td><td>" << isolated(divergence.summary) << "</td></tr>";
  }
}

bool has_type(const Claim& claim, DivergenceType type) {
  return std::any_of(claim.divergences.begin(), claim.divergences.end(),
                     [&](const Divergence& d) { return d.type == type; });
}

std::string type_chip(DivergenceType type) {
  const std::string name = to_string(type);
  return "<span class=\"chip t-" + name + "\">" + name + "</span>";
}

void write_findings(std::ostream& out, const Claim& claim, const Index& index) {
  std::ostringstream items;
  for (const Divergence& divergence : claim.divergences) {
    if (divergence.type == DivergenceType::wording || divergence.type == DivergenceType::figure) continue;
    items << "<li>" << type_chip(divergence.type) << "<span class=\"summary\">" << isolated(divergence.summary)
          << "</span>";
    std::string without;  // outlets whose value is an absence ("none"), listed once at the end
    for (const DivergenceValue& value : divergence.values) {
      if (value.text == "none" && !value.statement.empty()) {
        const std::string badge = outlet_badge(value.article, index);
        if (without.find(badge) == std::string::npos) without += " " + badge;
        continue;
      }
      if (divergence.type == DivergenceType::framing && divergence.aspect == "cue_class") {
        items << "<span class=\"val\">" << outlet_badge(value.article, index) << " <span class=\"chip c-"
              << escape(value.detail) << "\">" << isolated(value.text) << " · " << escape(value.detail)
              << "</span></span>";
      } else if (divergence.type == DivergenceType::omission) {
        items << "<span class=\"val\">" << outlet_badge(value.article, index) << "</span>";
      } else {
        write_value(items, value, index);
      }
    }
    if (!without.empty()) items << "<span class=\"val\"><em class=\"none\">none:</em>" << without << "</span>";
    items << "</li>";
  }
  const std::string text = items.str();
  if (!text.empty()) out << "<ul class=\"findings\">" << text << "</ul>";
}

void write_card(std::ostream& out, const Claim& claim, const Index& index) {
  const std::size_t outlets = outlet_count(claim, index);
  std::string types;
  for (DivergenceType type : kTypes)
    if (has_type(claim, type)) types += (types.empty() ? "" : " ") + to_string(type);

  out << "<article class=\"card" << (outlets < 2 ? " single" : "") << "\" id=\"" << escape(claim.id)
      << "\" data-claim-id=\"" << escape(claim.id) << "\" data-outlets=\"" << outlets << "\" data-types=\""
      << types << "\">";
  out << "<header class=\"card-head\"><span class=\"cid\">" << escape(claim_number(claim.id)) << "</span><h3>"
      << isolated(claim.summary) << "</h3><div class=\"score\">divergence " << number(claim.divergence_score, 2)
      << "<span class=\"meter\"><i style=\"width:" << percent(claim.divergence_score) << "\"></i></span></div></header>";

  out << "<div class=\"card-meta\"><span>" << claim.members.size() << " rendering"
      << (claim.members.size() == 1 ? "" : "s") << " in " << outlets << " outlet" << (outlets == 1 ? "" : "s")
      << "</span>";
  for (DivergenceType type : kTypes)
    if (has_type(claim, type)) out << type_chip(type);
  out << "</div>";

  out << "<div class=\"renderings\">";
  for (const std::string& member : claim.members)
    if (const Statement* statement = index.statement(member)) write_rendering(out, claim, *statement, index);
  out << "</div>";

  if (has_type(claim, DivergenceType::figure)) {
    out << "<table class=\"figtable\"><thead><tr><th>figure</th><th>as written</th><th>difference</th></tr></thead><tbody>";
    write_figure_rows(out, claim, index, false);
    out << "</tbody></table>";
  }
  write_findings(out, claim, index);
  out << "</article>";
}

// ---- overview: articles, coverage matrix, figure table, claim list ----------------------------

void write_articles(std::ostream& out, const Report& report, const Index& index) {
  std::map<std::string, std::size_t> statements;
  for (const Statement& statement : report.statements) ++statements[statement.article];
  std::map<std::string, std::size_t> shared;
  for (const Claim& claim : report.claims)
    if (outlet_count(claim, index) >= 2)
      for (const std::string& article : claim.articles) ++shared[article];

  out << "<div class=\"panel\"><table class=\"articles\"><thead><tr><th>outlet</th><th>title</th><th>authors</th><th>date</th>"
         "<th>statements</th><th>shared claims</th><th>credits</th><th>outlet's own framing</th></tr></thead><tbody>";
  for (const ArticleReport& entry : report.articles) {
    const Article& article = entry.article;
    // The outlet, or the article's id when the outlet is unknown (the title has its own column).
    out << "<tr><td><span class=\"dot\" style=\"background:" << index.colour(article.id) << "\"></span>"
        << (article.outlet.empty() ? "<code>" + isolated(article.id) + "</code>"
                                   : "<span class=\"outlet\">" + isolated(article.outlet) + "</span>")
        << "</td><td>";
    if (is_web_address(article.url))
      out << "<a href=\"" << escape(article.url) << "\" rel=\"noopener noreferrer\">" << isolated(article.title.empty() ? article.url : article.title) << "</a>";
    else
      out << isolated(article.title.empty() ? article.id : article.title);
    out << "</td><td>";
    for (std::size_t i = 0; i < article.authors.size(); ++i) out << (i ? ", " : "") << isolated(article.authors[i]);
    out << "</td><td>" << isolated(article.date) << "</td><td>" << statements[article.id] << "</td><td>";
    if (shared[article.id] == 0) out << "<span class=\"background\">none: background</span>";
    else out << shared[article.id];
    out << "</td><td>";
    for (std::size_t i = 0; i < entry.via.size(); ++i) out << (i ? ", " : "") << isolated(entry.via[i]);
    out << "</td><td>";
    std::set<std::string> seen;
    for (const FramingTerm& term : entry.framing)
      if (seen.insert(detail::fold(term.text)).second)
        out << "<span class=\"chip t-framing\" title=\"" << escape(term.category) << "\">" << isolated(term.text) << "</span> ";
    out << "</td></tr>";
  }
  out << "</tbody></table></div>";
}

void write_matrix(std::ostream& out, const Report& report, const Index& index) {
  std::set<std::string> covering;
  for (const Claim& claim : report.claims)
    if (outlet_count(claim, index) >= 2) covering.insert(claim.articles.begin(), claim.articles.end());

  out << "<div class=\"panel\"><div class=\"matrix-wrap\"><table id=\"coverage\" aria-label=\"outlet by claim coverage\">"
         "<thead><tr><th></th>";
  for (const Claim& claim : report.claims)
    out << "<th data-col=\"" << escape(claim.id) << "\"><a href=\"#" << escape(claim.id) << "\" title=\""
        << escape(claim.id + ": " + claim.summary) << "\">" << escape(claim_number(claim.id)) << "</a></th>";
  out << "</tr></thead><tbody>";
  for (const ArticleReport& entry : report.articles) {
    const std::string& article = entry.article.id;
    out << "<tr><th title=\"" << escape(entry.article.title.empty() ? article : entry.article.title) << "\">"
        << outlet_badge(article, index) << "</th>";
    for (const Claim& claim : report.claims) {
      std::size_t count = 0;
      for (const std::string& member : claim.members)
        if (const Statement* statement = index.statement(member); statement && statement->article == article) ++count;
      const bool omitted = std::find(claim.omitted_by.begin(), claim.omitted_by.end(), article) != claim.omitted_by.end();
      const std::string label = index.outlet(article) + " / " + claim.id + ": ";
      out << "<td data-col=\"" << escape(claim.id) << "\" ";
      if (count > 0)
        out << "class=\"h" << std::min<std::size_t>(count, 4) << "\" title=\"" << escape(label) << count
            << " rendering" << (count == 1 ? "" : "s") << "\"><a href=\"#" << escape(claim.id) << "\">" << count << "</a>";
      else if (omitted)
        out << "class=\"om\" title=\"" << escape(label) << "covers the event, omits this claim\">";
      else
        out << "class=\"na\" title=\"" << escape(label) << (covering.count(article) ? "not reported" : "does not cover the event") << "\">";
      out << "</td>";
    }
    out << "</tr>";
  }
  out << "</tbody></table></div><div class=\"legend\"><span><i style=\"background:#bfdbfe\"></i>1 rendering</span>"
         "<span><i style=\"background:#2563eb\"></i>3</span><span><i style=\"background:#1e3a8a\"></i>4 or more</span>"
         "<span><i style=\"background:repeating-linear-gradient(45deg,#fde2e1,#fde2e1 3px,#fff 3px,#fff 6px)\"></i>"
         "covers the event but omits the claim</span><span><i style=\"background:#f1f3f6\"></i>not covered</span>"
         "<span>columns: claims, most divergent first</span></div></div>";
}

void write_figure_table(std::ostream& out, const Report& report, const Index& index) {
  std::ostringstream rows;
  for (const Claim& claim : report.claims) write_figure_rows(rows, claim, index, true);
  const std::string text = rows.str();
  out << "<div class=\"panel\">";
  if (text.empty()) {
    out << "<p class=\"empty\">No figures disagree inside a claim.</p>";
  } else {
    out << "<table class=\"figtable\"><thead><tr><th>claim</th><th>figure</th><th>as written, by outlet</th>"
           "<th>difference</th></tr></thead><tbody>"
        << text << "</tbody></table>";
  }
  out << "</div>";
}

void write_claim_list(std::ostream& out, const Report& report) {
  out << "<nav class=\"sidebar\" aria-label=\"claims\"><h2>Claims by divergence</h2><ol class=\"claim-list\">";
  for (const Claim& claim : report.claims) {
    const std::string summary = shortened(claim.summary, 110);
    out << "<li data-claim-ref=\"" << escape(claim.id) << "\"><a href=\"#" << escape(claim.id)
        << "\"><span class=\"n\">" << escape(claim_number(claim.id)) << "</span>" << isolated(summary)
        << "<span class=\"meter\"><i style=\"width:" << percent(claim.divergence_score) << "\"></i></span></a></li>";
  }
  out << "</ol></nav>";
}

void write_diagnostics(std::ostream& out, const Report& report) {
  out << "<section id=\"diagnostics\"><h2>Diagnostics</h2><div class=\"panel\">";
  if (report.diagnostics.empty()) {
    out << "<p class=\"empty\">No diagnostics: every input was read as it is.</p>";
  } else {
    out << "<ul class=\"diagnostics\">";
    for (const Diagnostic& diagnostic : report.diagnostics)
      out << "<li class=\"" << to_string(diagnostic.severity) << "\">" << escape(to_string(diagnostic.severity))
          << ": " << isolated(format_diagnostic(diagnostic)) << "</li>";
    out << "</ul>";
  }
  out << "</div></section>";
}

void write_body(std::ostream& out, const Report& report, const Index& index) {
  std::size_t shared = 0;
  for (const Claim& claim : report.claims) if (outlet_count(claim, index) >= 2) ++shared;

  out << "<header class=\"top\"><h1>claim<span>diff</span></h1><p class=\"lede\">" << report.articles.size()
      << " articles · " << report.statements.size() << " statements · " << report.claims.size() << " claims, "
      << shared << " shared by several outlets</p><div class=\"controls\">"
      << "<input id=\"search\" type=\"search\" placeholder=\"Filter claims: words, outlet, speaker… (press /)\" "
         "aria-label=\"filter claims\" autocomplete=\"off\">";
  for (DivergenceType type : kTypes)
    out << "<label><input type=\"checkbox\" data-type=\"" << to_string(type) << "\" checked>" << type_chip(type) << "</label>";
  out << "<label><input type=\"checkbox\" id=\"shared-only\">shared claims only</label>"
      << "<span class=\"count\" id=\"shown\">" << report.claims.size() << " claims</span></div></header>";

  out << "<div class=\"layout\">";
  write_claim_list(out, report);
  out << "<main>";
  out << "<section id=\"coverage-section\"><h2>Coverage: outlet × claim</h2>";
  write_matrix(out, report, index);
  out << "</section><section id=\"figures\"><h2>Figures in dispute</h2>";
  write_figure_table(out, report, index);
  out << "</section><section id=\"claims\"><h2>Claims, most divergent first</h2>";
  if (report.claims.empty()) out << "<p class=\"empty\">No claims were found.</p>";
  for (const Claim& claim : report.claims) write_card(out, claim, index);
  out << "</section><section id=\"articles\"><h2>Articles</h2>";
  write_articles(out, report, index);
  out << "</section>";
  write_diagnostics(out, report);
  out << "</main></div><footer>Generated by " << escape(report.tool.empty() ? "claimdiff" : report.tool)
      << ". Highlights compare each rendering with its claim's reference: <ins>added</ins>, <mark>replaced</mark>, "
         "<del>left out</del>.</footer>";
}

}  // namespace

void write_html(std::ostream& out, const Report& report) {
  const Index index(report);
  std::ostringstream body;
  write_body(body, report, index);
  const std::string text = body.str();
  const std::string nonce = nonce_of(text);

  out << "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      << detail::content_security_policy(nonce)
      << "<meta name=\"referrer\" content=\"no-referrer\">"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      << "<title>claimdiff: " << report.claims.size() << " claims across " << report.articles.size()
      << " articles</title><style>" << detail::kReportStyle << "</style></head><body>\n"
      << text << "\n<script nonce=\"" << nonce << "\">" << detail::kReportScript << "</script></body></html>\n";
}

}  // namespace claimdiff
