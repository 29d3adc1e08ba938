// The HTML report's inline style sheet and script (vanilla JS: search box, type filters, the
// shared-claims toggle). Kept apart from report_html.cpp so the markup code stays readable.
#pragma once

#include <string>
#include <string_view>

namespace claimdiff::detail {

extern const std::string_view kReportStyle;
extern const std::string_view kReportScript;

// The <meta> Content-Security-Policy of every page claimdiff writes (analysis report, quote audit):
// no requests at all, inline style only, and scripts only with `script_nonce` (none when empty), so
// markup that ever slipped past the escaper could neither run nor load anything.
std::string content_security_policy(std::string_view script_nonce);

}  // namespace claimdiff::detail
