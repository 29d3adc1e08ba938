// Content scoring of a parsed page (see html_content.hpp). Two walks over the page, both on
// walk_tree's explicit stack: one sums text, link text and commas per element and scores the
// ancestors of every paragraph-shaped block; selection then looks at the scored elements only.
#include "ingest/html_content.hpp"

#include "ingest/html_bytes.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace claimdiff::detail {
namespace {

// Class and id words (whole words, lower case) as published extractors read them: boxes that are
// never the article (readability's "unlikely candidates", trafilatura's discarded sections)...
constexpr std::array<std::string_view, 46> kFurnitureWords = {
    "ad", "ads", "adv", "advert", "advertisement", "advertising", "banner", "breadcrumb", "breadcrumbs", "caption",
    "captions",
    "comment", "comments", "consent", "cookie", "cookies", "disqus", "footer", "gdpr", "masthead", "menu",
    "modal", "nav", "navbar", "navigation", "newsletter", "outbrain", "pagination", "pager", "popup", "promo",
    "recommend", "recommended", "related", "share", "sharing", "shoutbox", "sidebar", "skyscraper", "social",
    "sponsor", "sponsored", "subscribe", "subscription", "taboola", "widget"};
// ...words that lower an element's score without removing it...
constexpr std::array<std::string_view, 13> kNegativeWords = {
    "contact", "foot", "hidden", "media", "meta", "more", "tags", "tool", "tools", "author",
    "bio", "byline", "credit"};
// ...and words that raise it.
constexpr std::array<std::string_view, 13> kPositiveWords = {
    "article", "body", "content", "entry", "hentry", "main", "post", "story", "text", "blog", "prose",
    "articlebody", "storycontent"};

bool is_word_byte(char c) { return is_ascii_alpha(c) || (c >= '0' && c <= '9'); }
bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

// The words of a class or id: split at anything but letters and digits, and at a lower-to-upper
// case change ("articleBody" -> "article", "body"), lower-cased.
template <class Visit>
void for_each_class_word(std::string_view names, Visit&& visit) {
  std::string word;
  for (std::size_t i = 0; i <= names.size(); ++i) {
    const char c = i < names.size() ? names[i] : ' ';
    const bool boundary = !is_word_byte(c) || (is_upper_ascii(c) && i > 0 && !is_upper_ascii(names[i - 1]) &&
                                               is_word_byte(names[i - 1]));
    if (boundary && !word.empty()) {
      visit(std::string_view(word));
      word.clear();
    }
    if (is_word_byte(c)) word.push_back(ascii_lower(c));
  }
}

template <std::size_t N>
bool names_hold_any(std::string_view names, const std::array<std::string_view, N>& words) {
  bool found = false;
  for_each_class_word(names, [&](std::string_view word) {
    if (!found) found = std::find(words.begin(), words.end(), word) != words.end();
  });
  return found;
}

// readability's class weight: up for content words, down for furniture and negative words, for
// the class and the id apart.
double class_weight(const GumboNode& element, double weight) {
  double total = 0.0;
  for (const char* name : {"class", "id"}) {
    const std::string_view names = attribute(element, name);
    if (names.empty()) continue;
    if (names_hold_any(names, kFurnitureWords) || names_hold_any(names, kNegativeWords)) total -= weight;
    if (names_hold_any(names, kPositiveWords)) total += weight;
  }
  return total;
}

// readability's starting score by tag: containers of prose up, lists, headings and forms down.
double tag_weight(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_SECTION:
      return 5.0;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE:
      return 3.0;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM:
      return -3.0;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_TH:
      return -5.0;
    default:
      return 0.0;
  }
}

// Structural boxes that are furniture unless the article itself is inside them.
bool is_furniture_tag(GumboTag tag) {
  return tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_FIGCAPTION ||
         tag == GUMBO_TAG_FIGURE;
}

