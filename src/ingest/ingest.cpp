// Reads inputs (files, directories, stdin) into Articles: plain text, HTML (html.cpp) and JSON /
// JSONL records. Every input that cannot be used becomes a Diagnostic naming it and the problem.
#include <claimdiff/ingest.hpp>

#include <claimdiff/error.hpp>

#include "ingest/html.hpp"
#include "ingest/inline_markup.hpp"
#include "ingest/json_lines.hpp"
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

// "is an object", "is null", "is a number": how a diagnostic names a JSON value's type.
std::string json_type_phrase(const json& value) {
  if (value.is_null()) return "is null";
  if (value.is_object() || value.is_array()) return std::string("is an ") + value.type_name();
  return std::string("is a ") + value.type_name();
}

// A record's string field; a field of another type is named in a warning and read as absent
// (a number is taken as written for "id", which tools often number).
std::string json_string(const json& record, const char* key, const std::string& name, const std::string& where,
                        std::vector<Diagnostic>& diagnostics) {
  const auto found = record.find(key);
  if (found == record.end()) return {};
  if (found->is_string()) return found->get<std::string>();
  if (found->is_number() && std::string_view(key) == "id") return found->dump();
  diagnostics.push_back(problem(name, std::string("field \"") + key + "\" " + json_type_phrase(*found) +
                                          ", not a string: ignored", where, Diagnostic::Severity::warning));
  return {};
}

// "a.jsonl:line 3": where an article was read, as require_unique_ids names it.
std::string place(const std::string& name, const std::string& where) { return where.empty() ? name : name + ":" + where; }

void add_article(IngestResult& result, Article article, std::string at) {
  result.articles.push_back(std::move(article));
  result.places.push_back(std::move(at));
}

void append(IngestResult& into, IngestResult&& one) {
  std::move(one.articles.begin(), one.articles.end(), std::back_inserter(into.articles));
  std::move(one.places.begin(), one.places.end(), std::back_inserter(into.places));
  std::move(one.diagnostics.begin(), one.diagnostics.end(), std::back_inserter(into.diagnostics));
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
  const std::string text = json_string(record, "text", name, where, diagnostics);
  const std::string html = json_string(record, "html", name, where, diagnostics);
  if (!text.empty()) {
    article.text = text;
    if (options.mask_inline_markup) detail::mask_inline_markup(article.text);
  } else if (!html.empty()) {
    article = read_html(html, name, where, diagnostics);
  } else {
    diagnostics.push_back(problem(name, "record has no \"text\" (or \"html\") string", where));
    return std::nullopt;
  }
  article.id = json_string(record, "id", name, where, diagnostics);
  if (article.id.empty()) article.id = stem_of(name) + "-" + std::to_string(number);
  for (const auto& [field, key] : {std::pair{&article.outlet, "outlet"}, {&article.title, "title"},
                                   {&article.date, "date"}, {&article.url, "url"}}) {
    const std::string value = json_string(record, key, name, where, diagnostics);
    if (value.empty()) continue;
    *field = value;
    if (field == &article.outlet) article.outlet_source = "input";  // the record's field beats the page's
  }
  article.source_file = name;
  return finish_article(std::move(article), where, options, diagnostics);
}

// Why and where a JSON text could not be read: a syntax error, or a number past double's range
// (nlohmann reports that one without a position, so the SAX parser below keeps it).
struct JsonFailure {
  std::size_t byte = 0;  // how far the parser read, in bytes
  std::string message;   // "malformed JSON: syntax error ..." or "malformed JSON: number overflow ..."
};

// nlohmann's DOM builder, with its parse errors kept instead of thrown (any error: syntax, range).
class PositionedDomParser : public nlohmann::detail::json_sax_dom_parser<json> {
 public:
  explicit PositionedDomParser(json& document) : json_sax_dom_parser(document, false) {}
  template <class Exception>
  bool parse_error(std::size_t position, const std::string& /*token*/, const Exception& error) {
    // nlohmann's messages start with "[json.exception.parse_error.101] parse error at ...": keep the tail.
    std::string message = error.what();
    for (const char* start : {"syntax error", "number overflow"})
      if (const auto found = message.find(start); found != std::string::npos) {
        message = message.substr(found);
        break;
      }
    failure = JsonFailure{position, "malformed JSON: " + message};
    return false;
  }
  std::optional<JsonFailure> failure;
};

std::optional<JsonFailure> parse_json(std::string_view bytes, json& document) {
  PositionedDomParser parser(document);
  json::sax_parse(bytes.begin(), bytes.end(), &parser);
  return parser.failure;
}

