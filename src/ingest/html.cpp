// gumbo-based HTML reader: walks the <article> (or <body>) and emits block elements as paragraphs.
#include "ingest/html.hpp"

#include "base/text_util.hpp"

#include <gumbo.h>

#include <array>
#include <memory>
#include <string>

namespace claimdiff::detail {
namespace {

struct GumboDeleter {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};
using GumboDocument = std::unique_ptr<GumboOutput, GumboDeleter>;

bool is_skipped_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD: case GUMBO_TAG_OBJECT: case GUMBO_TAG_CANVAS:
      return true;
    default:
      return false;
  }
}

bool is_block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_FIGURE: case GUMBO_TAG_HR:
      return true;
    default:
      return false;
  }
}

std::string attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* found = gumbo_get_attribute(&element.attributes, name);
  return found ? std::string(found->value) : std::string();
}

// Class and id words that mark page furniture in the markup itself.
bool is_furniture_container(const GumboElement& element) {
  static constexpr std::array<std::string_view, 16> kMarkers = {
      "share", "social", "subscribe", "newsletter", "related", "comment", "navigation", "menu",
      "breadcrumb", "cookie", "advert", "promo", "sidebar", "footer", "byline-share", "recommend"};
  const std::string names = fold(attribute(element, "class") + " " + attribute(element, "id"));
  if (names.size() <= 1) return false;
  for (std::string_view marker : kMarkers)
    if (names.find(marker) != std::string::npos) return true;
  return attribute(element, "role") == "navigation" || attribute(element, "aria-hidden") == "true";
}

class TextCollector {
 public:
  void walk(const GumboNode& node) {
    if (node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_WHITESPACE || node.type == GUMBO_NODE_CDATA) {
      append_inline(node.v.text.text);
      return;
    }
    if (node.type != GUMBO_NODE_ELEMENT && node.type != GUMBO_NODE_TEMPLATE) return;
    const GumboElement& element = node.v.element;
    if (is_skipped_tag(element.tag) || is_furniture_container(element)) return;
    if (element.tag == GUMBO_TAG_BR) {
      line_break();
      return;
    }
    const bool block = is_block_tag(element.tag);
    if (block) paragraph_break();
    if (element.tag == GUMBO_TAG_LI) text_ += "\u2022 ";
    for (unsigned i = 0; i < element.children.length; ++i)
      walk(*static_cast<const GumboNode*>(element.children.data[i]));
    if (block) paragraph_break();
  }

  std::string take() {
    while (!text_.empty() && (text_.back() == '\n' || text_.back() == ' ')) text_.pop_back();
    return std::move(text_);
  }

 private:
  void append_inline(std::string_view piece) {
    for (char c : piece) {
      const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
      if (space) {
        if (!text_.empty() && text_.back() != ' ' && text_.back() != '\n') text_.push_back(' ');
      } else {
        text_.push_back(c);
      }
    }
  }
  void line_break() {
    while (!text_.empty() && text_.back() == ' ') text_.pop_back();
    if (!text_.empty() && text_.back() != '\n') text_.push_back('\n');
  }
  void paragraph_break() {
    while (!text_.empty() && text_.back() == ' ') text_.pop_back();
    if (text_.empty()) return;
    if (text_.back() != '\n') text_.push_back('\n');
    if (text_.size() < 2 || text_[text_.size() - 2] != '\n') text_.push_back('\n');
  }

  std::string text_;
};

const GumboNode* find_first(const GumboNode& node, GumboTag tag) {
  if (node.type != GUMBO_NODE_ELEMENT) return nullptr;
  if (node.v.element.tag == tag) return &node;
  for (unsigned i = 0; i < node.v.element.children.length; ++i)
    if (const GumboNode* found = find_first(*static_cast<const GumboNode*>(node.v.element.children.data[i]), tag))
      return found;
  return nullptr;
}

std::string text_of(const GumboNode& node) {
  TextCollector collector;
  for (unsigned i = 0; i < node.v.element.children.length; ++i)
    collector.walk(*static_cast<const GumboNode*>(node.v.element.children.data[i]));
  return std::string(trim(collector.take()));
}

// <meta property|name="key" content="..."> anywhere in <head>.
std::string meta_content(const GumboNode& head, std::string_view key) {
  for (unsigned i = 0; i < head.v.element.children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(head.v.element.children.data[i]);
    if (child->type != GUMBO_NODE_ELEMENT || child->v.element.tag != GUMBO_TAG_META) continue;
    const std::string name = attribute(child->v.element, "property") + attribute(child->v.element, "name");
    if (name == key) return attribute(child->v.element, "content");
  }
  return {};
}

std::string canonical_url(const GumboNode& head) {
  for (unsigned i = 0; i < head.v.element.children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(head.v.element.children.data[i]);
    if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_LINK &&
        attribute(child->v.element, "rel") == "canonical")
      return attribute(child->v.element, "href");
  }
  return {};
}

// "Floods: thousands evacuated | The Daily Courier" -> "Floods: thousands evacuated": a page
// title often ends with the site's name after a separator; the outlet is shown apart.
std::string without_site_name(std::string title, std::string_view outlet) {
  if (outlet.empty()) return title;
  for (std::string_view separator : {" | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " :: "}) {
    const std::size_t at = title.rfind(separator);
    if (at == std::string::npos || at == 0) continue;
    if (detail::trim(std::string_view(title).substr(at + separator.size())) == detail::trim(outlet)) {
      title.resize(at);
      return title;
    }
  }
  return title;
}

}  // namespace

Article parse_html(std::string_view html) {
  GumboDocument document(gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  Article article;
  const GumboNode& root = *document->root;
  if (const GumboNode* head = find_first(root, GUMBO_TAG_HEAD)) {
    article.outlet = meta_content(*head, "og:site_name");
    article.title = meta_content(*head, "og:title");
    article.date = meta_content(*head, "article:published_time");
    article.url = meta_content(*head, "og:url");
    if (article.url.empty()) article.url = canonical_url(*head);
    if (article.title.empty())
      if (const GumboNode* title = find_first(*head, GUMBO_TAG_TITLE)) article.title = text_of(*title);
    article.title = without_site_name(std::move(article.title), article.outlet);
  }
  const GumboNode* body = find_first(root, GUMBO_TAG_ARTICLE);
  if (!body) body = find_first(root, GUMBO_TAG_MAIN);
  if (!body) body = find_first(root, GUMBO_TAG_BODY);
  if (!body) body = &root;
  TextCollector collector;
  collector.walk(*body);
  article.text = collector.take();
  if (article.date.empty())
    if (const GumboNode* time = find_first(*body, GUMBO_TAG_TIME)) article.date = attribute(time->v.element, "datetime");
  return article;
}

}  // namespace claimdiff::detail
