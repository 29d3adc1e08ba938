// The corpus store on invented local-news articles: dedupe by content hash, versions of edited
// articles, one transaction per article, schema version checks, FTS5 lookups, filters, readers
// beside a writer, the stored quote audit and the re-use of earlier alignments.
#include <catch2/catch.hpp>

#include <claimdiff/analyze.hpp>
#include <claimdiff/error.hpp>
#include <claimdiff/store.hpp>

#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace claimdiff;

namespace {

class TempDir {
 public:
  TempDir() : path_(fs::temp_directory_path() / ("claimdiff_store_" + std::to_string(::getpid()) + "_" + std::to_string(counter_++))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

// A raw connection, for what the Store does not expose (schema tricks, a competing writer).
class Raw {
 public:
  explicit Raw(const std::string& path) { REQUIRE(sqlite3_open(path.c_str(), &db_) == SQLITE_OK); }
  ~Raw() { sqlite3_close(db_); }
  int exec(const std::string& sql) { return sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr); }
  long long integer(const std::string& sql) {
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db_, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK);
    long long value = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : -1;
    sqlite3_finalize(statement);
    return value;
  }

 private:
  sqlite3* db_ = nullptr;
};

Article make_article(const std::string& id, const std::string& outlet, const std::string& date, const std::string& text) {
  Article article;
  article.id = id;
  article.outlet = outlet;
  article.date = date;
  article.title = "Harbor bridge";
  article.text = text;
  return article;
}

// One statement per sentence, split on ". " (the store does not care how statements were found).
Extraction sentences_as_statements(const Article& article) {
  Extraction extraction;
  std::size_t begin = 0;
  int n = 0;
  while (begin < article.text.size()) {
    std::size_t end = article.text.find(". ", begin);
    end = end == std::string::npos ? article.text.size() : end + 1;
    Statement statement;
    statement.id = article.id + "#" + std::to_string(++n);
    statement.article = article.id;
    statement.span = Span{begin, end};
    statement.content_span = statement.span;
    statement.text = article.text.substr(begin, end - begin);
    statement.content = statement.text;
    statement.kind = statement.text.find('"') != std::string::npos ? StatementKind::direct : StatementKind::unattributed;
    statement.speaker = statement.kind == StatementKind::direct ? "Lena Ortiz" : "";
    statement.via = {"Metro Wire"};
    Figure figure;
    figure.text = "40 million";
    figure.span = Span{begin, begin + 3};
    figure.type = "money";
    figure.value = 4e7;
    figure.unit = "USD";
    figure.qualifier = "about";
    statement.figures.push_back(figure);
    statement.sentence = static_cast<std::size_t>(n - 1);
    extraction.statements.push_back(std::move(statement));
    begin = end + (end < article.text.size() ? 1 : 0);
  }
  return extraction;
}

AddResult add(Store& store, const Article& article) {
  const Extraction extraction = sentences_as_statements(article);
  return store.add(article, extraction, extraction.statements.size());
}

const char* kBridge =
    "The harbor bridge will open in November. Mayor Lena Ortiz said the crossing cost 40 million dollars. "
    "Traffic engineers expect ten thousand cars a day.";
const char* kBridgeEdited =
    "The harbor bridge will open in December. Mayor Lena Ortiz said the crossing cost 40 million dollars. "
    "Traffic engineers expect ten thousand cars a day. Cyclists get a separate lane.";

}  // namespace

TEST_CASE("store adds an article once per content", "[store]") {
  TempDir dir;
  Store store(dir.file("corpus.db"));
  const Article bridge = make_article("bridge", "Harbor Courier", "2024-10-02", kBridge);
  const AddResult first = add(store, bridge);
  CHECK(first.status == AddStatus::added);
  CHECK(first.version == 1);
  CHECK(first.statements == 3);
  const AddResult again = add(store, bridge);
  CHECK(again.status == AddStatus::unchanged);
  CHECK(again.version == 1);
  CHECK(store.article_count() == 1);
  CHECK(store.statement_count() == 3);
  CHECK(store.versions("bridge").size() == 1);

  SECTION("statements come back whole") {
    const std::vector<Statement> statements = store.statements();
    REQUIRE(statements.size() == 3);
    CHECK(statements[0].id == "bridge#1");
    CHECK(statements[0].article == "bridge");
    CHECK(statements[0].content == "The harbor bridge will open in November.");
    CHECK(statements[0].via == std::vector<std::string>{"Metro Wire"});
    REQUIRE(statements[0].figures.size() == 1);
    CHECK(statements[0].figures[0].value == Approx(4e7));
    CHECK(statements[0].figures[0].qualifier == "about");
    CHECK_FALSE(statements[0].figures[0].upper.has_value());
    const std::vector<ArticleReport> articles = store.articles();
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].article.text == kBridge);
    CHECK(articles[0].article.outlet == "Harbor Courier");
  }
  SECTION("the same content survives closing and re-opening") {
    Store reopened(dir.file("corpus.db"));
    CHECK(add(reopened, bridge).status == AddStatus::unchanged);
  }
}

