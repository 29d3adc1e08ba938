// Stage 3, extract: attributed statements (direct, mixed, indirect), the outlet's own claims
// (unattributed), speakers, cues, upstream sources (via), figures and framing of one article.
// Rules work on a token stream of words and marks, with cues, titles and sources from data/lexicons.
#include <claimdiff/extract.hpp>

#include "extract/figures.hpp"
#include "base/english.hpp"
#include "base/lexicon.hpp"
#include "speakers/speaker.hpp"
#include "base/text_util.hpp"
#include "base/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

namespace claimdiff {
namespace {

using detail::LexiconFile;
using detail::PhraseTable;
using detail::Tok;
using detail::WordSet;
namespace english = detail::english;

struct CueInfo {
  std::string lemma;
  std::string cue_class;
  bool needs_complement = false;  // a cue only before "that", a colon or a quotation
};

// Grammar words (closed classes), not domain vocabulary: kept here beside the rules that use them.
const WordSet kFunctionWords{"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
                             "our", "my", "your", "some", "any", "another", "other", "both", "each", "every",
                             "many", "several", "few", "all", "no", "one", "two", "three"};
// Determiners and the time adjectives that stand where one would ("recent remarks", "earlier comments").
const WordSet kDeterminers = english::word_set_of({english::kDeterminers}, {"recent", "earlier", "latest"});
const WordSet kPronouns = english::word_set_of({english::kSubjectPronouns});
const WordSet kPersonPronouns = english::word_set_of({english::kPersonalSubjectPronouns});
const WordSet kObjectPronouns{"me", "him", "her", "us", "them", "you", "it", "reporters", "journalists", "lawmakers",
                              "supporters", "voters", "viewers", "listeners", "members", "congress", "parliament"};
// Auxiliaries and adverbs that may sit between a subject and its cue ("he did, however, assert").
const WordSet kBetween{"also", "further", "furthermore", "however", "then", "later", "previously", "repeatedly",
                       "firmly", "again", "often", "recently", "once", "ever", "not", "n't", "did", "does", "do",
                       "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must",
                       "shall", "just", "already", "still", "now", "publicly", "privately", "flatly", "openly",
                       "reportedly", "allegedly", "apparently", "separately", "previously", "frequently", "always",
                       "never", "even", "subsequently", "initially", "first", "originally", "clearly", "explicitly",
                       "loudly", "strongly", "forcefully", "quickly", "immediately", "only", "too", "himself",
                       "herself", "themselves", "itself", "personally", "directly", "simply", "curtly", "bluntly",
                       "candidly", "quietly", "angrily", "proudly", "confidently", "falsely", "wrongly", "rightly",
                       "correctly", "notably", "famously", "long", "consistently", "vehemently", "emphatically",
                       "essentially", "basically", "effectively", "specifically", "privately", "tacitly", "implicitly"};
const WordSet kBeForms{"is", "was", "were", "are", "be", "been", "being", "'s"};
// Words that end a subject noun phrase when walking left from a cue.
const WordSet kStopLeft{"that", "which", "who", "whom", "where", "when", "while", "though", "although", "because",
                        "but", "or", "if", "as", "since", "after", "before", "until", "unless", "so", "than",
                        "whether", "to", "in", "on", "with", "by", "into", "during", "about", "against", "despite",
                        "instead", "is", "was", "were", "are", "be", "been", "has", "have", "had", "did", "does",
                        "do", "not", "also", "what", "how", "why", "yet", "nor", "then", "once", "says", "said",
                        "told", "and", "through", "under", "over", "without", "like", "amid", "following",
                        "throughout", "toward", "towards", "upon", "via", "within", "whereas", "wherever",
                        "whenever", "however", "meanwhile", "moreover", "furthermore", "thus", "hence",
                        "therefore", "indeed", "instead", "it", "there", "here", "will", "would", "could", "can",
                        "should", "might", "must", "may"};
const WordSet kTimeWords = english::word_set_of(
    {english::kWeekdays}, {"today", "yesterday", "tonight", "earlier", "later", "last", "this", "week", "month", "year",
                         "night", "morning", "afternoon", "evening", "recently", "also", "again", "then",
                         "previously", "once", "repeatedly", "on", "publicly", "privately", "separately",
                         "flatly", "firmly", "on"});
const WordSet kWeekdays = english::word_set_of({english::kWeekdays});
const WordSet kMonths = english::word_set_of({english::kMonths, english::kMonthAbbreviations});
const WordSet kClauseStarts{",", "and", "but", "while", "though", "although", ";", "whereas", "yet", "-"};
// Verbs whose object (the listener) comes before the reported clause: "told reporters that".
const WordSet kListenerVerbs{"tell", "inform", "assure", "remind", "warn", "ask", "urge", "caution", "advise",
                             "notify", "promise", "convince", "persuade"};
const WordSet kSayLemmas{"say", "tell", "add", "state", "report", "write", "claim", "note", "argue", "insist",
                         "explain", "announce", "reply", "respond", "answer", "continue", "ask", "declare",
                         "assert", "maintain", "allege", "warn", "tweet", "admit", "acknowledge", "deny"};

// Words that open an adjunct after a cue ("said in an interview", "told reporters on Monday").
const WordSet kAdjunctStarts{"in", "at", "on", "during", "after", "before", "to", "from", "with", "while", "last",
                             "this", "earlier", "later", "when", "as", "outside", "inside", "following", "amid",
                             "via", "through", "reporters", "journalists"};

bool is_quote_mark(const Tok& t) { return t.mark == '"' || t.mark == '\''; }

// Everything the extractor loaded from data/lexicons, built once.
struct Lexicons {
  PhraseTable verbs;
  std::vector<CueInfo> verb_info;
  PhraseTable nouns;
  std::vector<CueInfo> noun_info;
  PhraseTable framing;
  std::vector<std::string> framing_category;
  WordSet titles;
  WordSet speaker_nouns;
  PhraseTable sources;          // value 1: a generic media word, 0: a name
  WordSet media_words;
  // verbs, nouns, sources and framing in one table (kind in the top byte), so that each token
  // is looked up once
  PhraseTable all;
};

enum PhraseKind : std::uint32_t { kVerbPhrase = 0, kNounPhrase = 1, kSourcePhrase = 2, kFramingPhrase = 3 };
constexpr std::uint32_t kKindShift = 24;

Lexicons load_lexicons(const std::string& data_dir) {
  Lexicons lx;
  for (const auto& row : detail::load_lexicon(data_dir, "reporting_verbs.txt").rows) {
    if (row.size() < 3) continue;
    CueInfo info{row[0], row[1], row.size() > 3 && row[3] == "that"};
    lx.verb_info.push_back(info);
    const auto value = static_cast<std::uint32_t>(lx.verb_info.size() - 1);
    std::string_view forms = row[2];
    while (!forms.empty()) {
      const std::size_t bar = forms.find('|');
      lx.verbs.add(forms.substr(0, bar), value);
      lx.all.add(forms.substr(0, bar), (kVerbPhrase << kKindShift) | value, true);
      if (bar == std::string_view::npos) break;
      forms.remove_prefix(bar + 1);
    }
  }
  for (const auto& row : detail::load_lexicon(data_dir, "noun_cues.txt").rows) {
    if (row.size() < 3) continue;
    lx.noun_info.push_back({row[1], row[2], true});
    lx.nouns.add(row[0], static_cast<std::uint32_t>(lx.noun_info.size() - 1));
    lx.all.add(row[0], (kNounPhrase << kKindShift) | static_cast<std::uint32_t>(lx.noun_info.size() - 1), true);
  }
  for (const auto& row : detail::load_lexicon(data_dir, "framing_terms.txt").rows) {
    if (row.size() < 2) continue;
    lx.framing_category.push_back(row[1]);
    lx.framing.add(row[0], static_cast<std::uint32_t>(lx.framing_category.size() - 1));
    lx.all.add(row[0], (kFramingPhrase << kKindShift) | static_cast<std::uint32_t>(lx.framing_category.size() - 1), true);
  }
  for (const auto& row : detail::load_lexicon(data_dir, "titles.txt").rows) {
    const auto words = detail::phrase_words(row[0]);
    if (!words.empty()) lx.titles.insert(words.back());
  }
  lx.speaker_nouns = detail::word_set(detail::load_lexicon(data_dir, "speaker_nouns.txt"));
  for (const auto& row : detail::load_lexicon(data_dir, "news_sources.txt").rows) {
    if (row[0].size() > 1 && row[0][0] == '*') {
      lx.media_words.insert(detail::phrase_words(row[0].substr(1)).front());
    } else {
      lx.sources.add(row[0], 0);
      lx.all.add(row[0], kSourcePhrase << kKindShift, true);
    }
  }
  return lx;
}

// A cue found in a unit: its tokens and what kind of frame it opens.
struct Cue {
  enum class Type { verb, according, noun, passive };
  Type type = Type::verb;
  std::size_t at = 0, end = 0;  // cue tokens
  const CueInfo* info = nullptr;
  // resolved frame
  std::size_t speaker_begin = 0, speaker_end = 0;  // mention tokens (empty: inherited)
  std::size_t frame_begin = 0;                      // where the frame starts (subject or conjunction)
  bool coordinated = false;                         // frame starts at ',', 'and', 'but', ...
  bool inherit = false;                             // speaker comes from the previous cue or subject
  std::vector<Span> content;                        // token index ranges [begin, end) as Span
  bool drop = false;
  bool relative = false;  // "many of whom say ...": the claim ends where the relative clause does
};

struct ViaMark {
  std::size_t begin = 0, end = 0;  // tokens of the whole credit clause
  std::string source;
};

// One unit: the sentences a quotation binds together.
struct Unit {
  std::size_t first_sentence = 0, last_sentence = 0;
  std::size_t tb = 0, te = 0;  // tokens
  Span span;
  SentenceRole role = SentenceRole::body;
  std::size_t paragraph = 0;
};

class ArticleExtractor {
 public:
  ArticleExtractor(const Lexicons& lx, const ExtractOptions& options, const Article& article,
                   const Segmentation& seg)
      : lx_(lx), options_(options), article_(article), text_(article.text), seg_(seg),
        speakers_(lx.titles, kFunctionWords) {}

  Extraction run();

 private:
  // --- set-up
  void tokenize();
  void mark_quotes();
  void build_units();
  // --- per unit
  void process_unit(std::size_t u);
  std::vector<ViaMark> find_via(const Unit& unit, bool& any_other_cue) const;
  bool may_credit(const Unit& unit) const;
  std::vector<ViaMark> credit_clauses(const Unit& unit) const;
  std::vector<Cue> find_cues(const Unit& unit, const std::vector<ViaMark>& via) const;
  void left_subject(const Unit& unit, Cue& cue) const;
  std::size_t np_left(std::size_t ub, std::size_t end, bool& clean) const;
  // Past what may stand between a cue and its content: a listener, time words, "in an interview".
  std::size_t skip_adjuncts(std::size_t from, std::size_t end) const {
    static const WordSet kAdjunct{"in", "an", "a", "the", "interview", "statement", "with", "at", "to", "on",
                                  "during", "after", "news", "conference", "briefing", "phone", "call", "speech",
                                  "rally", "his", "her", "their", "its", "tweet", "post", "email", "emailed",
                                  "written", "televised", "radio", "recent", "separate", "own", "by"};
    std::size_t k = from;
    std::size_t guard = 0;
    while (k < end && guard < 10 && t_[k].word && !quoted_[k] && t_[k].low != "that" &&
           (kTimeWords.count(t_[k]) || kBetween.count(t_[k]) || kObjectPronouns.count(t_[k]) ||
            t_[k].cap || kAdjunct.count(t_[k]) || (t_[k].low.size() > 4 && t_[k].low.ends_with("ly")))) {
      ++k;
      ++guard;
    }
    return k;
  }
  std::size_t right_np_end(std::size_t from, std::size_t end) const;
  bool plausible_speaker(std::size_t b, std::size_t e, const CueInfo* info) const;
  bool bare_name(std::size_t b, std::size_t e) const;
  bool is_source_phrase(std::size_t b, std::size_t e) const;
  bool names_a_medium(std::size_t b, std::size_t e) const;
  bool media_word(std::size_t k) const;
  std::string source_name(std::size_t b, std::size_t e) const;
  std::size_t main_subject(const Unit& unit, std::size_t upto, std::size_t& end) const;
  bool headline_colon(std::size_t u);
  // The quoted fragments of a unit, as byte spans.
  std::vector<Span> quoted_spans(const Unit& unit) const {
    std::vector<Span> out;
    for (std::size_t k = unit.tb; k < unit.te;) {
      if (!quoted_[k]) {
        ++k;
        continue;
      }
      std::size_t e = k;
      while (e < unit.te && quoted_[e]) ++e;
      out.push_back({t_[k].span.begin, t_[e - 1].span.end});
      k = e;
    }
    return out;
  }
  bool title_case(const Unit& unit) const {
    std::size_t words = 0, caps = 0;
    for (std::size_t k = unit.tb; k < unit.te; ++k)
      if (t_[k].word && !t_[k].digit) {
        ++words;
        caps += t_[k].cap;
      }
    return words > 0 && caps * 10 >= words * 6;
  }
  bool quote_only(std::size_t u);
  void emit(const Unit& unit, std::vector<Span> content, std::size_t sb, std::size_t se, const Cue* cue,
            const std::string& inherited_speaker, const std::string& inherited_mention,
            const std::vector<ViaMark>& via, const std::string& cue_text = {});
  std::string resolve_speaker(std::size_t b, std::size_t e) const;
  std::string person_introduced_before(std::size_t offset) const;
  void article_via();
  void framing();

