// What a page says about itself: outlet, headline, date, authors, canonical URL and upstream credits,
// read from JSON-LD (schema.org NewsArticle and kin), Open Graph and <meta> tags, <title>, <time> and
// rel=author. Exposes read_page_metadata. Every value is bounded and cleaned of markup and control
// characters here, so a hostile page yields at worst a wrong string, never a crash or a huge field.
#pragma once

#include "ingest/html_dom.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace claimdiff::detail {

struct MetadataOptions {
  // A value longer than this (bytes, after cleaning) is not a name, headline or date: ignored.
  std::size_t max_value_bytes = 1000;
  // At most this many authors and credits are kept: a byline of 200 names is a page's list, not one.
  std::size_t max_names = 20;
  // A site name read from the <title> tail ("Headline | Site") or a name read from a byline's text
  // has at most this many words; more is a sentence or a headline.
  std::size_t max_name_words = 6;
  // JSON-LD scripts larger than this (bytes) are skipped unparsed (articleBody of a long piece
  // is well below it).
  std::size_t max_json_ld_bytes = 4u << 20;
};

struct PageMetadata {
  // Each field names where it came from first; later sources fill it only when it is still empty.
  std::string outlet;         // JSON-LD publisher.name, og:site_name, the site name in <title>
  std::string headline;       // JSON-LD headline, og:title, <title>; a trailing site name removed
  std::string date;           // JSON-LD datePublished, article:published_time, meta date, <time datetime>
  std::vector<std::string> authors;  // JSON-LD author names, meta name=author, rel=author / byline text
  std::string canonical_url;  // link rel=canonical, og:url, JSON-LD url
  // Upstream sources the page credits: JSON-LD sourceOrganization and provider, and an author of
  // @type Organization, whichever is not the publisher itself.
  std::vector<std::string> credits;
  std::string article_body;   // JSON-LD articleBody, as given (cleaned, not bounded by max_value_bytes)
};

// `root` is the parsed page.
PageMetadata read_page_metadata(const GumboNode& root, const MetadataOptions& options = {});

// "Floods: thousands evacuated | The Daily Courier" -> {"Floods: thousands evacuated", "The Daily
// Courier"}: the site name after the last separator, when it is short and the headline before it is
// longer; `known_outlet` (may be empty) is removed wherever it is the tail. Empty site when none.
struct TitleParts {
  std::string headline;
  std::string site;
};
TitleParts split_title(std::string_view title, std::string_view known_outlet, const MetadataOptions& options = {});

}  // namespace claimdiff::detail
