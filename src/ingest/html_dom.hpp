// The one home of gumbo in claimdiff: a parsed page (built once, freed once), element look-ups, and
// walk_tree, the explicit-stack walk every HTML reader uses. Nothing here recurses, so how deep a page
// nests changes how long a walk takes, never whether the stack holds.
#pragma once

#include <gumbo.h>

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimdiff::detail {

// A page parsed by gumbo. The caller checks the page against HtmlLimits first (html_limits.hpp):
// gumbo's cost grows with depth times tags, which only a check before parsing can bound.
class HtmlDocument {
 public:
  // `html` must be valid UTF-8 (gumbo's requirement).
  explicit HtmlDocument(std::string_view html);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  const GumboNode& root() const { return *output_->root; }

 private:
  GumboOutput* output_;
};

inline bool is_element(const GumboNode& node) {
  return node.type == GUMBO_NODE_ELEMENT || node.type == GUMBO_NODE_TEMPLATE;
}
inline bool is_text(const GumboNode& node) {
  return node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_WHITESPACE || node.type == GUMBO_NODE_CDATA;
}
// The element's tag; GUMBO_TAG_UNKNOWN for text, comments and the document.
inline GumboTag tag_of(const GumboNode& node) { return is_element(node) ? node.v.element.tag : GUMBO_TAG_UNKNOWN; }
inline bool has_tag(const GumboNode& node, GumboTag tag) { return is_element(node) && node.v.element.tag == tag; }

// The child nodes of an element or of the document (none for text).
std::span<GumboNode* const> children_of(const GumboNode& node);

// The attribute's value as written, empty when it is missing.
std::string_view attribute(const GumboNode& node, const char* name);

// What walk_tree does after entering a node.
enum class Descend { into, past };

// Pre-order walk of `root` and its descendants on an explicit stack: `enter(node)` says whether
// to visit the node's children, and `leave(node)` runs after them (for every node entered).
template <class Enter, class Leave>
void walk_tree(const GumboNode& root, Enter&& enter, Leave&& leave) {
  struct Frame {
    const GumboNode* node;
    std::size_t next_child;
  };
  std::vector<Frame> stack;
  if (enter(root) == Descend::past) {
    leave(root);
    return;
  }
  stack.push_back({&root, 0});
  while (!stack.empty()) {
    Frame& top = stack.back();
    const std::span<GumboNode* const> children = children_of(*top.node);
    if (top.next_child == children.size()) {
      const GumboNode* done = top.node;
      stack.pop_back();
      leave(*done);
      continue;
    }
    const GumboNode& child = *children[top.next_child++];
    if (enter(child) == Descend::into && !children_of(child).empty()) {
      stack.push_back({&child, 0});  // `top` is not used past this point: push_back may move it
    } else {
      leave(child);
    }
  }
}

template <class Enter>
void walk_tree(const GumboNode& root, Enter&& enter) {
  walk_tree(root, std::forward<Enter>(enter), [](const GumboNode&) {});
}

// The first element with `tag` in document order under `root` (itself included), or nullptr.
const GumboNode* find_first(const GumboNode& root, GumboTag tag);

// Every element with `tag` under `root`, in document order.
std::vector<const GumboNode*> find_all(const GumboNode& root, GumboTag tag);

// The text of `node` and its descendants (scripts and styles left out), white space collapsed to
// single spaces, trimmed.
std::string inner_text(const GumboNode& node);

// The raw text of an element whose content is not parsed as markup (<script>, <style>, <title>).
std::string_view raw_text(const GumboNode& node);

}  // namespace claimdiff::detail
