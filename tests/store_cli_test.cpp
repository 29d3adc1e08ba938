// The real `claimdiff add` and `claimdiff quote --db`: a store survives an add killed mid-run
// (SIGKILL), opens, passes SQLite's integrity check and holds only whole articles.
#include <catch2/catch.hpp>

#include <claimdiff/analyze.hpp>
#include <claimdiff/ingest.hpp>
#include <claimdiff/store.hpp>

#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <sys/wait.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <set>
#include <thread>

namespace fs = std::filesystem;

namespace {

class TempDir {
 public:
  TempDir() : path_(fs::temp_directory_path() / ("claimdiff_store_cli_" + std::to_string(::getpid()))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// A local news story of a dozen sentences with quotes and reported speech, varied by `n`.
std::string story(int n) {
  static const char* kTowns[] = {"Millbrook", "Eastport", "Carver Falls", "Linden", "Ashford", "Bayview"};
  static const char* kThings[] = {"library", "bridge", "clinic", "school", "harbor wall", "bus depot"};
  const std::string town = kTowns[n % 6];
  const std::string thing = kThings[(n / 6) % 6];
  std::ostringstream text;
  text << "Council approves plan for the " << thing << " in " << town << "\n\n"
       << "The " << town << " council voted " << (5 + n % 4) << " to 2 on Tuesday to rebuild the " << thing << ". "
       << "\"We waited " << (3 + n % 9) << " years for this,\" said councillor Maria Jensen. "
       << "Jensen said the work would start in the spring and cost about " << (2 + n % 17) << " million dollars. "
       << "Opponents argued that the money should go to road repairs instead. "
       << "\"This is the wrong priority for " << town << ",\" councillor Tom Reyes told the meeting.\n\n"
       << "According to the town's engineer, the old " << thing << " was built in " << (1950 + n % 60) << ". "
       << "Residents packed the hall, and some held signs. "
       << "The mayor, Ann Cole, said she expected the project to finish within " << (12 + n % 24) << " months. "
       << "\"We will keep people informed every step of the way,\" Cole said. "
       << "A public hearing is set for next month, officials said. "
       << "Story number " << n << " ends here.\n";
  return text.str();
}

std::string query_one(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* statement = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK);
  std::string value;
  if (sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0))
    value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
  sqlite3_finalize(statement);
  return value;
}

long long stored_articles(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return 0;
  }
  sqlite3_busy_timeout(db, 1000);
  sqlite3_stmt* statement = nullptr;
  long long count = 0;
  if (sqlite3_prepare_v2(db, "SELECT count(*) FROM articles", -1, &statement, nullptr) == SQLITE_OK &&
      sqlite3_step(statement) == SQLITE_ROW)
    count = sqlite3_column_int64(statement, 0);
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return count;
}

