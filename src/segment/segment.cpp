// Stage 2, segment: paragraphs (blank-line blocks outside boilerplate), lines joined where they only
// wrap, ICU's sentence boundaries over UTF-8 (native byte offsets) filtered by the news rules of
// segment_rules, bullets and list items, quotations. Exposes Segmenter (segment.hpp).
#include <claimdiff/error.hpp>
#include <claimdiff/segment.hpp>

#include "segment/segment_quotes.hpp"
#include "segment/segment_rules.hpp"
#include "base/english.hpp"
#include "base/text_util.hpp"
#include "base/utf8.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>

namespace claimdiff {
namespace {

using detail::ListMarker;

// ICU indexes are int32_t: texts are walked in windows of at most this many bytes, cut at a line.
constexpr std::size_t kIcuWindowBytes = std::size_t{1} << 30;
constexpr std::size_t kNoBoundary = std::numeric_limits<std::size_t>::max();
// Line breaks in increasing order: one cursor per kind, each found by a (vectorised) string
// search, so finding lines costs about one memchr over the text.
class LineBreaks {
 public:
  explicit LineBreaks(std::string_view text) : text_(text) { next_.fill(0); }

  // The first line break at or after `pos` (text.size() when there is none).
  std::size_t next(std::size_t pos) {
    std::size_t best = text_.size();
    for (std::size_t kind = 0; kind < kKinds.size(); ++kind) {
      if (next_[kind] < pos || (next_[kind] == 0 && !searched_[kind])) {
        next_[kind] = find_kind(kind, pos);
        searched_[kind] = true;
      }
      best = std::min(best, next_[kind]);
    }
    return best;
  }

 private:
  // \n \r \f \v by their byte; U+2028 and U+2029 by their last byte (0xA8, 0xA9), which is
  // rarer in text than their lead byte 0xE2 (curly quotes and dashes share it).
  // A backslash may open a word of literal escapes ("\\r\\n") that detail::line_break_at accepts.
  static constexpr std::array<char, 7> kKinds = {'\n', '\r', '\f', '\v', '\xA8', '\xA9', '\\'};

  std::size_t find_kind(std::size_t kind, std::size_t pos) const {
    for (std::size_t from = pos;;) {
      const std::size_t found = text_.find(kKinds[kind], from);
      if (found == std::string_view::npos) return text_.size();
      if (kind < 4) return found;
      if (kind == 6) {
        if (detail::line_break_at(text_, found) != 0) return found;
      } else if (found >= 2 && text_[found - 2] == '\xE2' && text_[found - 1] == '\x80' && found - 2 >= pos) {
        return found - 2;
      }
      from = found + 1;
    }
  }