// Boxes that readability's conditional cleaning looks at: lists, tables, divisions, forms.
bool is_cleaned_conditionally(GumboTag tag) {
  return tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION ||
         tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_FORM || tag == GUMBO_TAG_DL;
}

// The characters of a text node as the collector keeps them: runs of white space count once.
struct TextCount {
  std::size_t chars = 0;
  std::size_t commas = 0;
};
TextCount count_text(std::string_view text) {
  TextCount count;
  bool space = true;
  for (const char c : text) {
    if (is_html_space(c)) {
      if (!space) ++count.chars;
      space = true;
      continue;
    }
    space = false;
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count.chars;  // one per code point
    if (c == ',') ++count.commas;
  }
  return count;
}

// The share of the best element's text that makes a box inside it the article's own.
constexpr double kMostOfTop = 0.5;

// A paragraph-shaped block being read: its element and its text so far.
struct Block {
  const GumboNode* owner = nullptr;
  TextCount text;
};

}  // namespace

// A <p>, or a <div> written as one (text and inline elements only: a lede or summary box).
bool reads_as_paragraph(const GumboNode& element) {
  if (has_tag(element, GUMBO_TAG_P)) return true;
  if (!has_tag(element, GUMBO_TAG_DIV)) return false;
  for (const GumboNode* child : children_of(element))
    if (is_element(*child) && is_block_element(tag_of(*child))) return false;
  return true;
}

bool is_block_element(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_DL: case GUMBO_TAG_MAIN: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_DETAILS: case GUMBO_TAG_HR:
      return true;
    default:
      return false;
  }
}

bool is_never_content(const GumboNode& element) {
  switch (tag_of(element)) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD: case GUMBO_TAG_OBJECT: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_EMBED: case GUMBO_TAG_MATH:
    case GUMBO_TAG_MENU: case GUMBO_TAG_LABEL: case GUMBO_TAG_OPTION:
      return true;
    default:
      return element.type == GUMBO_NODE_TEMPLATE || attribute(element, "role") == "navigation";
  }
}

bool is_hidden(const GumboNode& element) {
  if (gumbo_get_attribute(&element.v.element.attributes, "hidden")) return true;
  if (attribute(element, "aria-hidden") == "true") return true;
  std::string style;
  for (const char c : attribute(element, "style"))
    if (!is_html_space(c)) style.push_back(ascii_lower(c));
  return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos;
}

bool class_or_id_has_word(const GumboNode& element, std::string_view word) {
  bool found = false;
  for (const char* name : {"class", "id"})
    for_each_class_word(attribute(element, name), [&](std::string_view piece) { found = found || piece == word; });
  return found;
}

// A post quoted in the article (a block quote in a "social-media-embed" or "embedded-tweet" box) is
// text of it, whatever network it comes from: share bars and follow widgets are not called embeds,
// and an embedded picture or player quotes nothing.
bool is_embedded_post(const GumboNode& element) {
  return (class_or_id_has_word(element, "embed") || class_or_id_has_word(element, "embedded")) &&
         find_first(element, GUMBO_TAG_BLOCKQUOTE) != nullptr;
}

bool is_furniture_box(const GumboNode& element) {
  if (is_embedded_post(element)) return false;
  for (const char* name : {"class", "id"}) {
    const std::string_view names = attribute(element, name);
    if (!names.empty() && names_hold_any(names, kFurnitureWords)) return true;
  }
  const std::string_view role = attribute(element, "role");
  return role == "complementary" || role == "contentinfo" || role == "banner" || role == "dialog";
}