  // --- helpers
  // Phrase-table matches, looked up once per token (the rules ask for them many times).
  struct Matches {
    PhraseTable::Match verb, noun, source, framing;
  };
  void cache_matches() {
    matches_.resize(t_.size());
    for (std::size_t i = 0; i < t_.size(); ++i) {
      if (!t_[i].word) continue;
      const std::size_t end = std::min(t_.size(), i + 8);
      Matches& m = matches_[i];
      lx_.all.each_match(t_, i, end, [&m](PhraseTable::Match found) {
        const std::uint32_t kind = found.value >> kKindShift;
        const PhraseTable::Match own{found.length, found.value & ((1u << kKindShift) - 1)};
        PhraseTable::Match& slot = kind == kVerbPhrase ? m.verb : kind == kNounPhrase ? m.noun
                                 : kind == kSourcePhrase ? m.source : m.framing;
        if (slot.length == 0) slot = own;  // longest first
      });
    }
  }
  static PhraseTable::Match bounded(PhraseTable::Match m, std::size_t at, std::size_t end) {
    return at + m.length <= end ? m : PhraseTable::Match{};
  }
  PhraseTable::Match verb_at(std::size_t at, std::size_t end) const {
    return at < end ? bounded(matches_[at].verb, at, end) : PhraseTable::Match{};
  }
  PhraseTable::Match noun_at(std::size_t at, std::size_t end) const {
    return at < end ? bounded(matches_[at].noun, at, end) : PhraseTable::Match{};
  }
  PhraseTable::Match source_at(std::size_t at, std::size_t end) const {
    return at < end ? bounded(matches_[at].source, at, end) : PhraseTable::Match{};
  }
  // Figures of a unit, found once however many statements it gives.
  const std::vector<Figure>& unit_figures(const Unit& unit) {
    if (figures_unit_ != unit.tb || !figures_valid_) {
      figures_ = detail::find_figures(text_, t_, unit.tb, unit.te);
      figures_unit_ = unit.tb;
      figures_valid_ = true;
    }
    return figures_;
  }
  // `end` without the marks that close the sentence before it.
  std::size_t words_end(std::size_t end) const {
    while (end > 0 && !t_[end - 1].word && !quoted_[end - 1]) --end;
    return end;
  }
  bool word(std::size_t i) const { return i < t_.size() && t_[i].word; }
  // The unit's first word (after opening quotation marks or a bullet).
  std::size_t first_word(const Unit& unit) const {
    std::size_t i = unit.tb;
    while (i < unit.te && !t_[i].word) ++i;
    return i;
  }
  std::string_view low(std::size_t i) const { return i < t_.size() ? std::string_view(t_[i].low) : ""; }
  std::string text_of(std::size_t b, std::size_t e) const {
    if (b >= e) return "";
    return std::string(text_.substr(t_[b].span.begin, t_[e - 1].span.end - t_[b].span.begin));
  }
  std::size_t word_count(std::size_t b, std::size_t e, bool outside_quotes_only = false) const {
    std::size_t n = 0;
    for (std::size_t k = b; k < e; ++k) n += t_[k].word && (!outside_quotes_only || !quoted_[k]);
    return n;
  }

  const Lexicons& lx_;
  const ExtractOptions& options_;
  const Article& article_;
  std::string_view text_;
  const Segmentation& seg_;
  detail::SpeakerIndex speakers_;
  std::vector<Tok> t_;
  std::vector<Matches> matches_;
  std::vector<Figure> figures_;
  std::size_t figures_unit_ = 0;
  bool figures_valid_ = false;
  std::vector<std::pair<std::size_t, std::size_t>> sentence_tokens_;  // per sentence [tb, te)
  std::vector<bool> quoted_;                                          // inside a quotation (marks too)
  std::vector<Unit> units_;
  std::vector<Statement> statements_;
  std::vector<bool> article_via_unit_;
  Extraction out_;
  // state carried along the article
  std::string last_person_;    // the last person a statement was resolved to
  std::string last_speaker_;   // the last speaker of any attributed statement
  std::string last_group_;     // the last organisation or group that spoke ("it", "they")
  std::string last_mention_;
  std::size_t last_attributed_paragraph_ = static_cast<std::size_t>(-1);
  std::size_t last_attributed_unit_end_ = 0;  // where the sentence of the last statement ends (bytes)
  std::size_t last_attributed_unit_ = static_cast<std::size_t>(-1);
  std::vector<Span> last_content_;  // token ranges of the last content built
  // "Putin admits:" opens a list whose items are the speaker's claims
  struct Pending {
    bool active = false;
    std::string speaker, mention, cue, lemma, cue_class;
    std::vector<ViaMark> via;
  } pending_;
};

void ArticleExtractor::tokenize() {
  sentence_tokens_.reserve(seg_.sentences.size());
  t_.reserve(text_.size() / 4 + 16);
  for (const Sentence& s : seg_.sentences) {
    const std::size_t tb = t_.size();
    detail::append_tokens(text_, s.span, t_);
    sentence_tokens_.push_back({tb, t_.size()});
  }
}

// Quotations from the segmenter when it gives them; otherwise paired here, paragraph by paragraph.
void ArticleExtractor::mark_quotes() {
  quoted_.assign(t_.size(), false);
  // the segmenter's quotations are not used: the pairing here also reads '' as a double quote and
  // knows the decade apostrophe, and keeps extraction stable while segmentation changes
  if (false) {
    std::size_t q = 0;
    for (std::size_t i = 0; i < t_.size(); ++i) {
      while (q < seg_.quotations.size() && seg_.quotations[q].span.end <= t_[i].span.begin) ++q;
      if (q < seg_.quotations.size() && seg_.quotations[q].span.contains(t_[i].span.begin)) quoted_[i] = true;
    }
    return;
  }
  std::size_t open_double = static_cast<std::size_t>(-1), open_single = static_cast<std::size_t>(-1);
  std::size_t paragraph = 0;
  auto close_range = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k <= to && k < t_.size(); ++k) quoted_[k] = true;
  };
  const std::size_t none = static_cast<std::size_t>(-1);
  for (std::size_t si = 0; si < seg_.sentences.size(); ++si) {
    const std::size_t para = seg_.sentences[si].paragraph;
    const auto [tb, te] = sentence_tokens_[si];
    // a blank line (or a new paragraph) ends an unclosed quotation
    bool new_paragraph = para != paragraph;
    if (!new_paragraph && tb > 0 && tb < t_.size()) {
      const std::string_view gap = text_.substr(t_[tb - 1].span.end, t_[tb].span.begin - t_[tb - 1].span.end);
      new_paragraph = gap.find('\n') != std::string_view::npos;
    }
    if (new_paragraph) {
      if (open_double != none) close_range(open_double, tb - 1);
      if (open_single != none) open_single = none;
      open_double = none;
      paragraph = para;
    }
    for (std::size_t i = tb; i < te; ++i) {
      const Tok& tk = t_[i];
      if (tk.mark == '"') {
        const detail::CodePoint cp = detail::decode_at(text_, tk.span.begin);
        const bool straight = cp.value == '"' || cp.value == '\'';
        const bool opening = cp.value == U'\u201C' || cp.value == U'\u201E' || cp.value == U'\u00AB' ||
                             (straight && open_double == none);
        if (opening && open_double == none) {
          open_double = i;
        } else if (open_double != none) {
          close_range(open_double, i);
          open_double = none;
        }
      } else if (tk.mark == '\'') {
        const bool before_word = i + 1 < te && t_[i + 1].word && t_[i + 1].span.begin == tk.span.end;
        const bool after_word = i > tb && t_[i - 1].span.end == tk.span.begin && !is_quote_mark(t_[i - 1]);
        if (before_word && !after_word && open_single == none) {
          // '60s is a decade, not a quotation
          if (!(t_[i + 1].digit && t_[i + 1].low.size() == 3 && t_[i + 1].low[2] == 's')) open_single = i;
        } else if (!before_word && open_single != none && open_double == none) {
          close_range(open_single, i);
          open_single = none;
        } else if (!before_word && open_single != none && open_double != none && open_single > open_double) {
          close_range(open_single, i);
          open_single = none;
        }
      }
    }
  }
  if (open_double != none) close_range(open_double, t_.size() - 1);
}

void ArticleExtractor::build_units() {
  const std::size_t n = seg_.sentences.size();
  units_.reserve(n);
  // about one statement per unit: growing the vector would move every Statement built so far
  statements_.reserve(n + 8);
  std::size_t s = 0;
  while (s < n) {
    Unit u;
    u.first_sentence = s;
    u.role = seg_.sentences[s].role;
    u.paragraph = seg_.sentences[s].paragraph;
    std::size_t last = s;
    // merge the next sentence while a quotation runs over the boundary (same paragraph)
    while (last + 1 < n && last - s < 15) {
      const auto [tb, te] = sentence_tokens_[last];
      const auto [nb, ne] = sentence_tokens_[last + 1];
      if (te == tb || ne == nb) break;
      if (seg_.sentences[last + 1].paragraph != seg_.sentences[last].paragraph) break;
      const std::string_view gap = text_.substr(t_[te - 1].span.end, t_[nb].span.begin - t_[te - 1].span.end);
      if (gap.find('\n') != std::string_view::npos) break;
      // inside one quotation: the last token of this sentence and the first of the next are quoted,
      // and the next does not open a new quotation
      const bool runs_on = quoted_[te - 1] && quoted_[nb] &&
                           !(is_quote_mark(t_[te - 1]) && !quoted_[te - 2 < tb ? tb : te - 2]) &&
                           !(is_quote_mark(t_[nb]) && nb > 0 && !(quoted_[nb - 1] && !is_quote_mark(t_[nb - 1])));
      bool same_quote = false;
      if (quoted_[te - 1] && quoted_[nb]) {
        // closed right at the end of the sentence and reopened: two quotations
        const bool closes = is_quote_mark(t_[te - 1]) || (te >= 2 && is_quote_mark(t_[te - 2]) && !t_[te - 1].word);
        same_quote = !closes || !is_quote_mark(t_[nb]);
        if (closes && is_quote_mark(t_[nb])) same_quote = false;
        if (!closes) same_quote = true;
      }
      if (!(runs_on || same_quote)) break;
      ++last;
    }
    u.last_sentence = last;
    u.tb = sentence_tokens_[s].first;
    u.te = sentence_tokens_[last].second;
    u.span = {seg_.sentences[s].span.begin, seg_.sentences[last].span.end};
    units_.push_back(u);
    s = last + 1;
  }
}

// ---------------------------------------------------------------- via

// A generic media word ("newspaper", "news"), unless it names an event ("a news conference").
bool ArticleExtractor::media_word(std::size_t k) const {
  static const WordSet kEvents{"conference", "conferences", "briefing", "briefings", "release", "releases"};
  return lx_.media_words.count(t_[k]) > 0 && !(word(k + 1) && kEvents.count(t_[k + 1]));
}

bool ArticleExtractor::is_source_phrase(std::size_t b, std::size_t e) const {
  for (std::size_t k = b; k < e; ++k) {
    if (media_word(k)) return true;
    const auto m = source_at(k, e);
    if (m.length > 0) return true;
  }
  return false;
}

