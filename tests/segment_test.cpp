// Tests of the segment stage on news English written for these tests (not from the seeds):
// abbreviations, initials, quotes, headlines, bullets, datelines, quotations, byte offsets.
#include <catch2/catch.hpp>

#include <claimdiff/segment.hpp>

#include <chrono>
#include <random>
#include <string>
#include <vector>

namespace {

using claimdiff::Segmenter;
using claimdiff::SentenceRole;

std::vector<std::string> sentences_of(const std::string& text) {
  static const Segmenter segmenter;
  std::vector<std::string> out;
  for (const claimdiff::Span span : segmenter.split(text)) out.emplace_back(span.of(text));
  return out;
}

claimdiff::Segmentation segment_text(const std::string& text, std::vector<claimdiff::Span> boilerplate = {}) {
  static const Segmenter segmenter;
  claimdiff::Article article;
  article.id = "test";
  article.text = text;
  article.boilerplate = std::move(boilerplate);
  return segmenter.segment(article);
}

using Sentences = std::vector<std::string>;

}  // namespace

TEST_CASE("segment keeps 'U.S.' inside a sentence", "[segment]") {
  CHECK(sentences_of("The U.S. Senate voted 51 to 49 on the measure late on Tuesday.") ==
        Sentences{"The U.S. Senate voted 51 to 49 on the measure late on Tuesday."});
  CHECK(sentences_of("Talks between U.K. negotiators and their U.S. counterparts resumed.") ==
        Sentences{"Talks between U.K. negotiators and their U.S. counterparts resumed."});
  CHECK(sentences_of("Exports to the U.S. fell by a third.") == Sentences{"Exports to the U.S. fell by a third."});
}

TEST_CASE("segment ends a sentence at 'U.S.' when a sentence opener follows", "[segment]") {
  CHECK(sentences_of("Prices rose sharply in the U.S. The central bank is expected to act.") ==
        Sentences{"Prices rose sharply in the U.S.", "The central bank is expected to act."});
  CHECK(sentences_of("She studied for a Ph.D. in chemistry. Then she moved to Oslo.") ==
        Sentences{"She studied for a Ph.D. in chemistry.", "Then she moved to Oslo."});
}

TEST_CASE("segment does not split after titles and ranks", "[segment]") {
  CHECK(sentences_of("Gen. Mark Ellison met Sen. Joan Reed and Gov. Kathy Dunn in the capital.").size() == 1);
  CHECK(sentences_of("Lt. Col. Anna Berg and Dr. Ruth Alvarez spoke outside St. Mary's hospital.").size() == 1);
  // A title right after a quotation mark typed the wrong way round.
  CHECK(sentences_of("\xE2\x80\x9DMr. Okafor will not run again,\xE2\x80\x9D the party said.").size() == 1);
  CHECK(sentences_of("Rep. Tom Castro, a Democrat, voted against the bill. Mr. Castro later explained why.") ==
        Sentences{"Rep. Tom Castro, a Democrat, voted against the bill.", "Mr. Castro later explained why."});
}

TEST_CASE("segment keeps initials inside a name", "[segment]") {
  CHECK(sentences_of("The report was written by Maria T. Olsen of the institute.") ==
        Sentences{"The report was written by Maria T. Olsen of the institute."});
  CHECK(sentences_of("The lawsuit names J. R. Hartley as a defendant.").size() == 1);
}

TEST_CASE("segment ends a sentence at an acronym without periods", "[segment]") {
  CHECK(sentences_of("He joined NATO. The alliance grew.") == Sentences{"He joined NATO.", "The alliance grew."});
}

TEST_CASE("segment keeps a quoted question and its speaker together", "[segment]") {
  CHECK(sentences_of("\"Is this the end?\" she asked.") == Sentences{"\"Is this the end?\" she asked."});
  CHECK(sentences_of("\xE2\x80\x9CWill the ceasefire hold?\xE2\x80\x9D the minister asked reporters.").size() == 1);
  CHECK(sentences_of("\"We will not retreat. We will hold the line,\" the commander said.").size() == 1);
}

TEST_CASE("segment reads times, decimals and money without splitting", "[segment]") {
  CHECK(sentences_of("Polls closed at 8 p.m. on Sunday across the country.").size() == 1);
  CHECK(sentences_of("Polls closed at 8 p.m. Officials began counting at once.") ==
        Sentences{"Polls closed at 8 p.m.", "Officials began counting at once."});
  CHECK(sentences_of("Inflation eased to 3.5 percent in May. It was 4.1 percent in April.") ==
        Sentences{"Inflation eased to 3.5 percent in May.", "It was 4.1 percent in April."});
  CHECK(sentences_of("The fine was $2.75 million. The firm will appeal.").size() == 2);
  CHECK(sentences_of("Markets reopen at 9 a.m. ET on Tuesday after the holiday.").size() == 1);
  // "P.M." without a number before it is a title, not a time.
  CHECK(sentences_of("The treaty was signed by P.M. Rutte in The Hague.").size() == 1);
}

