// gumbo-based HTML reader: the page's metadata (html_metadata.hpp), and the article that content scoring finds
// (html_content.hpp), one paragraph per block element.
// Every walk is walk_tree (html_dom.hpp), so no page nests deep enough to exhaust the stack.
#include "ingest/html.hpp"

#include "base/text_util.hpp"
#include "ingest/html_content.hpp"
#include "ingest/html_dom.hpp"
#include "ingest/html_limits.hpp"
#include "ingest/html_metadata.hpp"
#include "ingest/html_prune.hpp"
#include "ingest/html_text.hpp"

#include <array>
#include <string>
#include <vector>

namespace claimdiff::detail {
namespace {

// Nodes a table cell may hold and still be read as data (see TextCollector::is_data_cell).
constexpr std::size_t kMaxDataCellNodes = 64;

// The text of the content elements, one paragraph per block, leaving out what the scored page drops.
class TextCollector {
 public:
  explicit TextCollector(const PageContent& content) : content_(content) {}

  void collect(const GumboNode& root) {
    walk_tree(
        root, [&](const GumboNode& node) { return enter(node); },
        [&](const GumboNode& node) { leave(node); });
  }

  // The text; `headings` gets the spans of its heading elements.
  std::string take(std::vector<Span>& headings) {
    while (!text_.empty() && (text_.back() == '\n' || text_.back() == ' ')) text_.pop_back();
    headings = std::move(headings_);
    return std::move(text_);
  }

 private:
  Descend enter(const GumboNode& node) {
    if (is_text(node)) {
      append_inline(node.v.text.text);
      return Descend::past;
    }
    if (!is_element(node) || content_.drops(node)) return Descend::past;
    const GumboTag tag = tag_of(node);
    if (tag == GUMBO_TAG_BR) {
      line_break();
      return Descend::past;
    }
    if (is_data_cell(node)) {
      cell_break();
      return Descend::into;
    }
    if (is_block_element(tag)) paragraph_break();
    if (tag == GUMBO_TAG_LI) text_ += "\u2022 ";
    if (is_heading(tag) && heading_depth_++ == 0) heading_begin_ = text_.size();
    return Descend::into;
  }

  void leave(const GumboNode& node) {
    if (!is_element(node) || content_.drops(node)) return;
    const GumboTag tag = tag_of(node);
    if (is_heading(tag) && --heading_depth_ == 0) {
      while (text_.size() > heading_begin_ && (text_.back() == ' ' || text_.back() == '\n')) text_.pop_back();
      if (text_.size() > heading_begin_) headings_.push_back({heading_begin_, text_.size()});
    }
    if (is_block_element(tag) && !is_data_cell(node)) paragraph_break();
  }

  static bool is_heading(GumboTag tag) {
    return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
           tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
  }

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
  // A table cell of a few words and figures ("Kyle Busch", "5040"): a table reads as one line per
  // row, its cells apart by a space, as the gold of the html-extraction benchmark and a reader do. A
  // cell holding blocks (a layout table's column) breaks like any block; so does a cell too large
  // to look through (kMaxDataCellNodes), which bounds the look at one per cell.
  static bool is_data_cell(const GumboNode& node) {
    if (!has_tag(node, GUMBO_TAG_TD) && !has_tag(node, GUMBO_TAG_TH)) return false;
    std::size_t seen = 0;
    bool data = true;
    walk_tree(node, [&](const GumboNode& inside) {
      if (!data || ++seen > kMaxDataCellNodes) {
        data = false;
        return Descend::past;
      }
      if (&inside != &node && is_element(inside) && is_block_element(tag_of(inside))) data = false;
      return data ? Descend::into : Descend::past;
    });
    return data;
  }
  void cell_break() {
    if (!text_.empty() && text_.back() != ' ' && text_.back() != '\n') text_.push_back(' ');
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

  const PageContent& content_;
  std::string text_;
  std::vector<Span> headings_;      // in text order
  std::size_t heading_begin_ = 0;   // where the open heading's text starts
  std::size_t heading_depth_ = 0;   // headings open (nested ones count as one)
};

// When the page's markup gives far less text than its JSON-LD articleBody (an app shell whose
// paragraphs are filled in by script, a teaser with the story in metadata), the articleBody is the
// article. On the html-extraction pages the DOM reading is as good or better wherever both exist,
// so the JSON-LD body is taken only when the markup holds less than this share of it...
constexpr double kPoorReadingShare = 0.5;
// ...and when it is long enough to be more than a summary (bytes).
constexpr std::size_t kMinArticleBodyBytes = 500;

// articleBody as paragraphs separated by blank lines: markup in it read as the fallback reader
// reads a page, else one paragraph per line.
std::string article_body_text(const std::string& body) {
  if (body.find('<') != std::string::npos) return html_to_plain_text(body);
  std::string text;
  std::size_t begin = 0;
  while (begin < body.size()) {
    std::size_t end = body.find('\n', begin);
    if (end == std::string::npos) end = body.size();
    const std::string_view line = detail::trim(std::string_view(body).substr(begin, end - begin));
    if (!line.empty()) text.append(text.empty() ? "" : "\n\n").append(line);
    begin = end + 1;
  }
  return text;
}

Article read_parsed_page(const GumboNode& root) {
  Article article;
  PageMetadata page = read_page_metadata(root);
  article.outlet = std::move(page.outlet);
  if (!article.outlet.empty()) article.outlet_source = "page";
  article.title = std::move(page.headline);
  article.date = std::move(page.date);
  article.authors = std::move(page.authors);
  article.canonical_url = page.canonical_url;
  article.url = std::move(page.canonical_url);
  article.credits = std::move(page.credits);
  const PageContent content(root);
  TextCollector collector(content);
  for (const GumboNode* element : content.content()) collector.collect(*element);
  article.text = collector.take(article.headings);
  article.layout_from_markup = true;
  if (page.article_body.size() >= kMinArticleBodyBytes &&
      static_cast<double>(article.text.size()) < kPoorReadingShare * static_cast<double>(page.article_body.size())) {
    article.text = article_body_text(page.article_body);
    article.headings.clear();  // the JSON-LD body marks none
  }
  return article;
}

}  // namespace

HtmlReading parse_html(std::string_view html) {
  HtmlReading reading;
  reading.fallback_reason = check_html_limits(html);
  if (!reading.fallback_reason.empty()) {
    reading.article.text = html_to_plain_text(html);
    return reading;
  }
  const std::string pruned = without_unread_raw_text(html);  // gumbo's tree points into it: kept alive
  const HtmlDocument document(pruned);
  reading.article = read_parsed_page(document.root());
  return reading;
}

}  // namespace claimdiff::detail