// "the newspaper Le Monde", "the German news agency dpa": a media word, then the name to the end.
bool ArticleExtractor::names_a_medium(std::size_t b, std::size_t e) const {
  bool medium = false;
  std::size_t k = b;
  for (; k < e && !(t_[k].word && t_[k].cap && !kFunctionWords.count(t_[k])); ++k) {
    if (!t_[k].word) return false;
    medium = medium || media_word(k);
  }
  for (; k < e; ++k)
    if (!t_[k].word) return false;
  return medium;
}

// The credited source as written, without a leading "the" and without generic report words.
std::string ArticleExtractor::source_name(std::size_t b, std::size_t e) const {
  while (b < e && (low(b) == "the" || !t_[b].word)) ++b;
  while (e > b && (!t_[e - 1].word && t_[e - 1].mark != ')')) --e;
  while (e > b && (low(e - 1) == "reports" || low(e - 1) == "report" || low(e - 1) == "reporting")) --e;
  return text_of(b, e);
}

// Where a noun phrase that starts at `from` ends: before a comma, a clause word or the end.
std::size_t ArticleExtractor::right_np_end(std::size_t from, std::size_t end) const {
  std::size_t k = from;
  while (k < end) {
    const Tok& tk = t_[k];
    if (!tk.word) {
      if (tk.mark == '.' && k > from && t_[k - 1].cap && t_[k - 1].low.size() <= 3 && k + 1 < end && t_[k + 1].word) {
        ++k;
        continue;
      }
      if (tk.mark == '/' || tk.mark == '&' || (tk.mark == '-' && k + 1 < end && t_[k + 1].cap)) {
        ++k;
        continue;
      }
      if (tk.mark == '(') {  // "(R-Ind.)"
        std::size_t c = k + 1;
        while (c < end && t_[c].mark != ')' && c - k < 8) ++c;
        if (c < end && t_[c].mark == ')') {
          k = c + 1;
          continue;
        }
      }
      break;
    }
    if (k > from && (tk.low == "that" || tk.low == "who" || tk.low == "which" || tk.low == "in" || tk.low == "on" ||
                     tk.low == "to" || tk.low == "when" || tk.low == "after" || tk.low == "as" || tk.low == "during" ||
                     tk.low == "while" || tk.low == "and" || tk.low == "but" || tk.low == "last" ||
                     kTimeWords.count(tk) > 0 || (!tk.cap && verb_at(k, end).length > 0)))
      break;
    ++k;
  }
  return k;
}

std::vector<ViaMark> ArticleExtractor::find_via(const Unit& unit, bool& any_other_cue) const {
  std::vector<ViaMark> out = may_credit(unit) ? credit_clauses(unit) : std::vector<ViaMark>();
  any_other_cue = false;
  const std::size_t b = unit.tb, e = unit.te;
  // is there another cue outside the credits?
  for (std::size_t i = b; i < e && !any_other_cue; ++i) {
    if (quoted_[i] || !t_[i].word) continue;
    bool inside = false;
    for (const auto& v : out) inside = inside || (i >= v.begin && i < v.end);
    if (inside) continue;
    const auto m = verb_at(i, e);
    if (m.length > 0 && lx_.verb_info[m.value].lemma != "according to") any_other_cue = true;
  }
  std::sort(out.begin(), out.end(), [](const ViaMark& a, const ViaMark& c) { return a.begin < c.begin; });
  return out;
}

// Every credit clause below needs a source phrase or one of the words "reported", "published",
// "according": most units have none, and the searches are skipped for them.
bool ArticleExtractor::may_credit(const Unit& unit) const {
  for (std::size_t i = unit.tb; i < unit.te; ++i)
    if (matches_[i].source.length > 0 || low(i) == "reported" || low(i) == "published" || low(i) == "according")
      return true;
  return false;
}

// "as reported by X", "(Reuters)", ", X reports", "according to <media>": the unit's credit clauses.
std::vector<ViaMark> ArticleExtractor::credit_clauses(const Unit& unit) const {
  std::vector<ViaMark> out;
  const std::size_t b = unit.tb, e = unit.te;
  for (std::size_t i = b; i < e; ++i) {
    if (quoted_[i] || !t_[i].word) continue;
    // "as reported by X", "reported by X", "as reported in X"
    const bool credit_clause = i > b && (low(i - 1) == "as" || t_[i - 1].mark == ',');
    if (credit_clause && (low(i) == "reported" || low(i) == "published") && (low(i + 1) == "by" || low(i + 1) == "in") &&
        i + 2 < e) {
      const std::size_t np_end = right_np_end(i + 2, e);
      if (np_end > i + 2) {
        std::size_t from = i;
        if (from > b && low(from - 1) == "as") --from;
        if (from > b && t_[from - 1].mark == ',') --from;
        out.push_back({from, np_end, source_name(i + 2, np_end)});
        i = np_end;
        continue;
      }
    }
    // "(Reuters)"
    if (t_[i].cap && i > b && t_[i - 1].mark == '(') {
      const auto m = source_at(i, e);
      if (m.length > 0 && i + m.length < e && t_[i + m.length].mark == ')') {
        out.push_back({i - 1, i + m.length + 1, text_of(i, i + m.length)});
        i += m.length;
        continue;
      }
    }
    // "as X reported", ", X has reported", ", X reports", ", X notes" with X a news source
    if (i > b && (low(i - 1) == "as" || t_[i - 1].mark == ',' || is_quote_mark(t_[i - 1]))) {
      std::size_t k = i;
      if (low(k) == "the") ++k;
      const auto m = source_at(k, e);
      std::size_t after = k + m.length;
      if (m.length > 0) {
        while (after < e && (low(after) == "has" || low(after) == "had" || low(after) == "also")) ++after;
        if (after < e && (low(after) == "reported" || low(after) == "reports" || low(after) == "notes" ||
                          low(after) == "noted" || low(after) == "said" || low(after) == "says" ||
                          low(after) == "wrote" || low(after) == "writes" || low(after) == "reported," )) {
          std::size_t end = after + 1;
          // only a credit when the clause ends there (else it is the outlet's source speaking)
          while (end < e && !t_[end].word && t_[end].mark != '"' && t_[end].mark != '\'') ++end;
          if (end >= e || low(i - 1) == "as") {
            out.push_back({i - 1, after + 1, source_name(k, k + m.length)});
            i = after;
            continue;
          }
        }
      }
    }
  }
  // "according to X" with X a media source: a credit when another cue names the speaker
  for (std::size_t i = b; i + 2 < e; ++i) {
    if (quoted_[i] || low(i) != "according" || low(i + 1) != "to") continue;
    std::size_t np_end = i + 2;
    while (np_end < e && (t_[np_end].word || t_[np_end].mark == '.' || t_[np_end].mark == '-' || t_[np_end].mark == '/') &&
           low(np_end) != "that")
      ++np_end;
    if (np_end > i + 2 && is_source_phrase(i + 2, np_end)) {
      std::size_t from = i;
      if (from > b && t_[from - 1].mark == ',') --from;
      out.push_back({from, np_end, source_name(i + 2, np_end)});
    }
  }
  return out;
}

// ---------------------------------------------------------------- cues

bool ArticleExtractor::plausible_speaker(std::size_t b, std::size_t e, const CueInfo* info) const {
  if (b >= e) return false;
  std::size_t last = e;
  while (last > b && !t_[last - 1].word) --last;
  if (last == b) return false;
  const std::string_view head = low(last - 1);
  bool has_cap = false;
  for (std::size_t k = b; k < e; ++k)
    if (t_[k].word && t_[k].cap && !(k == b && kFunctionWords.count(t_[k]))) has_cap = true;
  if (e - b == 1 && kPronouns.count(head)) {
    if (head == "it") return info != nullptr && (info->lemma == "say" || info->lemma == "report" || info->lemma == "state" || info->lemma == "write");
    return true;
  }
  if (has_cap) return true;
  if (info != nullptr && kSayLemmas.count(info->lemma) && word_count(b, e) <= 8 && info->lemma != "add" &&
      info->lemma != "note" && info->lemma != "continue")
    return true;
  for (std::size_t k = b; k < e; ++k)
    if (t_[k].word && (lx_.speaker_nouns.count(t_[k]) || lx_.titles.count(t_[k]) ||
                       lx_.media_words.count(t_[k])))
      return true;
  // agent nouns: "the auditor", "inspectors", "economists", "historians", "residents"
  if (info == nullptr) return false;  // a participle's subject must be named or a known speaker noun
  for (std::string_view suffix : {"er", "ers", "or", "ors", "ist", "ists", "ian", "ians"})
    if (head.ends_with(suffix)) return true;
  return false;
}

// A short name and nothing else ("Clinton", "Marc H. Morial"): every word capitalised, no article
// or weekday. Only such a head takes the noun phrase after its comma as an aside when no comma
// closes the aside ("Clinton, the former secretary of State stressed"); a clause before the comma
// does not ("The bridge collapsed on Monday, police said").
bool ArticleExtractor::bare_name(std::size_t b, std::size_t e) const {
  static const WordSet kNotNames = english::word_set_of({english::kWeekdays}, {"the", "a", "an", "today", "yesterday"});
  std::size_t words = 0;
  for (std::size_t k = b; k < e; ++k) {
    if (!t_[k].word) continue;
    if (!t_[k].cap || kNotNames.count(t_[k])) return false;
    ++words;
  }
  return words > 0 && words <= 4;
}

// Where a noun phrase that ends at `end` starts, walking left (names, titles, "of"/"in" phrases,
// parenthesised party tags); `clean` tells whether it stopped at a clause start.
std::size_t ArticleExtractor::np_left(std::size_t ub, std::size_t end, bool& clean) const {
  static const WordSet kInsideNp{"of", "for", "at", "from", "in", "around", "on", "with", "and", "&"};
  std::size_t k = end;
  std::size_t words = 0;
  clean = false;
  while (k > ub && words < 16) {
    const Tok& p = t_[k - 1];
    if (quoted_[k - 1]) {
      clean = true;
      break;
    }
    if (!p.word) {
      if (p.mark == '.' && k - 1 > ub && t_[k - 2].cap && t_[k - 2].low.size() <= 3 && t_[k - 2].span.end == p.span.begin) {
        --k;
        continue;
      }
      if (p.mark == ')') {
        std::size_t o = k - 1;
        while (o > ub && t_[o].mark != '(' && k - o < 10) --o;
        if (t_[o].mark == '(') {
          k = o;
          continue;
        }
      }
      if ((p.mark == '-' || p.mark == '\'') && k - 1 > ub && t_[k - 2].word && t_[k - 2].span.end == p.span.begin) {
        --k;
        continue;
      }
      if (p.mark == '/' || p.mark == '&' || (p.mark == '@' && k < end && t_[k].span.begin == p.span.end)) {
        --k;  // "Fox & Friends", "user @harborwatch"
        continue;
      }
      clean = p.mark == ',' || p.mark == ';' || p.mark == ':' || p.mark == '-' || p.mark == '(' || is_quote_mark(p) ||
              p.mark == '.';
      break;
    }
    if (kInsideNp.count(p) && k < end && k - 1 > ub && (t_[k - 2].word || t_[k - 2].mark == ')' || t_[k - 2].mark == '.')) {
      // a preposition or "and" inside the phrase, when a noun phrase goes on to its left
      if (!kStopLeft.count(t_[k - 2]) || t_[k - 2].low == "and") {
        --k;
        ++words;
        continue;
      }
    }
    // "sources close to the campaign", "those loyal to him": the adjective takes its "to"
    if (p.low == "to" && k < end && k - 1 > ub && t_[k - 2].word &&
        (t_[k - 2].low == "close" || t_[k - 2].low == "loyal" || t_[k - 2].low == "closest")) {
      --k;
      ++words;
      continue;
    }
    // a capitalised modal after a capitalised word is a surname: "Theresa May", "Ann Will"
    const bool surname = p.cap && k - 1 > ub && t_[k - 2].word && t_[k - 2].cap &&
                         !(k < t_.size() && t_[k].word && t_[k].cap);
    if (kStopLeft.count(p) && !surname) {
      clean = kClauseStarts.count(p) || p.low == "that" || p.low == "while" || p.low == "though" ||
              p.low == "although" || p.low == "because" || p.low == "as" || p.low == "when" || p.low == "if" ||
              p.low == "so" || p.low == "since" || p.low == "whereas" || p.low == "after" || p.low == "before";
      break;
    }
    // a cue form in lower case ends the phrase ("said", "told"), not a base form used as a noun
    // or adjective ("state officials", "the call")
    if (!p.cap && k != end) {
      const auto v = verb_at(k - 1, end);
      if (v.length > 0 && lx_.verb_info[v.value].lemma != p.low) break;
    }
    --k;
    ++words;
  }
  if (k == ub) clean = true;
  // drop prepositions and "and" left dangling at the start
  while (k < end && (t_[k].low == "and" || t_[k].low == "of" || t_[k].low == "in" || t_[k].low == "on" ||
                     t_[k].low == "at" || t_[k].low == "for" || t_[k].low == "from" || t_[k].low == "with" ||
                     t_[k].low == "around"))
    ++k;
  return k;
}

