// A small report over three invented harbour-news articles whose text carries markup and script
// (<script>, onerror=, a javascript: URL), run through diverge(): the fixture of the HTML tests.
#pragma once

#include <claimdiff/types.hpp>

namespace claimdiff::testing {

// The script an article smuggles in, and what it would do if it ever ran.
inline constexpr const char* kHostileScript = "<script>document.title='pwned'</script>";
inline constexpr const char* kHostileImage =
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">";

Report hostile_report();

}  // namespace claimdiff::testing