  std::string_view text_;
  std::array<std::size_t, kKinds.size()> next_{};
  std::array<bool, kKinds.size()> searched_{};
};
// Runs (lines joined where they wrap) are split in pieces of at most this size.
constexpr std::size_t kMaxRunBytes = std::size_t{1} << 20;
// Where to cut text that has run past a size limit at `limit`: the last space within 4 KiB before
// it, else the code point boundary at or before it; never at or before `floor`.
std::size_t cut_near(std::string_view text, std::size_t floor, std::size_t limit) {
  std::size_t cut = limit;
  std::size_t space = cut;
  const std::size_t lowest = std::max(floor + 1, cut > 4096 ? cut - 4096 : 0);
  while (space > lowest && detail::space_at(text, space) == 0) --space;
  if (detail::space_at(text, space) != 0) cut = space;
  while (cut > floor + 1 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return cut;
}

// A headline is a short line: more words than this is a paragraph that lost its final period.
constexpr std::size_t kMaxHeadlineWords = 40;

// ICU's sentence boundaries over `text`, handed out in increasing order.
class IcuBoundaries {
 public:
  IcuBoundaries(icu::BreakIterator& iterator, UText*& utext, std::string_view text)
      : iterator_(iterator), utext_(utext), text_(text) {
    open_window(0);
  }

  // The first boundary after `pos`, or kNoBoundary. Calls come with increasing `pos`.
  std::size_t next_after(std::size_t pos) {
    while (current_ != kNoBoundary && current_ <= pos) {
      if (pos >= window_end_ && window_end_ < text_.size()) {
        open_window(window_end_);
        continue;
      }
      // Far ahead (past boilerplate): let ICU jump there instead of stepping.
      const int32_t next = pos > current_ + 4096
                               ? iterator_.following(static_cast<int32_t>(pos - window_begin_))
                               : iterator_.next();
      if (next == icu::BreakIterator::DONE) {
        if (window_end_ >= text_.size()) {
          current_ = kNoBoundary;
        } else {
          open_window(window_end_);
        }
        continue;
      }
      current_ = window_begin_ + static_cast<std::size_t>(next);
    }
    return current_;
  }

 private:
  void open_window(std::size_t begin) {
    std::size_t end = std::min(text_.size(), begin + kIcuWindowBytes);
    if (end < text_.size()) {
      const std::size_t line = text_.rfind('\n', end - 1);
      if (line != std::string_view::npos && line > begin) end = line + 1;
    }
    UErrorCode status = U_ZERO_ERROR;
    utext_ = utext_openUTF8(utext_, text_.data() + begin, static_cast<int64_t>(end - begin), &status);
    if (U_SUCCESS(status)) iterator_.setText(utext_, status);
    if (U_FAILURE(status)) throw Error(ErrorCode::resource, "ICU", "", "cannot attach text to the sentence iterator");
    window_begin_ = begin;
    window_end_ = end;
    current_ = begin;
  }

  icu::BreakIterator& iterator_;
  UText*& utext_;
  std::string_view text_;
  std::size_t window_begin_ = 0;
  std::size_t window_end_ = 0;
  std::size_t current_ = 0;
};

// Whether `b` continues the list `a` ("2." after "1.", "b)" after "a)", "(ii)" after "(i)").
bool continues_list(const ListMarker& a, const ListMarker& b) {
  if (a.style != b.style) return false;
  return b.ordinal == a.ordinal + 1 || (a.roman != 0 && b.roman == a.roman + 1);
}

// A bullet sign inside a line ("• 9. ... • 10. ..."); dashes there are punctuation, not bullets.
bool is_inline_bullet(std::string_view text, std::size_t pos) {
  if (static_cast<unsigned char>(text[pos]) < 0x80) return false;
  return !detail::has_bytes_at(text, pos, "\xE2\x80\x93") && !detail::has_bytes_at(text, pos, "\xE2\x80\x94");
}

// A sentence as the splitter finds it, before its role is known.
struct Piece {
  Span span;
  Span run;              // the run (one line, or lines joined where they wrap) it comes from
  bool dateline = false; // the "MOSCOW (Reuters) -" opening a paragraph
};

}  // namespace

struct Segmenter::Impl {
  SegmentOptions options_;
  std::unique_ptr<icu::BreakIterator> iterator_;
  UText* utext_ = nullptr;
  // Buffers reused from run to run so splitting does not allocate per sentence.
  std::vector<Span> lines_;
  std::vector<std::size_t> ends_;
  std::vector<std::size_t> starts_;
  std::vector<Span> markers_;
  std::vector<Span> quotes_;
  std::vector<std::size_t> mark_bytes_;

  explicit Impl(SegmentOptions options) : options_(options) {
    UErrorCode status = U_ZERO_ERROR;
    iterator_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status) || !iterator_)
      throw Error(ErrorCode::resource, "ICU", "", "cannot create the English sentence iterator");
  }
  ~Impl() {
    if (utext_ != nullptr) utext_close(utext_);
  }
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  // Calls on_paragraph(span) -> index and on_piece(piece, paragraph index) in text order.
  template <typename OnParagraph, typename OnPiece>
  void walk(std::string_view text, const std::vector<Span>& skip, OnParagraph&& on_paragraph,
            OnPiece&& on_piece);