// Subject noun phrase left of a cue: sets speaker_begin/end, frame_begin, coordinated, inherit.
void ArticleExtractor::left_subject(const Unit& unit, Cue& cue) const {
  static const WordSet kDays =
      english::word_set_of({english::kWeekdays}, {"today", "yesterday", "tonight", "earlier", "later", "previously"});
  const std::size_t ub = unit.tb;
  std::size_t j = cue.at;
  // skip auxiliaries, adverbs and time words between subject and cue
  while (j > ub) {
    const Tok& p = t_[j - 1];
    // an adverb in "-ly", but not a noun after a determiner ("lawyers for the family said", "Lee's
    // family has said")
    const bool ly_adverb = p.low.size() > 4 && p.low.ends_with("ly") && !quoted_[j - 1] &&
                           !(j >= ub + 2 && (kDeterminers.count(t_[j - 2]) || low(j - 2).ends_with("'s")));
    if (p.word && !p.cap && (kBetween.count(p) || kDays.count(p) || ly_adverb)) {
      --j;
      continue;
    }
    if (p.word && p.low == "on" && j < cue.at && kDays.count(t_[j])) {
      --j;
      continue;
    }
    if (p.mark == ',' && j - 1 > ub && (low(j - 2) == "however" || low(j - 2) == "though" || low(j - 2) == "too" ||
                                        (j < t_.size() && low(j) == "however"))) {
      --j;
      continue;
    }
    break;
  }
  std::size_t se = j;
  bool clean = false;
  std::size_t sb = np_left(ub, se, clean);
  // a participle's subject is the clause's: in "unleashed posts early Monday saying" or "appeared at
  // a hearing for saying" the words before it, which stop at no clause start, are an object; after
  // a preposition they are its own ("in response to officials saying")
  static const WordSet kBeforeOwnSubject{"to", "with", "of", "amid", "despite", "about", "over", "from", "by", "among", "after"};
  if (sb < se && !clean && low(cue.at).ends_with("ing") && !(sb > ub && kBeforeOwnSubject.count(t_[sb - 1]))) sb = se;
  // a relative subject: "fishermen, many of whom say ..."
  // (verbs that take a clause, not "most of whom announced their support")
  static const WordSet kClauseLemmas{"say", "tell", "claim", "argue", "insist", "believe", "think", "contend",
                                     "complain", "warn", "add", "note", "explain", "maintain", "allege", "assert", "fear"};
  static const WordSet kQuantifiers{"many", "some", "most", "all", "several", "none", "few", "both", "each", "one",
                                    "two", "three", "half", "neither", "either", "any"};
  if (sb == se && se >= ub + 3 && (low(se - 1) == "whom" || low(se - 1) == "which") && low(se - 2) == "of" &&
      kQuantifiers.count(t_[se - 3]) && cue.info != nullptr && kClauseLemmas.count(cue.info->lemma)) {
    sb = se - 3;
    cue.relative = true;
  }
  const bool comma_before_cue = sb == se;
  // an aside between commas: "Marc H. Morial, the chief executive of the league, told" /
  // "The state's campaign chairman, Phil Lovas, said" / "Vladimir Putin, addressing the forum, has stated"
  if (sb > ub && t_[sb - 1].mark == ',' && !quoted_[sb - 1] && (sb == se || !t_[sb].cap)) {
    std::size_t c0 = sb - 1;
    std::size_t aside_begin = sb;
    if (sb == se) {
      // the aside itself is between c0's previous comma and c0
      std::size_t p = c0;
      while (p > ub && c0 - p < 30 && !(t_[p - 1].mark == ',' && !quoted_[p - 1]) && !quoted_[p - 1]) --p;
      if (p > ub && t_[p - 1].mark == ',') {
        aside_begin = p;
        c0 = p - 1;
      } else {
        c0 = static_cast<std::size_t>(-1);
      }
    }
    if (c0 != static_cast<std::size_t>(-1)) {
      bool head_clean = false;
      std::size_t hb = np_left(ub, c0, head_clean);
      // an age before the aside belongs to the name before it: "Lund, 56, who has served ..., told"
      if (c0 == hb + 1 && t_[hb].digit && hb > ub + 1 && t_[hb - 1].mark == ',' && !quoted_[hb - 1])
        hb = np_left(ub, hb - 1, head_clean);
      bool cue_between = false;
      for (std::size_t q = hb; q < se; ++q)
        // a finite cue between them is another frame; "speaking to veterans" or "the states" is not
        cue_between = cue_between || (!quoted_[q] && !t_[q].cap && verb_at(q, se).length > 0 &&
                                      !t_[q].low.ends_with("ing") && !t_[q].low.ends_with("s") &&
                                      lx_.verb_info[verb_at(q, se).value].lemma != t_[q].low);
      if (hb < c0 && head_clean && c0 - hb <= 10 && se - hb <= 45 && !cue_between && plausible_speaker(hb, c0, nullptr) &&
          (comma_before_cue || bare_name(hb, c0))) {
        sb = hb;
        // the head may itself be an aside of a name before it:
        // "Michael Mulgrew, president of the federation, which represents teachers, said"
        for (int round = 0; round < 5; ++round) {
          // "Johnnie Wilson, of Springfield, Va., said": an "of" aside lost its preposition
          if (sb > ub + 2 && (low(sb - 1) == "of" || low(sb - 1) == "from") && t_[sb - 2].mark == ',') sb = sb - 1;
          if (!(sb > ub + 1 && t_[sb - 1].mark == ',' && !quoted_[sb - 1])) break;
          // "Ann Roe, 59, of Dover, Del., who ...": an age, and a state after "of <town>,", lead on
          // to the name
          std::size_t q = sb - 1;
          while (q > ub && sb - 1 - q < 5 && t_[q - 1].mark != ',' && !quoted_[q - 1]) --q;
          const bool segment = q > ub && t_[q - 1].mark == ',' && q < sb - 1;
          if (segment && q + 2 == sb && t_[q].digit) {
            sb = q;
            continue;
          }
          if (t_[sb].cap && low(sb) != "which" && low(sb) != "who" && low(sb) != "of" && low(sb) != "from") {
            if (segment && (low(q) == "of" || low(q) == "from")) {
              sb = q;
              continue;
            }
            break;
          }
          bool again_clean = false;
          const std::size_t nb = np_left(ub, sb - 1, again_clean);
          if (!(nb < sb - 1 && again_clean && sb - 1 - nb <= 8 && t_[nb].cap)) break;
          sb = nb;
        }
        (void)aside_begin;
      }
    }
  }
  // a list of names: "Sens. Ann Lee (D-Ore.), Tom Ash (D-Ohio) and Rita Moss all said"
  bool joined = false;
  for (std::size_t k = sb; k < se && !joined; ++k) joined = low(k) == "and";
  for (int round = 0; joined && round < 4 && sb > ub + 1 && t_[sb - 1].mark == ',' && !quoted_[sb - 1] && t_[sb].cap;
       ++round) {
    bool list_clean = false;
    const std::size_t nb = np_left(ub, sb - 1, list_clean);
    if (!(nb < sb - 1 && list_clean && sb - 1 - nb <= 10 && bare_name(nb, sb - 1))) break;
    sb = nb;
  }
  // an aside between dashes: "Kall -- co-editor of a book on the debates -- said"
  std::size_t dash = se > ub ? se - 1 : se;
  while (dash > ub && t_[dash].mark == '-' && t_[dash - 1].mark == '-') --dash;  // "--" is two marks
  if (sb == se && se > ub + 1 && t_[se - 1].mark == '-' && !quoted_[se - 1] && t_[dash].span.begin > 0 &&
      detail::is_space(detail::decode_before(text_, t_[dash].span.begin).value)) {
    std::size_t d = dash;
    while (d > ub && se - d < 40 && !(t_[d - 1].mark == '-' && !quoted_[d - 1])) --d;
    if (d > ub + 1 && t_[d - 1].mark == '-') {
      std::size_t open = d - 1;
      while (open > ub && t_[open - 1].mark == '-') --open;  // "--" is two marks
      bool head_clean = false;
      const std::size_t hb = np_left(ub, open, head_clean);
      if (hb < open && head_clean && open - hb <= 8 && plausible_speaker(hb, open, nullptr)) sb = hb;
    }
  }
  cue.speaker_begin = sb;
  cue.speaker_end = se;
  cue.frame_begin = sb;
  if (sb == se) {
    cue.inherit = true;
  }
  // what precedes the frame
  if (sb > ub) {
    const Tok& p = t_[sb - 1];
    const bool comma_before_word = p.word && sb >= 2 + ub && (t_[sb - 2].mark == ',' || t_[sb - 2].mark == ';');
    if (p.mark == ',' || p.mark == ';' || (kClauseStarts.count(p) && (comma_before_word || sb == se)) ||
        (p.low == "as" && sb < se)) {
      cue.coordinated = true;
      cue.frame_begin = sb - 1;
      if (comma_before_word) cue.frame_begin = sb - 2;
    }
  }
}

