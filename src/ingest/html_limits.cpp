// The shape of a page before gumbo sees it: a linear scan of tags over a model of the open-element
// stack. Every step is O(1) amortised (an element is pushed and popped once; per-tag position stacks
// answer "is it open, and above any scope boundary?" without walking the stack), so the check costs
// the same on a hostile page as on a news page. The model only closes an element where HTML's tree
// building would close it too, so its depth errs on the deep side.
#include "ingest/html_limits.hpp"

#include "ingest/html_bytes.hpp"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <vector>

namespace claimdiff::detail {
namespace {

constexpr std::size_t kTagCount = static_cast<std::size_t>(GUMBO_TAG_LAST) + 1;
// Longer names are no tag gumbo knows (the longest, "annotation-xml", has 14 letters).
constexpr std::size_t kMaxTagName = 16;

// Elements with no content and no end tag.
bool is_void(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_AREA: case GUMBO_TAG_BASE: case GUMBO_TAG_BR: case GUMBO_TAG_COL: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HR: case GUMBO_TAG_IMG: case GUMBO_TAG_IMAGE: case GUMBO_TAG_INPUT: case GUMBO_TAG_LINK:
    case GUMBO_TAG_META: case GUMBO_TAG_PARAM: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_WBR:
    case GUMBO_TAG_KEYGEN: case GUMBO_TAG_FRAME: case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_MENUITEM: case GUMBO_TAG_SPACER: case GUMBO_TAG_ISINDEX:
      return true;
    default:
      return false;
  }
}

// Elements whose content is text up to their own end tag (RAWTEXT and RCDATA in the standard).
bool is_raw_text(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_XMP: case GUMBO_TAG_IFRAME: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES:
      return true;
    default:
      return false;
  }
}

// The elements that end the default scope of "has an element in scope": an end tag does not
// close an element below one of these.
bool is_scope_boundary(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_APPLET: case GUMBO_TAG_CAPTION: case GUMBO_TAG_HTML: case GUMBO_TAG_TABLE: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: case GUMBO_TAG_MARQUEE: case GUMBO_TAG_OBJECT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_MI:
    case GUMBO_TAG_MO: case GUMBO_TAG_MN: case GUMBO_TAG_MS: case GUMBO_TAG_MTEXT: case GUMBO_TAG_ANNOTATION_XML:
    case GUMBO_TAG_FOREIGNOBJECT: case GUMBO_TAG_DESC:
      return true;
    default:
      return false;
  }
}

// The standard's "special" elements, minus address, div and p: an <li>, <dd> or <dt> closes an
// open one of its kind only when none of these lies above it.
bool is_special_for_items(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_DIV: case GUMBO_TAG_P:
      return false;
    case GUMBO_TAG_APPLET: case GUMBO_TAG_AREA: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BASE:
    case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY:
    case GUMBO_TAG_BR: case GUMBO_TAG_BUTTON: case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_COL:
    case GUMBO_TAG_COLGROUP: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_EMBED: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEAD: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR: case GUMBO_TAG_HTML: case GUMBO_TAG_IFRAME: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_LI: case GUMBO_TAG_LINK: case GUMBO_TAG_LISTING: case GUMBO_TAG_MAIN: case GUMBO_TAG_MARQUEE:
    case GUMBO_TAG_MENU: case GUMBO_TAG_META: case GUMBO_TAG_NAV: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_OBJECT: case GUMBO_TAG_OL: case GUMBO_TAG_PARAM:
    case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_PRE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_SOURCE: case GUMBO_TAG_STYLE: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TD: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_TR: case GUMBO_TAG_TRACK: case GUMBO_TAG_UL: case GUMBO_TAG_WBR: case GUMBO_TAG_XMP:
      return true;
    default:
      return false;
  }
}

// Start tags that close an open <p> (when it is in button scope).
bool closes_paragraph(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_UL:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_FORM: case GUMBO_TAG_LI:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_TABLE: case GUMBO_TAG_HR: case GUMBO_TAG_XMP:
      return true;
    default:
      return false;
  }
}

bool is_foreign_root(GumboTag tag) { return tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH; }

// Formatting elements: when something else closes one, the parser reopens it later (it
// "reconstructs the active formatting elements"), so it counts towards the depth until its own end tag.
constexpr GumboTag kFormattingTags[] = {GUMBO_TAG_A,    GUMBO_TAG_B,      GUMBO_TAG_BIG,   GUMBO_TAG_CODE,
                                        GUMBO_TAG_EM,   GUMBO_TAG_FONT,   GUMBO_TAG_I,     GUMBO_TAG_NOBR,
                                        GUMBO_TAG_S,    GUMBO_TAG_SMALL,  GUMBO_TAG_STRIKE, GUMBO_TAG_STRONG,
                                        GUMBO_TAG_TT,   GUMBO_TAG_U};
