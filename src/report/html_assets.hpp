// The HTML report's inline style sheet and script (vanilla JS: search box, type filters, the
// shared-claims toggle). Kept apart from report_html.cpp so the markup code stays readable.
#pragma once

#include <string_view>

namespace claimdiff::detail {

extern const std::string_view kReportStyle;
extern const std::string_view kReportScript;

}  // namespace claimdiff::detail