pid_t spawn(const std::vector<std::string>& args, const std::string& err = "/dev/null") {
  const pid_t pid = fork();
  if (pid == 0) {
    std::vector<char*> argv;
    for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    freopen(err.c_str(), "w", stderr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

std::string slurp(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

int exit_status(int raw) { return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1; }

// A store of `count` stories added by the real binary into `db`.
void add_stories(const fs::path& folder, const std::string& db, int count) {
  fs::create_directories(folder);
  for (int n = 0; n < count; ++n) std::ofstream(folder / ("story_" + std::to_string(n) + ".txt")) << story(n);
  const std::string command = std::string("'") + CLAIMDIFF_BINARY + "' add '" + folder.string() + "' --db '" + db + "' -q";
  REQUIRE(std::system(command.c_str()) == 0);
}

}  // namespace

TEST_CASE("a store survives an add killed mid-run", "[cli][store]") {
  TempDir dir;
  constexpr int kFiles = 1500;
  fs::create_directories(dir.path() / "news");
  for (int n = 0; n < kFiles; ++n) {
    char name[32];
    std::snprintf(name, sizeof name, "story_%04d.txt", n);
    std::ofstream(dir.path() / "news" / name) << story(n);
  }
  const std::string db = (dir.path() / "corpus.db").string();
  const pid_t pid = spawn({CLAIMDIFF_BINARY, "add", (dir.path() / "news").string(), "--db", db, "--quiet"});
  REQUIRE(pid > 0);
  // Kill it once some articles are in, well before all are.
  long long before_kill = 0;
  int status = 0;
  bool exited = false;
  pid_t reader = 0;
  for (int tries = 0; tries < 6000 && before_kill < 15; ++tries) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (waitpid(pid, &status, WNOHANG) == pid) {
      exited = true;
      break;
    }
    before_kill = stored_articles(db);
    // A reader beside the running writer: quote reads the store while add keeps adding.
    if (before_kill >= 5 && reader == 0)
      reader = spawn({CLAIMDIFF_BINARY, "quote", "We will keep people informed", "--db", db, "-q", "-o",
                      (dir.path() / "during.json").string()});
  }
  if (!exited) {
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    CHECK(WIFSIGNALED(status));
  }
  if (reader > 0) {
    int reader_status = 0;
    waitpid(reader, &reader_status, 0);
    CHECK(WIFEXITED(reader_status));
    CHECK(WEXITSTATUS(reader_status) == 0);
    std::ifstream during(dir.path() / "during.json");
    CHECK(!nlohmann::json::parse(during)["renderings"].empty());
  }
  const long long stored = stored_articles(db);
  CAPTURE(before_kill, stored);
  REQUIRE(stored > 0);
  CHECK(stored < kFiles);  // killed mid-run, not after

  SECTION("the store passes the integrity check and holds only whole articles") {
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(db.c_str(), &raw) == SQLITE_OK);
    CHECK(query_one(raw, "PRAGMA integrity_check") == "ok");
    CHECK(query_one(raw, "INSERT INTO statement_index(statement_index) VALUES('integrity-check')").empty());
    CHECK(sqlite3_errcode(raw) == SQLITE_OK);
    CHECK(query_one(raw, "SELECT count(*) FROM articles a WHERE statement_count <> "
                         "(SELECT count(*) FROM statements s WHERE s.article_rowid = a.rowid)") == "0");
    sqlite3_close(raw);

    // Each stored article has exactly the statements a fresh extraction finds.
    claimdiff::Store store(db);
    const claimdiff::Analyzer analyzer;
    const auto stored_statements = store.statements();
    for (const claimdiff::ArticleReport& report : store.articles()) {
      const auto input = claimdiff::ingest({report.article.source_file});
      REQUIRE(input.articles.size() == 1);
      const claimdiff::Extraction fresh = analyzer.extract(input.articles[0]);
      const auto kept = std::count_if(stored_statements.begin(), stored_statements.end(),
                                      [&](const claimdiff::Statement& s) { return s.article == report.article.id; });
      CAPTURE(report.article.id);
      CHECK(static_cast<std::size_t>(kept) == fresh.statements.size());
    }
  }
  SECTION("adding again completes the store and leaves the stored articles unchanged") {
    const std::string command = std::string("'") + CLAIMDIFF_BINARY + "' add '" + (dir.path() / "news").string() +
                                "' --db '" + db + "' 2>'" + (dir.path() / "err.txt").string() + "'";
    REQUIRE(std::system(command.c_str()) == 0);
    std::ifstream err(dir.path() / "err.txt");
    std::stringstream message;
    message << err.rdbuf();
    CAPTURE(message.str());
    CHECK(message.str().find(std::to_string(stored) + " unchanged") != std::string::npos);
    CHECK(stored_articles(db) == kFiles);
  }
}

TEST_CASE("claimdiff quote reads the store and writes the audit whole", "[cli][store]") {
  TempDir dir;
  fs::create_directories(dir.path() / "news");
  for (int n = 0; n < 6; ++n) std::ofstream(dir.path() / "news" / ("story_" + std::to_string(n) + ".txt")) << story(n);
  const std::string db = (dir.path() / "corpus.db").string();
  const std::string binary = std::string("'") + CLAIMDIFF_BINARY + "'";
  REQUIRE(std::system((binary + " add '" + (dir.path() / "news").string() + "' --db '" + db + "' -q").c_str()) == 0);
  const fs::path out = dir.path() / "audit.json";
  REQUIRE(std::system((binary + " quote 'We will keep people informed every step of the way' --db '" + db + "' -o '" +
                       out.string() + "'").c_str()) == 0);
  std::ifstream file(out);
  const auto audit = nlohmann::json::parse(file);
  CHECK(audit["query"] == "We will keep people informed every step of the way");
  REQUIRE(audit["renderings"].size() >= 6);
  CHECK(audit["renderings"][0]["fidelity"] == "verbatim");
  // A store of another schema is refused with one line and exit 2.
  sqlite3* raw = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &raw) == SQLITE_OK);
  sqlite3_exec(raw, "PRAGMA user_version = 7", nullptr, nullptr, nullptr);
  sqlite3_close(raw);
  const int status = std::system((binary + " quote 'keep people informed' --db '" + db + "' 2>/dev/null >/dev/null").c_str());
  CHECK(WEXITSTATUS(status) == 2);
}

