// The corpus store on SQLite's C API: schema and its version, one IMMEDIATE transaction per added
// article, content-hash dedupe and versions, FTS5 candidate lookup, and the alignment cache that
// lets analyze_store compare only the statements added since its previous run. Every SQLite error
// leaves through sqlite_failure(), so a damaged store is always called damaged.
#include <claimdiff/error.hpp>
#include <claimdiff/report.hpp>
#include <claimdiff/store.hpp>
#include <claimdiff/version.hpp>

#include "base/text_util.hpp"

#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <map>
#include <set>
#include <thread>
#include <unordered_map>
#include <utility>

namespace claimdiff {
namespace {

using json = nlohmann::json;

// "cldf": marks the file as a claimdiff store, so another application's SQLite file is refused.
constexpr int kApplicationId = 0x636C6466;
constexpr std::size_t kAlignCandidates = 40;  // earlier statements a new one is compared with
constexpr std::size_t kCommonRows = 2000;     // a word in more statements is too common to look up by
constexpr std::size_t kRareWords = 8;         // the rarest words of a quote used for its lookup
constexpr std::size_t kTogetherWords = 6;     // words a candidate must have all of, first stage

// Version 1. Statements of every version are kept (history); queries read the current versions.
// The FTS5 index is external-content over statements.content (stored once) with the Porter stemmer.
constexpr const char* kSchema = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles(
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  version INTEGER NOT NULL,
  current INTEGER NOT NULL,
  hash TEXT NOT NULL,
  outlet TEXT NOT NULL,
  title TEXT NOT NULL,
  date TEXT NOT NULL,
  day TEXT NOT NULL,
  url TEXT NOT NULL,
  source_file TEXT NOT NULL,
  text TEXT NOT NULL,
  extra TEXT NOT NULL,
  sentence_count INTEGER NOT NULL,
  statement_count INTEGER NOT NULL,
  added_at TEXT NOT NULL,
  UNIQUE(id, version));
CREATE INDEX articles_by_id ON articles(id, current);
CREATE INDEX articles_current ON articles(current, outlet, day);
CREATE TABLE statements(
  rowid INTEGER PRIMARY KEY,
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid),
  position INTEGER NOT NULL,
  content TEXT NOT NULL,
  data BLOB NOT NULL);
CREATE INDEX statements_by_article ON statements(article_rowid, position);
CREATE VIRTUAL TABLE statement_index USING fts5(content, content='statements', content_rowid='rowid',
  tokenize='porter unicode61 remove_diacritics 2');
CREATE TABLE alignments(
  key TEXT PRIMARY KEY,
  statements TEXT NOT NULL,
  claims TEXT NOT NULL,
  updated_at TEXT NOT NULL);
)sql";

// Migrations from older schema versions, index = the version migrated from. None yet: version 1 is
// the first; a store from before it has no user_version and is refused.
constexpr const char* kMigrations[] = {nullptr, nullptr};

[[noreturn]] void fail(const std::string& path, const std::string& what) {
  throw Error(ErrorCode::store, path, "", what);
}

constexpr const char* kDamaged = "the store is damaged";
constexpr const char* kDamagedAdvice = ": restore it from a copy, or re-create it with 'claimdiff add'";

// The one translation of SQLite's last error on `db` into our message: corruption and foreign files
// are named as such whatever operation met them; anything else keeps SQLite's own words.
[[noreturn]] void sqlite_failure(sqlite3* db, const std::string& path, const std::string& doing = {}) {
  const std::string message = db ? sqlite3_errmsg(db) : "out of memory";
  switch (db ? sqlite3_errcode(db) & 0xff : SQLITE_NOMEM) {
    case SQLITE_CORRUPT: fail(path, std::string(kDamaged) + " (" + message + ")" + kDamagedAdvice);
    case SQLITE_NOTADB: fail(path, "not a claimdiff store (not an SQLite database)");
    case SQLITE_BUSY: fail(path, "the store is locked by another process (" + message + ")");
    default: fail(path, doing.empty() ? message : doing + ": " + message);
  }
}

// A path as an SQLite URI ("file:" and the path with its URI delimiters escaped), so that query
// parameters such as mode=ro can follow.
std::string sqlite_uri(const std::string& path) {
  std::string uri = "file:";
  for (char c : path) {
    if (c == '%') uri += "%25";
    else if (c == '?') uri += "%3f";
    else if (c == '#') uri += "%23";
    else uri += c;
  }
  return uri;
}

class Db {
 public:
  Db() = default;
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;
  ~Db() { close(); }
  void close() {
    if (handle_) sqlite3_close_v2(handle_);
    handle_ = nullptr;
  }
  sqlite3* handle_ = nullptr;
};

// A prepared statement with typed binds; reset on each use.
class Query {
 public:
  Query(sqlite3* db, const std::string& path, const char* sql) : db_(db), path_(&path) {
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement_, nullptr) != SQLITE_OK)
      sqlite_failure(db, path, "cannot prepare a query");
  }
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;
  ~Query() { sqlite3_finalize(statement_); }

  Query& reset() {
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
    next_ = 1;
    return *this;
  }
  Query& bind(std::string_view text) {
    check(sqlite3_bind_text64(statement_, next_++, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
  }
  Query& bind(const std::vector<std::uint8_t>& bytes) {
    check(sqlite3_bind_blob64(statement_, next_++, bytes.data(), bytes.size(), SQLITE_TRANSIENT));
    return *this;
  }
  Query& bind(std::int64_t value) {
    check(sqlite3_bind_int64(statement_, next_++, value));
    return *this;
  }
  // True while there is a row.
  bool step() {
    const int status = sqlite3_step(statement_);
    if (status == SQLITE_ROW) return true;
    if (status == SQLITE_DONE) return false;
    sqlite_failure(db_, *path_);
  }
  void run() {
    while (step()) {
    }
  }
  std::int64_t integer(int column) const { return sqlite3_column_int64(statement_, column); }
  std::vector<std::uint8_t> blob(int column) const {
    const auto* bytes = static_cast<const std::uint8_t*>(sqlite3_column_blob(statement_, column));
    return bytes ? std::vector<std::uint8_t>(bytes, bytes + sqlite3_column_bytes(statement_, column)) : std::vector<std::uint8_t>();
  }
  std::string text(int column) const {
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
    return bytes ? std::string(bytes, static_cast<std::size_t>(sqlite3_column_bytes(statement_, column))) : std::string();
  }

 private:
  void check(int status) {
    if (status != SQLITE_OK) sqlite_failure(db_, *path_);
  }
  sqlite3* db_;
  const std::string* path_;
  sqlite3_stmt* statement_ = nullptr;
  int next_ = 1;
};

void exec(sqlite3* db, const std::string& path, const char* sql) {
  if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) sqlite_failure(db, path);
}

