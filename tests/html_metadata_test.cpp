// Tests of page metadata (src/ingest/html_metadata.*) on invented pages: where each field comes
// from and which source wins, JSON-LD in its usual shapes (@graph, @id references, arrays of types
// and names), hostile values (markup, huge, wrong types, malformed JSON), and how the fields reach
// articles[], via and the reports.
#include <catch2/catch.hpp>

#include <claimdiff/extract.hpp>
#include <claimdiff/ingest.hpp>
#include <claimdiff/report.hpp>
#include <claimdiff/segment.hpp>

#include "ingest/html_dom.hpp"
#include "ingest/html_metadata.hpp"

#include <algorithm>
#include <sstream>
#include <string>

using namespace claimdiff;
using namespace claimdiff::detail;

namespace {

const std::string kBody =
    "<article><p>The county council voted on Tuesday to close the old harbour bridge to lorries, "
    "citing cracks found by inspectors in the spring, and said repairs would take two years.</p>"
    "<p>Local hauliers said the detour would add forty minutes to every trip, and asked for a "
    "temporary crossing while the work goes on.</p></article>";

std::string page(const std::string& head, const std::string& body = kBody) {
  return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
}

PageMetadata metadata_of(const std::string& html) {
  const HtmlDocument document(html);
  return read_page_metadata(document.root());
}

std::string json_ld(const std::string& json) { return "<script type=\"application/ld+json\">" + json + "</script>"; }

Article ingest_page(const std::string& html) {
  IngestResult result = ingest_bytes(html, "page.html", "html");
  REQUIRE(result.articles.size() == 1);
  return result.articles.front();
}

}  // namespace

TEST_CASE("JSON-LD in a @graph gives outlet, headline, date and authors, with @id references resolved",
          "[html][metadata]") {
  const PageMetadata meta = metadata_of(page(json_ld(R"({"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "@id": "https://courier.example/#site", "name": "Not the headline"},
      {"@type": "NewsMediaOrganization", "@id": "https://courier.example/#org", "name": "The Harbour Courier"},
      {"@type": ["NewsArticle", "Article"], "headline": "Bridge closed to lorries after cracks found",
       "datePublished": "2024-05-14T09:30:00Z",
       "publisher": {"@id": "https://courier.example/#org"},
       "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "By Tom Field"}]}]})") +
                                             "<meta property=\"og:site_name\" content=\"Courier Online\">"
                                             "<meta property=\"og:title\" content=\"Something else\">"));
  CHECK(meta.outlet == "The Harbour Courier");
  CHECK(meta.headline == "Bridge closed to lorries after cracks found");
  CHECK(meta.date == "2024-05-14T09:30:00Z");
  CHECK(meta.authors == std::vector<std::string>{"Ana Ruiz", "Tom Field"});
  CHECK(meta.credits.empty());
}

