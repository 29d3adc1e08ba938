// Tests of HTML ingest: the explicit-stack DOM walk, the limits checked before gumbo parses a page,
// the plain-text fallback past them, and what the reader keeps of invented pages.
#include <catch2/catch.hpp>

#include <claimdiff/ingest.hpp>
#include <claimdiff/segment.hpp>

#include "ingest/html.hpp"
#include "ingest/html_dom.hpp"
#include "ingest/html_limits.hpp"
#include "ingest/html_prune.hpp"
#include "ingest/html_text.hpp"

#include <algorithm>
#include <chrono>
#include <initializer_list>
#include <string>

using namespace claimdiff;
using namespace claimdiff::detail;

namespace {

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

std::string nested_divs(std::size_t depth, std::string_view inside) {
  return "<html><body>" + repeat("<div>", depth) + std::string(inside) + repeat("</div>", depth) + "</body></html>";
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("walk_tree visits a page nested far deeper than a recursive walk's stack allows", "[html]") {
  // 20,000 levels are within gumbo's reach (about a second) but would need a megabyte-sized
  // stack per level of recursion times the depth; the walk holds its frames on the heap.
  constexpr std::size_t kDepth = 20'000;
  const HtmlDocument document(nested_divs(kDepth, "deep words"));
  std::size_t divs = 0;
  std::size_t entered = 0;
  std::size_t left = 0;
  walk_tree(
      document.root(),
      [&](const GumboNode& node) {
        ++entered;
        if (has_tag(node, GUMBO_TAG_DIV)) ++divs;
        return Descend::into;
      },
      [&](const GumboNode&) { ++left; });
  CHECK(divs == kDepth);
  CHECK(entered == left);
  CHECK(inner_text(document.root()) == "deep words");
}

TEST_CASE("walk_tree skips the children of a node it is told to pass", "[html]") {
  const HtmlDocument document("<body><div><p>kept</p></div><aside><p>skipped</p></aside><p>also kept</p></body>");
  std::string seen;
  walk_tree(document.root(), [&](const GumboNode& node) {
    if (has_tag(node, GUMBO_TAG_ASIDE)) return Descend::past;
    if (is_text(node)) seen += std::string(node.v.text.text) + "|";
    return Descend::into;
  });
  CHECK(seen == "kept|also kept|");
}

TEST_CASE("the page shape counts open elements as HTML tree building leaves them open", "[html][limits]") {
  SECTION("closed elements and implied ends keep a news page shallow") {
    const HtmlShape shape = measure_html_shape(
        "<html><body><ul><li>one<li>two<li>three</ul><p>a<p>b<p>c<table><tr><td>x<td>y<tr><td>z</table>"
        "<img src=x><br><script>if (a < b) { '<div><div><div>' }</script></body></html>");
    CHECK(shape.max_depth <= 6);
    CHECK_FALSE(shape.stopped_early);
  }
  SECTION("unclosed divs stay open") {
    const HtmlShape shape = measure_html_shape(repeat("<div>x ", 500));
    CHECK(shape.max_depth == 500);
  }
  SECTION("a formatting element closed by another element's end still counts, as the parser reopens it") {
    const HtmlShape shape = measure_html_shape(repeat("<p><b>x</p>", 300));
    CHECK(shape.max_depth >= 300);
  }
  SECTION("a '>' inside a quoted attribute value does not end the tag") {
    const HtmlShape shape = measure_html_shape(R"(<div title="a > b"><div title='<div>'></div></div>)");
    CHECK(shape.max_depth == 2);
    CHECK(shape.tags == 2);
  }
}

TEST_CASE("check_html_limits names the bound a page passes, and passes a normal page", "[html][limits]") {
  CHECK(check_html_limits("<html><body><p>A short page.</p></body></html>").empty());
  CHECK(check_html_limits(nested_divs(5000, "x")).find("nested more than 1000 elements deep") != std::string::npos);
  HtmlLimits small;
  small.max_bytes = 100;
  CHECK(check_html_limits(repeat("<p>words</p>", 20), small).find("over the parser's limit") != std::string::npos);
  // Shallow but long: 900 open elements at every one of 2,000 further tags.
  const std::string wide = repeat("<div>", 900) + repeat("<span>x</span>", 200'000);
  CHECK(check_html_limits(wide).find("too costly to parse") != std::string::npos);
}

TEST_CASE("html_to_plain_text keeps text, breaks paragraphs at blocks and drops scripts and comments", "[html]") {
  const std::string text = html_to_plain_text(
      "<html><head><title>T</title><style>p{}</style></head><body><p>One &amp; two&#33;</p><!-- <p>hidden</p> -->"
      "<div>Three &ldquo;four&rdquo;</div><script>var x = '</div>';</script>five <b>six</b> 1 < 2</body></html>");
  CHECK(text == "One & two!\n\nThree \xE2\x80\x9C" "four\xE2\x80\x9D\n\nfive six 1 < 2");
}

TEST_CASE("a page nested 80,000 deep is read as text with a warning, quickly and without a crash", "[html][limits]") {
  const auto start = std::chrono::steady_clock::now();
  const IngestResult result = ingest_bytes(nested_divs(80'000, "<p>The bridge reopened on Monday.</p>"), "deep.html", "");
  CHECK(seconds_since(start) < 5.0);
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].text == "The bridge reopened on Monday.");
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].severity == Diagnostic::Severity::warning);
  CHECK(result.diagnostics[0].message.find("nested more than") != std::string::npos);
  CHECK(result.diagnostics[0].message.find("read as plain text") != std::string::npos);
}

TEST_CASE("a page of repeated unclosed elements is refused before gumbo's quadratic parse", "[html][limits]") {
  // 550 KB of "<div><p><b>" left open took gumbo minutes and gigabytes.
  const std::string page = "<html><body>" + repeat("<div><p><b>word ", 34'000) + "</body></html>";
  const auto start = std::chrono::steady_clock::now();
  const IngestResult result = ingest_bytes(page, "unclosed.html", "");
  CHECK(seconds_since(start) < 5.0);
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].text.find("word") == 0);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].message.find("read as plain text") != std::string::npos);
}

