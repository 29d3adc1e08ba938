// Reads inputs (files, directories, stdin) into Articles: plain text, HTML (html.cpp) and JSON /
// JSONL records. Every input that cannot be used becomes a Diagnostic naming it and the problem.
#include <claimdiff/ingest.hpp>

#include "ingest/html.hpp"
#include "base/text_util.hpp"
#include "base/utf8.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

namespace claimdiff {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr std::string_view kSupported[] = {".txt", ".html", ".htm", ".json", ".jsonl"};

Diagnostic problem(const std::string& source, const std::string& message, std::string where = {},
                   Diagnostic::Severity severity = Diagnostic::Severity::error) {
  return Diagnostic{severity, source, std::move(where), message};
}

std::string lower_extension(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

bool is_supported(const fs::path& path) {
  const std::string extension = lower_extension(path);
  return std::find(std::begin(kSupported), std::end(kSupported), extension) != std::end(kSupported);
}

std::string_view format_from_name(const std::string& name) {
  const std::string extension = lower_extension(fs::path(name));
  if (extension == ".html" || extension == ".htm") return "html";
  if (extension == ".json") return "json";
  if (extension == ".jsonl") return "jsonl";
  if (extension == ".txt") return "txt";
  return {};
}

std::string_view format_from_content(std::string_view text) {
  const std::string_view start = detail::trim(text.substr(0, 4096));
  if (start.empty()) return "txt";
  if (start.front() == '<') return "html";
  if (start.front() == '[') return "json";
  if (start.front() == '{') {
    // One object per line is JSONL; one (pretty-printed) object is JSON.
    const auto newline = start.find('\n');
    if (newline != std::string_view::npos && detail::trim(start.substr(0, newline)).back() == '}') return "jsonl";
    return "json";
  }
  return "txt";
}

std::string stem_of(const std::string& name) {
  if (name == "-") return "stdin";
  return fs::path(name).stem().string();
}

// The first line that is neither blank nor boilerplate, if it is short enough to be a title.
std::string first_line_title(const Article& article) {
  std::size_t begin = 0;
  while (begin < article.text.size()) {
    std::size_t end = article.text.find('\n', begin);
    if (end == std::string::npos) end = article.text.size();
    const Span line = detail::trim(article.text, {begin, end});
    const bool furniture = std::any_of(article.boilerplate.begin(), article.boilerplate.end(),
                                       [&](Span span) { return span.overlaps(line); });
    if (!line.empty() && !furniture) return line.size() <= 300 ? std::string(line.of(article.text)) : std::string();
    begin = end + 1;
  }
  return {};
}

// Whether any letter is in the text: stops at the first one, which in prose is the first byte or so.
bool has_letters(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const detail::CodePoint cp = detail::decode_at(text, i);
    if (detail::is_letter(cp.value)) return true;
    i += cp.length;
  }
  return false;
}

// Takes an article's text as it came, repairs its UTF-8 and marks its boilerplate.
std::optional<Article> finish_article(Article article, const std::string& where, const IngestOptions& options,
                                      std::vector<Diagnostic>& diagnostics) {
  if (article.text.size() >= 3 && article.text.compare(0, 3, "\xEF\xBB\xBF") == 0) article.text.erase(0, 3);
  // Most inputs are valid: check first, and copy the text only when it needs repairing.
  detail::Utf8Repair repair;
  if (!detail::is_valid_utf8(article.text)) repair = detail::repair_utf8(article.text);
  if (repair.invalid_sequences > 0) {
    diagnostics.push_back(problem(article.source_file,
                                  "invalid UTF-8: " + std::to_string(repair.invalid_sequences) +
                                      " byte sequence(s) replaced by U+FFFD",
                                  where.empty() ? "byte " + std::to_string(repair.first_invalid) : where,
                                  Diagnostic::Severity::warning));
    article.text = std::move(repair.text);
  }
  if (detail::trim(article.text).empty()) {
    diagnostics.push_back(problem(article.source_file, "empty: no text to analyse", where));
    return std::nullopt;
  }
  if (!has_letters(article.text)) {
    diagnostics.push_back(problem(article.source_file, "no words in the text", where));
    return std::nullopt;
  }
  if (options.drop_boilerplate) article.boilerplate = find_boilerplate(article.text);
  if (article.title.empty()) article.title = first_line_title(article);
  return article;
}

// A page past the parser's limits is read as plain text, and a warning says why.
Article read_html(std::string_view html, const std::string& name, const std::string& where,
                  std::vector<Diagnostic>& diagnostics) {
  detail::HtmlReading reading = detail::parse_html(html);
  if (!reading.fallback_reason.empty())
    diagnostics.push_back(problem(name, reading.fallback_reason + "; read as plain text", where,
                                  Diagnostic::Severity::warning));
  return std::move(reading.article);
}

std::string json_string(const json& record, const char* key) {
  const auto found = record.find(key);
  if (found == record.end() || found->is_null()) return {};
  if (found->is_string()) return found->get<std::string>();
  if (found->is_number()) return found->dump();
  return {};
}

// One JSON record ({"id", "text" or "html", "outlet", "title", "date", "url"}) to an article.
std::optional<Article> article_from_record(const json& record, const std::string& name, const std::string& where,
                                           std::size_t number, const IngestOptions& options,
                                           std::vector<Diagnostic>& diagnostics) {
  if (!record.is_object()) {
    diagnostics.push_back(problem(name, "a record must be a JSON object", where));
    return std::nullopt;
  }
  Article article;
  const std::string text = json_string(record, "text");
  const std::string html = json_string(record, "html");
  if (!text.empty()) {
    article.text = text;
  } else if (!html.empty()) {
    article = read_html(html, name, where, diagnostics);
  } else {
    diagnostics.push_back(problem(name, "record has no \"text\" (or \"html\") string", where));
    return std::nullopt;
  }
  article.id = json_string(record, "id");
  if (article.id.empty()) article.id = stem_of(name) + "-" + std::to_string(number);
  for (const auto& [field, key] : {std::pair{&article.outlet, "outlet"}, {&article.title, "title"},
                                   {&article.date, "date"}, {&article.url, "url"}}) {
    const std::string value = json_string(record, key);
    if (!value.empty()) *field = value;
  }
  article.source_file = name;
  return finish_article(std::move(article), where, options, diagnostics);
}

std::string parse_error_position(const json::parse_error& error) { return "byte " + std::to_string(error.byte); }

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at ...": keep the tail.
std::string parse_error_message(const json::parse_error& error) {
  std::string message = error.what();
  const auto colon = message.find("syntax error");
  if (colon != std::string::npos) message = message.substr(colon);
  return "malformed JSON: " + message;
}

void ingest_json(std::string_view bytes, const std::string& name, const IngestOptions& options, IngestResult& result) {
  json document;
  try {
    document = json::parse(bytes.begin(), bytes.end());
  } catch (const json::parse_error& error) {
    result.diagnostics.push_back(problem(name, parse_error_message(error), parse_error_position(error)));
    return;
  }
  if (document.is_object()) document = json::array({std::move(document)});
  if (!document.is_array()) {
    result.diagnostics.push_back(problem(name, "expected a JSON object or an array of objects"));
    return;
  }
  if (document.empty()) result.diagnostics.push_back(problem(name, "empty: the JSON array holds no record"));
  std::size_t number = 0;
  for (const json& record : document) {
    ++number;
    const std::string where = document.size() > 1 ? "record " + std::to_string(number) : std::string();
    if (auto article = article_from_record(record, name, where, number, options, result.diagnostics))
      result.articles.push_back(std::move(*article));
  }
}

void ingest_jsonl(std::string_view bytes, const std::string& name, const IngestOptions& options, IngestResult& result) {
  std::size_t begin = 0;
  std::size_t number = 0;
  std::size_t records = 0;
  while (begin < bytes.size()) {
    std::size_t end = bytes.find('\n', begin);
    if (end == std::string_view::npos) end = bytes.size();
    ++number;
    const std::string_view line = detail::trim(bytes.substr(begin, end - begin));
    begin = end + 1;
    if (line.empty()) continue;
    ++records;
    const std::string where = "line " + std::to_string(number);
    json record;
    try {
      record = json::parse(line.begin(), line.end());
    } catch (const json::parse_error& error) {
      result.diagnostics.push_back(problem(name, parse_error_message(error), where));
      continue;
    }
    if (auto article = article_from_record(record, name, where, records, options, result.diagnostics))
      result.articles.push_back(std::move(*article));
  }
  if (records == 0) result.diagnostics.push_back(problem(name, "empty: no JSON record in the file"));
}

void ingest_text(std::string_view bytes, const std::string& name, bool html, const IngestOptions& options,
                 IngestResult& result) {
  Article article;
  if (html) {
    // gumbo wants valid UTF-8: repair first, so a bad byte is reported once, by offset in the file.
    detail::Utf8Repair repair = detail::repair_utf8(bytes);
    if (repair.invalid_sequences > 0)
      result.diagnostics.push_back(problem(name,
                                           "invalid UTF-8: " + std::to_string(repair.invalid_sequences) +
                                               " byte sequence(s) replaced by U+FFFD",
                                           "byte " + std::to_string(repair.first_invalid),
                                           Diagnostic::Severity::warning));
    article = read_html(repair.text, name, {}, result.diagnostics);
  } else {
    article.text = std::string(bytes);
  }
  article.id = stem_of(name);
  article.source_file = name;
  if (auto finished = finish_article(std::move(article), {}, options, result.diagnostics))
    result.articles.push_back(std::move(*finished));
}

std::optional<std::string> read_file(const fs::path& path, const IngestOptions& options,
                                     std::vector<Diagnostic>& diagnostics) {
  const std::string name = path.string();
  std::error_code error;
  const auto size = fs::file_size(path, error);
  if (error) {
    diagnostics.push_back(problem(name, "cannot read: " + error.message()));
    return std::nullopt;
  }
  if (size > options.max_file_bytes) {
    diagnostics.push_back(problem(name, "too large: " + std::to_string(size) + " bytes (limit " +
                                            std::to_string(options.max_file_bytes) + ")"));
    return std::nullopt;
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    diagnostics.push_back(problem(name, "cannot open the file"));
    return std::nullopt;
  }
  std::string bytes(static_cast<std::size_t>(size), '\0');
  file.read(bytes.data(), static_cast<std::streamsize>(size));
  bytes.resize(static_cast<std::size_t>(file.gcount()));
  return bytes;
}

void ingest_file(const fs::path& path, const IngestOptions& options, IngestResult& result) {
  if (auto bytes = read_file(path, options, result.diagnostics)) {
    IngestResult one = ingest_bytes(*bytes, path.string(), {}, options);
    std::move(one.articles.begin(), one.articles.end(), std::back_inserter(result.articles));
    std::move(one.diagnostics.begin(), one.diagnostics.end(), std::back_inserter(result.diagnostics));
  }
}

void ingest_directory(const fs::path& path, const IngestOptions& options, IngestResult& result) {
  std::vector<fs::path> files;
  std::error_code error;
  for (fs::directory_iterator it(path, error), end; !error && it != end; it.increment(error))
    if (it->is_regular_file() && is_supported(it->path())) files.push_back(it->path());
  if (error) {
    result.diagnostics.push_back(problem(path.string(), "cannot list the directory: " + error.message()));
    return;
  }
  if (files.empty()) {
    result.diagnostics.push_back(problem(path.string(), "no supported files (.txt .html .htm .json .jsonl)"));
    return;
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) ingest_file(file, options, result);
}

// Two inputs with one id would mix their statements: later ones get a numbered suffix.
void make_ids_unique(IngestResult& result) {
  std::map<std::string, std::size_t> seen;
  for (Article& article : result.articles) {
    const std::size_t count = ++seen[article.id];
    if (count == 1) continue;
    const std::string renamed = article.id + "~" + std::to_string(count);
    result.diagnostics.push_back(problem(article.source_file, "duplicate article id '" + article.id + "', renamed '" + renamed + "'",
                                         {}, Diagnostic::Severity::warning));
    article.id = renamed;
  }
}

}  // namespace