TEST_CASE("without JSON-LD, Open Graph and meta tags fill the fields, and the <title> loses the site name",
          "[html][metadata]") {
  SECTION("og:site_name names the outlet and is cut from the title") {
    const PageMetadata meta = metadata_of(page(
        "<title>Bridge closed to lorries | The Harbour Courier</title>"
        "<meta property=\"og:site_name\" content=\"The Harbour Courier\">"
        "<meta property=\"article:published_time\" content=\"2024-05-14\">"
        "<meta name=\"author\" content=\"Ana Ruiz and Tom Field\">"
        "<link rel=\"canonical\" href=\"https://courier.example/bridge\">"
        "<meta property=\"og:url\" content=\"https://courier.example/bridge?utm=x\">"));
    CHECK(meta.outlet == "The Harbour Courier");
    CHECK(meta.headline == "Bridge closed to lorries");
    CHECK(meta.date == "2024-05-14");
    CHECK(meta.authors == std::vector<std::string>{"Ana Ruiz", "Tom Field"});
    CHECK(meta.canonical_url == "https://courier.example/bridge");
  }
  SECTION("with nothing better, the title's short tail after a separator is the site") {
    for (const std::string title : {"Bridge closed to lorries after cracks found - Harbour Courier",
                                    "Bridge closed to lorries after cracks found | Harbour Courier",
                                    "Bridge closed to lorries after cracks found \xE2\x80\x94 Harbour Courier"}) {
      CAPTURE(title);
      const PageMetadata meta = metadata_of(page("<title>" + title + "</title>"));
      CHECK(meta.outlet == "Harbour Courier");
      CHECK(meta.headline == "Bridge closed to lorries after cracks found");
    }
  }
  SECTION("a title without a separator, or whose tail is longer than its head, stays whole") {
    CHECK(metadata_of(page("<title>Bridge closed to lorries</title>")).outlet.empty());
    const PageMetadata meta = metadata_of(page("<title>Brexit - what the new trade rules mean for hauliers and ports</title>"));
    CHECK(meta.outlet.empty());
    CHECK(meta.headline == "Brexit - what the new trade rules mean for hauliers and ports");
  }
  SECTION("a <time datetime> dates the page when no meta tag does; the one marked as published wins") {
    CHECK(metadata_of(page("", "<time datetime=\"2024-05-01\">May 1</time>" + kBody)).date == "2024-05-01");
    CHECK(metadata_of(page("", "<time datetime=\"2024-05-01\">May 1</time><time itemprop=\"datePublished\" "
                               "datetime=\"2024-04-30\">April 30</time>" + kBody))
              .date == "2024-04-30");
  }
  SECTION("rel=author links and a 'By ...' byline name the authors") {
    CHECK(metadata_of(page("", "<p>By <a rel=\"author\" href=\"/ana\">Ana Ruiz</a></p>" + kBody)).authors ==
          std::vector<std::string>{"Ana Ruiz"});
    CHECK(metadata_of(page("", "<div class=\"article-byline\">By Ana Ruiz, Tom Field | Updated May 14</div>" + kBody))
              .authors == std::vector<std::string>{"Ana Ruiz", "Tom Field"});
    CHECK(metadata_of(page("", "<div class=\"byline\">Updated May 14</div>" + kBody)).authors.empty());
  }
  SECTION("a meta author that is an address is no name") {
    CHECK(metadata_of(page("<meta property=\"article:author\" content=\"https://social.example/ana\">")).authors.empty());
  }
}

TEST_CASE("the page's credits are agencies it names as source, provider or organization author, never itself",
          "[html][metadata]") {
  const PageMetadata meta = metadata_of(page(json_ld(R"([{"@type": "NewsArticle", "headline": "Bridge closed",
      "publisher": {"@type": "Organization", "name": "Harbour Courier"},
      "author": [{"@type": "Organization", "name": "Reuters"}, {"@type": "Organization", "name": "Harbour Courier"}],
      "sourceOrganization": {"@type": "Organization", "name": "Harbour Courier Staff"},
      "provider": "The Associated Press"}])")));
  CHECK(meta.outlet == "Harbour Courier");
  CHECK(meta.credits == std::vector<std::string>{"Reuters", "The Associated Press"});
  CHECK(meta.authors == std::vector<std::string>{"Reuters"});
}