// "line 3, byte 57": the line counts from 1; a parser's position is one past what it read.
std::string line_and_byte(std::string_view bytes, std::size_t byte) {
  byte = std::min(byte, bytes.size());
  const std::size_t at = byte > 0 ? byte - 1 : 0;
  const auto line = 1 + std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(at), '\n');
  return "line " + std::to_string(line) + ", byte " + std::to_string(at);
}

// Appended to a malformed-JSON message when the format was only a guess from the first byte.
constexpr const char* kGuessedJsonHint = " (read as JSON from its first byte; --input-format txt reads it as text)";

void ingest_json(std::string_view bytes, const std::string& name, const IngestOptions& options, IngestResult& result,
                 bool guessed) {
  json document;
  if (auto failure = parse_json(bytes, document)) {
    result.diagnostics.push_back(problem(name, failure->message + (guessed ? kGuessedJsonHint : ""),
                                         line_and_byte(bytes, failure->byte)));
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
      add_article(result, std::move(*article), place(name, where));
  }
}

void ingest_jsonl(std::string_view bytes, const std::string& name, const IngestOptions& options, IngestResult& result,
                  bool guessed) {
  std::size_t records = 0;
  detail::for_each_jsonl_line(bytes, [&](std::size_t number, std::string_view line) {
    ++records;
    const std::string where = "line " + std::to_string(number);
    json record;
    if (auto failure = parse_json(line, record)) {
      result.diagnostics.push_back(problem(name, failure->message + (guessed ? kGuessedJsonHint : ""), where));
      return;
    }
    if (auto article = article_from_record(record, name, where, records, options, result.diagnostics))
      add_article(result, std::move(*article), place(name, where));
  });
  if (records == 0) result.diagnostics.push_back(problem(name, "empty: no JSON record in the file"));
}

void ingest_text(std::string_view bytes, const std::string& name, bool html, const IngestOptions& options,
                 IngestResult& result) {
  Article article;
  if (html) {
    article = read_html(bytes, name, {}, result.diagnostics);  // valid UTF-8 already (ingest_bytes)
  } else {
    article.text = std::string(bytes);
    if (options.mask_inline_markup) detail::mask_inline_markup(article.text);
  }
  article.id = stem_of(name);
  article.source_file = name;
  if (auto finished = finish_article(std::move(article), {}, options, result.diagnostics))
    add_article(result, std::move(*finished), name);
}

// A stream (stdin, a FIFO, a device, <(...)) has no size to check first: it is read in blocks and
// refused as soon as it passes the limit, so /dev/zero costs the limit and no more.
std::optional<std::string> read_stream(std::istream& in, const std::string& name, const IngestOptions& options,
                                       std::vector<Diagnostic>& diagnostics) {
  std::string bytes;
  constexpr std::size_t kBlock = 1u << 16;
  while (in) {
    const std::size_t had = bytes.size();
    const std::size_t want = std::min(kBlock, options.max_file_bytes + 1 - had);
    bytes.resize(had + want);
    in.read(bytes.data() + had, static_cast<std::streamsize>(want));
    bytes.resize(had + static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > options.max_file_bytes) {
      diagnostics.push_back(problem(name, "too large: more than " + std::to_string(options.max_file_bytes) +
                                              " bytes (the limit for a file or stream)"));
      return std::nullopt;
    }
  }
  if (in.bad()) {
    diagnostics.push_back(problem(name, "cannot read the stream"));
    return std::nullopt;
  }
  return bytes;
}

std::optional<std::string> read_file(const fs::path& path, const IngestOptions& options,
                                     std::vector<Diagnostic>& diagnostics) {
  const std::string name = path.string();
  std::error_code error;
  if (!fs::is_regular_file(path, error)) {
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
      diagnostics.push_back(problem(name, "cannot open the file"));
      return std::nullopt;
    }
    return read_stream(stream, name, options, diagnostics);
  }
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
    IngestResult one = ingest_bytes(*bytes, path.string(), options.format, options);
    append(result, std::move(one));
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

// UTF-16 is recognised by its byte-order mark only: without one, NUL-laden bytes stay binary.
bool is_utf16(std::string_view bytes) {
  return bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
}