TEST_CASE("store keeps an edited article as a new version and says what changed", "[store]") {
  TempDir dir;
  Store store(dir.file("corpus.db"));
  add(store, make_article("bridge", "Harbor Courier", "2024-10-02", kBridge));
  const AddResult edited = add(store, make_article("bridge", "Harbor Courier", "2024-10-03T09:15:00Z", kBridgeEdited));
  CHECK(edited.status == AddStatus::new_version);
  CHECK(edited.version == 2);
  CHECK(edited.removed == std::vector<std::string>{"The harbor bridge will open in November."});
  CHECK(edited.added == std::vector<std::string>{"The harbor bridge will open in December.", "Cyclists get a separate lane."});

  const std::vector<ArticleVersion> versions = store.versions("bridge");
  REQUIRE(versions.size() == 2);
  CHECK(versions[0].version == 1);
  CHECK_FALSE(versions[0].current);
  CHECK(versions[0].date == "2024-10-02");
  CHECK(versions[1].current);
  CHECK(versions[1].date == "2024-10-03T09:15:00Z");
  CHECK(versions[0].hash != versions[1].hash);
  CHECK_FALSE(versions[1].added_at.empty());
  CHECK(versions[0].added.empty());
  CHECK(versions[1].removed == edited.removed);
  CHECK(versions[1].added == edited.added);
  // Queries read the current version only.
  CHECK(store.article_count() == 1);
  CHECK(store.statement_count() == 4);
  StoreFilter november;
  november.match = "November";
  CHECK(store.statements(november).empty());
}

TEST_CASE("a failed add leaves the store as it was before that article", "[store]") {
  TempDir dir;
  const std::string path = dir.file("corpus.db");
  Store store(path);
  add(store, make_article("bridge", "Harbor Courier", "2024-10-02", kBridge));
  {
    // A trigger that fails on the second statement of the next article, half-way through its writes.
    Raw raw(path);
    REQUIRE(raw.exec("CREATE TRIGGER poison BEFORE INSERT ON statements WHEN NEW.content LIKE '%poison%' "
                     "BEGIN SELECT RAISE(ABORT, 'poisoned statement'); END") == SQLITE_OK);
  }
  const Article ferry = make_article("ferry", "Valley Gazette", "2024-10-05",
                                     "The ferry keeps running. Inspectors found poison ivy on the pier. Fares stay the same.");
  CHECK_THROWS_AS(add(store, ferry), Error);
  try {
    add(store, ferry);
  } catch (const Error& error) {
    CHECK(error.code() == ErrorCode::store);
    CHECK(std::string(error.what()).find("poisoned statement") != std::string::npos);
  }
  CHECK(store.article_count() == 1);
  CHECK(store.statement_count() == 3);
  CHECK(store.versions("ferry").empty());
  // An edit that fails keeps the old version current.
  const Article poisoned_edit = make_article("bridge", "Harbor Courier", "2024-10-04", std::string(kBridge) + " Rats found poison bait.");
  CHECK_THROWS_AS(add(store, poisoned_edit), Error);
  REQUIRE(store.versions("bridge").size() == 1);
  CHECK(store.versions("bridge")[0].current);
  {
    Raw raw(path);
    REQUIRE(raw.exec("DROP TRIGGER poison") == SQLITE_OK);
  }
  CHECK(add(store, ferry).status == AddStatus::added);
  CHECK(store.statement_count() == 6);
}

