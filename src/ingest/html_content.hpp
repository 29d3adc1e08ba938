// Where a page's article is: content scoring of the parsed page in the manner of readability and
// trafilatura. Paragraph-shaped blocks (length, commas) score their ancestors; an element's score is
// weighted by its tag and class/id words and discounted by its link density; the best element and
// its siblings that score near it, or read as prose, hold the article. The class/id words and tag
// weights are general markup conventions (article, content, comment, sidebar, ...), never one site's.
#pragma once

#include "ingest/html_dom.hpp"

#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimdiff::detail {

struct ContentOptions {
  // A block of fewer characters scores nothing: menus and labels are short (readability: 25).
  std::size_t min_scored_block_chars = 25;
  // A block scores one point per this many characters, up to kMaxLengthPoints (readability: 100, 3).
  std::size_t chars_per_point = 100;
  double max_length_points = 3.0;
  // Ancestors a block's score reaches, and the share each gets: its container all, the next half,
  // further ones 1 / (3 * level) (readability's decay).
  std::size_t scored_ancestor_levels = 5;
  // A sibling of the best element is kept when it scores at least this share of the best score,
  // and at least kMinSiblingScore (readability: 0.2 and 10).
  double sibling_score_share = 0.2;
  double min_sibling_score = 10.0;
  // A sibling paragraph without a score is kept when it is longer than this and its links cover
  // less than kProseLinkDensity of its text (readability: 80 and 0.25).
  std::size_t prose_sibling_chars = 80;
  double prose_link_density = 0.25;
  // Class or id words weigh an element by this much, up or down (readability: 25).
  double class_weight = 25.0;
  // Conditional cleaning (readability): a list, table or box inside the article with fewer commas
  // than this is dropped when links cover more than `max_link_density` of its text (more than
  // `max_link_density_positive` when its class or id reads as content).
  std::size_t cleaning_commas = 10;
  double max_link_density = 0.2;
  double max_link_density_positive = 0.5;
  // A paragraph whose links cover at least this share of its text is a link to another story
  // ("SEE ALSO: ...", a related headline set between paragraphs), not text of this one.
  double link_only_density = 0.9;
};

// The scored page: which elements hold the article, and which elements inside them are furniture.
// Built once per page; it keeps pointers into the parsed page, which must outlive it.
class PageContent {
 public:
  explicit PageContent(const GumboNode& root, const ContentOptions& options = {});
  PageContent(const PageContent&) = delete;
  PageContent& operator=(const PageContent&) = delete;

  // The elements holding the article, in document order (the body when nothing scores).
  const std::vector<const GumboNode*>& content() const { return content_; }
  // Whether an element inside the content is left out: never text, hidden, a furniture box by
  // its markup, a caption, a paragraph that is only a link, or a list or box mostly of links
  // (readability's conditional cleaning).
  bool drops(const GumboNode& element) const;

  struct Stats {
    std::size_t chars = 0;       // text characters below the element (white space runs as one)
    std::size_t link_chars = 0;  // of those, inside <a>
    std::size_t commas = 0;
    double score = 0.0;          // content score before the link-density discount
    bool scored = false;
  };

 private:
  const Stats* stats_of(const GumboNode& element) const;
  double link_density(const GumboNode& element) const;
  double final_score(const GumboNode& element) const;
  bool holds_top(const GumboNode& element) const;
  bool holds_most_of_top(const GumboNode& element) const;
  void add_chunks(const std::vector<const GumboNode*>& scored, double threshold);

  ContentOptions options_;
  std::unordered_map<const GumboNode*, Stats> stats_;
  std::vector<const GumboNode*> content_;
  const GumboNode* top_ = nullptr;
};

// A <p>, or a <div> holding only text and inline elements: a sibling of the article's box that
// reads as prose joins it (readability does this for <p> alone).
bool reads_as_paragraph(const GumboNode& element);

// Elements whose text is a paragraph of its own.
bool is_block_element(GumboTag tag);

// Whether an element is never text of the article (scripts, styles, navigation, controls, ...).
bool is_never_content(const GumboNode& element);

// Whether an element is hidden by its markup (hidden, aria-hidden, display:none).
bool is_hidden(const GumboNode& element);

// Whether an element's class or id names a furniture box: comments, sharing, related stories,
// newsletters, cookie prompts, adverts, sidebars (whole words of the class or id, any case).
bool is_furniture_box(const GumboNode& element);

// Whether a whole word of the element's class or id is `word` (lower case; "articleByline" holds
// "byline").
bool class_or_id_has_word(const GumboNode& element, std::string_view word);

}  // namespace claimdiff::detail
