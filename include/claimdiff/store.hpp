// The corpus store: articles and their statements kept in one SQLite file that grows as coverage
// arrives (WAL, one transaction per article, FTS5 over statement content, edited articles kept as
// versions), plus the quote audit and the analysis over what is stored, re-using earlier alignments.
// It sits beside the pipeline, not on top of it: it uses the stages (segment, extract, align,
// diverge) and never analyze.hpp.
#pragma once

#include <claimdiff/align.hpp>
#include <claimdiff/diverge.hpp>
#include <claimdiff/extract.hpp>
#include <claimdiff/quote.hpp>
#include <claimdiff/segment.hpp>
#include <claimdiff/types.hpp>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace claimdiff {

struct StoreOptions {
  int busy_timeout_ms = 10000;  // how long a writer waits for another process's transaction
  bool read_only = false;       // open without write access (the file must exist)
};

// Whether this process may write the store at `path`: the file exists, and it and its folder (where
// SQLite keeps the write-ahead log) are writable. `analyze --db` only reads, and keeps its claims for
// the next run only where it may write.
bool store_writable(const std::string& path);

// Which stored statements a query or an analysis sees; empty fields do not filter.
struct StoreFilter {
  std::string outlet;  // exact outlet name
  std::string since;   // YYYY-MM-DD, inclusive; articles without a readable date are left out
  std::string until;   // YYYY-MM-DD, inclusive
  std::string match;   // words that must all occur in the statement (FTS5, stemmed)
};

enum class AddStatus {
  added,        // an article id the store did not have
  unchanged,    // same id and same content hash as the current version: nothing written
  new_version,  // same id, new text: kept as the next version, the old one stays in the history
};

std::string to_string(AddStatus status);

struct AddResult {
  std::string article;
  AddStatus status = AddStatus::added;
  int version = 1;
  std::size_t statements = 0;
  // new_version only: statement contents that the edit removed and added, in text order
  std::vector<std::string> removed;
  std::vector<std::string> added;
};

struct ArticleVersion {
  std::string article;
  int version = 1;
  std::string date;      // the article's own date as read (Article::date)
  std::string added_at;  // when the store took it, UTC, ISO 8601
  std::string hash;      // content hash (hex)
  std::size_t statements = 0;
  bool current = false;
  // Statement contents this version removed and added against the one before (empty for the first).
  std::vector<std::string> removed;
  std::vector<std::string> added;
};

// What analyze_store could take from its previous run.
struct AlignmentReuse {
  bool cached = false;          // a previous run with the same filter and options was found
  std::size_t reused = 0;       // statements whose claim came from that run
  std::size_t compared = 0;     // statements added since, compared with their candidates
  std::size_t dropped = 0;      // statements of that run no longer current (edited or filtered out)
};

class Store {
 public:
  // The schema this build reads and writes (PRAGMA user_version).
  static constexpr int kSchemaVersion = 1;

  // Opens or creates the store; throws Error(store) for a file that is not a claimdiff store, or
  // whose schema is newer than this build or older than any migration it knows.
  explicit Store(const std::string& path, StoreOptions options = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;

  // Segments and extracts one article and stores it in one transaction (an unchanged article is
  // not extracted again). The store uses the stages, not the whole run (analyze.hpp sits above it).
  AddResult add(const Article& article, const Segmenter& segmenter, const Extractor& extractor);
  // Stores an article already extracted (sentence_count as the segmentation found it).
  AddResult add(const Article& article, const Extraction& extraction, std::size_t sentence_count);

  // Current versions, in store order (the order they were first added).
  std::vector<ArticleReport> articles(const StoreFilter& filter = {}, bool with_text = true) const;
  std::vector<Statement> statements(const StoreFilter& filter = {}) const;
  // Current versions of the given ids (unknown ids skipped), in store order.
  std::vector<ArticleReport> articles_by_id(const std::vector<std::string>& ids, bool with_text = true) const;
  // Statements of current versions whose content shares words with `text`, best (bm25) first.
  std::vector<Statement> candidates(std::string_view text, std::size_t limit, const StoreFilter& filter = {}) const;
  // Every version of one article, oldest first, each with what it changed.
  std::vector<ArticleVersion> versions(const std::string& article) const;

  std::size_t article_count() const;    // current versions
  std::size_t statement_count() const;  // of current versions
  const std::string& path() const;

 private:
  friend Report analyze_store(Store& store, const StoreFilter& filter, const Aligner& aligner,
                              const DivergeOptions& diverge_options, AlignmentReuse* reuse);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

struct StoreQuoteOptions {
  QuoteOptions quote;
  std::size_t candidates = 150;  // statements fetched from the full-text index per query
};

// The quote audit over the store: the full-text index proposes candidate statements, and their
// articles are the set that omissions are judged against (no full scan).
QuoteAudit audit_stored_quote(const Store& store, std::string_view query, const Aligner& aligner,
                              const StoreFilter& filter = {}, const StoreQuoteOptions& options = {});

// Aligns and reports over the stored statements the filter selects. The claims of the previous run
// with the same filter and alignment options are kept: only statements added since are compared
// (against their full-text candidates among the earlier ones), and statements gone are dropped.
Report analyze_store(Store& store, const StoreFilter& filter, const Aligner& aligner,
                     const DivergeOptions& diverge_options = {}, AlignmentReuse* reuse = nullptr);

}  // namespace claimdiff