// UTF-16 (either byte order, by its mark) to UTF-8; an unpaired surrogate or an odd last byte
// becomes U+FFFD, which the UTF-8 check then leaves alone.
std::string utf16_to_utf8(std::string_view bytes) {
  const bool little = bytes[0] == '\xFF';
  std::vector<char16_t> units;
  units.reserve(bytes.size() / 2);
  for (std::size_t i = 2; i + 1 < bytes.size(); i += 2) {
    const auto first = static_cast<unsigned char>(bytes[i]), second = static_cast<unsigned char>(bytes[i + 1]);
    units.push_back(static_cast<char16_t>(little ? (second << 8 | first) : (first << 8 | second)));
  }
  const auto is_high = [](char32_t unit) { return unit >= 0xD800 && unit <= 0xDBFF; };
  const auto is_low = [](char32_t unit) { return unit >= 0xDC00 && unit <= 0xDFFF; };
  std::string text;
  text.reserve(units.size());
  for (std::size_t i = 0; i < units.size(); ++i) {
    const char32_t unit = units[i];
    if (is_high(unit) && i + 1 < units.size() && is_low(units[i + 1])) {
      detail::append_utf8(text, 0x10000 + ((unit - 0xD800) << 10) + (units[++i] - 0xDC00));
    } else {
      detail::append_utf8(text, is_high(unit) || is_low(unit) ? char32_t{0xFFFD} : unit);
    }
  }
  if (bytes.size() % 2 != 0) detail::append_utf8(text, 0xFFFD);
  return text;
}

// A NUL byte in a text is damage, not proof of a binary file, while NULs are rare: one, or one per
// thousand bytes (a binary file has them by the hundred in its first kilobytes).
constexpr std::size_t kBytesPerTolerableNul = 1000;

// The one repair every format gets before it is parsed: NUL bytes and invalid UTF-8 become U+FFFD,
// each with a warning at its first byte; nothing when the bytes look binary.
std::optional<std::string> text_of(std::string_view bytes, const std::string& name, std::vector<Diagnostic>& diagnostics) {
  const auto nuls = static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '\0'));
  if (nuls > 1 + bytes.size() / kBytesPerTolerableNul) {
    diagnostics.push_back(problem(name, "binary data, not text"));
    return std::nullopt;
  }
  // NUL is valid UTF-8: the repair sees the input's own offsets, and the NULs go after it.
  detail::Utf8Repair repair;
  if (detail::is_valid_utf8(bytes)) repair.text.assign(bytes);
  else repair = detail::repair_utf8(bytes);
  std::string text;
  if (nuls == 0) {
    text = std::move(repair.text);
  } else {
    text.reserve(repair.text.size() + 2 * nuls);
    for (char c : repair.text) {
      if (c == '\0') text.append("\xEF\xBF\xBD");
      else text.push_back(c);
    }
  }
  if (detail::looks_binary(text)) {
    diagnostics.push_back(problem(name, "binary data, not text"));
    return std::nullopt;
  }
  if (repair.invalid_sequences > 0)
    diagnostics.push_back(problem(name,
                                  "invalid UTF-8: " + std::to_string(repair.invalid_sequences) +
                                      " byte sequence(s) replaced by U+FFFD",
                                  "byte " + std::to_string(repair.first_invalid), Diagnostic::Severity::warning));
  if (nuls > 0)
    diagnostics.push_back(problem(name, std::to_string(nuls) + " NUL byte(s) replaced by U+FFFD",
                                  "byte " + std::to_string(bytes.find('\0')), Diagnostic::Severity::warning));
  return text;
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

IngestResult ingest_bytes(std::string_view raw, const std::string& name, std::string_view format,
                          const IngestOptions& options) {
  IngestResult result;
  std::string decoded;
  if (is_utf16(raw)) {
    decoded = utf16_to_utf8(raw);
    raw = decoded;
  }
  if (detail::trim(raw).empty()) {
    if (options.empty_is_problem) result.diagnostics.push_back(problem(name, "empty: no text to analyse"));
    return result;
  }
  std::optional<std::string> text = text_of(raw, name, result.diagnostics);
  if (!text) return result;
  const std::string_view bytes = *text;
  if (format.empty()) format = options.format;
  if (format.empty()) format = format_from_name(name);
  const bool guessed = format.empty();
  if (format.empty()) format = format_from_content(bytes);
  if (format == "json")
    ingest_json(bytes, name, options, result, guessed);
  else if (format == "jsonl")
    ingest_jsonl(bytes, name, options, result, guessed);
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
      const std::optional<std::string> bytes = read_stream(*stdin_in, "-", options, result.diagnostics);
      if (!bytes) continue;
      IngestResult one = ingest_bytes(*bytes, "-", options.stdin_format.empty() ? options.format : options.stdin_format, options);
      append(result, std::move(one));
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
  if (options.rename_duplicate_ids) make_ids_unique(result);
  return result;
}

void require_unique_ids(const IngestResult& result) {
  std::map<std::string_view, std::size_t> first_with;
  for (std::size_t i = 0; i < result.articles.size(); ++i) {
    const auto [it, fresh] = first_with.emplace(result.articles[i].id, i);
    if (!fresh)
      throw Error(ErrorCode::json, result.places[i], "",
                  "duplicate article id '" + result.articles[i].id + "' (first at " + result.places[it->second] + ")");
  }
}

}  // namespace claimdiff