constexpr std::size_t kFormattingCount = std::size(kFormattingTags);
std::size_t formatting_index(GumboTag tag) {  // kFormattingCount for other tags
  for (std::size_t i = 0; i < kFormattingCount; ++i)
    if (kFormattingTags[i] == tag) return i;
  return kFormattingCount;
}

// Elements that put a marker in the list of active formatting elements: what was left open
// before one of them is not reopened inside it, and closing it forgets what was left open inside.
bool is_formatting_marker(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_CAPTION: case GUMBO_TAG_APPLET: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_MARQUEE: case GUMBO_TAG_TEMPLATE:
      return true;
    default:
      return false;
  }
}

// End tags answered in table scope (only html, table and template bound them).
bool uses_table_scope(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_CAPTION:
      return true;
    default:
      return false;
  }
}

constexpr std::size_t kNowhere = static_cast<std::size_t>(-1);

// The open-element stack as the model sees it, plus the formatting elements closed by something
// other than their own end tag: the parser reopens those, so they count towards the depth.
class OpenElements {
 public:
  OpenElements() : levels_(1) {}

  std::size_t depth() const { return stack_.size() + dangling_; }
  bool in_foreign_content() const { return !positions_[GUMBO_TAG_SVG].empty() || !positions_[GUMBO_TAG_MATH].empty(); }

  void start(GumboTag tag) {
    if (closes_paragraph(tag) && paragraph_closable()) pop_to(top_of(GUMBO_TAG_P));
    if (tag == GUMBO_TAG_LI) close_item(GUMBO_TAG_LI);
    if (tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT) {
      close_item(GUMBO_TAG_DD);
      close_item(GUMBO_TAG_DT);
    }
    if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_TR) close_cell_or_row(tag);
    if ((tag == GUMBO_TAG_OPTION || tag == GUMBO_TAG_OPTGROUP) && !stack_.empty() && stack_.back() == GUMBO_TAG_OPTION)
      pop_to(stack_.size() - 1);
    push(tag);
  }

  void end(GumboTag tag) {
    const std::size_t at = top_of(tag);
    if (at == kNowhere) {
      forget_dangling(tag);  // the adoption agency drops a reopened one
      return;
    }
    // Out of scope, the parser ignores an end tag, and so does the model.
    const bool in_scope = uses_table_scope(tag) ? !above(GUMBO_TAG_TABLE, at) && !above(GUMBO_TAG_TEMPLATE, at)
                                                : (boundaries_.empty() || boundaries_.back() <= at);
    if (!in_scope) return;
    if (tag == GUMBO_TAG_LI && (above(GUMBO_TAG_UL, at) || above(GUMBO_TAG_OL, at))) return;
    if (tag == GUMBO_TAG_P && above(GUMBO_TAG_BUTTON, at)) return;
    pop_to(at, tag);
  }

 private:
  struct FormattingLevel {
    std::size_t dangling = 0;
    std::array<std::size_t, kFormattingCount> by_tag{};
  };

  std::size_t top_of(GumboTag tag) const { return positions_[tag].empty() ? kNowhere : positions_[tag].back(); }
  bool above(GumboTag tag, std::size_t at) const {
    const std::size_t top = top_of(tag);
    return top != kNowhere && top > at;
  }

  bool paragraph_closable() const {
    const std::size_t at = top_of(GUMBO_TAG_P);
    return at != kNowhere && (boundaries_.empty() || boundaries_.back() < at) && !above(GUMBO_TAG_BUTTON, at);
  }

  // An <li> closes an open <li> (a <dd> or <dt> one of those) when no special element lies above it.
  void close_item(GumboTag kind) {
    const std::size_t at = top_of(kind);
    if (at != kNowhere && (specials_.empty() || specials_.back() <= at)) pop_to(at);
  }

  void close_cell_or_row(GumboTag tag) {
    std::size_t table = 0;
    for (const GumboTag bound : {GUMBO_TAG_TABLE, GUMBO_TAG_TEMPLATE})
      if (top_of(bound) != kNowhere) table = std::max(table, top_of(bound));
    for (const GumboTag kind : {GUMBO_TAG_TD, GUMBO_TAG_TH}) {
      const std::size_t at = top_of(kind);
      if (at != kNowhere && at > table) pop_to(at);
    }
    if (tag == GUMBO_TAG_TR) {
      const std::size_t at = top_of(GUMBO_TAG_TR);
      if (at != kNowhere && at > table) pop_to(at);
    }
  }

  void push(GumboTag tag) {
    const std::size_t at = stack_.size();
    stack_.push_back(tag);
    positions_[tag].push_back(at);
    if (is_scope_boundary(tag)) boundaries_.push_back(at);
    if (is_special_for_items(tag)) specials_.push_back(at);
    if (is_formatting_marker(tag)) levels_.emplace_back();
  }

  // Pops every element from the top down to the one at `at`, included. A formatting element popped
  // on the way stays counted, unless it is the one `closing` (the end tag doing the popping) names.
  void pop_to(std::size_t at, GumboTag closing = GUMBO_TAG_LAST) {
    while (stack_.size() > at) {
      const GumboTag tag = stack_.back();
      const std::size_t position = stack_.size() - 1;
      stack_.pop_back();
      positions_[tag].pop_back();
      if (!boundaries_.empty() && boundaries_.back() == position) boundaries_.pop_back();
      if (!specials_.empty() && specials_.back() == position) specials_.pop_back();
      if (is_formatting_marker(tag) && levels_.size() > 1) {
        dangling_ -= levels_.back().dangling;
        levels_.pop_back();
      }
      const std::size_t index = formatting_index(tag);
      if (index < kFormattingCount && !(position == at && tag == closing)) {
        ++levels_.back().dangling;
        ++levels_.back().by_tag[index];
        ++dangling_;
      }
    }
  }

  void forget_dangling(GumboTag tag) {
    const std::size_t index = formatting_index(tag);
    if (index == kFormattingCount || levels_.back().by_tag[index] == 0) return;
    --levels_.back().by_tag[index];
    --levels_.back().dangling;
    --dangling_;
  }

  std::vector<GumboTag> stack_;
  std::array<std::vector<std::size_t>, kTagCount> positions_;  // where each tag is open, bottom up
  std::vector<std::size_t> boundaries_;                        // positions of scope boundaries
  std::vector<std::size_t> specials_;                          // positions of is_special_for_items
  std::vector<FormattingLevel> levels_;                        // one per open marker, and the base
  std::size_t dangling_ = 0;                                   // sum over levels_
};

}  // namespace