TEST_CASE("store refuses files it cannot read with a clear message", "[store]") {
  TempDir dir;
  auto message_of = [](const std::string& path) -> std::string {
    try {
      Store store(path);
    } catch (const Error& error) {
      CHECK(error.code() == ErrorCode::store);
      CHECK(error.file() == path);
      return error.what();
    }
    return "";
  };
  SECTION("a newer schema") {
    const std::string path = dir.file("newer.db");
    { Store store(path); }
    { Raw(path).exec("PRAGMA user_version = 99"); }
    const std::string message = message_of(path);
    CHECK(message.find("newer") != std::string::npos);
    CHECK(message.find("99") != std::string::npos);
  }
  SECTION("an older schema with no migration") {
    const std::string path = dir.file("older.db");
    { Store store(path); }
    { Raw(path).exec("PRAGMA user_version = 0"); }
    CHECK(message_of(path).find("older") != std::string::npos);
  }
  SECTION("another application's database") {
    const std::string path = dir.file("other.db");
    { Raw(path).exec("CREATE TABLE invoices(id INTEGER)"); }
    CHECK(message_of(path).find("not a claimdiff store") != std::string::npos);
  }
  SECTION("a file that is not SQLite") {
    const std::string path = dir.file("notes.db");
    std::ofstream(path) << "These are meeting notes, not a database. They run long enough to fill a page header.\n"
                        << std::string(200, 'x');
    CHECK(message_of(path).find("not a claimdiff store") != std::string::npos);
  }
  SECTION("the current schema opens") {
    const std::string path = dir.file("ok.db");
    { Store store(path); }
    CHECK(Raw(path).integer("PRAGMA user_version") == Store::kSchemaVersion);
    CHECK_NOTHROW(Store(path));
  }
}

TEST_CASE("store finds statements by words, outlet and date", "[store]") {
  TempDir dir;
  Store store(dir.file("corpus.db"));
  add(store, make_article("bridge", "Harbor Courier", "2024-10-02", kBridge));
  add(store, make_article("ferry", "Valley Gazette", "October 9, 2024",
                          "The ferry service will stop in winter. Two bridges now carry the traffic."));
  add(store, make_article("market", "Valley Gazette", "",
                          "The farmers market moves indoors. Stall fees rise by five dollars."));

  SECTION("match is full-text, stemmed, all words required") {
    StoreFilter filter;
    filter.match = "bridge traffic";
    const std::vector<Statement> found = store.statements(filter);
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == "ferry#2");  // "bridges" meets "bridge"
    filter.match = "bridge";
    CHECK(store.statements(filter).size() == 2);
  }
  SECTION("outlet") {
    StoreFilter filter;
    filter.outlet = "Valley Gazette";
    CHECK(store.statements(filter).size() == 4);
    CHECK(store.articles(filter).size() == 2);
  }
  SECTION("since and until read ISO and written dates; undated articles drop out") {
    StoreFilter filter;
    filter.since = "2024-10-05";
    const auto late = store.articles(filter);
    REQUIRE(late.size() == 1);
    CHECK(late[0].article.id == "ferry");
    filter.since = "";
    filter.until = "2024-10-05";
    const auto early = store.articles(filter);
    REQUIRE(early.size() == 1);
    CHECK(early[0].article.id == "bridge");
    filter.until = "5 Oct 2024";
    CHECK_THROWS_AS(store.articles(filter), Error);
  }
  SECTION("candidates rank the best matches first; no shared word, no candidate") {
    const std::vector<Statement> found = store.candidates("will the ferry stop in winter", 10);
    REQUIRE(!found.empty());
    CHECK(found[0].id == "ferry#1");
    CHECK(store.candidates("volcanic eruption", 10).empty());
  }
}

TEST_CASE("readers query while another process holds the write lock", "[store]") {
  TempDir dir;
  const std::string path = dir.file("corpus.db");
  { Store store(path); add(store, make_article("bridge", "Harbor Courier", "2024-10-02", kBridge)); }
  Raw writer(path);
  REQUIRE(writer.exec("BEGIN IMMEDIATE") == SQLITE_OK);
  REQUIRE(writer.exec("UPDATE articles SET title = 'held' WHERE id = 'bridge'") == SQLITE_OK);
  Store reader(path, StoreOptions{.busy_timeout_ms = 50, .read_only = true});
  CHECK(reader.statement_count() == 3);
  CHECK(reader.articles()[0].article.title == "Harbor bridge");  // the writer has not committed
  Store second_writer(path, StoreOptions{.busy_timeout_ms = 50, .read_only = false});
  CHECK_THROWS_AS(add(second_writer, make_article("ferry", "Valley Gazette", "2024-10-05", "The ferry keeps running.")), Error);
  REQUIRE(writer.exec("COMMIT") == SQLITE_OK);
  CHECK(add(second_writer, make_article("ferry", "Valley Gazette", "2024-10-05", "The ferry keeps running.")).status ==
        AddStatus::added);
}

