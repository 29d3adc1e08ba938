// A small report over three invented harbour-news articles whose text carries markup and script
// (<script>, onerror=, a javascript: URL), run through diverge(): the fixture of the HTML tests.
#pragma once

#include <claimdiff/types.hpp>

#include <string>

namespace claimdiff::testing {

// The script an article smuggles in, and what it would do if it ever ran.
inline constexpr const char* kHostileScript = "<script>document.title='pwned'</script>";
inline constexpr const char* kHostileImage =
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">";

Report hostile_report();

// `report` with `tail` (bidi controls, say) appended to every piece of outside text a writer shows:
// outlets, titles, dates, speakers, cues, credits, renderings, sentences, summaries, the values of
// divergences, framing words and diagnostics.
Report with_tail_on_outside_text(Report report, const std::string& tail);

}  // namespace claimdiff::testing