// Over 100 lines on purpose: its two passes share the walk's state (open blocks, scored ancestors) kept local here.
PageContent::PageContent(const GumboNode& root, const ContentOptions& options) : options_(options) {
  // Pass 1: text per element, and blocks scoring their ancestors.
  std::vector<Block> open_blocks;
  std::vector<const GumboNode*> scored;  // in the order first scored: deterministic
  std::size_t link_depth = 0;
  const auto score_block = [&](const Block& block) {
    if (!block.owner || block.text.chars < options.min_scored_block_chars) return;
    const double points = 1.0 + static_cast<double>(block.text.commas) +
                          std::min(options.max_length_points,
                                   static_cast<double>(block.text.chars / options.chars_per_point));
    const GumboNode* ancestor = block.owner->parent;
    for (std::size_t level = 0; ancestor && level < options.scored_ancestor_levels; ++level, ancestor = ancestor->parent) {
      if (!is_element(*ancestor) || has_tag(*ancestor, GUMBO_TAG_BODY) || has_tag(*ancestor, GUMBO_TAG_HTML)) break;
      Stats& stats = stats_[ancestor];
      if (!stats.scored) {
        stats.scored = true;
        stats.score = tag_weight(tag_of(*ancestor)) + class_weight(*ancestor, options.class_weight);
        scored.push_back(ancestor);
      }
      const double share = level == 0 ? 1.0 : level == 1 ? 0.5 : 1.0 / (3.0 * static_cast<double>(level));
      stats.score += points * share;
    }
  };
  walk_tree(
      root,
      [&](const GumboNode& node) {
        if (is_text(node)) {
          const TextCount count = count_text(node.v.text.text);
          Stats& stats = stats_[node.parent];
          stats.chars += count.chars;
          stats.commas += count.commas;
          if (link_depth > 0) stats.link_chars += count.chars;
          if (!open_blocks.empty()) {
            open_blocks.back().text.chars += count.chars;
            open_blocks.back().text.commas += count.commas;
          }
          return Descend::past;
        }
        if (!is_element(node)) return Descend::past;
        if (is_never_content(node) || is_hidden(node)) return Descend::past;
        if (has_tag(node, GUMBO_TAG_A)) ++link_depth;
        if (is_block_element(tag_of(node))) open_blocks.push_back({&node, {}});
        return Descend::into;
      },
      [&](const GumboNode& node) {
        if (!is_element(node)) return;
        if (is_never_content(node) || is_hidden(node)) return;
        if (has_tag(node, GUMBO_TAG_A)) --link_depth;
        if (is_block_element(tag_of(node)) && !open_blocks.empty()) {
          // A block's text ends where a nested block starts: only the text written directly in it
          // (inline children included) counts as its paragraph.
          score_block(open_blocks.back());
          open_blocks.pop_back();
        }
        if (node.parent) {
          const Stats& mine = stats_[&node];
          Stats& parent = stats_[node.parent];
          parent.chars += mine.chars;
          parent.link_chars += mine.link_chars;
          parent.commas += mine.commas;
        }
      });

  // Pass 2: the best element, readability's way.
  const GumboNode* body = find_first(root, GUMBO_TAG_BODY);
  for (const GumboNode* candidate : scored)
    if (!top_ || final_score(*candidate) > final_score(*top_)) top_ = candidate;
  if (!top_) {
    content_.push_back(body ? body : &root);
    return;
  }
  // An only child stands for its parent: the parent holds nothing else.
  while (top_->parent && is_element(*top_->parent) && !has_tag(*top_->parent, GUMBO_TAG_BODY) &&
         std::count_if(children_of(*top_->parent).begin(), children_of(*top_->parent).end(),
                       [](const GumboNode* child) { return is_element(*child); }) == 1)
    top_ = top_->parent;

  const double top_score = final_score(*top_);
  const double threshold = std::max(options.min_sibling_score, top_score * options.sibling_score_share);
  const GumboNode* parent = top_->parent;
  if (!parent || !is_element(*parent)) {
    content_.push_back(top_);
    return;
  }
  const std::string_view top_class = attribute(*top_, "class");
  for (const GumboNode* sibling : children_of(*parent)) {
    if (!is_element(*sibling)) continue;
    if (sibling == top_) {
      content_.push_back(sibling);
      continue;
    }
    if (is_never_content(*sibling) || is_hidden(*sibling) || is_furniture_box(*sibling)) continue;
    double bonus = 0.0;
    if (!top_class.empty() && attribute(*sibling, "class") == top_class) bonus = top_score * options.sibling_score_share;
    const Stats* stats = stats_of(*sibling);
    if (stats && stats->scored && final_score(*sibling) + bonus >= threshold) {
      content_.push_back(sibling);
      continue;
    }
    if (reads_as_paragraph(*sibling) && stats) {
      const double density = link_density(*sibling);
      if (stats->chars > options.prose_sibling_chars && density < options.prose_link_density) content_.push_back(sibling);
    }
  }
  add_chunks(scored, threshold);
}