namespace {

// A paragraph of invented prose with a comma or two, long enough to score.
std::string prose(std::string_view subject) {
  return "<p>The council said on Tuesday that " + std::string(subject) +
         ", after a long debate, would be reviewed again in the spring, with a report due by June.</p>";
}

bool has(const std::string& text, std::string_view piece) { return text.find(piece) != std::string::npos; }

// What the reader keeps of `page`: each of `kept` is in its text, none of `dropped`.
void check_reading(const std::string& page, std::initializer_list<std::string_view> kept,
                   std::initializer_list<std::string_view> dropped) {
  const std::string text = parse_html(page).article.text;
  for (std::string_view piece : kept) {
    CAPTURE(piece);
    CHECK(has(text, piece));
  }
  for (std::string_view piece : dropped) {
    CAPTURE(piece);
    CHECK_FALSE(has(text, piece));
  }
}

}  // namespace

TEST_CASE("content scoring picks the prose box over menus, sidebars and related-story lists", "[html][content]") {
  const std::string page =
      "<html><body><div class='top-links'><a href='/a'>World</a> <a href='/b'>Business</a> <a href='/c'>Sport</a></div>"
      "<div class='layout'><div class='column-left'>" + prose("the bridge plan") + prose("the tram line") +
      prose("the harbour wall") + "</div>"
      "<div class='column-right'><h3>Most read</h3><ul><li><a href='/1'>A story about a cat that was found alive</a></li>"
      "<li><a href='/2'>Another story about prices going up in the shops</a></li></ul></div></div>"
      "<div><p>Contact us, advertise with us, careers, terms of use and privacy policy for this site.</p></div>"
      "</body></html>";
  const std::string text = parse_html(page).article.text;
  CHECK(has(text, "the bridge plan"));
  CHECK(has(text, "the harbour wall"));
  for (const char* absent : {"World", "Most read", "cat that was found", "privacy policy"}) {
    CAPTURE(absent);
    CHECK_FALSE(has(text, absent));
  }
}

TEST_CASE("a box whose class names furniture is kept when it holds the article", "[html][content]") {
  // Page builders wrap the article in boxes called "widget" or "modal-ready".
  const std::string page = "<html><body><div class='widget blog-widget'><div class='modal-ready'>" + prose("the bridge plan") +
                           prose("the tram line") + "</div></div><div class='widget'><p>Follow us</p></div></body></html>";
  const std::string text = parse_html(page).article.text;
  CHECK(has(text, "the bridge plan"));
  CHECK(has(text, "the tram line"));
  CHECK_FALSE(has(text, "Follow us"));
}

