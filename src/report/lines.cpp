// Statement lines (see lines.hpp): the report's JSON form of a statement, one per line, and back.
#include <claimdiff/lines.hpp>

#include <claimdiff/error.hpp>
#include <claimdiff/report.hpp>

#include <nlohmann/json.hpp>

namespace claimdiff {
namespace {

void write_line(std::ostream& out, const nlohmann::ordered_json& value) {
  // Text was repaired at ingest; `replace` only guards against a split sequence from a stage.
  out << value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

Diagnostic malformed(const std::string& name, const std::string& where, const std::string& message) {
  return Diagnostic{Diagnostic::Severity::error, name, where, message};
}

bool has_string(const nlohmann::json& object, const char* key) {
  const auto found = object.find(key);
  return found != object.end() && found->is_string() && !found->get_ref<const std::string&>().empty();
}

}  // namespace

void write_statement_line(std::ostream& out, const Statement& statement) { write_line(out, to_json(statement)); }

void write_claim_line(std::ostream& out, const Claim& claim) { write_line(out, to_json(claim)); }

void write_diagnostic_line(std::ostream& out, const Diagnostic& diagnostic) { write_line(out, to_json(diagnostic)); }

void read_statement_lines(std::string_view bytes, const std::string& name, StatementLines& lines) {
  std::size_t number = 0;
  for (std::size_t begin = 0; begin < bytes.size();) {
    std::size_t end = bytes.find('\n', begin);
    if (end == std::string_view::npos) end = bytes.size();
    const std::string_view line = bytes.substr(begin, end - begin);
    begin = end + 1;
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const std::string where = "line " + std::to_string(number);
    const nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
    if (record.is_discarded() || !record.is_object()) {
      lines.diagnostics.push_back(malformed(name, where, "not a statement line: malformed JSON or not an object"));
      continue;
    }
    if (!has_string(record, "id") || !has_string(record, "article")) {
      lines.diagnostics.push_back(malformed(name, where, "not a statement line: no \"id\" or \"article\" string"));
      continue;
    }
    Statement statement = statement_from_json(record);
    const auto [first, fresh] = lines.place_of.emplace(statement.id, name + ":" + where);
    if (!fresh) throw Error(ErrorCode::json, name, where, "duplicate statement id '" + statement.id + "' (first at " + first->second + ")");
    lines.statements.push_back(std::move(statement));
  }
}

}  // namespace claimdiff
