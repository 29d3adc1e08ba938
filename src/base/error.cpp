// claimdiff::Error: the message is composed once, in the form the CLI prints.
#include <claimdiff/error.hpp>

namespace claimdiff {
namespace {

std::string compose(const std::string& file, const std::string& where, const std::string& what) {
  std::string message = "claimdiff: ";
  if (!file.empty()) message += file + ":";
  if (!where.empty()) message += where + ":";
  if (!file.empty() || !where.empty()) message += " ";
  return message + what;
}

}  // namespace

std::string to_string(ErrorCode code) {
  switch (code) {
    case ErrorCode::io: return "io";
    case ErrorCode::no_input: return "no_input";
    case ErrorCode::encoding: return "encoding";
    case ErrorCode::json: return "json";
    case ErrorCode::unsupported: return "unsupported";
    case ErrorCode::resource: return "resource";
    case ErrorCode::usage: return "usage";
    case ErrorCode::store: return "store";
  }
  return "unknown";
}

Error::Error(ErrorCode code, std::string file, std::string where, const std::string& what)
    : std::runtime_error(compose(file, where, what)),
      code_(code),
      file_(std::move(file)),
      where_(std::move(where)) {}

}  // namespace claimdiff