TEST_CASE("segment handles ellipses inside and at the end of sentences", "[segment]") {
  CHECK(sentences_of("The plan was ... complicated, she said.").size() == 1);
  CHECK(sentences_of("He paused for a long time... Then he left the room.") ==
        Sentences{"He paused for a long time...", "Then he left the room."});
}

TEST_CASE("segment keeps URLs and e-mail addresses whole", "[segment]") {
  CHECK(sentences_of("The full report is at https://example.org/files/report.v2.pdf. It runs to 80 pages.") ==
        Sentences{"The full report is at https://example.org/files/report.v2.pdf.", "It runs to 80 pages."});
  CHECK(sentences_of("Tips can be sent to news.desk@example.com. All messages are read.") ==
        Sentences{"Tips can be sent to news.desk@example.com.", "All messages are read."});
}

TEST_CASE("segment splits numbered list items inside a line", "[segment]") {
  CHECK(sentences_of("The plan has three steps. 1. Raise the levee 2. Move the pumps 3. Reopen the road") ==
        Sentences{"The plan has three steps.", "1. Raise the levee", "2. Move the pumps", "3. Reopen the road"});
}

TEST_CASE("segment does not take a page number for a list item", "[segment]") {
  CHECK(sentences_of("The ruling is on p. 14. It was unanimous. 1.) Appeal filed 2.) Appeal denied") ==
        Sentences{"The ruling is on p. 14.", "It was unanimous.", "1.) Appeal filed", "2.) Appeal denied"});
}

TEST_CASE("segment makes a headline without a final period a sentence of its own", "[segment]") {
  const std::string text = "Floods hit northern Italy\nRescue teams worked through the night in Emilia.";
  const auto result = segment_text(text);
  REQUIRE(result.sentences.size() == 2);
  CHECK(result.sentences[0].span.of(text) == "Floods hit northern Italy");
  CHECK(result.sentences[0].role == SentenceRole::headline);
  CHECK(result.sentences[1].role == SentenceRole::body);
}

TEST_CASE("segment joins lines that only wrap a sentence", "[segment]") {
  CHECK(sentences_of("Officials said the bridge would reopen once\ninspectors had finished their work.").size() == 1);
  CHECK(sentences_of("The minister held talks with\nPresident Lula in Brasilia, and the\nEU envoy joined them later.")
            .size() == 1);
  CHECK(sentences_of("Analysts say the governor regularly\nvetoes\nspending bills passed by the assembly.").size() == 1);
  // A list of short lines without punctuation stays a list.
  CHECK(sentences_of("weather\nlocal news\nsports, results\n").size() == 3);
}

TEST_CASE("segment reads literal \\r\\n escapes left in scraped text as a line break", "[segment]") {
  CHECK(sentences_of("Headline without a period \\r\\n The House adjourned early.") ==
        Sentences{"Headline without a period", "The House adjourned early."});
  CHECK(sentences_of("Files were saved to C:\\new\\data today.").size() == 1);
}

TEST_CASE("segment never glues a section title to the next paragraph", "[segment]") {
  const std::string text = "Storm warning issued\n\nthe agency said winds could reach 120 km/h.";
  const auto result = segment_text(text);
  REQUIRE(result.sentences.size() == 2);
  CHECK(result.sentences[0].span.of(text) == "Storm warning issued");
  CHECK(result.sentences[0].paragraph == 0);
  CHECK(result.sentences[1].paragraph == 1);
}

TEST_CASE("segment never lets a sentence cross a blank line", "[segment]") {
  const std::string text = "The talks ended late on Friday\n\nwithout a deal on grain exports.\n\n"
                           "Both sides. Blamed each other";
  const auto result = segment_text(text);
  REQUIRE(result.paragraphs.size() == 3);
  for (const auto& sentence : result.sentences) {
    CAPTURE(sentence.span.of(text));
    CHECK(result.paragraphs.at(sentence.paragraph).contains(sentence.span));
  }
  CHECK(result.sentences.size() == 4);
}