TEST_CASE("malformed, mistyped, huge or deeply nested JSON-LD is ignored without a crash", "[html][metadata][bad-input]") {
  SECTION("malformed JSON-LD: the next source fills the field") {
    const PageMetadata meta = metadata_of(page(json_ld(R"({"@type": "NewsArticle", "headline": "Half)") +
                                               "<meta property=\"og:title\" content=\"From Open Graph\">"));
    CHECK(meta.headline == "From Open Graph");
  }
  SECTION("fields of the wrong type read as absent") {
    const PageMetadata meta = metadata_of(page(json_ld(R"({"@type": 7, "headline": "x"})") +
                                               json_ld(R"({"@type": "NewsArticle", "headline": {"a": 1},
                                                  "datePublished": 20240514, "author": [42, null, {"name": ["Ana Ruiz"]}],
                                                  "publisher": [[]], "provider": {"@id": "#nowhere"}})")));
    CHECK(meta.headline.empty());
    CHECK(meta.date.empty());
    CHECK(meta.outlet.empty());
    CHECK(meta.authors == std::vector<std::string>{"Ana Ruiz"});
    CHECK(meta.credits.empty());
  }
  SECTION("JSON-LD nested 100,000 arrays deep") {
    const std::string deep = std::string(100000, '[') + "{\"@type\": \"NewsArticle\", \"headline\": \"Deep\"}" +
                             std::string(100000, ']');
    const PageMetadata meta = metadata_of(page(json_ld(deep)));
    CHECK(meta.headline.empty());
  }
  SECTION("a megabyte-long og:title is no headline") {
    const PageMetadata meta = metadata_of(page("<meta property=\"og:title\" content=\"" + std::string(1 << 20, 'A') +
                                               "\"><title>Bridge closed</title>"));
    CHECK(meta.headline == "Bridge closed");
  }
}

TEST_CASE("markup and control characters in metadata are resolved to text", "[html][metadata][bad-input]") {
  const PageMetadata meta = metadata_of(page(
      "<meta property=\"og:title\" content=\"Bridge &lt;script&gt;alert(1)&lt;/script&gt;closed &amp; fenced\">" +
      json_ld("{\"@type\": \"NewsArticle\", \"author\": \"Ana\\u0007 Ruiz &amp; <b>Tom</b>\"}")));
  CHECK(meta.headline == "Bridge closed & fenced");
  CHECK(meta.authors == std::vector<std::string>{"Ana Ruiz & Tom"});
}

TEST_CASE("an ingested page carries its metadata with outlet_source 'page', and a JSON record's fields beat it",
          "[html][metadata][ingest]") {
  const std::string html = page("<title>Bridge closed to lorries | Harbour Courier</title>"
                                "<link rel=\"canonical\" href=\"https://courier.example/bridge\">"
                                "<meta name=\"author\" content=\"Ana Ruiz\">");
  const Article article = ingest_page(html);
  CHECK(article.outlet == "Harbour Courier");
  CHECK(article.outlet_source == "page");
  CHECK(article.title == "Bridge closed to lorries");
  CHECK(article.url == "https://courier.example/bridge");
  CHECK(article.canonical_url == "https://courier.example/bridge");
  CHECK(article.authors == std::vector<std::string>{"Ana Ruiz"});

  nlohmann::json record = {{"id", "r1"}, {"html", html}, {"outlet", "Courier (print)"}, {"url", "https://archive.example/1"}};
  IngestResult result = ingest_bytes(record.dump(), "records.json", "json");
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].outlet == "Courier (print)");
  CHECK(result.articles[0].outlet_source == "input");
  CHECK(result.articles[0].url == "https://archive.example/1");
  CHECK(result.articles[0].canonical_url == "https://courier.example/bridge");
}

