// The one exception type of the library, thrown only at the edges (files, encodings, JSON, ICU set-up).
// Its message reads `claimdiff: <file>:<where>: <what>` so the CLI can print it as it is.
#pragma once

#include <stdexcept>
#include <string>

namespace claimdiff {

enum class ErrorCode {
  io,              // a file or directory cannot be read or written
  no_input,        // nothing usable among the inputs
  encoding,        // bytes that are not UTF-8 where UTF-8 is required
  json,            // malformed JSON or a record without the fields it needs
  unsupported,     // a file type or option the tool does not handle
  resource,        // a lexicon, WordNet or ICU data missing or unreadable
  usage,           // a flag or argument the caller got wrong
  store,           // the corpus store (SQLite) refused an operation
};

std::string to_string(ErrorCode code);

class Error : public std::runtime_error {
 public:
  // `where` is a position inside `file` ("line 3", "byte 120") or empty.
  Error(ErrorCode code, std::string file, std::string where, const std::string& what);

  ErrorCode code() const noexcept { return code_; }
  const std::string& file() const noexcept { return file_; }
  const std::string& where() const noexcept { return where_; }

 private:
  ErrorCode code_;
  std::string file_;
  std::string where_;
};

}  // namespace claimdiff