  template <typename OnPiece>
  void split_block(std::string_view text, IcuBoundaries& icu, std::size_t paragraph, OnPiece& on_piece);

  template <typename OnPiece>
  void split_run(std::string_view text, Span run, IcuBoundaries& icu, std::size_t paragraph,
                 OnPiece& on_piece);

  void find_items(std::string_view text, Span run);
};

template <typename OnParagraph, typename OnPiece>
void Segmenter::Impl::walk(std::string_view text, const std::vector<Span>& skip,
                           OnParagraph&& on_paragraph, OnPiece&& on_piece) {
  IcuBoundaries icu(*iterator_, utext_, text);
  LineBreaks breaks(text);
  lines_.clear();
  const auto flush = [&] {
    if (lines_.empty()) return;
    const std::size_t paragraph = on_paragraph(Span{lines_.front().begin, lines_.back().end});
    split_block(text, icu, paragraph, on_piece);
    lines_.clear();
  };
  std::size_t skip_index = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    // Boilerplate ends the paragraph before it and is jumped over.
    while (skip_index < skip.size() && skip[skip_index].end <= pos) ++skip_index;
    if (skip_index < skip.size() && skip[skip_index].begin <= pos) {
      flush();
      pos = skip[skip_index].end;
      continue;
    }
    const std::size_t limit = skip_index < skip.size() ? skip[skip_index].begin : text.size();
    const std::size_t line_end = std::min(limit, breaks.next(pos));
    const std::size_t break_length = line_end < limit ? detail::line_break_at(text, line_end) : 0;
    const Span content = detail::line_content(text, Span{pos, line_end});
    if (content.empty()) {
      flush();
    } else {
      lines_.push_back(content);
    }
    pos = line_end + break_length;
    if (break_length == 0 && line_end == limit && limit < text.size()) flush();
  }
  flush();
}

template <typename OnPiece>
void Segmenter::Impl::split_block(std::string_view text, IcuBoundaries& icu, std::size_t paragraph,
                                  OnPiece& on_piece) {
  // A block where no line ends in punctuation is a list of lines ("features\ncontact manager").
  bool list_of_lines = lines_.size() > 1;
  for (const Span line : lines_) {
    if (detail::ends_with_terminal(text, line, true)) {
      list_of_lines = false;
      break;
    }
  }
  std::size_t first = 0;
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    const bool last = i + 1 == lines_.size();
    bool joined = false;
    if (!last && !list_of_lines) {
      joined = detail::is_soft_line_break(text, lines_[i], lines_[i + 1]) ||
               (!options_.headlines && !detail::ends_with_terminal(text, lines_[i], false));
    }
    if (!joined) {
      Span run{lines_[first].begin, lines_[i].end};
      // A run longer than any real paragraph (a file without line breaks) is cut at a space near
      // every kMaxRunBytes, so the per-run buffers stay small.
      while (run.size() > kMaxRunBytes) {
        const std::size_t cut = cut_near(text, run.begin, run.begin + kMaxRunBytes);
        split_run(text, Span{run.begin, cut}, icu, paragraph, on_piece);
        run.begin = cut;
      }
      split_run(text, run, icu, paragraph, on_piece);
      first = i + 1;
    }
  }
}

