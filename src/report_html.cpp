// placeholder: replaced by the HTML report writer
#include <claimdiff/report.hpp>
namespace claimdiff {
void write_html(std::ostream& out, const Report&) { out << "<!doctype html><title>claimdiff</title>\n"; }
}  // namespace claimdiff