IngestResult ingest_bytes(std::string_view bytes, const std::string& name, std::string_view format,
                          const IngestOptions& options) {
  IngestResult result;
  if (detail::trim(bytes).empty()) {
    result.diagnostics.push_back(problem(name, "empty: no text to analyse"));
    return result;
  }
  if (detail::looks_binary(bytes)) {
    result.diagnostics.push_back(problem(name, "binary data, not text"));
    return result;
  }
  if (format.empty()) format = format_from_name(name);
  if (format.empty()) format = format_from_content(bytes);
  if (format == "json")
    ingest_json(bytes, name, options, result);
  else if (format == "jsonl")
    ingest_jsonl(bytes, name, options, result);
  else if (format == "html" || format == "htm")
    ingest_text(bytes, name, true, options, result);
  else
    ingest_text(bytes, name, false, options, result);
  return result;
}

IngestResult ingest(const std::vector<std::string>& inputs, const IngestOptions& options, std::istream* stdin_in) {
  IngestResult result;
  for (const std::string& input : inputs) {
    if (input == "-") {
      if (!stdin_in) {
        result.diagnostics.push_back(problem("-", "standard input is not available"));
        continue;
      }
      const std::string bytes{std::istreambuf_iterator<char>(*stdin_in), std::istreambuf_iterator<char>()};
      IngestResult one = ingest_bytes(bytes, "-", {}, options);
      std::move(one.articles.begin(), one.articles.end(), std::back_inserter(result.articles));
      std::move(one.diagnostics.begin(), one.diagnostics.end(), std::back_inserter(result.diagnostics));
      continue;
    }
    const fs::path path(input);
    std::error_code error;
    const auto status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      result.diagnostics.push_back(problem(input, "no such file or directory"));
    } else if (fs::is_directory(status)) {
      ingest_directory(path, options, result);
    } else if (fs::is_regular_file(status) || fs::is_character_file(status) || fs::is_fifo(status)) {
      ingest_file(path, options, result);
    } else {
      result.diagnostics.push_back(problem(input, "not a regular file"));
    }
  }
  make_ids_unique(result);
  return result;
}

}  // namespace claimdiff