// The acceptance check on the seed articles (the rules themselves are general, and tested
// above on invented text): every covering outlet renders the quote, two in other translations.
TEST_CASE("claimdiff quote finds the translations of one quote across the seed outlets", "[cli][quote]") {
  TempDir dir;
  const fs::path out = dir.path() / "audit.json";
  const std::string command = std::string("'") + CLAIMDIFF_BINARY + "' quote 'this part of Soviet policy was a mistake' '" +
                              CLAIMDIFF_SOURCE_DIR + "/data/seeds' -q -o '" + out.string() + "'";
  REQUIRE(std::system(command.c_str()) == 0);
  std::ifstream file(out);
  const auto audit = nlohmann::json::parse(file);
  std::set<std::string> articles;
  std::set<std::string> quoting;  // articles with a verbatim, trimmed or reworded rendering
  std::string substitutions;
  for (const auto& rendering : audit["renderings"]) {
    articles.insert(rendering["article"].get<std::string>());
    const std::string fidelity = rendering["fidelity"];
    if (fidelity == "verbatim" || fidelity == "trimmed" || fidelity == "reworded")
      quoting.insert(rendering["article"].get<std::string>());
    for (const auto& edit : rendering["diff"])
      if (edit["op"] == "substitute") substitutions += edit["rendering"].get<std::string>() + " | ";
  }
  CAPTURE(substitutions);
  CHECK(articles.size() == 4);
  CHECK(quoting.size() == 3);  // the fourth gives it only in reported speech
  CHECK(substitutions.find("element") != std::string::npos);
  CHECK(substitutions.find("aspect") != std::string::npos);
  CHECK(substitutions.find("misguided") != std::string::npos);
}

