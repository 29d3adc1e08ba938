// Tests of the HTML report (and the Markdown divergences) on the hostile fixture: article text is
// escaped everywhere, the page is self-contained, the cards, highlights, figures and matrix are there.
#include <catch2/catch.hpp>

#include <claimdiff/report.hpp>

#include "bidi_check.hpp"
#include "browser/hostile_report.hpp"

#include <algorithm>
#include <regex>
#include <sstream>
#include <string>

using namespace claimdiff;

namespace {

std::string html_of(const Report& report) {
  std::ostringstream out;
  write_html(out, report);
  return out.str();
}

std::size_t count_of(const std::string& text, const std::string& needle) {
  std::size_t count = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++count;
  return count;
}

// The markup of the card with this claim id, up to the card's end.
std::string card_of(const std::string& html, const std::string& id) {
  const std::size_t begin = html.find("data-claim-id=\"" + id + "\"");
  if (begin == std::string::npos) return {};
  return html.substr(begin, html.find("</article>", begin) - begin);
}

}  // namespace

TEST_CASE("write_html escapes every piece of article text", "[report][html]") {
  const std::string html = html_of(testing::hostile_report());

  CHECK(count_of(html, "<script") == 1);  // the report's own script only
  CHECK(html.find("<script>document.title") == std::string::npos);
  CHECK(html.find("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("onerror=\"") == std::string::npos);
  CHECK(html.find("onerror=&quot;document.body") != std::string::npos);
  CHECK(html.find("<b>collapses</b>") == std::string::npos);
  // An outlet name trying to close an attribute stays inside it.
  CHECK(html.find("Harbour Times\">") == std::string::npos);
  CHECK(html.find("Harbour Times&quot;&gt;&lt;script&gt;") != std::string::npos);
  // Only web addresses become links.
  CHECK(html.find("href=\"javascript:") == std::string::npos);
  CHECK(html.find("href=\"https://example.org/port\"") != std::string::npos);
  // Diagnostics are listed, escaped.
  CHECK(html.find("bad&lt;script&gt;.html") != std::string::npos);
}

TEST_CASE("write_html is one self-contained page", "[report][html]") {
  const std::string html = html_of(testing::hostile_report());
  REQUIRE(html.rfind("<!doctype html>", 0) == 0);
  CHECK(html.find("</html>") != std::string::npos);
  // No element loads anything: no src, no stylesheet links, no imports or remote urls in CSS.
  CHECK_FALSE(std::regex_search(html, std::regex("<[a-zA-Z][^>]*\\ssrc\\s*=")));
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK_FALSE(std::regex_search(html, std::regex("url\\(\\s*['\"]?(https?:)?//")));
  // The policy forbids requests and scripts other than the report's own.
  CHECK(html.find("default-src 'none'") != std::string::npos);
  std::smatch nonce;
  REQUIRE(std::regex_search(html, nonce, std::regex("script-src 'nonce-([0-9a-f]{16})'")));
  CHECK(html.find("<script nonce=\"" + nonce[1].str() + "\">") != std::string::npos);

  SECTION("two writes are byte-identical") { CHECK(html_of(testing::hostile_report()) == html); }
}

TEST_CASE("write_html shows claim cards with highlighted differences", "[report][html]") {
  const Report report = testing::hostile_report();
  const std::string html = html_of(report);
  for (const Claim& claim : report.claims) {
    CAPTURE(claim.id);
    CHECK(count_of(html, "data-claim-id=\"" + claim.id + "\"") == 1);
  }
  // The quote claim: three outlets, the reference and two highlighted renderings with fidelity.
  const Claim& quote = report.claims.front();
  REQUIRE(quote.members.size() == 3);
  const std::string card = card_of(html, quote.id);
  CHECK(count_of(card, "<figure class=\"rendering") == 3);
  CHECK(card.find("<mark title=\"reference: port\">harbour</mark>") != std::string::npos);
  CHECK(card.find("<del") != std::string::npos);
  CHECK(card.find("f-reworded") != std::string::npos);
  CHECK(card.find("f-trimmed") != std::string::npos);
  // Framing chips: each outlet's reporting verb with its class.
  CHECK(card.find("c-concessive") != std::string::npos);
  CHECK(card.find("c-hedged") != std::string::npos);

  SECTION("the figure table names the disagreeing values as written") {
    const auto figures = html.find("id=\"figures\"");
    REQUIRE(figures != std::string::npos);
    const std::string table = html.substr(figures, html.find("</section>", figures) - figures);
    CHECK(table.find("Many workers") != std::string::npos);
    CHECK(table.find("At least 340 workers") != std::string::npos);
    // and each rendering carries its own value as a chip
    const auto job_claim = std::find_if(report.claims.begin(), report.claims.end(), [](const Claim& claim) {
      return std::find(claim.members.begin(), claim.members.end(), "ledger#2") != claim.members.end();
    });
    REQUIRE(job_claim != report.claims.end());
    const std::string jobs = card_of(html, job_claim->id);
    CHECK(jobs.find("<span class=\"chip t-figure\" title=\"count: vague\"><bdi>Many workers</bdi></span>") != std::string::npos);
  }

  SECTION("insertions are marked") {
    bool inserted = false;
    for (const Claim& claim : report.claims) inserted = inserted || card_of(html, claim.id).find("<ins") != std::string::npos;
    CHECK(inserted);
  }
}