TEST_CASE("page credits and an agency byline reach the article's via but a person's byline does not", "[html][metadata][extract]") {
  static const Segmenter segmenter;
  static const Extractor extractor(std::string(CLAIMDIFF_SOURCE_DIR) + "/data");
  Article article = ingest_page(page(json_ld(R"({"@type": "NewsArticle", "publisher": {"name": "Harbour Courier"},
      "sourceOrganization": {"name": "Agence France-Presse"}, "author": ["The Associated Press", "Ana Ruiz"]})")));
  CHECK(article.credits == std::vector<std::string>{"Agence France-Presse"});
  const Extraction extraction = extractor.extract(article, segmenter.segment(article));
  CHECK(extraction.via == std::vector<std::string>{"Agence France-Presse", "The Associated Press"});
}

TEST_CASE("articles[] and the reports show authors, canonical URL and credits, escaped", "[html][metadata][report]") {
  Report report;
  Article article;
  article.id = "courier";
  article.outlet = "Harbour <i>Courier</i>";
  article.title = "Bridge closed";
  article.authors = {"Ana <script>alert(1)</script> Ruiz", "Tom | Field"};
  article.canonical_url = "https://courier.example/bridge";
  article.credits = {"Reuters\"><script>alert(2)</script>"};
  report.articles.push_back(ArticleReport{article, 0, article.credits, {}});

  const nlohmann::ordered_json json = to_json(report);
  CHECK(json["articles"][0]["authors"] == nlohmann::ordered_json::array({"Ana <script>alert(1)</script> Ruiz", "Tom | Field"}));
  CHECK(json["articles"][0]["canonical_url"] == "https://courier.example/bridge");
  CHECK(json["articles"][0]["credits"].size() == 1);

  std::ostringstream html;
  write_html(html, report);
  CHECK(html.str().find("<script>alert") == std::string::npos);
  CHECK(html.str().find("Ana &lt;script&gt;alert(1)&lt;/script&gt; Ruiz") != std::string::npos);
  std::ostringstream markdown;
  write_markdown(markdown, report);
  CHECK(markdown.str().find("<script>") == std::string::npos);
  CHECK(markdown.str().find("Tom \\| Field") != std::string::npos);
}

TEST_CASE("a byline's dates, handles and reading times are no names, and a placeholder date no date",
          "[html][metadata]") {
  CHECK(metadata_of(page("", "<span itemprop=\"author\">Ana Ruiz @anaruiz Nov 18, 2019 at 9:24 pm \xE2\x80\xA2 2 min read</span>" +
                                 kBody))
            .authors == std::vector<std::string>{"Ana Ruiz"});
  CHECK(metadata_of(page("", "<p class=\"byline\">By Ana Ruiz and Tom O\xE2\x80\x99" "Field, November 18, 2019</p>" + kBody))
            .authors == std::vector<std::string>{"Ana Ruiz", "Tom O\xE2\x80\x99" "Field"});
  CHECK(metadata_of(page(json_ld(R"({"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00Z"})") +
                         "<meta name=\"date\" content=\"2024-05-14\">"))
            .date == "2024-05-14");
}

TEST_CASE("a page whose markup holds far less than its JSON-LD articleBody is read from the articleBody",
          "[html][metadata][content]") {
  const std::string body =
      "The county council voted on Tuesday to close the old harbour bridge to lorries, citing cracks found by "
      "inspectors in the spring.\n\nLocal hauliers said the detour would add forty minutes to every trip, and asked "
      "for a temporary crossing while the work goes on.\n\nThe council said repairs would take two years and cost "
      "about four million pounds, most of it from the national roads fund, with work starting in the autumn.\n\n"
      "A public meeting on the closure will be held at the town hall next week, the council said.";
  const std::string ld = json_ld(nlohmann::json{{"@type", "NewsArticle"}, {"articleBody", body}}.dump());
  SECTION("an app shell: the articleBody is the text") {
    const Article article = ingest_page(page(ld, "<div id=\"app\"><p>Loading the story, please wait a moment...</p></div>"));
    CHECK(article.text.find("Local hauliers said the detour") != std::string::npos);
    CHECK(article.text.find("Loading") == std::string::npos);
    CHECK(article.text.find("\n\nA public meeting") != std::string::npos);
  }
  SECTION("a page whose markup holds the article keeps its own reading") {
    const Article article = ingest_page(page(ld, kBody + "<p>The council said repairs would take two years and cost "
                                                         "about four million pounds, from the roads fund.</p>"));
    CHECK(article.text.find("from the roads fund") != std::string::npos);
    CHECK(article.text.find("A public meeting") == std::string::npos);
  }
}

TEST_CASE("a hostile page's metadata reaches the HTML report as text, never as markup", "[html][metadata][report]") {
  const Article article = ingest_page(page(
      "<meta property=\"og:title\" content=\"&lt;img src=x onerror=alert(1)&gt;Bridge &quot;closed&quot;\">"
      "<meta property=\"og:site_name\" content=\"Courier&lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt;\">" +
      json_ld(R"({"@type": "NewsArticle", "author": {"name": "Ana\"><svg onload=alert(3)>Ruiz"}})")));
  Report report;
  report.articles.push_back(ArticleReport{article, 0, {}, {}});
  std::ostringstream html;
  write_html(html, report);
  for (const char* raw : {"<img src=x", "<script>alert(2)", "<svg onload"}) {
    CAPTURE(raw);
    CHECK(html.str().find(raw) == std::string::npos);
  }
  CHECK(article.title == "Bridge \"closed\"");
  CHECK(html.str().find("Bridge &quot;closed&quot;") != std::string::npos);
}