TEST_CASE("claimdiff analyze --db re-uses the previous run and compares only new statements", "[cli][store]") {
  TempDir dir;
  fs::create_directories(dir.path() / "day1");
  fs::create_directories(dir.path() / "day2");
  for (int n = 0; n < 3; ++n) std::ofstream(dir.path() / "day1" / ("story_" + std::to_string(n) + ".txt")) << story(n);
  std::ofstream(dir.path() / "day2" / "story_9.txt") << story(9);
  const std::string db = (dir.path() / "corpus.db").string();
  const std::string binary = std::string("'") + CLAIMDIFF_BINARY + "'";
  const fs::path out = dir.path() / "report.json";
  const fs::path err = dir.path() / "err.txt";
  auto analyze = [&] {
    REQUIRE(std::system((binary + " analyze --db '" + db + "' -o '" + out.string() + "' 2>'" + err.string() + "'").c_str()) == 0);
    std::ifstream file(err);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
  };
  REQUIRE(std::system((binary + " add '" + (dir.path() / "day1").string() + "' --db '" + db + "' -q").c_str()) == 0);
  CHECK(analyze().find("re-used") == std::string::npos);
  std::ifstream first_file(out);
  const auto first = nlohmann::json::parse(first_file);
  const std::size_t first_statements = first["statements"].size();
  REQUIRE(first_statements > 0);
  CHECK(first["articles"].size() == 3);
  CHECK(analyze().find("re-used the claims of " + std::to_string(first_statements) + " statement(s), compared 0") !=
        std::string::npos);
  REQUIRE(std::system((binary + " add '" + (dir.path() / "day2").string() + "' --db '" + db + "' -q").c_str()) == 0);
  const std::string third = analyze();
  CAPTURE(third);
  CHECK(third.find("re-used the claims of " + std::to_string(first_statements) + " statement(s)") != std::string::npos);
  CHECK(third.find("compared 0") == std::string::npos);
  std::ifstream third_file(out);
  CHECK(nlohmann::json::parse(third_file)["articles"].size() == 4);
}

TEST_CASE("claimdiff add keeps an edited article as a version and --history shows the edit", "[cli][store]") {
  TempDir dir;
  fs::create_directories(dir.path() / "news");
  const fs::path file = dir.path() / "news" / "ferry.txt";
  const std::string db = (dir.path() / "corpus.db").string();
  const std::string binary = std::string("'") + CLAIMDIFF_BINARY + "'";
  const std::string add = binary + " add '" + (dir.path() / "news").string() + "' --db '" + db + "' -q";
  std::ofstream(file) << "Ferry service cut\n\nThe ferry will stop running in January, the harbor master said.\n";
  REQUIRE(std::system(add.c_str()) == 0);
  REQUIRE(std::system(add.c_str()) == 0);  // same content: nothing new
  std::ofstream(file, std::ios::trunc) << "Ferry service cut\n\nThe ferry will stop running in March, the harbor master said.\n";
  REQUIRE(std::system(add.c_str()) == 0);
  const fs::path out = dir.path() / "history.json";
  REQUIRE(std::system((binary + " add --db '" + db + "' --history ferry >'" + out.string() + "'").c_str()) == 0);
  std::ifstream history_file(out);
  const auto history = nlohmann::json::parse(history_file);
  REQUIRE(history.size() == 2);
  CHECK(history[0]["current"] == false);
  CHECK(history[1]["current"] == true);
  REQUIRE(history[1]["removed"].size() == 1);
  REQUIRE(history[1]["added"].size() == 1);
  CHECK(history[1]["removed"][0].get<std::string>().find("January") != std::string::npos);
  CHECK(history[1]["added"][0].get<std::string>().find("March") != std::string::npos);
}

// #16 finding 7: both creators of a new store used to race on its schema.
TEST_CASE("two first adds into a new store both succeed and keep both articles", "[cli][store]") {
  TempDir dir;
  const fs::path first = dir.path() / "first.txt", second = dir.path() / "second.txt";
  std::ofstream(first) << story(1);
  std::ofstream(second) << story(2);
  for (int round = 0; round < 6; ++round) {
    CAPTURE(round);
    const std::string db = (dir.path() / ("race_" + std::to_string(round) + ".db")).string();
    const std::string err_first = (dir.path() / "err_first.txt").string(), err_second = (dir.path() / "err_second.txt").string();
    const pid_t a = spawn({CLAIMDIFF_BINARY, "add", first.string(), "--db", db, "-q"}, err_first);
    const pid_t b = spawn({CLAIMDIFF_BINARY, "add", second.string(), "--db", db, "-q"}, err_second);
    int status_a = 0, status_b = 0;
    waitpid(a, &status_a, 0);
    waitpid(b, &status_b, 0);
    CAPTURE(slurp(err_first), slurp(err_second));
    CHECK(exit_status(status_a) == 0);
    CHECK(exit_status(status_b) == 0);
    CHECK(stored_articles(db) == 2);
  }
}