void Segmenter::Impl::find_items(std::string_view text, Span run) {
  // Bullets inside the run ("• 9. The first item • 10. The second item") start new sentences;
  // a list marker starts one where the list goes on ("1. The first item 2. The second item").
  // Only the bytes find_mark_bytes found are visited: markers hold "." or ")", bullets are non-ASCII.
  std::optional<ListMarker> previous;
  std::size_t handled = kNoBoundary;  // start of the last marker taken, so ".)" is seen once
  const auto skip_space = [&](std::size_t pos) {
    while (pos < run.end && detail::space_at(text, pos) != 0) pos += detail::space_at(text, pos);
    return pos;
  };
  // A bullet at `pos` and the marker right after it ("• 9."): one item.
  const auto take_bullet = [&](std::size_t pos, std::size_t bullet) {
    const std::size_t after = skip_space(pos + bullet);
    if (const auto marker = detail::list_marker_at(text, after, run.end)) {
      markers_.push_back(marker->span);
      previous = marker;
      handled = after;
    }
  };
  if (const std::size_t bullet = detail::bullet_at(text, run.begin, run.end)) {
    take_bullet(run.begin, bullet);
  } else if (const auto marker = detail::list_marker_at(text, run.begin, run.end)) {
    markers_.push_back(marker->span);
    previous = marker;
    handled = run.begin;
  }
  for (const std::size_t pos : mark_bytes_) {
    if (pos <= run.begin || pos >= run.end) continue;
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte >= 0x80) {
      if (detail::space_before(text, pos) == 0 || !is_inline_bullet(text, pos)) continue;
      if (const std::size_t bullet = detail::bullet_at(text, pos, run.end)) {
        starts_.push_back(pos);
        take_bullet(pos, bullet);
      }
      continue;
    }
    if (byte != '.' && byte != ')') continue;
    std::size_t word = pos;
    while (word > run.begin && pos - word < 5 && detail::space_before(text, word) == 0) --word;
    if (word == handled || (word > run.begin && detail::space_before(text, word) == 0)) continue;
    const auto marker = detail::list_marker_at(text, word, run.end);
    if (!marker || !marker->span.contains(pos)) continue;
    handled = word;
    // After a sentence's end an item may begin.
    std::size_t before = word;
    while (before > run.begin && detail::space_before(text, before) != 0) before -= detail::space_before(text, before);
    const bool item_start = before == run.begin ||
                            detail::ends_with_terminal(text, Span{before > run.begin + 16 ? before - 16 : run.begin, before}, false);
    // A "1." after a confirmed list starts the next list ("1. a 2. b 1. c 2. d").
    const bool confirmed = previous && !markers_.empty() && markers_.back() == previous->span;
    const bool restarts = confirmed && (marker->ordinal == 1 || marker->roman == 1);
    if (previous && (continues_list(*previous, *marker) || restarts)) {
      if (markers_.empty() || !(markers_.back() == previous->span)) {
        // The list's first marker came after a sentence: it starts an item too.
        markers_.push_back(previous->span);
        starts_.push_back(previous->span.begin);
      }
      markers_.push_back(marker->span);
      starts_.push_back(word);
      previous = marker;
    } else if (item_start) {
      previous = marker;  // a marker once the list goes on
    }
  }
  std::sort(markers_.begin(), markers_.end(), [](Span a, Span b) { return a.begin < b.begin; });
  markers_.erase(std::unique(markers_.begin(), markers_.end()), markers_.end());
}