HtmlShape measure_html_shape(std::string_view html, const HtmlLimits& limits) {
  HtmlShape shape;
  OpenElements open;
  std::size_t at = 0;
  while ((at = html.find('<', at)) != std::string_view::npos) {
    if (html.compare(at, 4, "<!--") == 0) {
      at = past_comment(html, at);
      continue;
    }
    const bool end_tag = at + 1 < html.size() && html[at + 1] == '/';
    const std::size_t name_begin = at + (end_tag ? 2 : 1);
    if (name_begin >= html.size() || !is_ascii_alpha(html[name_begin])) {
      // "<!doctype>", "<?xml ...>" and "</ >" are skipped to their '>'; a lone '<' is text.
      const char next = name_begin < html.size() ? html[name_begin] : ' ';
      if (end_tag || next == '!' || next == '?') {
        const std::size_t close = html.find('>', at);
        at = close == std::string_view::npos ? html.size() : close + 1;
      } else {
        ++at;
      }
      continue;
    }
    std::size_t name_end = name_begin;
    std::array<char, kMaxTagName> name{};
    while (name_end < html.size() && !is_html_space(html[name_end]) && html[name_end] != '>' && html[name_end] != '/') {
      if (name_end - name_begin < kMaxTagName) name[name_end - name_begin] = ascii_lower(html[name_end]);
      ++name_end;
    }
    const std::size_t length = name_end - name_begin;
    const GumboTag tag = length <= kMaxTagName ? gumbo_tagn_enum(name.data(), static_cast<unsigned>(length))
                                               : GUMBO_TAG_UNKNOWN;
    const TagEnd tag_end = skip_attributes(html, name_end);
    at = tag_end.next;
    shape.parse_work += open.depth();
    if (end_tag) {
      open.end(tag);
    } else {
      ++shape.tags;
      // A "/>" closes only foreign (SVG, MathML) elements; on an HTML element it is ignored.
      const bool closed_at_once =
          is_void(tag) || (tag_end.self_closing && (is_foreign_root(tag) || (tag == GUMBO_TAG_UNKNOWN && open.in_foreign_content())));
      if (!closed_at_once) open.start(tag);
      if (tag == GUMBO_TAG_PLAINTEXT) break;  // the rest of the page is text
      if (is_raw_text(tag) && !closed_at_once) {
        at = find_end_tag(html, at, {name.data(), length});
      }
    }
    shape.max_depth = std::max(shape.max_depth, open.depth());
    if (shape.max_depth > limits.max_depth || shape.parse_work > limits.max_parse_work) {
      shape.stopped_early = true;
      break;
    }
  }
  return shape;
}

std::string check_html_limits(std::string_view html, const HtmlLimits& limits) {
  if (html.size() > limits.max_bytes)
    return "HTML page of " + std::to_string(html.size()) + " bytes, over the parser's limit of " +
           std::to_string(limits.max_bytes);
  const HtmlShape shape = measure_html_shape(html, limits);
  if (shape.max_depth > limits.max_depth)
    return "HTML nested more than " + std::to_string(limits.max_depth) + " elements deep";
  if (shape.parse_work > limits.max_parse_work)
    return "HTML too costly to parse (unclosed elements: " + std::to_string(shape.parse_work) +
           " units of work, limit " + std::to_string(limits.max_parse_work) + ")";
  return {};
}

}  // namespace claimdiff::detail