TEST_CASE("inside the article, lists and block quotes stay while link lists, captions and prompts go", "[html][content]") {
  const std::string page =
      "<html><body><article><h1>Council reviews the plans</h1>" + prose("the bridge plan") +
      "<figure><img src='b.jpg'><figcaption>The bridge at dusk. Photo: J. Smith</figcaption></figure>"
      "<ul><li>The bridge opens in May.</li><li>The tram follows in July.</li></ul>"
      "<blockquote><p>We will not wait another year, she said.</p></blockquote>" + prose("the tram line") +
      "<div class='related-stories'><p>Harbour wall to be rebuilt, with new money</p></div>"
      "<ul><li><a href='/x'>Harbour wall to be rebuilt</a></li><li><a href='/y'>Tram fares to rise</a></li></ul>"
      "<div class='cookie-consent'><p>We use cookies to improve your experience, accept all?</p></div>"
      "</article></body></html>";
  const std::string text = parse_html(page).article.text;
  CHECK(has(text, "Council reviews the plans"));
  CHECK(has(text, "\xE2\x80\xA2 The bridge opens in May."));
  CHECK(has(text, "We will not wait another year, she said."));
  CHECK(has(text, "the tram line"));
  for (const char* absent : {"Photo: J. Smith", "Harbour wall", "Tram fares", "cookies"}) {
    CAPTURE(absent);
    CHECK_FALSE(has(text, absent));
  }
}

TEST_CASE("a paragraph that is only a link to another story is dropped from the article", "[html][content]") {
  const std::string page =
      "<html><body><article>" + prose("the bridge plan") +
      "<p><strong><a href='/other'>TRAM FARES TO RISE AGAIN NEXT YEAR, SAYS OPERATOR</a></strong></p>" +
      "<p>The plan, the mayor said, <a href='/plan'>follows last year's survey</a> of the old bridge and its piers.</p>" +
      prose("the tram line") + "</article></body></html>";
  check_reading(page, {"follows last year's survey", "the tram line"}, {"TRAM FARES"});
}

TEST_CASE("a post quoted in an embed box stays while an embedded picture's box and a share bar go", "[html][content]") {
  const std::string page =
      "<html><body><article>" + prose("the bridge plan") +
      "<div class='social-media-embed'><blockquote class='tweet'><p>The bridge is finally closed, about time.</p>"
      "&mdash; A Resident (@resident)</blockquote></div>"
      "<div class='social-share'><a href='/s'>Share on social media</a></div>"
      "<div class='media-embed'><img src='x.jpg'><span>Bridge photo by Picture Agency</span></div>" +
      prose("the tram line") + "</article></body></html>";
  check_reading(page, {"The bridge is finally closed, about time.", "(@resident)"},
                {"Share on social media", "Picture Agency"});
}

TEST_CASE("an article split in chunks between advert rails is read whole, in page order", "[html][content]") {
  const auto chunk = [](std::string_view a, std::string_view b) {
    return "<div class='grid'><div class='story-body'>" + prose(a) + prose(b) +
           "</div><div class='rail'><p>Advert</p></div></div>";
  };
  const std::string page = "<html><body><div class='chunks'>" + chunk("the bridge plan", "the tram line") +
                           chunk("the harbour wall", "the ferry pier") + chunk("the bus lane", "the cycle path") +
                           "</div><div class='story-list'><p>Elsewhere: a cat, a dog, a parrot.</p></div></body></html>";
  const std::string text = parse_html(page).article.text;
  const std::size_t first = text.find("the bridge plan");
  const std::size_t middle = text.find("the ferry pier");
  const std::size_t last = text.find("the cycle path");
  CHECK(first != std::string::npos);
  CHECK(middle != std::string::npos);
  CHECK(last != std::string::npos);
  CHECK((first < middle && middle < last));
  CHECK_FALSE(has(text, "Elsewhere"));
}

TEST_CASE("hidden elements are no text of the article", "[html][content]") {
  const std::string page = "<html><body><article>" + prose("the bridge plan") +
                           "<p hidden>Hidden teaser one</p><div style='display: none'>Hidden teaser two</div>"
                           "<p aria-hidden='true'>Hidden teaser three</p></article></body></html>";
  const std::string text = parse_html(page).article.text;
  CHECK(has(text, "the bridge plan"));
  CHECK_FALSE(has(text, "Hidden teaser"));
}

TEST_CASE("in a page, only heading elements are headlines: a paragraph without a final stop is body", "[html][segment]") {
  const std::string page = "<html><body><article><h2>Bridge plan approved</h2>" + prose("the bridge plan") +
                           "<p>The mayor thanked the engineers and the crews</p>" + prose("the tram line") +
                           "</article></body></html>";
  const Article article = parse_html(page).article;
  REQUIRE(article.layout_from_markup);
  REQUIRE(article.headings.size() == 1);
  CHECK(article.headings[0].of(article.text) == "Bridge plan approved");
  const Segmentation segmentation = Segmenter().segment(article);
  std::vector<std::pair<std::string, SentenceRole>> roles;
  for (const Sentence& sentence : segmentation.sentences)
    roles.emplace_back(std::string(sentence.span.of(article.text)), sentence.role);
  CHECK(roles.front() == std::pair<std::string, SentenceRole>{"Bridge plan approved", SentenceRole::headline});
  const auto thanked = std::find_if(roles.begin(), roles.end(), [](const auto& role) { return role.first.starts_with("The mayor"); });
  REQUIRE(thanked != roles.end());
  CHECK(thanked->second == SentenceRole::body);
  // The same lines as plain text keep the text rule: a line without a final stop is a headline.
  Article plain;
  plain.text = "The mayor thanked the engineers and the crews\n\nThe council met on Tuesday.";
  CHECK(Segmenter().segment(plain).sentences.front().role == SentenceRole::headline);
}