// One BEGIN IMMEDIATE ... COMMIT. The write lock is taken at the start, so two writers queue on the
// busy timeout instead of one failing when it would upgrade a read; whatever leaves the scope
// before commit() (an exception, an early return) rolls back.
class Transaction {
 public:
  Transaction(sqlite3* db, const std::string& path) : db_(db), path_(path) { exec(db_, path_, "BEGIN IMMEDIATE"); }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction() {
    // A failed COMMIT may have rolled back already; a second ROLLBACK is then a harmless error.
    if (open_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  void commit() {
    exec(db_, path_, "COMMIT");
    open_ = false;
  }

 private:
  sqlite3* db_;
  const std::string& path_;
  bool open_ = true;
};

std::int64_t pragma_int(sqlite3* db, const std::string& path, const char* sql) {
  Query query(db, path, sql);
  return query.step() ? query.integer(0) : 0;
}

std::string utc_now() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm parts{};
  gmtime_r(&now, &parts);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return buffer;
}

// FNV-1a over the fields that make an article's content; 64 bits is plenty to tell the versions of
// one article apart.
std::string content_hash(const Article& article) {
  std::uint64_t hash = 0xcbf29ce484222325ull;
  auto feed = [&](std::string_view text) {
    for (char c : text) {
      hash ^= static_cast<unsigned char>(c);
      hash *= 0x100000001b3ull;
    }
    hash ^= 0xff;
    hash *= 0x100000001b3ull;
  };
  feed(article.outlet);
  feed(article.title);
  feed(article.text);
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int month_number(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  if (word.size() < 3) return 0;
  const std::string folded = detail::fold(word);
  for (int i = 0; i < 12; ++i)
    if (std::string_view(folded).substr(0, 3) == kMonths[i]) return i + 1;
  return 0;
}

// The article's date as YYYY-MM-DD for --since/--until: ISO dates ("2023-09-05", "2023-09-05T10:00")
// and written ones ("September 5, 2023", "5 Sep 2023"); empty when the date cannot be read.
std::string day_of(std::string_view date) {
  date = detail::trim(date);
  if (date.size() >= 10 && all_digits(date.substr(0, 4)) && (date[4] == '-' || date[4] == '/') &&
      all_digits(date.substr(5, 2)) && date[7] == date[4] && all_digits(date.substr(8, 2)))
    return std::string(date.substr(0, 4)) + "-" + std::string(date.substr(5, 2)) + "-" + std::string(date.substr(8, 2));
  int year = 0, month = 0, day = 0;
  for (const detail::Token& token : detail::tokenize_words(date)) {
    if (all_digits(token.text) && token.text.size() == 4) year = std::stoi(std::string(token.text));
    else if (all_digits(token.text) && token.text.size() <= 2 && day == 0) day = std::stoi(std::string(token.text));
    else if (month == 0) month = month_number(token.text);
  }
  if (year == 0 || month == 0 || day < 1 || day > 31) return "";
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

bool is_day(std::string_view text) {
  return text.size() == 10 && all_digits(text.substr(0, 4)) && text[4] == '-' && all_digits(text.substr(5, 2)) &&
         text[7] == '-' && all_digits(text.substr(8, 2));
}

json span_json(Span span) { return json::array({span.begin, span.end}); }
Span span_from(const json& value) {
  if (!value.is_array() || value.size() != 2) return {};
  return Span{value[0].get<std::size_t>(), value[1].get<std::size_t>()};
}

json framing_json(const std::vector<FramingTerm>& terms) {
  json out = json::array();
  for (const FramingTerm& term : terms) out.push_back({{"text", term.text}, {"span", span_json(term.span)}, {"category", term.category}});
  return out;
}

std::vector<FramingTerm> framing_from(const json& value) {
  std::vector<FramingTerm> terms;
  if (!value.is_array()) return terms;
  for (const json& item : value)
    terms.push_back(FramingTerm{item.value("text", ""), span_from(item.value("span", json())), item.value("category", "")});
  return terms;
}

// Drops the nulls and the empty strings and arrays of an object: most statements have no via,
// framing or mention, and the store holds hundreds of thousands of them.
template <typename Json>
Json without_empty(Json object) {
  for (auto it = object.begin(); it != object.end();) {
    if (it->is_null() || (it->is_string() && it->template get_ref<const std::string&>().empty()) ||
        (it->is_array() && it->empty()))
      it = object.erase(it);
    else
      ++it;
  }
  return object;
}

// The statement in its report JSON form without its content (stored in its own column for the
// full-text index) and article (the row it belongs to), as MessagePack: smaller than JSON text
// and quicker to read back.
std::vector<std::uint8_t> statement_data(const Statement& statement) {
  nlohmann::ordered_json data = to_json(statement);
  data.erase("content");
  data.erase("article");
  for (auto& figure : data["figures"]) figure = without_empty(std::move(figure));
  return nlohmann::ordered_json::to_msgpack(without_empty(std::move(data)));
}

Statement statement_from(const std::vector<std::uint8_t>& bytes, std::string content, const std::string& article,
                         const std::string& path) {
  json data = json::from_msgpack(bytes, true, false);
  if (data.is_discarded() || !data.is_object()) fail(path, "a stored statement of '" + article + "' is unreadable");
  data["content"] = std::move(content);
  data["article"] = article;
  return statement_from_json(data);
}

// Article fields that are not queried: boilerplate spans, article-level via and framing, the
// page's authors, canonical URL and credits.
std::string article_extra(const Article& article, const Extraction& extraction) {
  json extra;
  json boilerplate = json::array();
  for (const Span& span : article.boilerplate) boilerplate.push_back(span_json(span));
  extra["boilerplate"] = boilerplate;
  extra["via"] = extraction.via;
  extra["framing"] = framing_json(extraction.framing);
  extra["authors"] = article.authors;
  extra["canonical_url"] = article.canonical_url;
  extra["credits"] = article.credits;
  return extra.dump(-1, ' ', false, json::error_handler_t::replace);
}

// What an edit changed, as multisets of statement contents: those only `before` has and those only
// `after` has, each in its text order.
void content_changes(const std::vector<std::string>& before, const std::vector<std::string>& after,
                     std::vector<std::string>& removed, std::vector<std::string>& added) {
  std::multiset<std::string> old_set(before.begin(), before.end());
  std::multiset<std::string> new_set(after.begin(), after.end());
  for (const std::string& content : after) {
    const auto found = old_set.find(content);
    if (found != old_set.end()) old_set.erase(found);
    else added.push_back(content);
  }
  for (const std::string& content : before) {
    const auto found = new_set.find(content);
    if (found != new_set.end()) new_set.erase(found);
    else removed.push_back(content);
  }
}

// An article row read from `first` on: id, outlet, title, date, url, source_file, text, extra,
// sentence_count.
ArticleReport article_from_row(const Query& query, int first) {
  ArticleReport report;
  report.article.id = query.text(first);
  report.article.outlet = query.text(first + 1);
  report.article.title = query.text(first + 2);
  report.article.date = query.text(first + 3);
  report.article.url = query.text(first + 4);
  report.article.source_file = query.text(first + 5);
  report.article.text = query.text(first + 6);
  const json extra = json::parse(query.text(first + 7), nullptr, false);
  if (extra.is_object()) {
    for (const json& span : extra.value("boilerplate", json::array())) report.article.boilerplate.push_back(span_from(span));
    report.via = extra.value("via", std::vector<std::string>{});
    report.framing = framing_from(extra.value("framing", json()));
    // Absent from rows written before they were kept; a value of another type reads as absent.
    const auto strings_of = [&](const char* key) {
      std::vector<std::string> out;
      for (const json& item : extra.value(key, json::array()))
        if (item.is_string()) out.push_back(item.get<std::string>());
      return out;
    };
    report.article.authors = strings_of("authors");
    report.article.credits = strings_of("credits");
    if (const auto url = extra.find("canonical_url"); url != extra.end() && url->is_string())
      report.article.canonical_url = url->get<std::string>();
  }
  report.sentence_count = static_cast<std::size_t>(query.integer(first + 8));
  return report;
}

// An FTS5 query from free text: each word a quoted string (so no word is read as an operator),
// joined with `separator` (" " = all of them, " OR " = any).
std::string fts_query(const std::vector<std::string>& words, std::string_view separator) {
  std::string query;
  for (const std::string& word : words) {
    if (!query.empty()) query += separator;
    query += '"';
    for (char c : word) {
      if (c == '"') query += '"';
      query += c;
    }
    query += '"';
  }
  return query;
}

std::vector<std::string> distinct_words(std::string_view text, bool content_only) {
  // Words too common to narrow a lookup; the audit weighs them itself.
  static const std::set<std::string> kCommon = {
      "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has",
      "have", "he", "her", "his", "i", "in", "is", "it", "its", "of", "on", "or", "our", "she",
      "that", "the", "their", "they", "this", "to", "was", "we", "were", "which", "who", "will", "with"};
  std::vector<std::string> words;
  std::set<std::string> seen;
  for (const detail::Token& token : detail::tokenize_words(text)) {
    std::string word = detail::fold(token.text);
    if (content_only && kCommon.count(word) != 0) continue;
    if (seen.insert(word).second) words.push_back(std::move(word));
  }
  return words;
}

}  // namespace

bool store_writable(const std::string& path) {
  const std::filesystem::path file(path);
  const std::filesystem::path folder = file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
  return ::access(file.c_str(), W_OK) == 0 && ::access(folder.c_str(), W_OK) == 0;
}

std::string to_string(AddStatus status) {
  switch (status) {
    case AddStatus::added: return "added";
    case AddStatus::unchanged: return "unchanged";
    case AddStatus::new_version: return "new_version";
  }
  return "unknown";
}

struct Store::Impl {
  std::string path;
  StoreOptions options;
  Db db;

  sqlite3* handle() const { return db.handle_; }

  // What the file holds, read in one statement so that a store created meanwhile by another
  // process is seen either empty or whole.
  struct Header {
    std::int64_t application = 0;
    std::int64_t version = 0;
    std::int64_t tables = 0;
    bool empty() const { return application == 0 && version == 0 && tables == 0; }
  };

  Header header() const {
    Query query(handle(), path,
                "SELECT (SELECT application_id FROM pragma_application_id), (SELECT user_version FROM "
                "pragma_user_version), (SELECT count(*) FROM sqlite_schema)");
    if (!query.step()) return {};
    return Header{query.integer(0), query.integer(1), query.integer(2)};
  }

  void connect(const std::string& name, int flags) {
    db.close();
    if (sqlite3_open_v2(name.c_str(), &db.handle_, flags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nullptr) != SQLITE_OK)
      sqlite_failure(db.handle_, path, "cannot open the store");
    sqlite3_extended_result_codes(db.handle_, 1);
    sqlite3_busy_timeout(db.handle_, options.busy_timeout_ms);
  }

  // A reader without write access to the store's folder cannot create the WAL index beside it
  // (SQLITE_READONLY_DIRECTORY). When no write-ahead log is pending, the main file is the whole
  // store and is read as immutable; a writer that starts meanwhile is not seen.
  Header read_only_header() {
    connect(sqlite_uri(path) + "?mode=ro", SQLITE_OPEN_READONLY);
    try {
      return header();
    } catch (const Error&) {
      const int code = sqlite3_extended_errcode(handle());
      const bool no_wal_index = code == SQLITE_READONLY_DIRECTORY || code == SQLITE_READONLY_CANTINIT;
      if (!no_wal_index || pending_log()) throw;
    }
    connect(sqlite_uri(path) + "?mode=ro&immutable=1", SQLITE_OPEN_READONLY);
    return header();
  }

  bool pending_log() const {
    std::error_code error;
    const auto bytes = std::filesystem::file_size(path + "-wal", error);
    return !error && bytes > 0;
  }

  void open() {
    if (options.read_only && !std::filesystem::exists(path)) fail(path, "no such store");
    Header found;
    if (options.read_only) {
      found = read_only_header();
      if (found.empty()) fail(path, "the store is empty");
    } else {
      connect(sqlite_uri(path), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
      found = header();
      if (found.empty()) {
        // Two first writers both see an empty file: the one that gets the lock creates the schema,
        // the other finds it made when it looks again under the lock.
        Transaction transaction(handle(), path);
        found = header();
        if (found.empty()) {
          create();
          found = header();
        }
        transaction.commit();
      }
    }
    if (found.application != kApplicationId) {
      fail(path, "not a claimdiff store (another application's SQLite database)");
    } else if (found.version > kSchemaVersion) {
      fail(path, "store schema version " + std::to_string(found.version) + " is newer than this claimdiff reads (" +
                     std::to_string(kSchemaVersion) + "): upgrade claimdiff");
    } else if (found.version < kSchemaVersion) {
      migrate(found.version);
    }
    check_integrity();
    if (!options.read_only) {
      // WAL: readers keep reading while one process adds; NORMAL sync is still crash-safe in WAL.
      use_write_ahead_log();
      exec(handle(), path, "PRAGMA synchronous=NORMAL");
    }
    exec(handle(), path, "PRAGMA foreign_keys=ON");
  }

  // Two first writers of a new store both switch it to WAL at once: each holds a shared lock and
  // wants the exclusive one, and SQLite refuses one of them at once (it would deadlock waiting) with
  // no busy wait. So a refused switch is tried again, every few milliseconds, until the busy timeout.
  void use_write_ahead_log() {
    constexpr auto kRetryPause = std::chrono::milliseconds(5);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(options.busy_timeout_ms);
    while (sqlite3_exec(handle(), "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr) != SQLITE_OK) {
      if ((sqlite3_errcode(handle()) & 0xff) != SQLITE_BUSY || std::chrono::steady_clock::now() > deadline)
        sqlite_failure(handle(), path);
      std::this_thread::sleep_for(kRetryPause);
    }
  }

  // SQLite notices a damaged page only when it reads it: an add that touches healthy pages would
  // report success into a damaged file. quick_check reads every page once (no index cross-check).
  void check_integrity() const {
    Query check(handle(), path, "PRAGMA quick_check(1)");
    std::string verdict = check.step() ? check.text(0) : std::string("no verdict");
    if (verdict == "ok") return;
    // The report is several lines ("*** in database main ***", "Page 27: ..."): one line is kept.
    if (verdict.rfind("*** ", 0) == 0 && verdict.find('\n') != std::string::npos) verdict.erase(0, verdict.find('\n') + 1);
    verdict = verdict.substr(0, verdict.find('\n'));
    fail(path, std::string(kDamaged) + " (" + verdict + ")" + kDamagedAdvice);
  }

  // Inside the caller's transaction.
  void create() {
    exec(handle(), path, kSchema);
    exec(handle(), path, ("PRAGMA application_id=" + std::to_string(kApplicationId)).c_str());
    exec(handle(), path, ("PRAGMA user_version=" + std::to_string(kSchemaVersion)).c_str());
    Query meta(handle(), path, "INSERT INTO meta(key, value) VALUES('created_by', ?), ('created_at', ?)");
    meta.bind(std::string_view("claimdiff " CLAIMDIFF_VERSION)).bind(std::string_view(utc_now())).run();
  }

  void migrate(std::int64_t from) {
    if (from < 1 || static_cast<std::size_t>(from) >= std::size(kMigrations) || kMigrations[from] == nullptr)
      fail(path, "store schema version " + std::to_string(from) + " is older than this claimdiff can migrate (" +
                     std::to_string(kSchemaVersion) + "): re-create it with 'claimdiff add'");
    if (options.read_only) fail(path, "the store needs a migration from schema version " + std::to_string(from) + "; open it writable once");
    Transaction transaction(handle(), path);
    for (std::int64_t v = from; v < kSchemaVersion; ++v) exec(handle(), path, kMigrations[v]);
    exec(handle(), path, ("PRAGMA user_version=" + std::to_string(kSchemaVersion)).c_str());
    transaction.commit();
  }

  // WHERE terms and binds for a filter over `articles a` (and `statement_index` when matching).
  struct Where {
    std::string sql;
    std::vector<std::string> binds;
  };

  Where where(const StoreFilter& filter) const {
    Where out{"a.current = 1", {}};
    if (!filter.outlet.empty()) {
      out.sql += " AND a.outlet = ?";
      out.binds.push_back(filter.outlet);
    }
    for (const auto& [bound, op] : {std::pair{&filter.since, ">="}, std::pair{&filter.until, "<="}}) {
      if (bound->empty()) continue;
      if (!is_day(*bound)) throw Error(ErrorCode::usage, "", "", "a date must read YYYY-MM-DD, not '" + *bound + "'");
      out.sql += std::string(" AND a.day <> '' AND a.day ") + op + " ?";
      out.binds.push_back(*bound);
    }
    return out;
  }

  std::vector<Statement> load_statements(const std::string& sql, const std::vector<std::string>& binds,
                                         std::vector<std::int64_t>* rowids = nullptr) const {
    Query query(handle(), path, sql.c_str());
    for (const std::string& value : binds) query.bind(value);
    std::vector<Statement> out;
    while (query.step()) {
      out.push_back(statement_from(query.blob(2), query.text(1), query.text(3), path));
      if (rowids) rowids->push_back(query.integer(0));
    }
    return out;
  }

  std::vector<Statement> select_statements(const StoreFilter& filter, std::vector<std::int64_t>* rowids) const {
    Where w = where(filter);
    std::string sql = "SELECT s.rowid, s.content, s.data, a.id FROM statements s JOIN articles a ON a.rowid = s.article_rowid";
    if (!filter.match.empty()) {
      const std::vector<std::string> words = distinct_words(filter.match, false);
      if (!words.empty()) {
        sql += " WHERE s.rowid IN (SELECT rowid FROM statement_index WHERE statement_index MATCH ?) AND ";
        w.binds.insert(w.binds.begin(), fts_query(words, " "));
      } else {
        sql += " WHERE ";
      }
    } else {
      sql += " WHERE ";
    }
    sql += w.sql + " ORDER BY a.rowid, s.position";
    return load_statements(sql, w.binds, rowids);
  }

  struct Current {
    std::int64_t rowid = 0;
    int version = 0;
    std::string hash;
  };

  std::optional<Current> current(const std::string& id) const {
    Query query(handle(), path, "SELECT rowid, version, hash FROM articles WHERE id = ? AND current = 1");
    query.bind(id);
    if (!query.step()) return std::nullopt;
    return Current{query.integer(0), static_cast<int>(query.integer(1)), query.text(2)};
  }

  // The FTS5 queries that find candidates for these words without ranking a large share of the
  // index, in order: its rarest words together (a quote given whole, whatever its words), then any of
  // the words that are not common (each counted up to kCommonRows), rarest first. Empty when no
  // word occurs at all.
  std::vector<std::string> candidate_matches(const std::vector<std::string>& words) const {
    Query count(handle(), path, "SELECT count(*) FROM (SELECT rowid FROM statement_index WHERE statement_index MATCH ? LIMIT ?)");
    std::vector<std::pair<std::int64_t, std::string>> rare;
    std::vector<std::pair<std::int64_t, std::string>> present;
    for (const std::string& word : words) {
      count.reset().bind(fts_query({word}, " ")).bind(static_cast<std::int64_t>(kCommonRows + 1));
      const std::int64_t rows = count.step() ? count.integer(0) : 0;
      if (rows == 0) continue;
      present.emplace_back(rows, word);
      if (rows <= static_cast<std::int64_t>(kCommonRows)) rare.emplace_back(rows, word);
    }
    if (present.empty()) return {};
    // Together, the few rarest words select as well as all of them and read far shorter lists;
    // among the common ones (not counted past kCommonRows) longer words tend to be rarer.
    std::stable_sort(present.begin(), present.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first < b.first : a.second.size() > b.second.size();
    });
    std::vector<std::string> together;
    for (std::size_t i = 0; i < present.size() && i < kTogetherWords; ++i) together.push_back(present[i].second);
    std::vector<std::string> matches{fts_query(together, " ")};
    if (rare.empty() || present.size() == 1) return matches;
    std::stable_sort(rare.begin(), rare.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    if (rare.size() > kRareWords) rare.resize(kRareWords);
    std::vector<std::string> chosen;
    for (auto& item : rare) chosen.push_back(std::move(item.second));
    matches.push_back(fts_query(chosen, " OR "));
    return matches;
  }

  // Statements (any version) sharing words with `text`, best bm25 first.
  std::vector<std::int64_t> similar_rowids(std::string_view text, std::size_t limit) const {
    const std::vector<std::string> words = distinct_words(text, true);
    if (words.empty()) return {};
    Query query(handle(), path, "SELECT rowid FROM statement_index WHERE statement_index MATCH ? ORDER BY rank LIMIT ?");
    std::vector<std::int64_t> out;
    std::set<std::int64_t> seen;
    for (const std::string& match : candidate_matches(words)) {
      query.reset().bind(match).bind(static_cast<std::int64_t>(limit));
      while (query.step() && out.size() < limit)
        if (seen.insert(query.integer(0)).second) out.push_back(query.integer(0));
    }
    return out;
  }

  std::vector<std::string> contents_of(std::int64_t article_rowid) const {
    Query query(handle(), path, "SELECT content FROM statements WHERE article_rowid = ? ORDER BY position");
    query.bind(article_rowid);
    std::vector<std::string> out;
    while (query.step()) out.push_back(query.text(0));
    return out;
  }

  // With `only_if_unchanged`, writes nothing and returns nothing unless the current version has
  // the same content (the extraction is then not needed).
  std::optional<AddResult> add(const Article& article, const Extraction& extraction, std::size_t sentence_count,
                               bool only_if_unchanged) {
    if (options.read_only) fail(path, "the store is open read-only");
    const std::string hash = content_hash(article);
    AddResult result;
    result.article = article.id;
    // The whole article or nothing: a crash between these statements leaves the previous state.
    Transaction transaction(handle(), path);
    const std::optional<Current> previous = current(article.id);
    if (previous && previous->hash == hash) {
      result.status = AddStatus::unchanged;
      result.version = previous->version;
      Query count(handle(), path, "SELECT statement_count FROM articles WHERE rowid = ?");
      count.bind(previous->rowid);
      if (count.step()) result.statements = static_cast<std::size_t>(count.integer(0));
      transaction.commit();
      return result;
    }
    if (only_if_unchanged) return std::nullopt;
    result.status = previous ? AddStatus::new_version : AddStatus::added;
    result.version = previous ? previous->version + 1 : 1;
    std::vector<std::string> before;
    if (previous) {
      before = contents_of(previous->rowid);
      Query retire(handle(), path, "UPDATE articles SET current = 0 WHERE rowid = ?");
      retire.bind(previous->rowid).run();
    }
    Query insert(handle(), path,
                 "INSERT INTO articles(id, version, current, hash, outlet, title, date, day, url, source_file, text, "
                 "extra, sentence_count, statement_count, added_at) VALUES(?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(article.id).bind(std::int64_t{result.version}).bind(hash).bind(article.outlet).bind(article.title)
        .bind(article.date).bind(day_of(article.date)).bind(article.url).bind(article.source_file).bind(article.text)
        .bind(article_extra(article, extraction)).bind(static_cast<std::int64_t>(sentence_count))
        .bind(static_cast<std::int64_t>(extraction.statements.size())).bind(utc_now()).run();
    const std::int64_t article_rowid = sqlite3_last_insert_rowid(handle());
    Query statement_insert(handle(), path,
                           "INSERT INTO statements(article_rowid, position, content, data) VALUES(?, ?, ?, ?)");
    Query index_insert(handle(), path, "INSERT INTO statement_index(rowid, content) VALUES(?, ?)");
    std::int64_t position = 0;
    for (const Statement& statement : extraction.statements) {
      statement_insert.reset().bind(article_rowid).bind(position++).bind(statement.content).bind(statement_data(statement)).run();
      index_insert.reset().bind(sqlite3_last_insert_rowid(handle())).bind(statement.content).run();
    }
    transaction.commit();
    result.statements = extraction.statements.size();
    if (previous) {
      std::vector<std::string> after;
      for (const Statement& statement : extraction.statements) after.push_back(statement.content);
      content_changes(before, after, result.removed, result.added);
    }
    return result;
  }
};

Store::Store(const std::string& path, StoreOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->path = path;
  impl_->options = options;
  impl_->open();
}

Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

const std::string& Store::path() const { return impl_->path; }

AddResult Store::add(const Article& article, const Segmenter& segmenter, const Extractor& extractor) {
  // Skip the extraction when the current version is the same content. Another process may add a
  // new version in between: then the transaction finds a different hash, writes nothing, and the
  // article is extracted and added as usual.
  if (const auto previous = impl_->current(article.id); previous && previous->hash == content_hash(article)) {
    if (auto unchanged = impl_->add(article, Extraction{}, 0, true)) return *unchanged;
  }
  const Segmentation segmentation = segmenter.segment(article);
  const Extraction extraction = extractor.extract(article, segmentation);
  return *impl_->add(article, extraction, segmentation.sentences.size(), false);
}

AddResult Store::add(const Article& article, const Extraction& extraction, std::size_t sentence_count) {
  return *impl_->add(article, extraction, sentence_count, false);
}

std::vector<ArticleReport> Store::articles(const StoreFilter& filter, bool with_text) const {
  Impl::Where w = impl_->where(filter);
  std::string sql = std::string("SELECT a.id, a.outlet, a.title, a.date, a.url, a.source_file, ") +
                    (with_text ? "a.text" : "''") + ", a.extra, a.sentence_count FROM articles a WHERE " + w.sql;
  if (!filter.match.empty()) {
    const std::vector<std::string> words = distinct_words(filter.match, false);
    if (!words.empty()) {
      sql += " AND a.rowid IN (SELECT s.article_rowid FROM statements s WHERE s.rowid IN "
             "(SELECT rowid FROM statement_index WHERE statement_index MATCH ?))";
      w.binds.push_back(fts_query(words, " "));
    }
  }
  sql += " ORDER BY a.rowid";
  Query query(impl_->handle(), impl_->path, sql.c_str());
  for (const std::string& value : w.binds) query.bind(value);
  std::vector<ArticleReport> out;
  while (query.step()) {
    out.push_back(article_from_row(query, 0));
  }
  return out;
}

std::vector<Statement> Store::statements(const StoreFilter& filter) const {
  return impl_->select_statements(filter, nullptr);
}

std::vector<Statement> Store::candidates(std::string_view text, std::size_t limit, const StoreFilter& filter) const {
  std::vector<std::string> words = distinct_words(text, true);
  if (words.empty()) words = distinct_words(text, false);
  if (words.empty() || limit == 0) return {};
  const std::vector<std::string> matches = impl_->candidate_matches(words);
  if (matches.empty()) return {};
  Impl::Where w = impl_->where(filter);
  // The best-ranked matches first, then the article filter on those rows only.
  std::string sql =
      "SELECT s.rowid, s.content, s.data, a.id FROM (SELECT rowid, rank FROM statement_index WHERE statement_index "
      "MATCH ? ORDER BY rank LIMIT ?) m JOIN statements s ON s.rowid = m.rowid JOIN articles a ON a.rowid = "
      "s.article_rowid WHERE " + w.sql;
  if (!filter.match.empty()) {
    const std::vector<std::string> match_words = distinct_words(filter.match, false);
    if (!match_words.empty()) {
      sql += " AND s.rowid IN (SELECT rowid FROM statement_index WHERE statement_index MATCH ?)";
      w.binds.push_back(fts_query(match_words, " "));
    }
  }
  sql += " ORDER BY m.rank, s.rowid";
  Query query(impl_->handle(), impl_->path, sql.c_str());
  // Old versions and filtered-out articles take places in the ranking: fetch more than asked for
  // when a filter applies.
  const bool filtered = !filter.outlet.empty() || !filter.since.empty() || !filter.until.empty() || !filter.match.empty();
  std::vector<Statement> out;
  std::set<std::int64_t> seen;
  for (const std::string& match : matches) {
    query.reset().bind(match).bind(static_cast<std::int64_t>(limit * (filtered ? 8 : 2)));
    for (const std::string& value : w.binds) query.bind(value);
    while (out.size() < limit && query.step())
      if (seen.insert(query.integer(0)).second)
        out.push_back(statement_from(query.blob(2), query.text(1), query.text(3), impl_->path));
  }
  return out;
}

std::vector<ArticleVersion> Store::versions(const std::string& article) const {
  Query query(impl_->handle(), impl_->path,
              "SELECT version, date, added_at, hash, statement_count, current, rowid FROM articles WHERE id = ? "
              "ORDER BY version");
  query.bind(article);
  std::vector<ArticleVersion> out;
  std::vector<std::string> before;
  while (query.step()) {
    ArticleVersion version{article, static_cast<int>(query.integer(0)), query.text(1), query.text(2), query.text(3),
                           static_cast<std::size_t>(query.integer(4)), query.integer(5) != 0, {}, {}};
    std::vector<std::string> contents = impl_->contents_of(query.integer(6));
    if (!out.empty()) content_changes(before, contents, version.removed, version.added);
    before = std::move(contents);
    out.push_back(std::move(version));
  }
  return out;
}

std::size_t Store::article_count() const {
  return static_cast<std::size_t>(pragma_int(impl_->handle(), impl_->path, "SELECT count(*) FROM articles WHERE current = 1"));
}

std::size_t Store::statement_count() const {
  return static_cast<std::size_t>(pragma_int(
      impl_->handle(), impl_->path,
      "SELECT count(*) FROM statements s JOIN articles a ON a.rowid = s.article_rowid WHERE a.current = 1"));
}

std::vector<ArticleReport> Store::articles_by_id(const std::vector<std::string>& ids, bool with_text) const {
  Query query(impl_->handle(), impl_->path,
              with_text ? "SELECT a.rowid, a.id, a.outlet, a.title, a.date, a.url, a.source_file, a.text, a.extra, "
                          "a.sentence_count FROM articles a WHERE a.id = ? AND a.current = 1"
                        : "SELECT a.rowid, a.id, a.outlet, a.title, a.date, a.url, a.source_file, '', a.extra, "
                          "a.sentence_count FROM articles a WHERE a.id = ? AND a.current = 1");
  std::vector<std::pair<std::int64_t, ArticleReport>> found;
  for (const std::string& id : ids) {
    query.reset().bind(id);
    if (!query.step()) continue;
    found.emplace_back(query.integer(0), article_from_row(query, 1));
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<ArticleReport> out;
  for (auto& item : found) out.push_back(std::move(item.second));
  return out;
}

QuoteAudit audit_stored_quote(const Store& store, std::string_view query, const Aligner& aligner,
                              const StoreFilter& filter, const StoreQuoteOptions& options) {
  const std::vector<Statement> candidates = store.candidates(query, options.candidates, filter);
  // The candidates' articles, in store order, are the set omissions are judged against.
  std::map<std::string, std::vector<const Statement*>> by_article;
  std::vector<std::string> ids;
  for (const Statement& statement : candidates) {
    auto& list = by_article[statement.article];
    if (list.empty()) ids.push_back(statement.article);
    list.push_back(&statement);
  }
  std::vector<ArticleReport> articles = store.articles_by_id(ids, false);
  std::vector<Statement> ordered;
  ordered.reserve(candidates.size());
  for (const ArticleReport& report : articles) {
    auto& list = by_article[report.article.id];
    // Text order inside an article, whatever the ranking was.
    std::sort(list.begin(), list.end(), [](const Statement* a, const Statement* b) { return a->sentence < b->sentence || (a->sentence == b->sentence && a->id < b->id); });
    for (const Statement* statement : list) ordered.push_back(*statement);
  }
  return audit_quote(query, ordered, articles, aligner, options.quote);
}

namespace {

std::string alignment_key(const StoreFilter& filter, const Aligner& aligner) {
  const AlignOptions& options = aligner.options();
  json key{{"outlet", filter.outlet}, {"since", filter.since}, {"until", filter.until}, {"match", filter.match},
           {"threshold", aligner.threshold()}, {"unattributed", options.unattributed}, {"exact", options.exact},
           {"schema", Store::kSchemaVersion}};
  return key.dump();
}

// A claim being assembled over the store's statements, members as indexes into the report.
struct Draft {
  std::vector<std::size_t> members;
  std::size_t representative = 0;
  std::string summary;
  double cohesion = 0.0;
  bool changed = false;
};

// Drafts for the claims the aligner finds among `statements`; `index_of` maps their ids to report indexes.
void add_drafts(const Aligner& aligner, const std::vector<Statement>& statements,
                const std::unordered_map<std::string, std::size_t>& index_of, std::vector<Draft>& drafts) {
  for (const Claim& claim : aligner.align(statements)) {
    Draft draft;
    for (const std::string& member : claim.members) draft.members.push_back(index_of.at(member));
    const auto representative = index_of.find(claim.representative);
    draft.representative = representative != index_of.end() ? representative->second : draft.members.front();
    draft.summary = claim.summary;
    draft.cohesion = claim.cohesion;
    drafts.push_back(std::move(draft));
  }
}

double mean_similarity(const std::vector<std::size_t>& members, const std::vector<Statement>& statements,
                       const Aligner& aligner) {
  if (members.size() < 2) return 1.0;
  double sum = 0.0;
  std::size_t pairs = 0;
  for (std::size_t i = 0; i < members.size(); ++i)
    for (std::size_t j = i + 1; j < members.size(); ++j, ++pairs)
      sum += aligner.similarity(statements[members[i]].content, statements[members[j]].content);
  return sum / static_cast<double>(pairs);
}

// A changed claim gets its cohesion measured again up to this many members (the mean of all pairs:
// quadratic); a larger one keeps the previous run's figure.
constexpr std::size_t kMaxRemeasuredMembers = 12;

// The statements an analysis sees, as the store knows them: their rowids, and the report index of each.
struct StoredStatements {
  std::vector<std::int64_t> rowids;
  std::unordered_map<std::int64_t, std::size_t> index_of;
};

// What the previous run left that this one keeps.
struct KeptClaims {
  std::set<std::int64_t> seen;                             // rowids the previous run aligned
  std::unordered_map<std::int64_t, std::size_t> claim_of;  // rowid of a kept member -> draft
};

// The previous run's claims as drafts over the current statements: members still current stay, a
// member gone (edited or filtered out) marks its draft changed, a draft with no member left goes.
KeptClaims keep_previous_claims(const json& previous_rowids, const json& previous_claims, const StoredStatements& stored,
                                std::vector<Draft>& drafts, AlignmentReuse& stats) {
  KeptClaims kept;
  for (const json& rowid : previous_rowids) {
    kept.seen.insert(rowid.get<std::int64_t>());
    if (stored.index_of.count(rowid.get<std::int64_t>()) == 0) ++stats.dropped;
  }
  for (const json& item : previous_claims) {
    Draft draft;
    for (const json& member : item.value("members", json::array())) {
      const auto found = stored.index_of.find(member.get<std::int64_t>());
      if (found != stored.index_of.end()) draft.members.push_back(found->second);
      else draft.changed = true;
    }
    if (draft.members.empty()) continue;
    const auto representative = stored.index_of.find(item.value("representative", std::int64_t{-1}));
    draft.representative = representative != stored.index_of.end() ? representative->second : draft.members.front();
    draft.summary = item.value("summary", "");
    draft.cohesion = item.value("cohesion", 0.0);
    for (std::size_t member : draft.members) kept.claim_of.emplace(stored.rowids[member], drafts.size());
    drafts.push_back(std::move(draft));
  }
  return kept;
}

// Only the statements added since are compared, each with its full-text candidates (`candidates_of`
// gives their rowids): one joins the kept claim of its most similar candidate when the aligner calls
// them the same claim; the rest are aligned among themselves. Changed drafts are measured again.
template <typename Candidates>
void place_new_statements(const std::vector<Statement>& statements, const StoredStatements& stored,
                          const KeptClaims& kept, const Aligner& aligner, Candidates candidates_of,
                          std::vector<Draft>& drafts, AlignmentReuse& stats) {
  std::vector<std::size_t> unassigned;
  for (std::size_t i = 0; i < stored.rowids.size(); ++i) {
    if (kept.seen.count(stored.rowids[i]) != 0) {
      ++stats.reused;
      continue;
    }
    ++stats.compared;
    const Statement& statement = statements[i];
    double best = -1.0;
    std::size_t best_claim = 0;
    for (std::int64_t candidate : candidates_of(statement.content)) {
      const auto claim = kept.claim_of.find(candidate);
      if (claim == kept.claim_of.end()) continue;
      const double score = aligner.similarity(statement.content, statements[stored.index_of.at(candidate)].content);
      if (score > best) {
        best = score;
        best_claim = claim->second;
      }
    }
    if (best >= 0.0 && aligner.same_claim(best)) {
      drafts[best_claim].members.push_back(i);
      drafts[best_claim].changed = true;
    } else {
      unassigned.push_back(i);
    }
  }
  if (!unassigned.empty()) {
    std::vector<Statement> fresh;
    std::unordered_map<std::string, std::size_t> fresh_index;
    for (std::size_t i : unassigned) {
      fresh_index.emplace(statements[i].id, i);
      fresh.push_back(statements[i]);
    }
    add_drafts(aligner, fresh, fresh_index, drafts);
  }
  for (Draft& draft : drafts) {
    std::sort(draft.members.begin(), draft.members.end());
    if (draft.changed && draft.members.size() <= kMaxRemeasuredMembers)
      draft.cohesion = mean_similarity(draft.members, statements, aligner);
  }
}

// The drafts as the report's claims, in the order of their first member (so a reused run reads
// like a fresh one), and as the JSON the next run reuses (members by rowid).
json claims_from_drafts(std::vector<Draft>& drafts, Report& report, const std::vector<std::int64_t>& rowids) {
  std::sort(drafts.begin(), drafts.end(), [](const Draft& a, const Draft& b) { return a.members.front() < b.members.front(); });
  json saved_claims = json::array();
  for (const Draft& draft : drafts) {
    Claim claim;
    claim.id = "claim-" + std::to_string(report.claims.size() + 1);
    std::set<std::string> articles;
    for (std::size_t member : draft.members) {
      claim.members.push_back(report.statements[member].id);
      if (articles.insert(report.statements[member].article).second) claim.articles.push_back(report.statements[member].article);
    }
    claim.representative = report.statements[draft.representative].id;
    claim.summary = draft.summary.empty() ? report.statements[draft.representative].content : draft.summary;
    claim.cohesion = draft.cohesion;
    report.claims.push_back(std::move(claim));
    json members = json::array();
    for (std::size_t member : draft.members) members.push_back(rowids[member]);
    saved_claims.push_back({{"members", members}, {"representative", rowids[draft.representative]},
                            {"summary", report.claims.back().summary}, {"cohesion", draft.cohesion}});
  }
  return saved_claims;
}

}  // namespace

Report analyze_store(Store& store, const StoreFilter& filter, const Aligner& aligner,
                     const DivergeOptions& diverge_options, AlignmentReuse* reuse) {
  AlignmentReuse local_reuse;
  AlignmentReuse& stats = reuse ? *reuse : local_reuse;
  stats = AlignmentReuse{};
  Store::Impl& impl = *store.impl_;
  Report report;
  report.tool = "claimdiff " CLAIMDIFF_VERSION;
  report.diagnostics = aligner.diagnostics();  // missing word vectors, say
  StoredStatements stored;
  report.statements = impl.select_statements(filter, &stored.rowids);
  report.articles = store.articles(filter, true);
  for (std::size_t i = 0; i < stored.rowids.size(); ++i) stored.index_of.emplace(stored.rowids[i], i);

  // A claim as indexes into report.statements while it is being rebuilt.
  std::vector<Draft> drafts;
  const std::string key = alignment_key(filter, aligner);
  Query load(impl.handle(), impl.path, "SELECT statements, claims FROM alignments WHERE key = ?");
  load.bind(key);
  bool reused = false;
  if (load.step()) {
    const json previous_rowids = json::parse(load.text(0), nullptr, false);
    const json previous_claims = json::parse(load.text(1), nullptr, false);
    if (previous_rowids.is_array() && previous_claims.is_array()) {
      reused = true;
      stats.cached = true;
      const KeptClaims kept = keep_previous_claims(previous_rowids, previous_claims, stored, drafts, stats);
      const auto candidates_of = [&impl](std::string_view content) { return impl.similar_rowids(content, kAlignCandidates); };
      place_new_statements(report.statements, stored, kept, aligner, candidates_of, drafts, stats);
    }
  }
  if (!reused) {
    stats.compared = report.statements.size();
    std::unordered_map<std::string, std::size_t> by_id;
    for (std::size_t i = 0; i < report.statements.size(); ++i) by_id.emplace(report.statements[i].id, i);
    add_drafts(aligner, report.statements, by_id, drafts);
  }
  const json saved_claims = claims_from_drafts(drafts, report, stored.rowids);
  if (!impl.options.read_only) {
    json saved_rowids = json::array();
    for (std::int64_t rowid : stored.rowids) saved_rowids.push_back(rowid);
    Transaction transaction(impl.handle(), impl.path);
    Query save(impl.handle(), impl.path,
               "INSERT OR REPLACE INTO alignments(key, statements, claims, updated_at) VALUES(?, ?, ?, ?)");
    save.bind(key).bind(saved_rowids.dump()).bind(saved_claims.dump(-1, ' ', false, json::error_handler_t::replace))
        .bind(utc_now()).run();
    transaction.commit();
  }
  diverge(report.claims, report.statements, report.articles, diverge_options);
  return report;
}

}  // namespace claimdiff