TEST_CASE("the stored quote audit works from full-text candidates", "[store][quote]") {
  TempDir dir;
  Store store(dir.file("corpus.db"));
  add(store, make_article("courier", "Harbor Courier", "2024-10-02",
                          "\"The harbor bridge will open in November,\" the mayor said. Parking stays free."));
  add(store, make_article("gazette", "Valley Gazette", "2024-10-02",
                          "\"The harbor bridge will open,\" the mayor said. Parking stays free for a year."));
  add(store, make_article("almanac", "Garden Almanac", "2024-10-02", "Plant tulip bulbs in late October."));
  const Aligner aligner;
  const QuoteAudit audit = audit_stored_quote(store, "the harbor bridge will open in November", aligner);
  REQUIRE(audit.renderings.size() >= 2);
  CHECK(audit.renderings[0].article == "courier");
  CHECK(audit.renderings[0].fidelity == Fidelity::verbatim);
  CHECK(audit.renderings[0].outlet == "Harbor Courier");
  CHECK(audit.renderings[1].article == "gazette");
  CHECK(audit.renderings[1].fidelity == Fidelity::trimmed);
  // The almanac shares no word with the quote: never a candidate, never read.
  CHECK(std::find(audit.articles.begin(), audit.articles.end(), "almanac") == audit.articles.end());
}

TEST_CASE("analyze over the store re-uses the previous alignment", "[store][analyze]") {
  TempDir dir;
  Store store(dir.file("corpus.db"));
  add(store, make_article("courier", "Harbor Courier", "2024-10-02",
                          "The harbor bridge will open in November. Parking near the pier stays free."));
  add(store, make_article("gazette", "Valley Gazette", "2024-10-02",
                          "The harbor bridge will open in November. Fares on the ferry stay the same."));
  AnalyzeOptions options;
  options.threads = 1;
  const Analyzer analyzer(options);
  AlignmentReuse reuse;
  const Report first = analyze_store(store, {}, analyzer.aligner(), {}, &reuse);
  CHECK_FALSE(reuse.cached);
  CHECK(reuse.compared == 4);
  CHECK(first.statements.size() == 4);
  CHECK(first.articles.size() == 2);

  const Report second = analyze_store(store, {}, analyzer.aligner(), {}, &reuse);
  CHECK(reuse.cached);
  CHECK(reuse.reused == 4);
  CHECK(reuse.compared == 0);
  CHECK(second.claims.size() == first.claims.size());

  add(store, make_article("ledger", "City Ledger", "2024-10-03",
                          "The harbor bridge will open in November. A new bus line starts in spring."));
  const Report third = analyze_store(store, {}, analyzer.aligner(), {}, &reuse);
  CHECK(reuse.reused == 4);
  CHECK(reuse.compared == 2);
  CHECK(third.statements.size() == 6);
  // Every statement is in exactly one claim.
  std::map<std::string, int> seen;
  for (const Claim& claim : third.claims)
    for (const std::string& member : claim.members) ++seen[member];
  for (const Statement& statement : third.statements) {
    CAPTURE(statement.id);
    CHECK(seen[statement.id] <= 1);
  }
  // An edit drops the old version's statements from the cached claims.
  add(store, make_article("gazette", "Valley Gazette", "2024-10-04", "The harbor bridge will open in December."));
  analyze_store(store, {}, analyzer.aligner(), {}, &reuse);
  CHECK(reuse.dropped == 2);
  CHECK(reuse.compared == 1);
}

TEST_CASE("store keeps a page's authors, canonical URL and credits", "[store]") {
  TempDir dir;
  Store store(dir.file("corpus.db"));
  Article bridge = make_article("bridge", "Harbor Courier", "2024-10-02", kBridge);
  bridge.authors = {"Ana Ruiz", "Tom Field"};
  bridge.canonical_url = "https://courier.example/bridge";
  bridge.credits = {"Reuters"};
  CHECK(add(store, bridge).status == AddStatus::added);
  const std::vector<ArticleReport> articles = store.articles();
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].article.authors == bridge.authors);
  CHECK(articles[0].article.canonical_url == bridge.canonical_url);
  CHECK(articles[0].article.credits == bridge.credits);
}
