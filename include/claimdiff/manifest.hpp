// Which outlet a file is: a manifest (CSV with a header row, or JSONL) names, per input file, its
// outlet, date, URL and title, for inputs that do not say so themselves (plain text files).
// Exposes read_manifest / parse_manifest (they throw claimdiff::Error, an edge) and apply_manifest.
#pragma once

#include <claimdiff/types.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace claimdiff {

// One manifest row. `file` names the input: its path as given, its file name ("002_x.txt"), or the
// article id ("002_x"); `id`, when set, picks one record of a JSON/JSONL file by its id.
struct ManifestEntry {
  std::string file;
  std::string id;
  std::string outlet;
  std::string date;
  std::string url;
  std::string title;
  std::string where;  // "line 3": where the row stands, for diagnostics
};

struct Manifest {
  std::string source;                 // the manifest's path, for diagnostics
  std::vector<ManifestEntry> entries; // in file order
};

// Parses a manifest: JSONL when the first non-blank byte is '{', else CSV (RFC 4180 quoting, a
// header row naming the columns file, id, outlet, date, url, title in any order; other columns are
// ignored). Throws Error(json | usage) naming `source` and the line on malformed input or a
// missing `file` column.
Manifest parse_manifest(std::string_view bytes, const std::string& source);
// Reads and parses the file at `path`; Error(io) when it cannot be read.
Manifest read_manifest(const std::string& path);

// Gives each article the manifest's non-empty fields (they override what the input said, since the
// user wrote them for this run) and sets `outlet_source` to "manifest" where the outlet came from
// it. Rows that match no article, and articles matched by two rows, become warnings.
void apply_manifest(const Manifest& manifest, std::vector<Article>& articles, std::vector<Diagnostic>& diagnostics);

}  // namespace claimdiff