template <typename OnPiece>
void Segmenter::Impl::split_run(std::string_view text, Span run, IcuBoundaries& icu,
                                std::size_t paragraph, OnPiece& on_piece) {
  ends_.clear();
  starts_.clear();
  markers_.clear();
  mark_bytes_.clear();
  detail::find_mark_bytes(text, run, mark_bytes_);
  if (options_.bullets) find_items(text, run);
  std::sort(starts_.begin(), starts_.end());

  // ICU's boundaries, kept or dropped by the news rules.
  detail::BoundaryContext context{run, run.begin};
  std::size_t start_index = 0;
  for (std::size_t boundary = icu.next_after(run.begin); boundary < run.end;
       boundary = icu.next_after(boundary)) {
    while (start_index < starts_.size() && starts_[start_index] <= boundary) {
      context.sentence_begin = std::max(context.sentence_begin, starts_[start_index]);
      ++start_index;
    }
    if (const auto end = detail::sentence_end_at(text, boundary, context, markers_)) {
      ends_.push_back(*end);
      context.sentence_begin = std::max(context.sentence_begin, *end);
    }
  }
  detail::extra_sentence_ends(text, run, mark_bytes_, ends_);
  std::sort(ends_.begin(), ends_.end());
  ends_.erase(std::unique(ends_.begin(), ends_.end()), ends_.end());

  // A short quotation closed inside the run stays in one sentence.
  if (ends_.size() > 0 && options_.max_unsplit_quote_bytes > 0) {
    quotes_.clear();
    detail::find_closed_quotes(text, run, options_.max_unsplit_quote_bytes, mark_bytes_, quotes_);
    detail::find_closed_brackets(text, run, options_.max_unsplit_quote_bytes, mark_bytes_, quotes_);
    std::sort(quotes_.begin(), quotes_.end(), [](Span a, Span b) { return a.begin < b.begin; });
    if (!quotes_.empty()) {
      std::size_t q = 0;
      // Spans may nest or overlap: walk them by begin, keeping the furthest end seen.
      std::size_t reach = 0;
      const auto inside = [&](std::size_t end) {
        while (q < quotes_.size() && quotes_[q].begin < end) {
          reach = std::max(reach, quotes_[q].end);
          ++q;
        }
        return reach > end;
      };
      ends_.erase(std::remove_if(ends_.begin(), ends_.end(), inside), ends_.end());
    }
  }

  // The dateline is a sentence of its own.
  std::size_t dateline_end = kNoBoundary;
  if (options_.datelines) {
    if (const auto end = detail::dateline_end(text, run)) {
      dateline_end = *end;
      ends_.push_back(*end);
    }
  }
  // Cuts: sentence ends and item starts, merged.
  ends_.insert(ends_.end(), starts_.begin(), starts_.end());
  std::sort(ends_.begin(), ends_.end());
  std::size_t begin = run.begin;
  const auto emit = [&](std::size_t end) {
    if (end <= begin) return;
    Span span = detail::trim_sentence(text, Span{begin, end});
    // A "sentence" longer than any real one (text without punctuation) is cut at spaces, so the
    // later stages always work on bounded pieces.
    while (span.size() > options_.max_sentence_bytes) {
      const std::size_t cut = cut_near(text, span.begin, span.begin + options_.max_sentence_bytes);
      on_piece(Piece{detail::trim_sentence(text, Span{span.begin, cut}), run, false}, paragraph);
      span = detail::trim_sentence(text, Span{cut, span.end});
    }
    if (!span.empty()) on_piece(Piece{span, run, end == dateline_end}, paragraph);
    begin = end;
  };
  for (const std::size_t end : ends_) {
    if (end > begin && end < run.end) emit(end);
  }
  emit(run.end);
}

Segmenter::Segmenter(SegmentOptions options) : impl_(std::make_unique<Impl>(options)) {}
Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;

std::vector<Span> Segmenter::split(std::string_view text) const {
  std::vector<Span> sentences;
  sentences.reserve(text.size() / 128);  // news sentences run 100 to 200 bytes
  static const std::vector<Span> kNothing;
  std::size_t paragraphs = 0;
  impl_->walk(
      text, kNothing, [&](Span) { return paragraphs++; },
      [&](const Piece& piece, std::size_t) { sentences.push_back(piece.span); });
  return sentences;
}

namespace {

// Whether the text has at most `limit` words (runs between ASCII spaces); stops counting past the
// limit, since every sentence is asked and most are far longer than the limits asked about.
bool at_most_words(std::string_view text, std::size_t limit) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && !in_word && ++words > limit) return false;
    in_word = !space;
  }
  return true;
}

bool starts_with_any(std::string_view text, std::initializer_list<std::string_view> prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&](std::string_view p) { return text.substr(0, p.size()) == p; });
}

// "(ALEXEY NIKOLSKY/Sputnik/AFP via Getty Images/TNS)": a photo credit closing the sentence.
bool ends_with_photo_credit(std::string_view sentence) {
  if (sentence.empty() || sentence.back() != ')') return false;
  const std::size_t open = sentence.rfind('(');
  if (open == std::string_view::npos) return false;
  const std::string_view credit = sentence.substr(open);
  return credit.find('/') != std::string_view::npos || credit.find("Photo") != std::string_view::npos ||
         credit.find("Getty") != std::string_view::npos;
}

