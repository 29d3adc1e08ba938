// gumbo behind a small RAII type and iterative look-ups (see html_dom.hpp).
#include "ingest/html_dom.hpp"

#include "base/text_util.hpp"
#include "ingest/html_bytes.hpp"

namespace claimdiff::detail {
namespace {

// gumbo records every parse error with a copy of the open-element stack: on a deeply nested page
// that is memory quadratic in the depth (80,000 nested <div>s asked for more than 20 GB). No
// reader of ours looks at parse errors, so none is recorded.
constexpr int kRecordedParseErrors = 0;

GumboOptions parse_options() {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = kRecordedParseErrors;
  return options;
}

}  // namespace

HtmlDocument::HtmlDocument(std::string_view html) {
  const GumboOptions options = parse_options();
  output_ = gumbo_parse_with_options(&options, html.data(), html.size());
}

HtmlDocument::~HtmlDocument() {
  const GumboOptions options = parse_options();
  gumbo_destroy_output(&options, output_);
}

std::span<GumboNode* const> children_of(const GumboNode& node) {
  const GumboVector* children = nullptr;
  if (is_element(node)) children = &node.v.element.children;
  else if (node.type == GUMBO_NODE_DOCUMENT) children = &node.v.document.children;
  if (!children || children->length == 0) return {};
  return {reinterpret_cast<GumboNode* const*>(children->data), children->length};
}

std::string_view attribute(const GumboNode& node, const char* name) {
  if (!is_element(node)) return {};
  const GumboAttribute* found = gumbo_get_attribute(&node.v.element.attributes, name);
  return found ? std::string_view(found->value) : std::string_view();
}

const GumboNode* find_first(const GumboNode& root, GumboTag tag) {
  const GumboNode* found = nullptr;
  walk_tree(root, [&](const GumboNode& node) {
    if (found) return Descend::past;
    if (has_tag(node, tag)) {
      found = &node;
      return Descend::past;
    }
    return Descend::into;
  });
  return found;
}

std::vector<const GumboNode*> find_all(const GumboNode& root, GumboTag tag) {
  std::vector<const GumboNode*> found;
  walk_tree(root, [&](const GumboNode& node) {
    if (has_tag(node, tag)) found.push_back(&node);
    return Descend::into;
  });
  return found;
}

std::string inner_text(const GumboNode& node) {
  std::string text;
  walk_tree(node, [&](const GumboNode& visited) {
    if (has_tag(visited, GUMBO_TAG_SCRIPT) || has_tag(visited, GUMBO_TAG_STYLE)) return Descend::past;
    if (is_text(visited)) {
      for (const char c : std::string_view(visited.v.text.text)) {
        if (!is_html_space(c)) text.push_back(c);
        else if (!text.empty() && text.back() != ' ') text.push_back(' ');
      }
    }
    return Descend::into;
  });
  return std::string(trim(text));
}

std::string_view raw_text(const GumboNode& node) {
  const std::span<GumboNode* const> children = children_of(node);
  if (children.size() != 1 || !is_text(*children[0])) return {};
  return children[0]->v.text.text;
}

}  // namespace claimdiff::detail