std::vector<Cue> ArticleExtractor::find_cues(const Unit& unit, const std::vector<ViaMark>& via) const {
  std::vector<Cue> cues;
  const std::size_t b = unit.tb, e = unit.te;
  auto in_via = [&](std::size_t i) {
    for (const auto& v : via)
      if (i >= v.begin && i < v.end) return true;
    return false;
  };
  for (std::size_t i = b; i < e; ++i) {
    if (!t_[i].word || quoted_[i] || in_via(i)) continue;
    const std::string_view w = low(i);
    if (w == "according" && low(i + 1) == "to") {
      Cue c;
      c.type = Cue::Type::according;
      c.at = i;
      c.end = i + 2;
      static const CueInfo kAccording{"according to", "neutral", false};
      c.info = &kAccording;
      cues.push_back(c);
      ++i;
      continue;
    }
    // the rules below only act on a word that starts a verb or noun cue: most words start none
    if (verb_at(i, e).length == 0 && noun_at(i, e).length == 0) continue;
    const std::string_view prev = i > b ? low(i - 1) : std::string_view();
    // a hyphenated modifier between them counts too: "his early-morning tweets"
    const bool hyphenated = i >= b + 2 && t_[i - 1].word && prev.find('-') != std::string_view::npos &&
                            t_[i - 2].word && kDeterminers.count(t_[i - 2]);
    // and so does a modifier before a noun cue that opens a colon: "the following comment:" (but
    // "a controversial comment that described" is a relative clause, no claim)
    const bool modified_noun = i >= b + 2 && i + 1 < e && t_[i + 1].mark == ':' && t_[i - 1].word &&
                               !t_[i - 1].cap && t_[i - 2].word &&
                               (kDeterminers.count(t_[i - 2]) || low(i - 2).ends_with("'s")) &&
                               !lx_.speaker_nouns.count(t_[i - 1]) && !lx_.titles.count(t_[i - 1]) &&
                               noun_at(i, e).length > 0;
    const bool after_determiner = i > b && t_[i - 1].word &&
                                  (kDeterminers.count(t_[i - 1]) || prev.ends_with("'s") || hyphenated || modified_noun);
    // "The United States": a capitalised cue word after a capitalised word is part of a name,
    // unless the line is in title case
    if (t_[i].cap && i > b && t_[i - 1].word && t_[i - 1].cap && !title_case(unit)) continue;
    const auto vm = verb_at(i, e);
    if (vm.length > 0 && !after_determiner) {
      const CueInfo* info = &lx_.verb_info[vm.value];
      Cue c;
      c.at = i;
      c.end = i + vm.length;
      c.info = info;
      const std::size_t after = c.end;
      // a noun before a verb: "his rubble comment was", "the report has"
      if (vm.length == 1 && !w.ends_with("ed") && !w.ends_with("ing") && w != "says" && w != "said" && w != "told" &&
          (kBeForms.count(t_[after < e ? after : i]) || low(after) == "has" || low(after) == "had" ||
           low(after) == "will" || low(after) == "would"))
        continue;
      // "insisted on", "called it off", "reported on the crisis": not a claim; but "reported on
      // Friday" is a cue and its time
      // (or "insisted in June", "said on Oct. 3")
      const bool time_after = (low(after) == "on" || low(after) == "in") && after + 1 < e && t_[after + 1].cap &&
                              (kWeekdays.count(t_[after + 1]) || kMonths.count(t_[after + 1]));
      if ((info->lemma == "insist" || info->lemma == "call" || info->lemma == "report" || info->lemma == "speak") &&
          (low(after) == "on" || low(after) == "off" || low(after) == "in" || low(after) == "up" || low(after) == "to" ||
           low(after) == "back" || low(after) == "with") && !time_after)
        continue;
      // "had only asked for the information": a request for a thing, no claim
      if (info->lemma == "ask" && vm.length == 1 && low(after) == "for" && !time_after) continue;
      // "called Rita Moss on Friday to thank her", "called him twice": a telephone call, not a naming
      // ("called Moss a liar")
      if (info->lemma == "call" && vm.length == 1 && after < e) {
        std::size_t k = after;
        if (kObjectPronouns.count(t_[k])) ++k;
        else
          while (k < e && !quoted_[k] && ((t_[k].word && t_[k].cap) ||
                                          (t_[k].mark == '.' && t_[k - 1].word && t_[k - 1].low.size() <= 3 &&
                                           t_[k - 1].span.end == t_[k].span.begin && k + 1 < e && t_[k + 1].cap)))
            ++k;  // "Mr. Obama"
        static const WordSet kAfterCall{"on", "to", "at", "from", "last", "yesterday", "twice", "back", "again",
                                        "early", "late", "after", "before"};
        const bool possessor = k > after && low(k - 1).ends_with("'s");  // "called Mr. Obama's remarks ..."
        if (k > after && !possessor && (k >= e || t_[k].mark == '.' || t_[k].mark == ',' || kAfterCall.count(t_[k]) ||
                                        kWeekdays.count(t_[k])))
          continue;
      }
      // "the bill, known as the ...": a name; "warns on inflation": a topic; neither is a claim
      if (w == "known" && low(after) == "as") continue;
      if (info->lemma == "warn" && low(after) == "on" && !time_after) continue;
      // passive: "was reported by X", "were told by"
      std::size_t be = i;
      while (be > b && t_[be - 1].word && !t_[be - 1].cap && kBetween.count(t_[be - 1]) && !kBeForms.count(t_[be - 1])) --be;
      if (be > b && kBeForms.count(t_[be - 1]) && (w.ends_with("ed") || w == "told" || w == "said" || w == "written" || w == "shown" || w == "known" || w == "found" || w == "thought")) {
        std::size_t by = after;
        while (by < e && by < after + 3 && low(by) != "by") ++by;
        if (by < e && low(by) == "by" && word(by + 1)) {
          c.type = Cue::Type::passive;
          c.speaker_begin = by + 1;
          c.speaker_end = right_np_end(by + 1, e);
          cues.push_back(c);
          i = c.speaker_end > i ? c.speaker_end - 1 : i;
        }
        continue;
      }
      // adjectival participles: "the stated goal", "a so-called", "alleged high casualties"
      if (info->needs_complement || w.ends_with("ing")) {
        const std::size_t k = skip_adjuncts(after, e);
        const bool complement = k >= e || low(k) == "that" || t_[k].mark == ':' || quoted_[k] ||
                                (k == after && (t_[k].mark == ',' || t_[k].mark == '.' || t_[k].mark == '!' ||
                                                t_[k].mark == '?' || t_[k].mark == ';'));
        const bool after_quote = i > b && (quoted_[i - 1] || t_[i - 1].mark == ',');
        if (info->needs_complement && !complement && !after_quote) continue;
      }
      cues.push_back(c);
      i = c.end - 1;
      continue;
    }
    // noun cues: "his admission that", "the claim that", "X's warning:"
    const auto nm = noun_at(i, e);
    if (nm.length > 0) {
      const std::size_t after = i + nm.length;
      if (after < e && (low(after) == "that" || t_[after].mark == ':')) {
        Cue c;
        c.type = Cue::Type::noun;
        c.at = i;
        c.end = after;
        c.info = &lx_.noun_info[nm.value];
        cues.push_back(c);
        i = after - 1;
      }
    }
  }
  return cues;
}

std::size_t ArticleExtractor::main_subject(const Unit& unit, std::size_t upto, std::size_t& end) const {
  // the subject of the clause a participle hangs on: "While Russian newspapers have ..., claiming"
  std::size_t i = unit.tb;
  static const WordSet kSubordinators{"while", "although", "though", "as", "because", "when", "if", "since",
                                      "whereas", "after", "before", "once", "but", "and"};
  static const WordSet kPrepositions{"in", "during", "at", "on", "for", "with", "by", "after", "before", "over",
                                     "under", "from", "following", "amid", "despite", "earlier", "later", "last"};
  while (i < upto && !t_[i].word) ++i;
  // "Meanwhile, it attacked ...": a sentence adverb and its comma
  if (word(i) && i + 1 < upto && t_[i + 1].mark == ',' && !t_[i].digit &&
      (kStopLeft.count(t_[i]) || t_[i].low.ends_with("ly") || kBetween.count(t_[i])))
    i += 2;
  if (word(i) && kSubordinators.count(t_[i]) && !kPrepositions.count(t_[i])) {
    ++i;
  } else if (word(i) && kPrepositions.count(t_[i])) {
    std::size_t c = i;
    while (c < upto && t_[c].mark != ',' && c - i < 25) ++c;
    if (c < upto && t_[c].mark == ',') i = c + 1;
    if (i + 1 < upto && t_[i].digit && t_[i + 1].mark == ',') i += 2;  // "On May 3, 2019, ..."
  }
  std::size_t k = i;
  bool named = false;
  while (k < upto && !quoted_[k] && (t_[k].word || (t_[k].mark == '.' && k > i && t_[k - 1].cap)) &&
         ((!kStopLeft.count(t_[k]) && !kBetween.count(t_[k])) || (named && t_[k].cap)) && verb_at(k, upto).length == 0 &&
         k - i < 10) {
    // after a name, a lower-case word other than "of" is the verb: "Vladimir Putin made ...", but a
    // modifier of a title is not: "Democratic presidential nominee Ann Lee" ("hugged deputy mayor" is a verb)
    const bool modifies_title = k + 1 < upto && t_[k + 1].word && !t_[k + 1].cap && lx_.titles.count(t_[k + 1]) &&
                                !t_[k].low.ends_with("ed") && !t_[k].low.ends_with("s");
    if (named && t_[k].word && !t_[k].cap && t_[k].low != "of" && t_[k].low != "for" && !lx_.titles.count(t_[k]) &&
        !lx_.speaker_nouns.count(t_[k]) && !modifies_title)
      break;
    named = named || (t_[k].word && t_[k].cap && !(k == i && kFunctionWords.count(t_[k])));
    ++k;
  }
  if (k == i && word(i) && kPronouns.count(t_[i])) k = i + 1;  // "it attacked Trump, saying"
  end = k;
  const bool pronoun = k == i + 1 && kPronouns.count(t_[i]);
  if (k == i || (!pronoun && !plausible_speaker(i, k, nullptr))) {
    end = i;
    return i;
  }
  // an appositive after a name belongs to the mention: "Dean, a medical doctor, then appeared ..."
  if (named && k + 2 < upto && t_[k].mark == ',' && (low(k + 1) == "a" || low(k + 1) == "an" || low(k + 1) == "the")) {
    std::size_t q = k + 2;
    while (q < upto && q < k + 12 && t_[q].word && !quoted_[q] && verb_at(q, upto).length == 0) ++q;
    if (q < upto && t_[q].mark == ',' && !quoted_[q]) end = q + 1;
  }
  return i;
}

// "Her deputy, Marco Weil, struck a softer tone. He said ...": the sentence before the pronoun's
// names a person and gave no statement of its own, so it introduces whom "he" refers to, rather
// than the speaker of the last statement.
std::string ArticleExtractor::person_introduced_before(std::size_t offset) const {
  const auto current = std::upper_bound(units_.begin(), units_.end(), offset,
                                        [](std::size_t at, const Unit& unit) { return at < unit.span.begin; });
  if (current == units_.begin() || current - 1 == units_.begin()) return "";
  const Unit& previous = *(current - 2);
  if (previous.span.begin < last_attributed_unit_end_) return "";
  return speakers_.first_named_between(previous.span.begin, previous.span.end);
}

std::string ArticleExtractor::resolve_speaker(std::size_t b, std::size_t e) const {
  if (b >= e) return "";
  std::size_t words = word_count(b, e);
  // a pronoun alone
  std::size_t k = b;
  while (k < e && !t_[k].word) ++k;
  static const WordSet kPossessives{"his", "her", "their", "its"};
  if (words == 1 && (kPronouns.count(t_[k]) || kPossessives.count(t_[k]))) {
    const std::string_view p = t_[k].low == "his" ? "he" : t_[k].low == "her" ? "she" : std::string_view(t_[k].low);
    if (p == "he" || p == "she") {
      const std::size_t at = t_[b].span.begin;
      std::string found = person_introduced_before(at);
      if (found.empty()) found = last_person_;
      if (found.empty()) found = speakers_.last_before(at);
      if (found.empty()) found = last_speaker_;  // a speaker named only by title: "President Obama"
      // "she" never refers to a "Mr. Lee" nor "he" to a "Mrs. Lee": the last person who agrees
      const detail::Gender want = p == "he" ? detail::Gender::male : detail::Gender::female;
      const detail::Gender has = found.empty() ? detail::Gender::unknown : speakers_.gender(found);
      if (has != detail::Gender::unknown && has != want) {
        std::string agreeing = speakers_.last_before(at, want);
        if (!agreeing.empty()) return agreeing;
      }
      return found;
    }
    // "it", "they": an organisation or group spoke last, never a person
    return last_group_.empty() ? std::string(t_[k].span.of(text_)) : last_group_;
  }
  // a name that heads an aside is the speaker, not a name inside the aside: "Kall -- co-editor of a
  // book analyzing Trump's debates --"; a lone word before a comma may be an adverb ("Still, the fund")
  std::size_t head_end = k;
  while (head_end < e && t_[head_end].word && t_[head_end].cap) ++head_end;
  if (head_end > k && head_end < e &&
      (t_[head_end].mark == '-' || (t_[head_end].mark == ',' && head_end - k >= 2)) && bare_name(k, head_end)) {
    const std::string head = speakers_.resolve(text_, t_, k, head_end);
    return head.empty() ? text_of(k, head_end) : head;
  }
  std::string name = speakers_.resolve(text_, t_, b, e);
  if (!name.empty()) return name;
  // a known person named inside the mention ("Putin's remarks in Vladivostok")
  for (std::size_t q = b; q < e; ++q) {
    if (!t_[q].word || !t_[q].cap) continue;
    std::size_t r = q;
    while (r < e && t_[r].word && t_[r].cap) ++r;
    name = speakers_.resolve(text_, t_, q, r);
    if (!name.empty()) return name;
    q = r;
  }
  // as written, trimmed of a leading article and trailing marks
  std::size_t s = b, f = e;
  while (s < f && !t_[s].word) ++s;
  while (f > s && !t_[f - 1].word && t_[f - 1].mark != ')') --f;
  return text_of(s, f);
}

// ---------------------------------------------------------------- statements

