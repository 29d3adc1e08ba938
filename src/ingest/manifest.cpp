// Reads a manifest (CSV or JSONL) and applies it to the articles read. The CSV reader is the small
// RFC 4180 state machine (quoted fields may hold commas, doubled quotes and line breaks): Debian's
// Boost.Tokenizer escapes with backslashes, not doubled quotes, so it would misread such files.
#include <claimdiff/manifest.hpp>

#include <claimdiff/error.hpp>

#include "base/text_util.hpp"
#include "ingest/json_lines.hpp"
#include "base/utf8.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>

namespace claimdiff {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// The columns a manifest may have, the entry field each fills and the article field it sets
// (none for the two that only say which input a row describes).
struct Column {
  std::string_view name;
  std::string ManifestEntry::*field;
  std::string Article::*article_field;
};
constexpr std::array<Column, 6> kColumns{{{"file", &ManifestEntry::file, nullptr},
                                          {"id", &ManifestEntry::id, nullptr},
                                          {"outlet", &ManifestEntry::outlet, &Article::outlet},
                                          {"date", &ManifestEntry::date, &Article::date},
                                          {"url", &ManifestEntry::url, &Article::url},
                                          {"title", &ManifestEntry::title, &Article::title}}};

std::string line_label(std::size_t line) { return "line " + std::to_string(line); }

// One CSV record: its fields and the line it starts on.
struct CsvRecord {
  std::vector<std::string> fields;
  std::size_t line = 0;
};

// Splits CSV text into records (RFC 4180: fields in double quotes may hold separators, line breaks
// and "" for one quote; CRLF or LF ends a record). Blank lines are skipped.
std::vector<CsvRecord> read_csv(std::string_view text, const std::string& source) {
  std::vector<CsvRecord> records;
  CsvRecord record;
  std::string field;
  std::size_t line = 1;
  record.line = line;
  bool quoted = false;      // inside a quoted field
  bool was_quoted = false;  // the current field had quotes (so an empty one still counts)
  std::size_t quote_line = 0;
  auto end_field = [&] {
    record.fields.push_back(std::move(field));
    field.clear();
    was_quoted = false;
  };
  auto end_record = [&] {
    end_field();
    const bool blank = record.fields.size() == 1 && detail::trim(record.fields.front()).empty();
    if (!blank) records.push_back(std::move(record));
    record = CsvRecord{};
    record.line = line;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == '"' && detail::trim(field).empty()) {
      field.clear();
      quoted = was_quoted = true;
      quote_line = line;
    } else if (c == ',') {
      end_field();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++line;
      end_record();
    } else if (!(was_quoted && (c == ' ' || c == '\t'))) {
      field += c;
    }
  }
  if (quoted) throw Error(ErrorCode::usage, source, line_label(quote_line), "a quoted field is never closed");
  if (!field.empty() || !record.fields.empty() || was_quoted) end_record();
  return records;
}

std::string trimmed(std::string_view text) { return std::string(detail::trim(text)); }

std::vector<ManifestEntry> parse_csv(std::string_view text, const std::string& source) {
  const std::vector<CsvRecord> records = read_csv(text, source);
  if (records.empty()) throw Error(ErrorCode::usage, source, "", "empty manifest: no header row");
  // The header: which column fills which field.
  std::vector<std::optional<std::size_t>> field_of(records.front().fields.size());
  bool has_file = false;
  for (std::size_t i = 0; i < field_of.size(); ++i) {
    const std::string name = detail::fold(trimmed(records.front().fields[i]));
    for (std::size_t k = 0; k < kColumns.size(); ++k)
      if (name == kColumns[k].name) field_of[i] = k;
    has_file = has_file || name == "file";
  }
  if (!has_file)
    throw Error(ErrorCode::usage, source, line_label(records.front().line),
                "the header row has no 'file' column (columns: file, id, outlet, date, url, title)");
  std::vector<ManifestEntry> entries;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const CsvRecord& record = records[r];
    ManifestEntry entry;
    entry.where = line_label(record.line);
    for (std::size_t i = 0; i < record.fields.size() && i < field_of.size(); ++i)
      if (field_of[i]) entry.*kColumns[*field_of[i]].field = trimmed(record.fields[i]);
    entries.push_back(std::move(entry));
  }
  return entries;
}

std::vector<ManifestEntry> parse_jsonl(std::string_view text, const std::string& source) {
  std::vector<ManifestEntry> entries;
  detail::for_each_jsonl_line(text, [&](std::size_t number, std::string_view line) {
    json record;
    try {
      record = json::parse(line.begin(), line.end());
    } catch (const json::parse_error& error) {
      throw Error(ErrorCode::json, source, line_label(number), std::string("malformed JSON: ") + error.what());
    }
    if (!record.is_object()) throw Error(ErrorCode::json, source, line_label(number), "a manifest row must be a JSON object");
    ManifestEntry entry;
    entry.where = line_label(number);
    for (const Column& column : kColumns) {
      const auto found = record.find(column.name);
      if (found != record.end() && found->is_string()) entry.*column.field = trimmed(found->get<std::string>());
    }
    entries.push_back(std::move(entry));
  });
  return entries;
}

bool matches(const ManifestEntry& entry, const Article& article) {
  if (!entry.id.empty() && entry.id != article.id) return false;
  if (entry.file.empty()) return !entry.id.empty();
  if (entry.file == article.source_file || entry.file == article.id) return true;
  return fs::path(entry.file).filename() == fs::path(article.source_file).filename();
}

}  // namespace

Manifest parse_manifest(std::string_view bytes, const std::string& source) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (!detail::is_valid_utf8(bytes)) throw Error(ErrorCode::encoding, source, "", "the manifest is not valid UTF-8");
  Manifest manifest;
  manifest.source = source;
  const std::string_view start = detail::trim(bytes);
  manifest.entries = !start.empty() && start.front() == '{' ? parse_jsonl(bytes, source) : parse_csv(bytes, source);
  for (const ManifestEntry& entry : manifest.entries)
    if (entry.file.empty() && entry.id.empty())
      throw Error(ErrorCode::usage, source, entry.where, "a manifest row needs a 'file' (or an 'id')");
  return manifest;
}

Manifest read_manifest(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw Error(ErrorCode::io, path, "", "cannot open the manifest");
  const std::string bytes{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
  if (file.bad()) throw Error(ErrorCode::io, path, "", "cannot read the manifest");
  return parse_manifest(bytes, path);
}

void apply_manifest(const Manifest& manifest, std::vector<Article>& articles, std::vector<Diagnostic>& diagnostics) {
  std::map<std::size_t, const ManifestEntry*> applied;  // article index -> the row that named it
  for (const ManifestEntry& entry : manifest.entries) {
    bool used = false;
    for (std::size_t i = 0; i < articles.size(); ++i) {
      if (!matches(entry, articles[i])) continue;
      used = true;
      if (const auto [it, first] = applied.emplace(i, &entry); !first) {
        diagnostics.push_back({Diagnostic::Severity::warning, manifest.source, entry.where,
                               "'" + articles[i].id + "' is already described at " + it->second->where + "; row ignored"});
        continue;
      }
      Article& article = articles[i];
      for (const Column& column : kColumns)
        if (column.article_field && !(entry.*column.field).empty()) article.*column.article_field = entry.*column.field;
      if (!entry.outlet.empty()) article.outlet_source = "manifest";
    }
    if (!used)
      diagnostics.push_back({Diagnostic::Severity::warning, manifest.source, entry.where,
                             "no input matches '" + (entry.file.empty() ? entry.id : entry.file) + "'"});
  }
}

}  // namespace claimdiff
