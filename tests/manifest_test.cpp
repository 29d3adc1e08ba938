// The manifest: CSV and JSONL rows naming each input's outlet, date, URL and title, matched to the
// articles read by path, file name or id; malformed manifests are one clear error.
#include <catch2/catch.hpp>

#include <claimdiff/error.hpp>
#include <claimdiff/manifest.hpp>

namespace claimdiff {
namespace {

Article article_from(const std::string& source_file, const std::string& id) {
  Article article;
  article.source_file = source_file;
  article.id = id;
  article.text = "Text.";
  return article;
}

std::string error_of(std::string_view bytes) {
  try {
    parse_manifest(bytes, "m.csv");
  } catch (const Error& error) {
    return error.what();
  }
  return {};
}

}  // namespace

TEST_CASE("manifest reads CSV columns by their header, in any order", "[manifest]") {
  const Manifest manifest = parse_manifest("outlet,file,extra,date\n"
                                           "The Daily Planet,news/001_planet.txt,x,2024-03-27\n"
                                           "\"Herald, The\",002_herald.txt,,\n",
                                           "m.csv");
  REQUIRE(manifest.entries.size() == 2);
  CHECK(manifest.entries[0].file == "news/001_planet.txt");
  CHECK(manifest.entries[0].outlet == "The Daily Planet");
  CHECK(manifest.entries[0].date == "2024-03-27");
  CHECK(manifest.entries[1].outlet == "Herald, The");
  CHECK(manifest.entries[1].where == "line 3");
}

TEST_CASE("manifest CSV keeps doubled quotes and line breaks inside quoted fields", "[manifest]") {
  const Manifest manifest = parse_manifest("file,title\r\n"
                                           "a.txt,\"The \"\"quiet\"\" vote\"\r\n"
                                           "b.txt,\"Two\nlines\"\r\n"
                                           "\r\n"
                                           "c.txt,plain\r\n",
                                           "m.csv");
  REQUIRE(manifest.entries.size() == 3);
  CHECK(manifest.entries[0].title == "The \"quiet\" vote");
  CHECK(manifest.entries[1].title == "Two\nlines");
  CHECK(manifest.entries[2].where == "line 6");
}

TEST_CASE("manifest reads JSONL rows", "[manifest]") {
  const Manifest manifest = parse_manifest("{\"file\": \"a.txt\", \"outlet\": \"Wire One\", \"url\": \"https://example.org/a\"}\n\n"
                                           "{\"file\": \"feed.jsonl\", \"id\": \"r2\", \"outlet\": \"Wire Two\"}\n",
                                           "m.jsonl");
  REQUIRE(manifest.entries.size() == 2);
  CHECK(manifest.entries[0].url == "https://example.org/a");
  CHECK(manifest.entries[1].id == "r2");
  CHECK(manifest.entries[1].where == "line 3");
}

TEST_CASE("a malformed manifest is one error naming the file and the line", "[manifest]") {
  CHECK_THAT(error_of("outlet,date\nX,2024\n"), Catch::Contains("m.csv") && Catch::Contains("no 'file' column"));
  CHECK_THAT(error_of("file,title\na.txt,\"never closed\n"), Catch::Contains("m.csv:line 2") && Catch::Contains("never closed"));
  CHECK_THAT(error_of("{\"file\": \"a.txt\"}\n{\"file\": \n"), Catch::Contains("m.csv:line 2") && Catch::Contains("malformed JSON"));
  CHECK_THAT(error_of("file,outlet\n,Nobody\n"), Catch::Contains("m.csv:line 2") && Catch::Contains("needs a 'file'"));
  CHECK_THAT(error_of(""), Catch::Contains("empty manifest"));
  CHECK_THAT(error_of("file\n\xFF\xFE.txt\n"), Catch::Contains("not valid UTF-8"));
  CHECK_THROWS_AS(read_manifest("/no/such/manifest.csv"), Error);
}

TEST_CASE("apply_manifest matches a row by path, file name or id and says where the outlet came from", "[manifest]") {
  std::vector<Article> articles{article_from("in/001_planet.txt", "001_planet"), article_from("/tmp/x/002_herald.txt", "002_herald"),
                                article_from("feed.jsonl", "r1"), article_from("feed.jsonl", "r2")};
  articles[0].title = "A headline from the text";
  const Manifest manifest = parse_manifest("file,id,outlet,title\n"
                                           "in/001_planet.txt,,The Daily Planet,Bridge falls\n"
                                           "002_herald.txt,,The Herald,\n"
                                           "feed.jsonl,r2,Wire Two,\n"
                                           "gone.txt,,Nobody,\n",
                                           "m.csv");
  std::vector<Diagnostic> diagnostics;
  apply_manifest(manifest, articles, diagnostics);
  CHECK(articles[0].outlet == "The Daily Planet");
  CHECK(articles[0].outlet_source == "manifest");
  CHECK(articles[0].title == "Bridge falls");
  CHECK(articles[1].outlet == "The Herald");
  CHECK(articles[2].outlet.empty());
  CHECK(articles[3].outlet == "Wire Two");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].where == "line 5");
  CHECK_THAT(diagnostics[0].message, Catch::Contains("no input matches 'gone.txt'"));
}

TEST_CASE("apply_manifest keeps the first row that names an article and warns about the second", "[manifest]") {
  std::vector<Article> articles{article_from("a.txt", "a")};
  const Manifest manifest = parse_manifest("file,outlet\na.txt,First\na,Second\n", "m.csv");
  std::vector<Diagnostic> diagnostics;
  apply_manifest(manifest, articles, diagnostics);
  CHECK(articles[0].outlet == "First");
  REQUIRE(diagnostics.size() == 1);
  CHECK_THAT(diagnostics[0].message, Catch::Contains("already described at line 2"));
}

}  // namespace claimdiff