void ArticleExtractor::emit(const Unit& unit, std::vector<Span> content, std::size_t sb, std::size_t se,
                            const Cue* cue, const std::string& inherited_speaker,
                            const std::string& inherited_mention, const std::vector<ViaMark>& via,
                            const std::string& cue_text) {
  // trim content ranges of marks at the edges (keep quotation marks that close a quotation)
  std::vector<Span> pieces;
  for (Span c : content) {
    std::size_t b = c.begin, e = c.end;
    while (b < e && !t_[b].word && !(is_quote_mark(t_[b]) && quoted_[b]) && t_[b].mark != '(' && t_[b].mark != '$') ++b;
    while (b < e && !t_[e - 1].word && !(is_quote_mark(t_[e - 1]) && quoted_[e - 1]) && t_[e - 1].mark != ')' &&
           t_[e - 1].mark != '%' && t_[e - 1].mark != '?' && t_[e - 1].mark != '!')
      --e;
    if (b < e) pieces.push_back({b, e});
  }
  std::size_t words = 0, inside = 0, outside = 0;
  for (Span c : pieces) {
    words += word_count(c.begin, c.end);
    for (std::size_t k = c.begin; k < c.end; ++k)
      if (t_[k].word) (quoted_[k] ? inside : outside) += 1;
  }
  // a short quotation is still a statement ("It's heartbreaking," Ryan said); short reported
  // clauses are not ("he said so")
  if (pieces.empty() || (words < options_.min_content_words && !(outside == 0 && inside > 0))) return;
  Statement st;
  st.article = article_.id;
  st.span = unit.span;
  st.text = std::string(unit.span.of(text_));
  st.sentence = unit.first_sentence;
  st.kind = inside == 0 ? StatementKind::indirect : outside == 0 ? StatementKind::direct : StatementKind::mixed;
  // direct content: the quoted words without their marks
  for (std::size_t p = 0; p < pieces.size(); ++p) {
    std::size_t b = pieces[p].begin, e = pieces[p].end;
    if (st.kind == StatementKind::direct) {
      while (b < e && !t_[b].word) ++b;
      while (e > b && !t_[e - 1].word && t_[e - 1].mark != '?' && t_[e - 1].mark != '!' && t_[e - 1].mark != '%' &&
             t_[e - 1].mark != ')')
        --e;
    }
    if (b >= e) continue;
    if (!st.content.empty()) st.content += ' ';
    st.content += text_of(b, e);
    if (st.content_span.empty()) st.content_span = {t_[b].span.begin, t_[e - 1].span.end};
  }
  st.quoted = quoted_spans(unit);
  // speaker
  if (sb < se) {
    std::size_t s = sb, f = se;
    while (s < f && !t_[s].word) ++s;
    bool inner_comma = false;
    for (std::size_t q = s; q + 1 < f; ++q) inner_comma = inner_comma || t_[q].mark == ',';
    // an aside keeps the comma that closes it ("Mr. King, 82, told me")
    auto abbreviation_period = [&](std::size_t q) {  // "Ky." "Jr." "D.C."
      return t_[q].mark == '.' && q > s && t_[q - 1].word && t_[q - 1].cap && t_[q - 1].low.size() <= 3 &&
             t_[q - 1].span.end == t_[q].span.begin;
    };
    while (f > s && !t_[f - 1].word && t_[f - 1].mark != ')' &&
           !(inner_comma && t_[f - 1].mark == ',' && (t_[f - 2].word || t_[f - 2].mark == ')' || abbreviation_period(f - 2))) &&
           !(inner_comma && abbreviation_period(f - 1)))
      --f;
    st.speaker_mention = text_of(s, f);
    st.speaker = resolve_speaker(s, f);
  } else {
    st.speaker = inherited_speaker;
    st.speaker_mention = inherited_mention;
  }
  if (cue != nullptr) {
    st.cue = cue_text.empty() ? text_of(cue->at, cue->end) : cue_text;
    st.cue_lemma = cue->info ? cue->info->lemma : "";
    st.cue_class = cue->info ? cue->info->cue_class : "";
  } else if (!cue_text.empty()) {
    st.cue = cue_text;
    st.cue_lemma = cue_text;
    st.cue_class = "neutral";
  }
  for (const auto& v : via)
    if (!v.source.empty() && std::find(st.via.begin(), st.via.end(), v.source) == st.via.end()) st.via.push_back(v.source);
  if (sb < se && is_source_phrase(sb, se)) {
    const std::string name = source_name(sb, se);
    if (!name.empty() && std::find(st.via.begin(), st.via.end(), name) == st.via.end()) st.via.push_back(name);
  }
  st.figures = unit_figures(unit);
  // carry speakers along for pronouns
  if (!st.speaker.empty()) {
    last_speaker_ = st.speaker;
    last_mention_ = st.speaker_mention;
    // a name the article calls a newspaper or an agency ("the newspaper Le Monde") is never "she"
    bool known = false;
    for (const detail::Person& p : speakers_.people()) known = known || p.name == st.speaker;
    const bool person = known && !names_a_medium(sb, se);
    if (person) last_person_ = st.speaker;
    else if (!kPronouns.count(st.speaker)) last_group_ = st.speaker;
  }
  last_attributed_paragraph_ = unit.paragraph;
  last_attributed_unit_end_ = unit.span.end;
  statements_.push_back(std::move(st));
}

// "Putin: 1968 invasion was 'a mistake'" and transcript lines "PENCE: ..."
bool ArticleExtractor::headline_colon(std::size_t u) {
  const Unit& unit = units_[u];
  std::size_t colon = unit.tb;
  while (colon < unit.te && colon - unit.tb < 8 && !(t_[colon].mark == ':' && !quoted_[colon])) ++colon;
  if (colon >= unit.te || t_[colon].mark != ':' || colon == unit.tb) return false;
  // before the colon: a name (capitalised words), optionally "on <topic>"
  std::size_t k = unit.tb;
  while (k < colon && t_[k].word && (t_[k].cap || lx_.titles.count(t_[k]))) ++k;
  if (k == unit.tb) return false;
  if (k < colon && low(k) != "on") return false;
  for (std::size_t q = unit.tb; q < k; ++q)
    if (kFunctionWords.count(t_[q]) || lx_.media_words.count(t_[q])) return false;
  if (k - unit.tb > 5) return false;
  if (word_count(colon + 1, unit.te) < options_.min_content_words) return false;
  // a body line needs the look of a transcript or a headline
  if (unit.role == SentenceRole::body && colon != k) return false;
  const std::string known = speakers_.resolve(text_, t_, unit.tb, k);
  if (known.empty() && unit.role != SentenceRole::headline) return false;
  for (std::size_t q = colon + 1; q < unit.te; ++q)
    if (t_[q].low == "http" || t_[q].low == "https" || t_[q].low == "www") return false;
  std::vector<ViaMark> none;
  const std::size_t before = statements_.size();
  emit(unit, {{colon + 1, unit.te}}, unit.tb, k, nullptr, "", "", none, ":");
  return statements_.size() > before;
}

// A unit that is (almost) all quotation and names no cue: its speaker is beside it.
bool ArticleExtractor::quote_only(std::size_t u) {
  const Unit& unit = units_[u];
  const std::size_t words = word_count(unit.tb, unit.te);
  const std::size_t outside = word_count(unit.tb, unit.te, true);
  if (words < options_.min_content_words) return false;
  // the quoted part and what follows it: "'...,' - UK Foreign Secretary, James Cleverly."
  std::size_t qb = unit.tb, qe = unit.te;
  while (qb < qe && !quoted_[qb]) ++qb;
  std::size_t last_q = qe;
  while (last_q > qb && !quoted_[last_q - 1]) --last_q;
  if (qb >= last_q) return false;
  std::size_t after = last_q;
  while (after < unit.te && !t_[after].word && t_[after].mark != '-') ++after;
  if (after < unit.te && t_[after].mark == '-') {
    std::size_t nb = after + 1;
    std::size_t ne = unit.te;
    while (ne > nb && !t_[ne - 1].word) --ne;
    if (ne > nb && word_count(nb, ne) <= 10) {
      // the name is the last capitalised run of the credit line
      std::size_t r = ne;
      while (r > nb && (t_[r - 1].cap || t_[r - 1].mark == '.')) --r;
      std::vector<ViaMark> none;
      const std::size_t before = statements_.size();
      // mention: the whole credit line, speaker: the name
      emit(unit, {{qb, last_q}}, nb, ne, nullptr, "", "", none);
      if (statements_.size() > before && r < ne) {
        std::string name = speakers_.resolve(text_, t_, r, ne);
        statements_.back().speaker = name.empty() ? text_of(r, ne) : name;
      }
      return statements_.size() > before;
    }
  }
  if (outside * 10 > words * 3) return false;
  std::vector<ViaMark> none;
  // the next sentence is a bare name: "Russian President Vladimir Putin"
  if (u + 1 < units_.size()) {
    const Unit& next = units_[u + 1];
    const std::size_t nw = word_count(next.tb, next.te);
    bool all_name = nw >= 1 && nw <= 7;
    for (std::size_t k = next.tb; k < next.te && all_name; ++k)
      if (t_[k].word && !t_[k].cap && !lx_.titles.count(t_[k]) && t_[k].low != "of") all_name = false;
      else if (!t_[k].word && t_[k].mark != '.' && t_[k].mark != ',' && t_[k].mark != '-') all_name = false;
    if (all_name && next.paragraph <= unit.paragraph + 1) {
      const std::size_t before = statements_.size();
      emit(unit, {{qb, unit.te}}, next.tb, next.te, nullptr, "", "", none);
      return statements_.size() > before;
    }
  }
  if (pending_.active) {
    const std::size_t before = statements_.size();
    Cue c;
    emit(unit, {{qb, unit.te}}, 0, 0, nullptr, pending_.speaker, pending_.mention, pending_.via, pending_.cue);
    if (statements_.size() > before) {
      statements_.back().cue_lemma = pending_.lemma;
      statements_.back().cue_class = pending_.cue_class;
    }
    return statements_.size() > before;
  }
  // a quotation that goes on from the previous statement's speaker
  if (!last_speaker_.empty() && last_attributed_paragraph_ != static_cast<std::size_t>(-1) &&
      unit.paragraph <= last_attributed_paragraph_ + 1 && !statements_.empty() &&
      statements_.back().kind != StatementKind::unattributed) {
    const Statement previous = statements_.back();
    const std::size_t before = statements_.size();
    emit(unit, {{qb, unit.te}}, 0, 0, nullptr, previous.speaker, previous.speaker_mention, none);
    if (statements_.size() > before) {
      // the speaker goes on talking: the same cue carries the quotation
      statements_.back().cue = previous.cue;
      statements_.back().cue_lemma = previous.cue_lemma;
      statements_.back().cue_class = previous.cue_class;
    }
    return statements_.size() > before;
  }
  return false;
}

