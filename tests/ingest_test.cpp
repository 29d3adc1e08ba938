// Tests of ingest: formats, metadata, boilerplate and every kind of bad input becoming a diagnostic.
#include <catch2/catch.hpp>

#include <claimdiff/ingest.hpp>

#include <algorithm>
#include <initializer_list>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

using namespace claimdiff;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> boilerplate_lines(const Article& article) {
  std::vector<std::string> lines;
  for (Span span : article.boilerplate) lines.emplace_back(span.of(article.text));
  return lines;
}

bool contains(const std::vector<std::string>& lines, const std::string& line) {
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

// Each of `furniture` is a boilerplate line of `text` read as a .txt file, none of `prose`.
void check_boilerplate(const std::string& text, std::initializer_list<const char*> furniture,
                       std::initializer_list<const char*> prose) {
  const IngestResult result = ingest_bytes(text, "story.txt", "");
  REQUIRE(result.articles.size() == 1);
  const auto lines = boilerplate_lines(result.articles[0]);
  CAPTURE(lines);
  for (const char* line : furniture) CHECK(contains(lines, line));
  for (const char* line : prose) CHECK_FALSE(contains(lines, line));
}

class TempDir {
 public:
  TempDir() : path_(fs::temp_directory_path() / ("claimdiff_ingest_" + std::to_string(counter_++) + "_" +
                                                 std::to_string(::getpid()))) {
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  fs::path write(const std::string& name, const std::string& bytes) const {
    std::ofstream(path_ / name, std::ios::binary) << bytes;
    return path_ / name;
  }
  const fs::path& path() const { return path_; }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

}  // namespace

TEST_CASE("plain text keeps its bytes and takes its id from the file name", "[ingest]") {
  const std::string text = "Rome flooded\n\nThe river rose two metres overnight, officials said.\n";
  const IngestResult result = ingest_bytes(text, "/tmp/rome-floods.txt", "");
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].id == "rome-floods");
  CHECK(result.articles[0].text == text);
  CHECK(result.articles[0].title == "Rome flooded");
  CHECK(result.diagnostics.empty());
}

TEST_CASE("boilerplate lines are marked by general rules and prose is not", "[ingest][boilerplate]") {
  const std::string text =
      "Share this article\n"
      "Floods close Rome schools\n"
      "Subscribe Now\n"
      "The river rose two metres overnight, the mayor said.\n"
      "Read more: Venice braces for record tide\n"
      "2,315 views3 comments\n"
      "Follow The Daily Post on social media:\n"
      "Twitter:   @dailypost\n"
      "https://example.org/news/rome\n"
      "Share prices fell on Monday as the floods spread.\n"
      "Leave a Comment\n"
      "12 comments\n";
  const IngestResult result = ingest_bytes(text, "floods.txt", "");
  REQUIRE(result.articles.size() == 1);
  const auto lines = boilerplate_lines(result.articles[0]);
  CAPTURE(lines);
  for (const char* furniture : {"Share this article", "Subscribe Now", "Read more: Venice braces for record tide",
                                "2,315 views3 comments", "Follow The Daily Post on social media:",
                                "Twitter:   @dailypost", "https://example.org/news/rome", "Leave a Comment", "12 comments"})
    CHECK(contains(lines, furniture));
  CHECK_FALSE(contains(lines, "Floods close Rome schools"));
  CHECK_FALSE(contains(lines, "The river rose two metres overnight, the mayor said."));
  CHECK_FALSE(contains(lines, "Share prices fell on Monday as the floods spread."));
}

TEST_CASE("furniture is found whatever white space sits inside its keywords", "[ingest][boilerplate]") {
  // A no-break space (U+00A0) or a run of spaces inside "Click here" or "Subscribe Now".
  const std::string text =
      "Click\xC2\xA0here to read more\n"
      "Subscribe   Now\n"
      "The council voted to close the bridge for repairs.\n";
  const IngestResult result = ingest_bytes(text, "bridge.txt", "");
  REQUIRE(result.articles.size() == 1);
  const auto lines = boilerplate_lines(result.articles[0]);
  CAPTURE(lines);
  CHECK(contains(lines, "Click\xC2\xA0here to read more"));
  CHECK(contains(lines, "Subscribe   Now"));
  CHECK_FALSE(contains(lines, "The council voted to close the bridge for repairs."));
}