TEST_CASE("segment makes each bullet item one sentence with the bullet role", "[segment]") {
  const std::string text =
      "The minister listed three demands:\n\n"
      "  \xE2\x80\xA2 Turnout must be published by district. Every district counts.\n"
      "  \xE2\x80\xA2 Two observers per station\n"
      "- Talks resume on Monday\n"
      "1. Ballots are kept for a year\n";
  const auto result = segment_text(text);
  std::vector<std::string> bullets;
  for (const auto& sentence : result.sentences)
    if (sentence.role == SentenceRole::bullet) bullets.emplace_back(sentence.span.of(text));
  CHECK(bullets == Sentences{"\xE2\x80\xA2 Turnout must be published by district.",
                             "\xE2\x80\xA2 Two observers per station", "- Talks resume on Monday",
                             "1. Ballots are kept for a year"});
  CHECK(result.sentences.front().span.of(text) == "The minister listed three demands:");
}

TEST_CASE("segment splits a dateline off as a byline", "[segment]") {
  const std::string text = "LISBON (Reuters) - Portugal's president dissolved parliament on Thursday.";
  const auto result = segment_text(text);
  REQUIRE(result.sentences.size() == 2);
  CHECK(result.sentences[0].span.of(text) == "LISBON (Reuters) -");
  CHECK(result.sentences[0].role == SentenceRole::byline);
  CHECK(result.sentences[1].span.of(text) == "Portugal's president dissolved parliament on Thursday.");
  const std::string capital = "WASHINGTON, D.C. - Lawmakers left town without a budget deal.";
  CHECK(segment_text(capital).sentences.at(0).span.of(capital) == "WASHINGTON, D.C. -");
  // A sentence that merely opens with capitals is no dateline.
  CHECK(segment_text("NATO allies met in Brussels - and agreed on little.").sentences.size() == 1);
}

TEST_CASE("segment marks bylines and photo credits", "[segment]") {
  const std::string text = "By Helena Novak\n\nA crowd gathered outside the court. (JAN PETERS/AFP via Getty Images)\n\n"
                           "The hearing lasted four hours.";
  const auto result = segment_text(text);
  REQUIRE(result.sentences.size() == 4);
  CHECK(result.sentences[0].role == SentenceRole::byline);
  CHECK(result.sentences[1].role == SentenceRole::caption);  // the text the credit belongs to
  CHECK(result.sentences[2].role == SentenceRole::caption);
  CHECK(result.sentences[3].role == SentenceRole::body);
}

TEST_CASE("segment offsets are UTF-8 byte offsets, not UTF-16 units", "[segment]") {
  // Curly quotes (3 bytes), Cyrillic (2 bytes) and an emoji (4 bytes, a surrogate pair in UTF-16).
  const std::string text =
      "\xE2\x80\x9C\xD0\x9C\xD0\xB8\xD1\x80\xE2\x80\x9D means peace \xF0\x9F\x95\x8A. "
      "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 replied on Monday. The end.";
  const auto spans = Segmenter().split(text);
  REQUIRE(spans.size() == 3);
  CHECK(spans[0].begin == 0);
  CHECK(spans[0].end == text.find(". ") + 1);
  CHECK(spans[1].begin == text.find("\xD0\x9C\xD0\xBE"));
  CHECK(spans[1].of(text) == "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 replied on Monday.");
  CHECK(spans[2].of(text) == "The end.");
  CHECK(spans[2].end == text.size());
}

TEST_CASE("segment trims sentence spans and skips boilerplate", "[segment]") {
  const std::string text = "  The court adjourned.   Share this article   \n\nJudges will rule in June.  ";
  const std::size_t share = text.find("Share");
  const auto result = segment_text(text, {{share, share + std::string("Share this article").size()}});
  REQUIRE(result.sentences.size() == 2);
  CHECK(result.sentences[0].span.of(text) == "The court adjourned.");
  CHECK(result.sentences[1].span.of(text) == "Judges will rule in June.");
  for (const auto& sentence : result.sentences) CHECK_FALSE(sentence.span.overlaps({share, share + 18}));
}

TEST_CASE("segment finds a quotation running over several paragraphs", "[segment][quotation]") {
  const std::string text =
      "The mayor spoke first.\n\n"
      "\xE2\x80\x9CWe will rebuild the bridge. It will not be quick.\n\n"
      "\xE2\x80\x9CIt will take two years,\xE2\x80\x9D she said.\n\n"
      "Work starts in May.";
  const auto result = segment_text(text);
  REQUIRE(result.quotations.size() == 1);
  const auto& quotation = result.quotations[0];
  CHECK(quotation.closed);
  CHECK(quotation.span.begin == text.find("\xE2\x80\x9CWe"));
  CHECK(quotation.span.end == text.find(" she said"));
  // The sentences inside still break where the quotation runs over paragraphs.
  CHECK(result.sentences.size() >= 4);
}

