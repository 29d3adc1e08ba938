// Stage 5b, report: writers for the Report (JSON contract, Markdown, self-contained HTML) and the
// JSON form of every value type. Writers take a std::ostream and escape everything they show.
#pragma once

#include <claimdiff/types.hpp>

#include <nlohmann/json.hpp>

#include <ostream>
#include <string_view>

namespace claimdiff {

enum class ReportFormat { json, markdown, html };

std::optional<ReportFormat> report_format_from_string(std::string_view text);

nlohmann::ordered_json to_json(const Report& report);
nlohmann::ordered_json to_json(const Statement& statement);
nlohmann::ordered_json to_json(const Claim& claim);
nlohmann::ordered_json to_json(const Diagnostic& diagnostic);

// The inverse of to_json(Statement): reads a statement back from its JSON form (absent or null
// fields stay empty), for tools and stores that keep statements as JSON.
Statement statement_from_json(const nlohmann::json& json);

void write_json(std::ostream& out, const Report& report);
void write_markdown(std::ostream& out, const Report& report);
void write_html(std::ostream& out, const Report& report);
void write_report(std::ostream& out, const Report& report, ReportFormat format);

}  // namespace claimdiff