// An article split in chunks between adverts or rails: elements elsewhere in the page of the best
// element's tag and class that score like a sibling would are parts of it too.
void PageContent::add_chunks(const std::vector<const GumboNode*>& scored, double threshold) {
  const std::string_view top_class = attribute(*top_, "class");
  if (top_class.empty()) return;
  const auto inside = [](const GumboNode* node, const GumboNode* container) {
    for (; node; node = node->parent)
      if (node == container) return true;
    return false;
  };
  const std::size_t kept = content_.size();
  for (const GumboNode* candidate : scored) {
    if (tag_of(*candidate) != tag_of(*top_) || attribute(*candidate, "class") != top_class) continue;
    if (final_score(*candidate) < threshold) continue;
    const bool overlaps = std::any_of(content_.begin(), content_.end(), [&](const GumboNode* held) {
      return inside(candidate, held) || inside(held, candidate);
    });
    if (!overlaps) content_.push_back(candidate);
  }
  if (content_.size() == kept) return;
  std::sort(content_.begin(), content_.end(), [](const GumboNode* a, const GumboNode* b) {
    return a->v.element.start_pos.offset < b->v.element.start_pos.offset;
  });
}

const PageContent::Stats* PageContent::stats_of(const GumboNode& element) const {
  const auto found = stats_.find(&element);
  return found == stats_.end() ? nullptr : &found->second;
}

double PageContent::link_density(const GumboNode& element) const {
  const Stats* stats = stats_of(element);
  if (!stats || stats->chars == 0) return 0.0;
  return static_cast<double>(stats->link_chars) / static_cast<double>(stats->chars);
}

double PageContent::final_score(const GumboNode& element) const {
  const Stats* stats = stats_of(element);
  return stats ? stats->score * (1.0 - link_density(element)) : 0.0;
}

bool PageContent::holds_top(const GumboNode& element) const {
  for (const GumboNode* node = top_; node; node = node->parent)
    if (node == &element) return true;
  return false;
}

// A box inside the best element that holds most of its text is where the article is, whatever its
// class says ("widget", "modal" wrappers of page builders).
bool PageContent::holds_most_of_top(const GumboNode& element) const {
  const Stats* mine = stats_of(element);
  const Stats* top = top_ ? stats_of(*top_) : nullptr;
  return mine && top && static_cast<double>(mine->chars) >= kMostOfTop * static_cast<double>(top->chars);
}

bool PageContent::drops(const GumboNode& element) const {
  if (!is_element(element)) return false;
  if (is_never_content(element) || is_hidden(element)) return true;
  if (holds_top(element) || holds_most_of_top(element) || is_embedded_post(element)) return false;
  const GumboTag tag = tag_of(element);
  if (is_furniture_tag(tag) || is_furniture_box(element)) return true;
  if (tag == GUMBO_TAG_P && link_density(element) >= options_.link_only_density) return true;
  if (is_cleaned_conditionally(tag)) {
    const Stats* stats = stats_of(element);
    if (!stats || stats->commas >= options_.cleaning_commas) return false;
    const double weight = class_weight(element, options_.class_weight);
    if (weight < 0) return true;
    const double density = link_density(element);
    return density > (weight > 0 ? options_.max_link_density_positive : options_.max_link_density);
  }
  return false;
}

}  // namespace claimdiff::detail
