// What claimdiff hands gumbo, bounded before parsing. gumbo 0.10.1 spends time proportional to the
// open-element depth at every tag (scope checks walk the stack), so a page of unclosed or deeply
// nested elements costs time quadratic in its size. measure_html_shape() estimates that cost in
// one linear pass over the bytes, and check_html_limits() says when a page is past a bound.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimdiff::detail {

struct HtmlLimits {
  // Pages larger than this are not parsed (read as text instead). gumbo's tree takes about 5 to 12
  // bytes of memory per byte of page (measured on the html-extraction pages, bench/html_bench), so
  // 48 MiB stays far below 1 GB; the largest page of that benchmark is 1.6 MB.
  std::size_t max_bytes = 48u << 20;
  // Deepest estimated nesting of open elements. The html-extraction pages reach 51 at most
  // (bench/html_bench prints it); browsers stop nesting at 512 (Chromium) and readers of news
  // pages need far less, so 1,000 leaves room for any real page and refuses the pathological ones.
  std::size_t max_depth = 1000;
  // Bound on the summed open-element depth over all tags, the unit of gumbo's scope checks. At
  // about 6 ns per unit (80,000 nested <div>s: 3.2e9 units, 18.5 s), 2e8 units are about a second;
  // the html-extraction pages need at most 4.1e4 units (bench/html_bench prints both).
  std::uint64_t max_parse_work = 200'000'000;
};

// The page's shape as a simplified model of HTML tree building sees it: elements stay open until
// their end tag (or, for p, li, td and the like, until a sibling of the same kind opens).
// It errs on the deep side: an estimate above a limit is what gumbo would be asked to do or more.
struct HtmlShape {
  std::size_t tags = 0;             // start tags read
  std::size_t max_depth = 0;        // deepest open-element stack
  std::uint64_t parse_work = 0;     // sum of the stack depth at each tag
  bool stopped_early = false;       // the pass stopped once a limit was passed
};

// One pass over `html`; it stops as soon as the shape passes one of `limits`.
HtmlShape measure_html_shape(std::string_view html, const HtmlLimits& limits = {});

// Why a page must not be parsed ("nested more than 1000 elements deep"), or empty when it may be.
std::string check_html_limits(std::string_view html, const HtmlLimits& limits = {});

}  // namespace claimdiff::detail
