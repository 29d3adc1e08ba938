// Stage 1, ingest: reads plain text, HTML and JSON/JSONL records into Articles and marks the page
// furniture (share buttons, menus, "Read also:" teasers) as boilerplate spans. Bad inputs become
// Diagnostics; only a caller that finds no usable article treats that as an error.
#pragma once

#include <claimdiff/types.hpp>

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace claimdiff {

struct IngestOptions {
  std::size_t max_file_bytes = 512u << 20;  // larger files, streams and stdin are refused with a diagnostic (512 MiB)
  std::string format;                       // "txt", "html", "json", "jsonl" for every input; empty: guessed
  std::string stdin_format;                 // the same for "-" alone (a line filter's JSONL); empty: `format`
  bool drop_boilerplate = true;             // mark page furniture as boilerplate spans
  // In plain text (a .txt file, a record's "text"), inline HTML tags such as <a href="...">Name</a>
  // are masked with spaces of their length: offsets stay those of the input, the words are read.
  bool mask_inline_markup = true;
  // A later article with an earlier one's id is renamed "<id>~2" with a warning; false keeps the ids
  // as given, for callers whose ids must be unique in a whole corpus (require_unique_ids).
  bool rename_duplicate_ids = true;
  // An input with no text (zero bytes, white space) is a diagnostic; false: it yields nothing, silently,
  // as a line filter's empty partition must (Spark's RDD.pipe, Hadoop Streaming hand those out).
  bool empty_is_problem = true;
};

struct IngestResult {
  std::vector<Article> articles;        // in input order; a directory's files sorted by name
  std::vector<std::string> places;      // per article, where it was read: "a.jsonl:line 3", "b.txt"
  std::vector<Diagnostic> diagnostics;  // inputs (or records) that were skipped or repaired
};

// Reads each input: a file, a directory (its .txt .html .htm .json .jsonl files, sorted by name,
// not recursive) or "-" for standard input (`stdin_in`, read as plain text or JSON by its content).
// FIFOs, devices and process substitutions are read as streams, with the same size limit.
IngestResult ingest(const std::vector<std::string>& inputs, const IngestOptions& options = {},
                    std::istream* stdin_in = nullptr);

// Parses one file's bytes; `name` is the path used for ids and diagnostics, `format` one of
// "txt", "html", "json", "jsonl" (empty: `options.format`, else guessed from the name and the
// content). UTF-16 with a byte-order mark is decoded, a few NUL bytes and invalid UTF-8 are replaced
// by U+FFFD with a warning, the same for every format.
IngestResult ingest_bytes(std::string_view bytes, const std::string& name, std::string_view format,
                          const IngestOptions& options = {});

// Article ids are unique in a corpus that is cut into partitions (statement ids "<article>#<n>"
// build on them), so there a duplicate cannot be renamed: throws naming the second
// place and the first ("b.jsonl:line 4: duplicate article id 'x' (first at a.jsonl:line 2)").
// Throws Error(json): a record's id is one of the fields a record must get right.
void require_unique_ids(const IngestResult& result);

// The page-furniture spans of a plain text, by general rules on its lines.
std::vector<Span> find_boilerplate(std::string_view text);

}  // namespace claimdiff
