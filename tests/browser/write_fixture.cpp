// Writes the hostile fixture report as HTML to the path given, for the headless-browser test.
#include "browser/hostile_report.hpp"

#include <claimdiff/report.hpp>

#include <fstream>
#include <iostream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: claimdiff_html_fixture OUTPUT.html\n";
    return 2;
  }
  std::ofstream out(argv[1], std::ios::binary);
  claimdiff::write_html(out, claimdiff::testing::hostile_report());
  out.close();
  if (!out) {
    std::cerr << "claimdiff_html_fixture: cannot write " << argv[1] << '\n';
    return 2;
  }
  return 0;
}