TEST_CASE("segment caps an unbalanced quotation at its paragraph", "[segment][quotation]") {
  const std::string text = "She said \"this never closes. It goes on.\n\nThe next paragraph is plain. It has two sentences.";
  const auto result = segment_text(text);
  REQUIRE(result.quotations.size() == 1);
  CHECK_FALSE(result.quotations[0].closed);
  CHECK(result.quotations[0].span.end <= result.paragraphs[0].end);
  CHECK(result.sentences.size() == 4);
}

TEST_CASE("segment does not take apostrophes for quotation marks", "[segment][quotation]") {
  const std::string text = "Don't forget Putin's remarks on the '60s, the \xE2\x80\x99" "90s and the boys' club.";
  CHECK(segment_text(text).quotations.empty());
  const std::string single = "He called the deal a 'mistake' on Monday and left.";
  const auto result = segment_text(single);
  REQUIRE(result.quotations.size() == 1);
  CHECK(result.quotations[0].span.of(single) == "'mistake'");
}

TEST_CASE("segment keeps its spans ordered, trimmed and inside their paragraphs on messy text", "[segment]") {
  // Fragments that stress the rules, glued at random (fixed seed, so the text is the same each run).
  const std::vector<std::string> fragments = {
      "U.S.", "Mr.", "e.g.", "1.", "b)", "(iv)", "\xE2\x80\xA2", "...", ". . .", "\"", "'", "\xE2\x80\x9C",
      "\xE2\x80\x9D", "(", ")", "[2]", "<p>", "////", "LAGOS (AP) -", "p.m.", "\n", "\n\n", "\r\n", "The",
      "vote", "ended", "late", "Smith", "3.5", "?", "!", "\xD0\x9C\xD0\xB8\xD1\x80", "\xF0\x9F\x95\x8A", "\xFF"};
  std::mt19937 random(20231123);
  std::string text;
  for (int i = 0; i < 4000; ++i) {
    text += fragments[random() % fragments.size()];
    if (random() % 3 != 0) text += ' ';
  }
  const auto result = segment_text(text);
  std::size_t last_end = 0;
  for (const auto& sentence : result.sentences) {
    CAPTURE(sentence.span.begin, sentence.span.end);
    REQUIRE(sentence.span.begin >= last_end);
    REQUIRE(sentence.span.end <= text.size());
    REQUIRE_FALSE(sentence.span.empty());
    CHECK(result.paragraphs.at(sentence.paragraph).contains(sentence.span));
    const std::string_view body = sentence.span.of(text);
    CHECK(body.front() != ' ');
    CHECK(body.back() != ' ');
    CHECK(body.find("\n\n") == std::string_view::npos);
    last_end = sentence.span.end;
  }
  CHECK(result.sentences.size() > 100);
  for (const auto& quotation : result.quotations) CHECK(quotation.span.end <= text.size());
}

TEST_CASE("segment stays linear on a huge line without spaces or breaks", "[segment][slow]") {
  std::string text;
  text.reserve(8 << 20);
  while (text.size() < (4u << 20)) text += "a.b\"c(d[";
  while (text.size() < (8u << 20)) text += "The U.S. team won. \"It was close?\" he asked (and left. ";
  const auto start = std::chrono::steady_clock::now();
  const auto spans = Segmenter().split(text);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(spans.size() > 100000);
  CHECK(seconds < 20.0);
}

TEST_CASE("segment cuts text without punctuation into bounded sentences at spaces", "[segment]") {
  std::string text;
  while (text.size() < 20000) text += "the committee met again and the budget grew by three percent ";
  claimdiff::SegmentOptions options;
  options.max_sentence_bytes = 1000;
  const claimdiff::Segmenter segmenter(options);
  const auto spans = segmenter.split(text);
  REQUIRE(spans.size() >= 20);
  std::size_t covered = 0;
  for (const claimdiff::Span span : spans) {
    CHECK(span.size() <= 1000);
    CHECK(text[span.begin] != ' ');
    CHECK((span.end == text.size() || text[span.end] == ' ' || text[span.end - 1] == ' ' || span.end + 1 >= text.size()));
    covered += span.size();
  }
  CHECK(covered > text.size() - spans.size() - 2);
}

TEST_CASE("segment marks a short line with a month and a number as a publication stamp", "[segment]") {
  const std::string text = "October 3, 2024\n\nThe ferry left port two hours late.\n\nUpdated 14:05 GMT\n\n"
                           "Pier 4 reopened at noon.";
  const auto result = segment_text(text);
  REQUIRE(result.sentences.size() == 4);
  CHECK(result.sentences[0].role == SentenceRole::byline);
  CHECK(result.sentences[1].role == SentenceRole::body);
  CHECK(result.sentences[2].role == SentenceRole::byline);
  CHECK(result.sentences[3].role == SentenceRole::body);  // a number but no month: a sentence
}