void ArticleExtractor::process_unit(std::size_t u) {
  const Unit& unit = units_[u];
  if (unit.te <= unit.tb) return;
  if (unit.role == SentenceRole::byline || unit.role == SentenceRole::caption) return;
  if (article_via_unit_[u]) return;
  const std::size_t before = statements_.size();
  bool other_cue = false;
  std::vector<ViaMark> via = find_via(unit, other_cue);
  // a credit clause alone ("..., Reuters notes.") is the source speaking when nothing else speaks
  if (!other_cue) {
    std::vector<ViaMark> keep;
    for (const auto& v : via) {
      const bool verb_credit = v.end > v.begin && verb_at(v.end - 1, v.end).length > 0 &&
                               low(v.end - 1) != "reported" && low(v.begin + 1) != "as";
      bool according = false;
      for (std::size_t k = v.begin; k < v.end; ++k) according = according || low(k) == "according";
      if (!verb_credit && !according) keep.push_back(v);
    }
    via = keep;
  }
  std::vector<Cue> cues = find_cues(unit, via);
  bool list_opened = false;
  for (std::size_t ci = 0; ci < cues.size(); ++ci) {
    Cue& c = cues[ci];
    if (c.type == Cue::Type::verb || c.type == Cue::Type::noun) {
      if (c.type == Cue::Type::noun) {
        // speaker: the possessor ("his admission", "Putin's claim")
        std::size_t k = c.at;
        while (k > unit.tb && t_[k - 1].word && !t_[k - 1].cap && !kDeterminers.count(t_[k - 1])) --k;
        c.frame_begin = k;
        if (k > unit.tb && t_[k - 1].word) {
          const std::string_view p = low(k - 1);
          if (p == "his" || p == "her" || p == "their") {
            c.speaker_begin = k - 1;
            c.speaker_end = k;
            c.frame_begin = k - 1;
          } else if (p.ends_with("'s")) {
            std::size_t r = k - 1;
            while (r > unit.tb && t_[r - 1].word && t_[r - 1].cap) --r;
            c.speaker_begin = r;
            c.speaker_end = k;
            c.frame_begin = r;
          } else {
            c.inherit = true;
            c.frame_begin = k - 1;
          }
        }
      } else {
        left_subject(unit, c);
      }
    } else if (c.type == Cue::Type::according) {
      c.frame_begin = c.at;
      if (c.at > unit.tb && t_[c.at - 1].mark == ',') {
        c.frame_begin = c.at - 1;
        c.coordinated = true;
      }
    } else if (c.type == Cue::Type::passive) {
      std::size_t k = c.at;
      while (k > unit.tb && kBeForms.count(t_[k - 1])) --k;
      c.frame_begin = k;
    }
  }
  // which cues keep their place: a verb cue needs a speaker or an inherited one; a noun cue inside
  // a reported clause ("says they share the belief that") is part of that clause
  for (std::size_t ci = 0; ci < cues.size(); ++ci) {
    Cue& c = cues[ci];
    if (c.type == Cue::Type::noun)
      for (std::size_t pj = 0; pj < ci; ++pj)
        if (cues[pj].type == Cue::Type::verb || cues[pj].type == Cue::Type::according) c.drop = true;
    if (c.type != Cue::Type::verb) continue;
    if (c.speaker_begin < c.speaker_end) {
      if (!plausible_speaker(c.speaker_begin, c.speaker_end, c.info)) {
        // "said X" after a quotation or a content clause: the speaker follows the cue
        c.drop = true;
      }
    } else {
      const bool participle = low(c.at).ends_with("ing");
      const std::size_t s = c.speaker_begin;
      const bool after_comma = s > unit.tb && (t_[s - 1].mark == ',' || quoted_[s - 1]);
      const bool after_conj = s > unit.tb && (low(s - 1) == "and" || low(s - 1) == "but");
      if (!(participle || after_comma || after_conj || s == unit.tb)) c.drop = true;
    }
  }
  cues.erase(std::remove_if(cues.begin(), cues.end(), [](const Cue& c) { return c.drop; }), cues.end());

  // frames, content and emission, cue by cue
  std::size_t region_start = unit.tb;
  std::string prev_speaker, prev_mention;
  auto via_start_after = [&](std::size_t from) {
    std::size_t best = unit.te;
    for (const auto& v : via)
      if (v.begin >= from && v.begin < best) best = v.begin;
    return best;
  };
  for (std::size_t ci = 0; ci < cues.size(); ++ci) {
    Cue& c = cues[ci];
    const Cue* next = ci + 1 < cues.size() ? &cues[ci + 1] : nullptr;
    // "X acknowledged A, describing them as B": a naming participle goes on with the same claim
    if (next && next->type == Cue::Type::verb && next->inherit && next->coordinated && next->info &&
        (next->info->lemma == "describe" || next->info->lemma == "call") && low(next->at).ends_with("ing") &&
        c.type == Cue::Type::verb && !(c.frame_begin > unit.tb && quoted_[c.frame_begin - 1])) {
      cues.erase(cues.begin() + static_cast<std::ptrdiff_t>(ci) + 1);
      next = ci + 1 < cues.size() ? &cues[ci + 1] : nullptr;
    }
    // the right edge: the next coordinated frame, a credit clause, or the end
    std::size_t right_end = via_start_after(c.end);
    if (next && next->coordinated) right_end = std::min(right_end, next->frame_begin);
    if (c.relative)
      for (std::size_t k = c.end; k < right_end; ++k)
        if (t_[k].mark == ',' && !quoted_[k]) {
          right_end = k;
          break;
        }
    if (next && next->type == Cue::Type::verb && !next->coordinated && next->speaker_begin < next->speaker_end &&
        next->speaker_end - next->speaker_begin <= 2 && kPersonPronouns.count(t_[next->speaker_begin]) &&
        low(next->speaker_begin - 1) != "that" &&  // "told the audience that she believes": one claim inside another
        word_count(c.end, next->speaker_begin) >= options_.min_content_words + 1)
      right_end = std::min(right_end, next->speaker_begin);
    std::size_t sb = c.speaker_begin, se = c.speaker_end;
    std::vector<Span> content;
    std::size_t r0 = c.end;
    if (c.type == Cue::Type::according) {
      const std::size_t np_b = c.end;
      std::size_t np_e = np_b;
      while (np_e < unit.te && !(t_[np_e].mark == ',' && !quoted_[np_e]) && np_e - np_b < 30) ++np_e;
      sb = np_b;
      se = np_e;
      if (np_e < unit.te && t_[np_e].mark == ',' && word_count(np_e, right_end) >= options_.min_content_words &&
          word_count(region_start, c.frame_begin) < options_.min_content_words) {
        content.push_back({np_e + 1, right_end});
      } else {
        // "..., according to Craig Bryan, head of the center, and other scientists."
        se = unit.te;
        while (se > np_b && !t_[se - 1].word && t_[se - 1].mark != ')') --se;
        for (const auto& v : via)
          if (v.begin >= np_b && v.begin < se) se = v.begin;
        if (word_count(region_start, c.frame_begin) >= options_.min_content_words) {
          content.push_back({region_start, c.frame_begin});
        } else if (!statements_.empty() && statements_.back().span == unit.span && ci > 0) {
          // the same claim credited twice: "X reports that ..., according to Y"
          content = last_content_;
        }
      }
    } else if (c.type == Cue::Type::passive) {
      // "It was reported by X that ..." or "CLAUSE was first reported by X"
      std::size_t k = se;
      if (low(k) == "that") content.push_back({k + 1, right_end});
      else content.push_back({region_start, c.frame_begin});
    } else {
      // skip "that", a listener ("told reporters"), adverbials and a colon before the content
      std::size_t that = skip_adjuncts(r0, right_end);
      if (that < right_end && low(that) == "that" && !quoted_[that]) {
        r0 = that + 1;
      } else if (c.info && kListenerVerbs.count(c.info->lemma) && word(r0) && !quoted_[r0]) {
        std::size_t k = r0;
        if (kObjectPronouns.count(t_[k])) ++k;
        else if (t_[k].cap) while (k < right_end && t_[k].word && t_[k].cap) ++k;
        else if (low(k) == "the" || low(k) == "a") {
          std::size_t lim = k + 4;
          ++k;
          while (k < right_end && k < lim && t_[k].word && !quoted_[k] && low(k) != "that") ++k;
          if (k < right_end && low(k) == "that" && !quoted_[k]) ++k;  // "told the audience that ..."
        }
        r0 = k;
      }
      while (r0 < right_end && (t_[r0].mark == ':' || (t_[r0].word && kTimeWords.count(t_[r0]) && !quoted_[r0]))) ++r0;
      // inverted order: '"...," said X.' / '..., said the ministry.'
      // (or the cue opens the sentence: 'Said Ellis: "..."')
      const bool after_claim = c.at > unit.tb && (t_[c.at - 1].mark == ',' || quoted_[c.at - 1]);
      const bool opens = c.at == first_word(unit) && t_[c.at].cap;
      if (sb == se && (c.frame_begin == c.at || c.frame_begin + 1 == c.at) && (after_claim || opens) &&
          !low(c.at).ends_with("ing")) {
        std::size_t np_e = right_np_end(c.end, unit.te);
        // the name must close the frame: "..., said X." / "..., said X, a title" / '..., said X: "'
        const bool closes = np_e >= words_end(right_end) || t_[np_e].mark == ',' || quoted_[np_e] ||
                            t_[np_e].mark == ':' || t_[np_e].mark == '-' || t_[np_e].mark == ';' ||
                            kAdjunctStarts.count(t_[np_e]) || t_[np_e].mark == '(';
        if (np_e > c.end && closes && !kPronouns.count(t_[c.end]) && plausible_speaker(c.end, np_e, c.info)) {
          sb = c.end;
          // an appositive or relative clause after the name runs to the end of the frame:
          // '..., said Patrick McGinley, a law professor at West Virginia University.'
          // ('..., said Ann Lee, House historian for the county.': a title among its first words)
          bool titled = false;
          for (std::size_t q = np_e + 1; q < right_end && q < np_e + 4 && t_[q].word && !quoted_[q]; ++q)
            titled = titled || lx_.titles.count(t_[q]) > 0;
          if (np_e < right_end && t_[np_e].mark == ',' && np_e + 1 < right_end &&
              (kDeterminers.count(t_[np_e + 1]) || low(np_e + 1) == "who" || low(np_e + 1) == "which" ||
               lx_.titles.count(t_[np_e + 1]) || !t_[np_e + 1].cap || titled)) {
            std::size_t k = np_e + 1;
            while (k < right_end && !quoted_[k]) ++k;
            while (k > np_e + 1 && !t_[k - 1].word && t_[k - 1].mark != ')') --k;
            np_e = k;
          }
          // "said one Democratic source on the panel.": a short tail without quotation joins the name
          if (np_e < right_end && t_[np_e].word && word_count(np_e, right_end) <= 6) {
            bool quote = false;
            for (std::size_t q = np_e; q < right_end; ++q) quote = quote || quoted_[q] || t_[q].mark == ',';
            if (!quote) {
              np_e = right_end;
              while (np_e > c.end && !t_[np_e - 1].word && t_[np_e - 1].mark != ')') --np_e;
            }
          }
          se = np_e;
          r0 = np_e;
          c.inherit = false;
        }
      }
      // counted after an inverted frame took its speaker: '..., said X, a title at Y.' leaves no
      // words on the right
      const std::size_t right_words = word_count(r0, right_end);
      const bool right_starts_with_comma = r0 < right_end && t_[r0].mark == ',';
      std::size_t after_frame = r0;
      while (after_frame < right_end && t_[after_frame].word && !quoted_[after_frame] &&
             word_count(r0, after_frame + 1) <= 8 && low(after_frame) != "that")
        ++after_frame;
      const bool quote_before = c.frame_begin > unit.tb && quoted_[c.frame_begin - 1] &&
                                word_count(region_start, c.frame_begin) >= options_.min_content_words &&
                                !(r0 < right_end && (low(r0) == "that" || t_[r0].mark == ':')) &&
                                !(that < right_end && low(that) == "that" && !quoted_[that]) &&
                                (word_count(r0, right_end) < 4 || (r0 < right_end && (t_[r0].mark == ',' || kAdjunctStarts.count(t_[r0]))));
      const bool content_before = quote_before || (word_count(region_start, c.frame_begin) >= options_.min_content_words &&
                                  (right_words < options_.min_content_words || right_starts_with_comma ||
                                   (after_frame < right_end && t_[after_frame].mark == ',' &&
                                    word_count(after_frame, right_end) < options_.min_content_words) ||
                                   (after_frame >= words_end(right_end) && r0 < right_end &&
                                    kAdjunctStarts.count(t_[r0]))) &&
                                  (c.frame_begin > unit.tb && (t_[c.frame_begin - 1].mark == ',' ||
                                                               is_quote_mark(t_[c.frame_begin - 1]) ||
                                                               t_[c.frame_begin].mark == ',' ||
                                                               quoted_[c.frame_begin - 1] ||
                                                               t_[c.frame_begin - 1].mark == '-' ||
                                                               low(c.frame_begin) == "as")));
      if (content_before && !low(c.at).ends_with("ing")) {
        content.push_back({region_start, c.frame_begin});
        // '"A," he said, "B."': the quotation goes on after the frame
        std::size_t k = r0;
        while (k < unit.te && !quoted_[k] && word_count(r0, k + 1) <= 8) ++k;
        if (k < unit.te && quoted_[k] && (right_end == unit.te || right_end > k)) {
          std::size_t qe = k;
          while (qe < unit.te && (quoted_[qe] || !t_[qe].word)) ++qe;
          content.push_back({k, std::min(qe, right_end == unit.te ? unit.te : right_end)});
        } else if (right_starts_with_comma && right_words >= options_.min_content_words && c.frame_begin > unit.tb) {
          // "A, X says, B": parenthetical frame in the middle of the claim
          content.push_back({r0 + 1, right_end});
        }
      } else {
        content.push_back({r0, right_end});
      }
    }
    // speaker: own, or inherited from the previous cue in the unit or the sentence subject
    std::string inh_speaker, inh_mention;
    const detail::Gender pronoun_gender = low(sb) == "he" ? detail::Gender::male : detail::Gender::female;
    const detail::Gender prev_gender = prev_speaker.empty() ? detail::Gender::unknown : speakers_.gender(prev_speaker);
    if (sb + 1 == se && !prev_speaker.empty() && (low(sb) == "he" || low(sb) == "she") && !c.coordinated &&
        (prev_gender == detail::Gender::unknown || prev_gender == pronoun_gender)) {
      // "Trump said he believes ...": the pronoun is the outer speaker
      inh_speaker = prev_speaker;
      inh_mention = text_of(sb, se);
      sb = se;
    }
    if (sb >= se && inh_speaker.empty()) {
      if (!prev_speaker.empty()) {
        inh_speaker = prev_speaker;
        inh_mention = prev_mention;
      } else {
        std::size_t me = 0;
        const std::size_t mb = main_subject(unit, c.frame_begin, me);
        if (me > mb && mb < c.at) {
          sb = mb;
          se = me;
        } else if (c.type == Cue::Type::verb && low(c.at).ends_with("ing")) {
          continue;
        }
      }
    }
    const std::size_t count_before = statements_.size();
    last_content_ = content;
    // a news outlet as listener or interviewer is the upstream source: "told the BBC",
    // "in an interview with CNN"
    std::vector<ViaMark> own_via = via;
    if (c.type == Cue::Type::verb) {
      const std::size_t frame_end = content.empty() ? c.end : std::max(c.end, std::min(content.front().begin, c.end + 8));
      for (std::size_t k = c.end; k < frame_end && k < unit.te; ++k) {
        if (quoted_[k] || !t_[k].word) continue;
        const auto m = source_at(k, unit.te);
        if (m.length > 0 && t_[k].cap) {
          own_via.push_back({k, k + m.length, text_of(k, k + m.length)});
          break;
        }
      }
    }
    emit(unit, content, sb, se, &c, inh_speaker, inh_mention, own_via);
    // a sentence whose last cue ends it with a colon opens a list or a quotation of that speaker
    // ("X admitted:", "X said the strike was unacceptable and called for talks:")
    std::size_t last = unit.te;
    while (last > unit.tb && !t_[last - 1].word && t_[last - 1].mark != ':') --last;
    const bool ends_with_colon = last > unit.tb && t_[last - 1].mark == ':' && !quoted_[last - 1];
    if (statements_.size() > count_before) {
      prev_speaker = statements_.back().speaker;
      prev_mention = statements_.back().speaker_mention;
      if (ends_with_colon && ci + 1 == cues.size() && c.type == Cue::Type::verb && !prev_speaker.empty()) {
        const Statement& said = statements_.back();
        pending_.active = true;
        pending_.speaker = said.speaker;
        pending_.mention = said.speaker_mention;
        pending_.cue = said.cue;
        pending_.lemma = said.cue_lemma;
        pending_.cue_class = said.cue_class;
        pending_.via = via;
        list_opened = true;
      }
    } else if ((c.type == Cue::Type::verb || c.type == Cue::Type::noun) && content.size() == 1 &&
               content[0].end == unit.te) {
      // ("X made the following statement:" opens a quotation too)
      std::string speaker = sb < se ? resolve_speaker(sb, se) : inh_speaker;
      if (ends_with_colon && !speaker.empty()) {
        pending_.active = true;
        pending_.speaker = speaker;
        pending_.mention = sb < se ? text_of(sb, se) : inh_mention;
        pending_.cue = text_of(c.at, c.end);
        pending_.lemma = c.info ? c.info->lemma : "";
        pending_.cue_class = c.info ? c.info->cue_class : "";
        pending_.via = via;
        list_opened = true;
      }
    }
    region_start = std::max(region_start, content.empty() ? c.end : std::max(content.back().end, c.end));
    if (c.type == Cue::Type::according && content.size() == 1 && content[0].begin > c.at)
      region_start = std::max(region_start, content[0].end);
  }
  // "Reuters reported that Putin said ...": the outer source is the inner statement's via
  for (std::size_t a = before; a < statements_.size(); ++a) {
    if (statements_[a].via.empty() || statements_[a].speaker_mention.empty()) continue;
    const std::string& source = statements_[a].via.back();
    if (statements_[a].speaker.find(source) == std::string::npos) continue;
    for (std::size_t b = before; b < statements_.size(); ++b) {
      if (b == a || !statements_[a].content_span.contains(statements_[b].content_span)) continue;
      auto& v = statements_[b].via;
      if (std::find(v.begin(), v.end(), source) == v.end()) v.push_back(source);
    }
  }
  if (statements_.size() > before || list_opened) {
    if (!list_opened && !(unit.role == SentenceRole::bullet)) pending_.active = false;
    return;
  }
  // bullets after "X admits:" carry the speaker's claims
  const bool bullet = unit.role == SentenceRole::bullet || (t_[unit.tb].mark == '*' || t_[unit.tb].mark == '-');
  if (pending_.active && bullet) {
    const std::size_t b = t_[unit.tb].word ? unit.tb : unit.tb + 1;
    emit(unit, {{b, unit.te}}, 0, 0, nullptr, pending_.speaker, pending_.mention, pending_.via, pending_.cue);
    if (statements_.size() > before) {
      statements_.back().cue_lemma = pending_.lemma;
      statements_.back().cue_class = pending_.cue_class;
      return;
    }
  }
  if (headline_colon(u)) {
    pending_.active = false;
    return;
  }
  if (quote_only(u)) {
    pending_.active = false;
    return;
  }
  pending_.active = false;
  // the outlet's own claim
  if (!options_.unattributed) return;
  if (unit.role != SentenceRole::body && unit.role != SentenceRole::bullet) return;
  std::size_t last = unit.te;
  while (last > unit.tb && !t_[last - 1].word && is_quote_mark(t_[last - 1])) --last;
  if (last > unit.tb && t_[last - 1].mark == '?') return;
  const std::size_t words = word_count(unit.tb, unit.te);
  if (words < options_.min_content_words + 3) return;
  std::size_t lower = 0;
  for (std::size_t k = unit.tb; k < unit.te; ++k) lower += t_[k].word && !t_[k].cap && !t_[k].digit;
  if (lower * 3 < words) return;  // a title-case line or a list of names
  if (unit.role == SentenceRole::body && last > unit.tb && t_[last - 1].word) {
    // no final punctuation: a heading or a teaser, not a sentence
    const detail::CodePoint end_cp = detail::decode_before(text_, unit.span.end);
    if (end_cp.value != '.' && end_cp.value != '!' && !detail::is_quote(end_cp.value) && end_cp.value != ')') return;
  }
  Statement st;
  st.article = article_.id;
  st.kind = StatementKind::unattributed;
  st.span = unit.span;
  st.content_span = unit.span;
  st.text = std::string(unit.span.of(text_));
  st.content = st.text;
  st.sentence = unit.first_sentence;
  st.quoted = quoted_spans(unit);
  for (const auto& v : via)
    if (!v.source.empty()) st.via.push_back(v.source);
  st.figures = unit_figures(unit);
  statements_.push_back(std::move(st));
}