// `folded` ("march") written capitalised ("March") somewhere in `text`, as a substring.
bool contains_capitalised(std::string_view text, std::string_view folded) {
  const char initial = static_cast<char>(folded.front() - 'a' + 'A');
  const std::string_view rest = folded.substr(1);
  for (std::size_t at = text.find(rest, 1); at != std::string_view::npos; at = text.find(rest, at + 1))
    if (text[at - 1] == initial) return true;
  return false;
}

// "September 16, 2023", "Updated: 12 March 2024": a publication stamp.
bool is_date_stamp(std::string_view sentence) {
  static constexpr std::string_view kStampWords[] = {"Published", "Updated", "Posted"};
  if (!at_most_words(sentence, 6)) return false;
  bool digit = false;
  for (const char c : sentence) digit = digit || (c >= '0' && c <= '9');
  if (!digit) return false;
  return std::any_of(detail::english::kMonths.begin(), detail::english::kMonths.end(),
                     [&](std::string_view month) { return contains_capitalised(sentence, month); }) ||
         std::any_of(std::begin(kStampWords), std::end(kStampWords),
                     [&](std::string_view word) { return sentence.find(word) != std::string_view::npos; });
}

// Whether the article's markup lets `span` be a headline: any line of plain text may be; in text
// read from markup, only a line inside a heading element.
bool may_be_headline(const Article& article, Span span) {
  if (!article.layout_from_markup) return true;
  const auto after = std::upper_bound(article.headings.begin(), article.headings.end(), span.begin,
                                      [](std::size_t at, Span heading) { return at < heading.end; });
  return after != article.headings.end() && after->contains(span);
}

SentenceRole role_of(const Article& article, const Piece& piece, const SegmentOptions& options) {
  const std::string_view text = article.text;
  const std::string_view sentence = piece.span.of(text);
  if (piece.dateline) return SentenceRole::byline;
  if (options.bullets && (detail::bullet_at(text, piece.span.begin, piece.span.end) != 0 ||
                          detail::list_marker_at(text, piece.span.begin, piece.span.end)))
    return SentenceRole::bullet;
  const bool final_mark = detail::ends_with_terminal(text, piece.span, true);
  if (!final_mark && starts_with_any(sentence, {"By ", "by ", "BY ", "Written by ", "Words by "}) &&
      at_most_words(sentence, 12))
    return SentenceRole::byline;
  if (is_date_stamp(sentence)) return SentenceRole::byline;
  if (ends_with_photo_credit(sentence) ||
      starts_with_any(sentence, {"Photo:", "Image:", "Credit:", "Pictured:", "PHOTO:"}))
    return SentenceRole::caption;
  if (options.headlines && !final_mark && piece.span == detail::trim_sentence(text, piece.run) &&
      at_most_words(sentence, kMaxHeadlineWords) && may_be_headline(article, piece.span))
    return SentenceRole::headline;
  return SentenceRole::body;
}

}  // namespace

Segmentation Segmenter::segment(const Article& article) const {
  Segmentation result;
  const std::string_view text = article.text;
  impl_->walk(
      text, article.boilerplate,
      [&](Span paragraph) {
        result.paragraphs.push_back(paragraph);
        return result.paragraphs.size() - 1;
      },
      [&](const Piece& piece, std::size_t paragraph) {
        const SentenceRole role = role_of(article, piece, impl_->options_);
        // A credit standing alone after a sentence of the same line ("... on Feb. 21. (JANE DOE/AFP)")
        // makes that sentence the photo's caption too.
        if (role == SentenceRole::caption && text[piece.span.begin] == '(' && !result.sentences.empty()) {
          Sentence& previous = result.sentences.back();
          if (previous.paragraph == paragraph && previous.role == SentenceRole::body &&
              piece.run.contains(previous.span))
            previous.role = SentenceRole::caption;
        }
        result.sentences.push_back({piece.span, paragraph, role});
      });
  result.quotations = detail::find_quotations(text, result.paragraphs, impl_->options_.max_quotation_bytes);
  return result;
}

}  // namespace claimdiff