TEST_CASE("a line of several prompts is boilerplate when each of its sentences is but prose around them is not",
          "[ingest][boilerplate]") {
  const std::string text =
      "Bridge to close for two years\n"
      "The council voted to close the bridge for repairs, the mayor said.\n"
      "Like this story? Share it with a friend!\n"
      "Get the latest news right in your inbox. Subscribe to our newsletters.\n"
      "Have a tip? Jane Roe may be reached at jroe@example.org. Follow her on Twitter @janeroe.\n"
      "You may also like...\n"
      "SEE MORE: Tram fares to rise in May\n"
      "GET THE COURIER ON THE GO BY CLICKING HERE\n"
      "Tell us what YOU think...\n"
      "The repairs will cost four million pounds. Subscribe to our newsletters.\n"
      "Residents can be reached at the town hall meeting on Friday, officials said.\n";
  check_boilerplate(text,
                    {"Like this story? Share it with a friend!",
                     "Get the latest news right in your inbox. Subscribe to our newsletters.",
                     "Have a tip? Jane Roe may be reached at jroe@example.org. Follow her on Twitter @janeroe.",
                     "You may also like...", "SEE MORE: Tram fares to rise in May",
                     "GET THE COURIER ON THE GO BY CLICKING HERE", "Tell us what YOU think..."},
                    {"The council voted to close the bridge for repairs, the mayor said.",
                     "The repairs will cost four million pounds. Subscribe to our newsletters.",
                     "Residents can be reached at the town hall meeting on Friday, officials said."});
}

TEST_CASE("a breadcrumb that repeats the headline is boilerplate, a headline starting with Home is not", "[ingest][boilerplate]") {
  const std::string text =
      "Home World Europe Floods close Rome schools for a week\n\n"
      "Floods close Rome schools for a week\n\n"
      "Home Secretary Jane Doe said the army would help.\n";
  const IngestResult result = ingest_bytes(text, "crumbs.txt", "");
  const auto lines = boilerplate_lines(result.articles.at(0));
  CHECK(contains(lines, "Home World Europe Floods close Rome schools for a week"));
  CHECK_FALSE(contains(lines, "Home Secretary Jane Doe said the army would help."));
}

TEST_CASE("HTML gives metadata and paragraph text without scripts, navigation or share widgets", "[ingest][html]") {
  const std::string html = R"(<!doctype html><html><head>
    <title>Rome floods - Daily Post</title>
    <meta property="og:site_name" content="Daily Post">
    <meta property="article:published_time" content="2024-05-02T10:00:00Z">
    <link rel="canonical" href="https://example.org/rome">
    <script>var tracking = "Subscribe";</script><style>p { color: red }</style></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Floods close Rome schools</h1>
    <div class="share-buttons"><a>Share on Facebook</a></div>
    <p>The river rose <b>two metres</b> overnight.</p>
    <p>&ldquo;We are ready,&rdquo; the mayor said.</p>
    <ul><li>Schools shut</li><li>Trains delayed</li></ul></article>
    <footer>Copyright Daily Post</footer></body></html>)";
  const IngestResult result = ingest_bytes(html, "/data/rome.html", "");
  REQUIRE(result.articles.size() == 1);
  const Article& article = result.articles[0];
  CHECK(article.id == "rome");
  CHECK(article.outlet == "Daily Post");
  CHECK(article.title == "Rome floods");  // the site name after the separator is the outlet
  CHECK(article.date == "2024-05-02T10:00:00Z");
  CHECK(article.url == "https://example.org/rome");
  CHECK(article.text.find("The river rose two metres overnight.") != std::string::npos);
  CHECK(article.text.find("\xE2\x80\x9CWe are ready,\xE2\x80\x9D the mayor said.") != std::string::npos);
  CHECK(article.text.find("\xE2\x80\xA2 Schools shut") != std::string::npos);
  for (const char* absent : {"tracking", "color", "World", "Share on Facebook", "Copyright"}) {
    CAPTURE(absent);
    CHECK(article.text.find(absent) == std::string::npos);
  }
  CHECK(article.text.find("Floods close Rome schools\n\nThe river") != std::string::npos);
}

