// The line format of a corpus cut into partitions: UTF-8, one JSON object per line, so that the
// line filters (`extract --jsonl`, `model count`, `align --model`) can be driven by Dask tasks, a
// shell pipe or Hadoop Streaming. A statement line is to_json(Statement) on one line.
#pragma once

#include <claimdiff/types.hpp>

#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace claimdiff {

// One statement as one line (the fields of the report's statements, "article" among them).
void write_statement_line(std::ostream& out, const Statement& statement);
// One claim as one line (the fields of the report's claims; no divergences before diverge runs).
void write_claim_line(std::ostream& out, const Claim& claim);
// One diagnostic as one line (the fields of the report's diagnostics).
void write_diagnostic_line(std::ostream& out, const Diagnostic& diagnostic);

// Statement lines read from one or more inputs, in input order.
struct StatementLines {
  std::vector<Statement> statements;
  std::vector<Diagnostic> diagnostics;  // malformed lines, each named "line N" and skipped
  std::map<std::string, std::string, std::less<>> place_of;  // statement id -> "file:line N"
};

// Reads the statement lines of `bytes` (from `name`) into `lines`. Blank lines are ignored; a line
// that is not a JSON object with non-empty string "id" and "article" is a diagnostic and skipped.
// Statement ids are unique in a corpus: a repeated one throws Error(json) naming both lines.
void read_statement_lines(std::string_view bytes, const std::string& name, StatementLines& lines);

}  // namespace claimdiff