// #16 finding 8: reading commands need no write access to the store (nor to its folder, where
// SQLite would put its WAL files). As root, permissions do not apply: the readers run as nobody.
TEST_CASE("analyze --db and quote --db read a store they cannot write", "[cli][store]") {
  TempDir dir;
  const std::string db = (dir.path() / "corpus.db").string();
  add_stories(dir.path() / "news", db, 4);
  std::string reader;
  if (::geteuid() == 0) {
    reader = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
  } else {
    fs::permissions(db, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  }
  fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                  fs::perms::others_read | fs::perms::others_exec);
  const std::string binary = std::string("'") + CLAIMDIFF_BINARY + "'";
  const fs::path err = dir.path() / "err.txt";
  // stdout and stderr go to /tmp: the reader cannot write into the store's folder.
  const std::string out = "/tmp/claimdiff_reader_" + std::to_string(::getpid()) + ".json";
  const std::string redirect = " >'" + out + "' 2>'" + err.string() + "'";
  fs::remove(out);
  const int analyze = std::system((reader + binary + " analyze --db '" + db + "'" + redirect).c_str());
  CAPTURE(slurp(err));
  CHECK(exit_status(analyze) == 0);
  CHECK(nlohmann::json::parse(slurp(out), nullptr, false).value("articles", nlohmann::json::array()).size() == 4);
  const int quote = std::system((reader + binary + " quote 'We will keep people informed' --db '" + db + "'" + redirect).c_str());
  CAPTURE(slurp(err));
  CHECK(exit_status(quote) == 0);
  CHECK(nlohmann::json::parse(slurp(out), nullptr, false).value("renderings", nlohmann::json::array()).size() >= 4);
  fs::remove(out);
}

// #16 finding 9: an add that touched only healthy pages used to report success into a damaged store.
TEST_CASE("a damaged store is named and refused with exit 2", "[cli][store]") {
  TempDir dir;
  const std::string db = (dir.path() / "corpus.db").string();
  add_stories(dir.path() / "news", db, 40);
  // Overwrite the first leaf page of the statements table: one that a new article never touches.
  long long page = 0, page_size = 0;
  {
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open_v2(db.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    page = std::stoll(query_one(raw, "SELECT min(pageno) FROM dbstat WHERE name = 'statements' AND pagetype = 'leaf'"));
    page_size = std::stoll(query_one(raw, "PRAGMA page_size"));
    REQUIRE(std::stoll(query_one(raw, "SELECT count(*) FROM dbstat WHERE name = 'statements' AND pagetype = 'leaf'")) > 2);
    sqlite3_close(raw);
  }
  {
    std::fstream file(db, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp((page - 1) * page_size);
    const std::string garbage(static_cast<std::size_t>(page_size), '\x5A');
    file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
  }
  std::ofstream(dir.path() / "late.txt") << story(77);
  const std::string binary = std::string("'") + CLAIMDIFF_BINARY + "'";
  const fs::path err = dir.path() / "err.txt";
  for (const std::string& command : {"add '" + (dir.path() / "late.txt").string() + "' --db '" + db + "'",
                                     "analyze --db '" + db + "' -o '" + (dir.path() / "report.json").string() + "'"}) {
    CAPTURE(command);
    const int status = std::system((binary + " " + command + " 2>'" + err.string() + "'").c_str());
    const std::string message = slurp(err);
    CAPTURE(message);
    CHECK(exit_status(status) == 2);
    CHECK(std::count(message.begin(), message.end(), '\n') == 1);
    CHECK(message.find(db) != std::string::npos);
    CHECK(message.find("damaged") != std::string::npos);
  }
  CHECK_FALSE(fs::exists(dir.path() / "report.json"));
}