TEST_CASE("JSON takes one record or an array, JSONL one record per line", "[ingest][json]") {
  SECTION("a single object") {
    const IngestResult result = ingest_bytes(
        R"({"id": "ap-1", "outlet": "AP", "title": "Talks", "date": "2024-01-02", "url": "https://x", "text": "Talks resumed on Monday."})",
        "one.json", "");
    REQUIRE(result.articles.size() == 1);
    CHECK(result.articles[0].id == "ap-1");
    CHECK(result.articles[0].outlet == "AP");
    CHECK(result.articles[0].date == "2024-01-02");
  }
  SECTION("an array with a record lacking text keeps the good ones") {
    const IngestResult result = ingest_bytes(
        R"([{"id": "a", "text": "Talks resumed on Monday."}, {"id": "b", "title": "no text"}, {"id": "c", "html": "<p>Talks ended.</p>"}])",
        "many.json", "");
    REQUIRE(result.articles.size() == 2);
    CHECK(result.articles[1].text == "Talks ended.");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].where == "record 2");
    CHECK(result.diagnostics[0].message.find("no \"text\"") != std::string::npos);
  }
  SECTION("JSONL with a malformed line names that line") {
    const IngestResult result = ingest_bytes(
        "{\"id\": \"a\", \"text\": \"Talks resumed.\"}\n{\"id\": \"b\", \"text\": \n{\"id\": 7, \"text\": \"Talks ended.\"}\n",
        "feed.jsonl", "");
    REQUIRE(result.articles.size() == 2);
    CHECK(result.articles[1].id == "7");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].where == "line 2");
    CHECK(result.diagnostics[0].message.find("malformed JSON") == 0);
  }
  SECTION("malformed JSON says where") {
    const IngestResult result = ingest_bytes(R"({"id": "a", "text": "unterminated)", "bad.json", "");
    CHECK(result.articles.empty());
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].where.find("line 1, byte") == 0);
  }
}

TEST_CASE("unusable inputs become diagnostics naming the file", "[ingest][bad-input]") {
  TempDir dir;
  SECTION("empty file") {
    const IngestResult result = ingest({dir.write("empty.txt", "  \n\n").string()});
    CHECK(result.articles.empty());
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].message.find("empty") == 0);
  }
  SECTION("binary file") {
    const IngestResult result = ingest({dir.write("image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)).string()});
    CHECK(result.articles.empty());
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].message.find("binary") == 0);
  }
  SECTION("missing file") {
    const IngestResult result = ingest({(dir.path() / "nope.txt").string()});
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].source.find("nope.txt") != std::string::npos);
    CHECK(result.diagnostics[0].message == "no such file or directory");
  }
  SECTION("directory without supported files") {
    dir.write("notes.md", "# notes");
    const IngestResult result = ingest({dir.path().string()});
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].message.find("no supported files") == 0);
  }
  SECTION("invalid UTF-8 is repaired with a warning") {
    const IngestResult result = ingest({dir.write("latin1.txt", "Caf\xE9 owners said prices rose.").string()});
    REQUIRE(result.articles.size() == 1);
    CHECK(result.articles[0].text == "Caf\xEF\xBF\xBD owners said prices rose.");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].severity == Diagnostic::Severity::warning);
    CHECK(result.diagnostics[0].where == "byte 3");
  }
  SECTION("a directory's files are read sorted by name and duplicate ids renamed") {
    dir.write("b.txt", "Second article text.");
    dir.write("a.txt", "First article text.");
    dir.write("a.json", R"({"id": "b", "text": "Third article text."})");
    const IngestResult result = ingest({dir.path().string()});
    REQUIRE(result.articles.size() == 3);
    CHECK(result.articles[0].id == "b");   // a.json's record
    CHECK(result.articles[1].id == "a");
    CHECK(result.articles[2].id == "b~2");
    CHECK(result.diagnostics.size() == 1);
  }
}

TEST_CASE("standard input is read as text or JSON by its content", "[ingest]") {
  std::istringstream text_in("The council voted on Tuesday.");
  IngestResult result = ingest({"-"}, {}, &text_in);
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].id == "stdin");
  std::istringstream json_in(R"({"id": "piped", "text": "The council voted."})");
  result = ingest({"-"}, {}, &json_in);
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].id == "piped");
}

namespace {

bool has_diagnostic(const IngestResult& result, const std::string& source, const std::string& where,
                    const std::string& words) {
  return std::any_of(result.diagnostics.begin(), result.diagnostics.end(), [&](const Diagnostic& d) {
    return d.source == source && d.where.rfind(where, 0) == 0 && d.message.find(words) != std::string::npos;
  });
}

}  // namespace

// #16 finding 6: stdin had no limit; files did.
TEST_CASE("standard input past the size limit is refused like a file", "[ingest][bad-input]") {
  IngestOptions options;
  options.max_file_bytes = 64;
  std::istringstream in(std::string(200, 'a'));
  const IngestResult result = ingest({"-"}, options, &in);
  CHECK(result.articles.empty());
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].message.find("too large: more than 64 bytes") == 0);
}

// #16 finding 4: one number past double's range used to abort every input with a raw library message.
TEST_CASE("an out-of-range JSON number costs its record, named by file and line", "[ingest][json][bad-input]") {
  const std::string good = R"({"id": "good", "text": "The council voted on Tuesday, officials said."})";
  const std::string huge = R"({"id": "huge", "text": "The mayor resigned on Friday.", "x": 1e400})";
  SECTION("JSONL: that line") {
    const IngestResult result = ingest_bytes(good + "\n" + huge + "\n" + good + "\n", "feed.jsonl", {});
    CHECK(result.articles.size() == 2);
    CHECK(has_diagnostic(result, "feed.jsonl", "line 2", "number"));
  }
  SECTION("JSON: the file, at its line") {
    const IngestResult result = ingest_bytes("[\n" + good + ",\n" + huge + "\n]\n", "feed.json", {});
    CHECK(result.articles.empty());
    CHECK(has_diagnostic(result, "feed.json", "line 3", "number"));
  }
}