// "This article was originally published by Radio Free Europe/Radio Liberty", "(Reuters) -"
void ArticleExtractor::article_via() {
  article_via_unit_.assign(units_.size(), false);
  for (std::size_t u = 0; u < units_.size(); ++u) {
    const Unit& unit = units_[u];
    for (std::size_t i = unit.tb; i + 2 < unit.te; ++i) {
      const std::string_view w = low(i);
      if (w != "published" && w != "republished" && w != "reprinted" && w != "appeared") continue;
      const bool published = low(i + 1) == "by" || low(i + 1) == "in" || low(i + 1) == "on" ||
                             low(i + 1) == "from" || (low(i + 1) == "with" && low(i + 2) == "permission");
      const bool originally = i > unit.tb && (low(i - 1) == "originally" || low(i - 1) == "first") ;
      if (!published || !(originally || low(i + 1) == "with" || w == "republished" || w == "reprinted")) continue;
      std::size_t from = i + 2;
      if (low(i + 1) == "with") {
        from = i + 3;
        if (low(from) != "from") continue;
        ++from;
      }
      std::size_t e = from;
      while (e < unit.te && (t_[e].word || t_[e].mark == '/' || t_[e].mark == '-' || t_[e].mark == '&') &&
             low(e) != "and" && low(e) != "with" && low(e) != "on")
        ++e;
      if (e > from) {
        const std::string name = source_name(from, e);
        if (std::find(out_.via.begin(), out_.via.end(), name) == out_.via.end()) out_.via.push_back(name);
        article_via_unit_[u] = true;
      }
      break;
    }
  }
  // a dateline credit at the start of the body: "WASHINGTON (Reuters) -"
  for (std::size_t u = 0; u < units_.size() && u < 8; ++u) {
    const Unit& unit = units_[u];
    for (std::size_t i = unit.tb; i + 2 < unit.te && i < unit.tb + 8; ++i) {
      if (t_[i].mark != '(') continue;
      const auto m = source_at(i + 1, unit.te);
      if (m.length > 0 && i + 1 + m.length < unit.te && t_[i + 1 + m.length].mark == ')') {
        const std::string name = text_of(i + 1, i + 1 + m.length);
        if (std::find(out_.via.begin(), out_.via.end(), name) == out_.via.end()) out_.via.push_back(name);
      }
    }
  }
}

// The outlet's evaluative words outside quotations; an evaluative word before a noun cue takes it
// along ("surprising admission").
void ArticleExtractor::framing() {
  for (std::size_t i = 0; i < t_.size(); ++i) {
    if (quoted_[i] || !t_[i].word) continue;
    const auto m = matches_[i].framing;
    if (m.length == 0) continue;
    std::size_t e = i + m.length;
    const std::string& category = lx_.framing_category[m.value];
    if (category == "evaluative" && e < t_.size() && t_[e].word && noun_at(e, t_.size()).length > 0)
      ++e;
    FramingTerm term;
    term.span = {t_[i].span.begin, t_[e - 1].span.end};
    term.text = std::string(term.span.of(text_));
    term.category = category;
    out_.framing.push_back(std::move(term));
    i = e - 1;
  }
  for (Statement& st : statements_) {
    for (const FramingTerm& term : out_.framing)
      if (st.span.contains(term.span)) st.framing.push_back(term);
    if (st.cue_class == "emotive" && !st.cue.empty()) {
      FramingTerm term;
      term.text = st.cue;
      term.category = "loaded_cue";
      const std::size_t at = st.text.find(st.cue);
      if (at != std::string::npos) term.span = {st.span.begin + at, st.span.begin + at + st.cue.size()};
      st.framing.push_back(term);
    }
  }
}

Extraction ArticleExtractor::run() {
  tokenize();
  mark_quotes();
  cache_matches();
  build_units();
  for (std::size_t s = 0; s < seg_.sentences.size(); ++s) {
    const auto [tb, te] = sentence_tokens_[s];
    speakers_.learn(text_, t_, tb, te);
  }
  article_via();
  for (std::size_t u = 0; u < units_.size(); ++u) {
    if (statements_.size() >= options_.max_statements) {
      out_.diagnostics.push_back({Diagnostic::Severity::warning, article_.source_file.empty() ? article_.id : article_.source_file,
                                  "byte " + std::to_string(units_[u].span.begin),
                                  "more than " + std::to_string(options_.max_statements) +
                                      " statements in one article: the rest is not extracted"});
      break;
    }
    process_unit(u);
  }
  const auto in_text_order = [](const Statement& a, const Statement& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.content_span.begin < b.content_span.begin;
  };
  // Statements mostly come out in order already, and a stable sort moves every (large) Statement.
  if (!std::is_sorted(statements_.begin(), statements_.end(), in_text_order))
    std::stable_sort(statements_.begin(), statements_.end(), in_text_order);
  framing();
  for (std::size_t n = 0; n < statements_.size(); ++n) statements_[n].id = article_.id + "#" + std::to_string(n + 1);
  out_.statements = std::move(statements_);
  return std::move(out_);
}

}  // namespace

struct Extractor::Impl {
  ExtractOptions options;
  Lexicons lexicons;
};

Extractor::Extractor(const std::string& data_dir, ExtractOptions options)
    : impl_(std::make_unique<Impl>(Impl{options, load_lexicons(data_dir)})) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

Extraction Extractor::extract(const Article& article, const Segmentation& segmentation) const {
  ArticleExtractor run(impl_->lexicons, impl_->options, article, segmentation);
  return run.run();
}

}  // namespace claimdiff
