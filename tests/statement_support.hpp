// What the align-side tests share: a statement of invented text whose content is its whole text.
#pragma once

#include <claimdiff/types.hpp>

#include <string>

namespace claimdiff::test {

// An indirect statement of `speaker` (unattributed without one) whose content spans its text.
inline Statement make_statement(const std::string& id, const std::string& article, const std::string& content,
                                const std::string& speaker = "", StatementKind kind = StatementKind::indirect) {
  Statement s;
  s.id = id;
  s.article = article;
  s.content = content;
  s.text = content;
  s.span = {0, content.size()};
  s.content_span = s.span;
  s.speaker = speaker;
  s.kind = speaker.empty() ? StatementKind::unattributed : kind;
  return s;
}

}  // namespace claimdiff::test