// #16 finding 12: odd fields were ignored silently, and each format repaired (or refused) on its own.
TEST_CASE("odd JSON fields, invalid UTF-8 in JSON, UTF-16 and NUL bytes are read with a diagnostic", "[ingest][bad-input]") {
  SECTION("a wrong-typed field is named, the record kept where its text is usable") {
    const IngestResult result = ingest_bytes(
        "{\"id\": null, \"outlet\": {}, \"text\": \"The council voted on Tuesday.\"}\n{\"id\": \"n\", \"text\": 5}\n",
        "feed.jsonl", {});
    REQUIRE(result.articles.size() == 1);
    CHECK(result.articles[0].outlet.empty());
    CHECK(has_diagnostic(result, "feed.jsonl", "line 1", "\"outlet\" is an object, not a string"));
    CHECK(has_diagnostic(result, "feed.jsonl", "line 1", "\"id\" is null, not a string"));
    CHECK(has_diagnostic(result, "feed.jsonl", "line 2", "\"text\" is a number, not a string"));
  }
  SECTION("invalid UTF-8 inside a JSON string is repaired as in a text file") {
    const IngestResult result = ingest_bytes("{\"id\": \"c\", \"text\": \"Caf\xE9 owners said prices rose.\"}", "cafe.json", {});
    REQUIRE(result.articles.size() == 1);
    CHECK(result.articles[0].text == "Caf\xEF\xBF\xBD owners said prices rose.");
    CHECK(has_diagnostic(result, "cafe.json", "byte 24", "invalid UTF-8"));
  }
  SECTION("UTF-16 with a byte-order mark is decoded") {
    const std::string words = "The council voted on Tuesday.";
    std::string little = "\xFF\xFE", big = "\xFE\xFF";
    for (char c : words) {
      little += c, little += '\0';
      big += '\0', big += c;
    }
    for (const std::string& bytes : {little, big}) {
      const IngestResult result = ingest_bytes(bytes, "wide.txt", {});
      REQUIRE(result.articles.size() == 1);
      CHECK(result.articles[0].text == words);
    }
  }
  SECTION("one NUL byte in a text is replaced, not a reason to call it binary") {
    const IngestResult result = ingest_bytes(std::string("The council voted\0 on Tuesday.", 30), "nul.txt", {});
    REQUIRE(result.articles.size() == 1);
    CHECK(result.articles[0].text == "The council voted\xEF\xBF\xBD on Tuesday.");
    CHECK(has_diagnostic(result, "nul.txt", "byte 17", "NUL"));
  }
}

TEST_CASE("inline HTML tags left in plain text are masked, offsets kept", "[ingest]") {
  const std::string text =
      "\"We will rebuild,\" <a href=\"https://example.org/people/ana-ruiz\" target=\"_blank\">Ana Ruiz</a> said.\n\n"
      "The <b>new</b> span opens in <em>May</em>; a margin of <5% and x < y stay as written.\n";
  const IngestResult result = ingest_bytes(text, "bridge.txt", "");
  REQUIRE(result.articles.size() == 1);
  const std::string& read = result.articles[0].text;
  REQUIRE(read.size() == text.size());
  CHECK(read.find('<', 0) == read.find("<5%"));
  CHECK(read.find("Ana Ruiz") == text.find("Ana Ruiz"));
  CHECK(read.find("href") == std::string::npos);
  CHECK(read.find("x < y") != std::string::npos);
  // a block element or a tag across lines is no inline markup: left alone
  const IngestResult block = ingest_bytes("Officials said <div class=\"x\">the span</div> reopens.\n", "b.txt", "");
  REQUIRE(block.articles.size() == 1);
  CHECK(block.articles[0].text.find("<div") != std::string::npos);
  // the same in a JSON record's text, and not at all when the option is off
  const IngestResult record = ingest_bytes(R"({"id": "r", "text": "Officials said the <i>span</i> reopens."})", "r.json", "");
  REQUIRE(record.articles.size() == 1);
  CHECK(record.articles[0].text == "Officials said the    span     reopens.");
  IngestOptions keep;
  keep.mask_inline_markup = false;
  CHECK(ingest_bytes(text, "bridge.txt", "", keep).articles[0].text == text);
}