TEST_CASE("write_html draws the outlet x claim coverage matrix", "[report][html]") {
  const Report report = testing::hostile_report();
  const std::string html = html_of(report);
  const std::size_t begin = html.find("<table id=\"coverage\"");
  REQUIRE(begin != std::string::npos);
  const std::string matrix = html.substr(begin, html.find("</table>", begin) - begin);
  // One row per article, one cell per claim in each row.
  CHECK(count_of(matrix, "<tr>") == report.articles.size() + 1);
  CHECK(count_of(matrix, "<td ") == report.articles.size() * report.claims.size());
  // Coast covers the event but not the job losses; the almanac covers nothing shared.
  CHECK(count_of(matrix, "class=\"om\"") >= 1);
  CHECK(matrix.find("does not cover the event") != std::string::npos);
  CHECK(matrix.find("class=\"h1\"") != std::string::npos);
}

TEST_CASE("write_html copes with an empty report", "[report][html]") {
  const std::string html = html_of(Report{});
  CHECK(html.find("id=\"coverage\"") != std::string::npos);
  CHECK(html.find("No claims were found.") != std::string::npos);
  CHECK(html.find("data-claim-id=\"") == std::string::npos);
}

TEST_CASE("write_markdown shows the divergences of the hostile fixture as text", "[report][markdown]") {
  const Report report = testing::hostile_report();
  std::ostringstream out;
  write_markdown(out, report);
  const std::string md = out.str();
  // Article text never becomes markup, in Markdown either.
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(md.find("<img") == std::string::npos);
  // The omission is one line naming the outlet that leaves the claim out.
  CHECK(md.find("  - not in: Coast Radio\n") != std::string::npos);
  // Figures side by side, as written.
  CHECK(md.find("\"Many workers\" (vague)") != std::string::npos);
  CHECK(md.find("\"At least 340 workers\" (at least)") != std::string::npos);
  // A reworded quote with its edit line: the substituted word struck out and the new one in bold.
  CHECK(md.find("*reworded*") != std::string::npos);
  CHECK(md.find("~~port~~ **harbour**") != std::string::npos);
}

// Issue 16, finding 11: an article whose fields end in an unclosed right-to-left override or isolate
// must not reverse the report's own text or the next outlet's name after them.
TEST_CASE("write_html puts outside text with bidi controls in its own isolate", "[report][html][bidi]") {
  const Report report = testing::with_tail_on_outside_text(testing::hostile_report(), testing::kBidiTail);
  const std::string html = html_of(report);
  testing::check_bidi_isolated_html(html);
  // The policy is still the report's one.
  CHECK(html.find("default-src 'none'") != std::string::npos);
}

TEST_CASE("write_markdown closes the bidi controls of outside text on its own line", "[report][markdown][bidi]") {
  const Report report = testing::with_tail_on_outside_text(testing::hostile_report(), testing::kBidiTail);
  std::ostringstream out;
  write_markdown(out, report);
  testing::check_bidi_contained_lines(out.str());
  SECTION("text without controls is written as before") {
    std::ostringstream plain;
    write_markdown(plain, testing::hostile_report());
    CHECK(plain.str().find("\u2068") == std::string::npos);
  }
}