TEST_CASE("script and style content is left out before parsing while JSON-LD, comments and other raw text stay", "[html][prune]") {
  CHECK(without_unread_raw_text("<head><script src=a.js>var x = '<p>no</p>';</script><STYLE type=text/css>p{}</STYLE>"
                                "</head>") == "<head><script src=a.js></script><STYLE type=text/css></STYLE></head>");
  const std::string json_ld = "<script type=\"application/ld+json\">{\"headline\": \"</p>\"}</script>";
  CHECK(without_unread_raw_text(json_ld) == json_ld);
  for (const std::string& kept : {std::string("<!-- <script>x</script> -->"), std::string("<a title='<script>x'>y</a>"),
                                 std::string("<textarea><script>x</script></textarea>"),
                                 std::string("<title><style>t</style></title>"),
                                 std::string("<script>document.write('<!--<script>a</script>-->')</script>")}) {
    CAPTURE(kept);
    CHECK(without_unread_raw_text(kept) == kept);
  }
  CHECK(without_unread_raw_text("<p>a</p><script>never closed <p>b</p>") == "<p>a</p><script>");
}

TEST_CASE("a page reads the same with its scripts and styles left out before parsing", "[html][prune]") {
  const std::string page =
      "<html><head><title>Bridge closed | Courier</title><style>.x{content:'<p>style</p>'}</style></head><body>"
      "<script>var teaser = '<article><p>' + 'Script text that is no article, with commas, many, many.</p>';</script>"
      "<article>" + prose("the bridge plan") + "<script>track('</div>');</script>" + prose("the tram line") +
      "</article></body></html>";
  const HtmlDocument whole(page);
  const std::string pruned = without_unread_raw_text(page);
  CHECK(pruned.size() < page.size());
  const HtmlDocument lean(pruned);
  CHECK(inner_text(whole.root()) == inner_text(lean.root()));
  const std::string text = parse_html(page).article.text;
  CHECK(has(text, "the bridge plan"));
  CHECK(has(text, "the tram line"));
  CHECK_FALSE(has(text, "Script text"));
}

TEST_CASE("a data table reads one line per row, cells apart by a space while a layout table's cells stay blocks",
          "[html][content]") {
  const std::string data_table =
      "<html><body><article>" + prose("the league table") +
      "<table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>"
      "<tr><td>1</td><td><b>Ana Ruiz</b></td><td>5040</td></tr><tr><td>2</td><td>Tom Field</td><td>5035</td></tr></table>" +
      prose("the next race") + "</article></body></html>";
  const std::string text = parse_html(data_table).article.text;
  CHECK(has(text, "\n\nPos. Driver Points\n\n1 Ana Ruiz 5040\n\n2 Tom Field 5035\n\n"));

  const std::string layout_table = "<html><body><table><tr><td>" + prose("the bridge plan") + prose("the tram line") +
                                   "</td><td><p>Weather: sunny, 21 degrees, light wind from the west.</p></td></tr></table>"
                                   "</body></html>";
  const std::string layout_text = parse_html(layout_table).article.text;
  CHECK(has(layout_text, "the bridge plan"));
  CHECK_FALSE(has(layout_text, "June. Weather"));
}

TEST_CASE("a summary box beside the article's box, written as one paragraph, joins the article", "[html][content]") {
  const std::string page =
      "<html><body><div class='story'><div class='share'><a href='/s'>Share</a></div>"
      "<div class='summary'>Three ferries were cancelled on Monday after the storm damaged the harbour wall, "
      "the port authority said.</div>"
      "<div class='text'>" + prose("the bridge plan") + prose("the tram line") + prose("the harbour wall") +
      "</div><div class='box'><div><p>Not a paragraph of its own, this box holds blocks.</p></div></div></div></body></html>";
  check_reading(page, {"Three ferries were cancelled on Monday", "the harbour wall"}, {"Not a paragraph of its own"});
}
