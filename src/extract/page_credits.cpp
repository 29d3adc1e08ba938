// The page's own credits into the article's via: what the page's metadata credits (Article::credits:
// JSON-LD sourceOrganization, provider, an organization as author) and a byline author that is a
// news source of data/lexicons/news_sources.txt ("By Reuters", author "The Associated Press").
#include "extract/article_extractor.hpp"

#include <algorithm>

namespace claimdiff::detail::extraction {
namespace {

void add_credit(std::vector<std::string>& via, const std::string& name) {
  if (!name.empty() && std::find(via.begin(), via.end(), name) == via.end()) via.push_back(name);
}

}  // namespace

// Whether the whole of `name` (a leading "the" aside) is a news source's name, not a generic word.
bool ArticleExtractor::names_news_source(const std::string& name) const {
  const std::vector<Tok> tokens = tokenize_marks(name, {0, name.size()});
  std::size_t from = 0;
  while (from < tokens.size() && !tokens[from].word) ++from;
  if (from < tokens.size() && tokens[from].low == "the") ++from;
  std::size_t end = tokens.size();
  while (end > from && !tokens[end - 1].word) --end;
  if (end <= from) return false;
  const PhraseTable::Match match = lx_.sources.match(tokens, from, end);
  return match.length > 0 && from + match.length == end;
}

void ArticleExtractor::page_credits() {
  for (const std::string& credit : article_.credits) add_credit(out_.via, credit);
  for (const std::string& author : article_.authors)
    if (names_news_source(author)) add_credit(out_.via, author);
}

}  // namespace claimdiff::detail::extraction
