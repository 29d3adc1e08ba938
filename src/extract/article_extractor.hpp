// The extractor of one article, shared by the parts of src/extract/ (private to the stage): the
// token view and units it builds, the cue, mention, credit and frame rules, the statement builder
// and the discourse state they carry along the article. Each part is a file named after what it
// decides; extract.cpp is the driver.
#pragma once

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
#include <string>
#include <vector>

namespace claimdiff::detail::extraction {
using detail::LexiconFile;
using detail::PhraseTable;
using detail::Tok;
using detail::WordSet;
namespace english = detail::english;

struct CueInfo {
  std::string lemma;
  std::string cue_class;
  bool needs_complement = false;  // a cue only before "that", a colon or a quotation
  // What makes the verb no claim (reporting_verbs.txt, fifth column): a word right after it
  // ("insisted on"), a word after one of its forms ("known as"), a word after its object ("called
  // Rita Moss on Friday": the telephone call).
  WordSet no_claim_after{};
  std::vector<std::pair<std::string, std::string>> no_claim_after_form{};
  WordSet no_claim_after_object{};
  bool tests_object = false;  // no_claim_after_object has words
};

// The word classes of the rules (src/extract/rule_words.cpp).
// Grammar words (closed classes), not domain vocabulary: kept here beside the rules that use them.
extern const WordSet kFunctionWords;
// Determiners and the time adjectives that stand where one would ("recent remarks", "earlier comments").
extern const WordSet kDeterminers;
extern const WordSet kPronouns;
extern const WordSet kPersonPronouns;
// Object pronouns; Lexicons::listeners adds the nouns of data/lexicons/audience_nouns.txt.
extern const WordSet kObjectPronouns;
// Auxiliaries and closed-class adverbs that may sit between a subject and its cue ("he did,
// however, assert"); Lexicons::between adds frame_adverbs.txt.
extern const WordSet kBetween;
extern const WordSet kBeForms;
extern const WordSet kOpenersAfterBareNoun;
extern const WordSet kNounPhraseJoins;
// Words that end a subject noun phrase when walking left from a cue.
extern const WordSet kStopLeft;
extern const WordSet kTimeWords;
extern const WordSet kWeekdays;
extern const WordSet kMonths;
extern const WordSet kClauseStarts;
// Grammar words that open an adjunct after a cue ("said in an interview", "told reporters on
// Monday"); Lexicons::adjunct_starts adds the press nouns of audience_nouns.txt.
extern const WordSet kAdjunctStarts;
// Grammar words that may stand between a cue and its content ("said in an interview with");
// Lexicons::frame_adjuncts adds the words of occasion_words.txt.
extern const WordSet kFrameAdjuncts;
// The closed classes of one rule each (rule_words.cpp says which rule reads each).
extern const WordSet kPossessivePronouns;
extern const WordSet kNotNameWords;
extern const WordSet kNounPhraseJoiners;
extern const WordSet kBeforeGerundSubject;
extern const WordSet kDayWords;
extern const WordSet kRelativeQuantifiers;
extern const WordSet kClauseOpeners;
extern const WordSet kOpeningPrepositions;
extern const WordSet kOpeningSubordinators;
extern const WordSet kFramingStopWords;

// A half-open range [begin, end) of indexes into the article's tokens (ArticleExtractor::t_), never
// bytes: a Span is bytes of Article::text, and a content piece is turned into one only where the
// statement is built (`emit`). Its own type, so the compiler keeps the two apart.
struct TokenRange {
  std::size_t begin = 0;
  std::size_t end = 0;

  bool empty() const noexcept { return end <= begin; }
  friend bool operator==(TokenRange, TokenRange) = default;
};

inline bool is_quote_mark(const Tok& t) { return t.mark == '"' || t.mark == '\''; }

// At most this many words of adjuncts stand between a cue and its content ("said in a televised
// address on Monday that"); more, and the words are content.
constexpr std::size_t kMaxAdjunctWords = 10;
// A unit is in title case when at least this many tenths of its words are capitalised.
constexpr std::size_t kTitleCaseTenths = 6;
// Phrase matches are looked up this many tokens ahead, more than any phrase of the lexicons spans.
constexpr std::size_t kMaxPhraseTokens = 8;

// The words of the credit clauses (data/lexicons/credit_words.txt, one set per class; see its header).
struct CreditWords {
  WordSet events;          // "a news conference": a media word before it names no outlet
  WordSet reports;         // "a coast guard report": a document, no outlet
  WordSet handover;        // "obtained by ABC News"
  WordSet relay;           // ", Reuters reported"
  WordSet publication;     // "originally published by"
  WordSet republication;   // "republished from"
};

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
  PhraseTable sources;          // a name of an outlet -> its index in source_outlets
  std::vector<std::string> source_outlets;  // the outlet each name stands for ("AP" -> "The Associated Press")
  WordSet media_words;
  // verbs, nouns, sources and framing in one table (kind in the top byte), so that each token
  // is looked up once
  PhraseTable all;
  detail::FigureLexicon figures;  // units of measure and slot words (figure_lexicon.hpp)
  // Word classes of the rules, each from its own file (see the file's header).
  WordSet listeners;        // object pronouns + audience_nouns.txt: "told him", "told reporters"
  WordSet adjunct_starts;   // kAdjunctStarts + the press nouns of audience_nouns.txt
  WordSet frame_adjuncts;   // kFrameAdjuncts + occasion_words.txt
  WordSet listener_verbs;   // listener_verbs.txt: "told reporters that"
  WordSet speech_verbs;     // speech_verbs.txt: any short noun phrase may be their subject
  WordSet clause_verbs;     // clause_verbs.txt: "many of whom say"
  WordSet between;          // kBetween + frame_adverbs.txt: "he flatly denied"
  WordSet commitment_verbs; // commitment_verbs.txt: "has vowed to appeal" (lemmas)
  CreditWords credit;       // credit_words.txt
};

enum PhraseKind : std::uint32_t { kVerbPhrase = 0, kNounPhrase = 1, kSourcePhrase = 2, kFramingPhrase = 3 };
constexpr std::uint32_t kKindShift = 24;

// Loads every lexicon of data/lexicons the rules use (src/extract/lexicons.cpp).
Lexicons load_lexicons(const std::string& data_dir);

// A cue found in a unit: its tokens and what kind of frame it opens.
struct Cue {
  enum class Type { verb, according, noun, passive };
  Type type = Type::verb;
  std::size_t at = 0, end = 0;  // cue tokens
  const CueInfo* info = nullptr;
  // resolved frame
  TokenRange speaker;                               // mention tokens (empty: inherited)
  std::size_t frame_begin = 0;                      // where the frame starts (subject or conjunction)
  bool coordinated = false;                         // frame starts at ',', 'and', 'but', ...
  bool inherit = false;                             // speaker comes from the previous cue or subject
  std::vector<TokenRange> content;
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

// The walk over one unit's cues (src/extract/frames.cpp): what each frame leaves for the next.
struct FrameWalk {
  std::vector<ViaMark> via;      // the unit's credit clauses
  std::vector<Cue> cues;         // the cues that open a frame, in text order
  std::size_t region_start = 0;  // where content before the next cue may begin
  std::string prev_speaker, prev_mention;  // of the unit's last statement: "Trump said he ..."
  bool list_opened = false;      // a cue ending the unit with a colon opened a list ("X said:")
  // The content of the last frame that reached the statement builder: "X reports that ...,
  // according to Y" credits the same claim twice.
  std::vector<TokenRange> previous_content;
};

// "Putin admits:" opens a list whose items (bullets, or a quotation on its own) are the speaker's
// claims, each with the cue of the line that opened it.
struct OpenList {
  bool active = false;
  std::string speaker, mention, cue, lemma, cue_class;
  std::vector<ViaMark> via;
};

// What the statements so far leave for the units after them: whom "he", "she", "it" stand for,
// whether a quotation alone goes on from the last speaker, and the list "X said:" opened. One
// value, made by `run` and passed to the steps that read it (const&) or change it (&), so a step's
// signature says whether it depends on the units before; the statement builder (`emit`) changes it.
struct DiscourseState {
  std::string last_person;   // the last person a statement was resolved to ("he", "she")
  std::string last_speaker;  // the last speaker of any attributed statement
  std::string last_group;    // the last organisation or group that spoke ("it", "they")
  // the paragraph of the last attributed statement (none yet: kNoParagraph) and where its unit
  // ends (bytes)
  static constexpr std::size_t kNoParagraph = static_cast<std::size_t>(-1);
  std::size_t last_attributed_paragraph = kNoParagraph;
  std::size_t last_attributed_unit_end = 0;
  OpenList list;  // "X said:" opened a list
};

// What a cue's frame gives the statement builder.
struct Frame {
  std::vector<TokenRange> content;
  TokenRange speaker;                // speaker mention tokens (empty: inherited)
  StatementRule rule = StatementRule::unknown;
  std::string inherited_speaker, inherited_mention;
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
  bool reopens_quote(std::size_t i, std::size_t tb, std::size_t te, bool curly_opening) const;
  void build_units();
  // --- per unit (src/extract/frames.cpp): the steps of process_unit
  void process_unit(std::size_t u, DiscourseState& discourse);
  std::vector<ViaMark> unit_credits(const Unit& unit) const;
  bool cue_frames(const Unit& unit, const std::vector<ViaMark>& via, bool& list_opened, DiscourseState& discourse);
  void relay_outer_credits(std::size_t first_statement);
  bool list_item(const Unit& unit, DiscourseState& discourse);
  void own_claim(const Unit& unit, const std::vector<ViaMark>& via);
  // --- the frame of one cue (src/extract/cue_frames.cpp)
  void place_frame(const Unit& unit, Cue& cue) const;
  void place_noun_frame(const Unit& unit, Cue& cue) const;
  void drop_unframed_cues(const Unit& unit, std::vector<Cue>& cues) const;
  bool negated_cue(const Unit& unit, const Cue& c) const;
  void merge_naming_participle(const Unit& unit, std::vector<Cue>& cues, std::size_t ci) const;
  std::size_t frame_right_end(const Unit& unit, const FrameWalk& walk, std::size_t ci) const;
  Frame according_frame(const Unit& unit, const FrameWalk& walk, std::size_t ci, std::size_t right_end) const;
  std::size_t according_source_end(const Unit& unit, std::size_t begin) const;
  Frame passive_frame(const Cue& cue, const FrameWalk& walk, std::size_t right_end) const;
  Frame verb_frame(const Unit& unit, const FrameWalk& walk, Cue& cue, std::size_t right_end) const;
  std::size_t listener_end(std::size_t from, std::size_t right_end) const;
  bool inverted_speaker(const Unit& unit, const Cue& cue, std::size_t right_end, Frame& frame,
                        std::size_t& content_from) const;
  bool content_goes_before(const Unit& unit, const FrameWalk& walk, const Cue& cue, std::size_t content_from,
                           std::size_t that, std::size_t right_end) const;
  bool settle_speaker(const Unit& unit, const FrameWalk& walk, const Cue& cue, Frame& frame) const;
  std::vector<ViaMark> interviewer_credits(const Unit& unit, const Cue& cue, const Frame& frame,
                                           const std::vector<ViaMark>& via) const;
  void open_colon_list(const Unit& unit, FrameWalk& walk, const Cue& cue, const Frame& frame,
                       bool emitted, bool last_cue, DiscourseState& discourse) const;
  std::vector<ViaMark> find_via(const Unit& unit, bool& any_other_cue) const;
  bool may_credit(const Unit& unit) const;
  std::vector<ViaMark> credit_clauses(const Unit& unit) const;
  // The credit clauses of credits.cpp, each at token i of a unit [b, e); nullopt when none starts there.
  std::optional<ViaMark> handover_credit(std::size_t i, std::size_t b, std::size_t e) const;
  std::optional<ViaMark> via_aside(std::size_t i, std::size_t e) const;
  std::optional<ViaMark> copyright_credit(std::size_t i, std::size_t b, std::size_t e) const;
  std::optional<ViaMark> signoff_credit(std::size_t b, std::size_t e) const;
  std::optional<ViaMark> listener_credit(const Cue& cue, const std::vector<TokenRange>& content, const Unit& unit) const;
  TokenRange named_source(std::size_t k, std::size_t e) const;
  void inherit_credits(Statement& st, bool own_mention) const;
  void resolve_short_credits();
  std::vector<Cue> find_cues(const Unit& unit, const std::vector<ViaMark>& via) const;
  bool after_determiner(const Unit& unit, std::size_t i) const;
  std::size_t verb_cue(const Unit& unit, std::size_t i, PhraseTable::Match vm, std::vector<Cue>& cues) const;
  bool noun_before_verb(std::size_t i, PhraseTable::Match vm, std::size_t e) const;
  bool no_claim_after(const CueInfo& info, std::size_t i, std::size_t after, std::size_t e) const;
  bool object_then_no_claim(const CueInfo& info, std::size_t after, std::size_t e) const;
  bool passive_cue(const Unit& unit, Cue& cue, std::vector<Cue>& cues) const;
  bool lacks_complement(const Unit& unit, const Cue& cue) const;
  void left_subject(const Unit& unit, Cue& cue) const;
  std::size_t subject_end(std::size_t ub, const Cue& cue) const;
  bool name_before_who(std::size_t ub, Cue& cue, std::size_t se) const;
  bool relative_subject(std::size_t ub, const Cue& cue, std::size_t se) const;
  std::size_t comma_aside_subject(std::size_t ub, std::size_t sb, std::size_t se, bool comma_before_cue) const;
  std::size_t earlier_asides(std::size_t ub, std::size_t sb) const;
  std::size_t name_list_subject(std::size_t ub, std::size_t sb, std::size_t se) const;
  std::size_t dash_aside_subject(std::size_t ub, std::size_t se) const;
  void mark_coordination(std::size_t ub, Cue& cue) const;
  std::size_t np_left(std::size_t ub, std::size_t end, bool& clean) const;
  // Past what may stand between a cue and its content: a listener, time words, "in an interview".
  std::size_t skip_adjuncts(std::size_t from, std::size_t end) const {
    std::size_t k = from;
    std::size_t guard = 0;
    while (k < end && guard < kMaxAdjunctWords && t_[k].word && !quoted_[k] && t_[k].low != "that" &&
           (kTimeWords.count(t_[k]) || lx_.between.count(t_[k]) || lx_.listeners.count(t_[k]) ||
            t_[k].cap || lx_.frame_adjuncts.count(t_[k]) || (t_[k].low.size() > 4 && t_[k].low.ends_with("ly")))) {
      ++k;
      ++guard;
    }
    return k;
  }
  std::size_t right_np_end(std::size_t from, std::size_t end) const;
  bool plausible_speaker(std::size_t b, std::size_t e, const CueInfo* info) const;
  bool bare_name(std::size_t b, std::size_t e) const;
  bool is_source_phrase(std::size_t b, std::size_t e) const;
  bool speaker_is_outlet(std::size_t b, std::size_t e) const;
  bool names_a_medium(std::size_t b, std::size_t e) const;
  bool media_word(std::size_t k) const;
  std::string source_name(std::size_t b, std::size_t e, bool credit_construction = false) const;
  std::size_t main_subject(const Unit& unit, std::size_t upto, std::size_t& end) const;
  bool headline_colon(std::size_t u, DiscourseState& discourse);
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
    return words > 0 && caps * 10 >= words * kTitleCaseTenths;
  }
  bool quote_only(std::size_t u, DiscourseState& discourse);
  void emit(StatementRule rule, const Unit& unit, std::vector<TokenRange> content, TokenRange speaker, const Cue* cue,
            const std::string& inherited_speaker, const std::string& inherited_mention,
            const std::vector<ViaMark>& via, DiscourseState& discourse, const std::string& cue_text = {});
  std::string resolve_speaker(std::size_t b, std::size_t e, const DiscourseState& discourse) const;
  std::string person_introduced_before(std::size_t offset, const DiscourseState& discourse) const;
  std::string person_in_opening_clause(std::size_t pronoun) const;
  void article_via();
  void page_credits();  // page_credits.cpp
  bool names_news_source(const std::string& name) const;
  void add_article_credit(const std::string& name);
  std::optional<std::string> byline_credit(const Unit& unit) const;
  void framing();
  // A framing entry found at a token: its length and category (nullptr: an entry of category "-").
  struct FramingHit {
    std::size_t length = 0;
    const std::string* category = nullptr;
  };
  std::optional<FramingHit> framing_at(std::size_t k) const;
  TokenRange framing_extent(std::size_t i, const FramingHit& hit, std::size_t sentence_begin, std::size_t sentence_end) const;
  bool plain_word(std::size_t k, bool past = false) const;

  // --- helpers
  // Phrase-table matches, looked up once per token (the rules ask for them many times).
  struct Matches {
    PhraseTable::Match verb, noun, source, framing;
  };
  void cache_matches() {
    matches_.resize(t_.size());
    for (std::size_t i = 0; i < t_.size(); ++i) {
      if (!t_[i].word) continue;
      const std::size_t end = std::min(t_.size(), i + kMaxPhraseTokens);
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
      figures_ = detail::find_figures(text_, t_, unit.tb, unit.te,
                                      {&lx_.figures, detail::reference_year_of(article_.date)});
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
  std::vector<TokenRange> sentence_tokens_;                           // per sentence
  std::vector<bool> quoted_;                                          // inside a quotation (marks too)
  std::vector<char> reopens_;  // a double mark that opens a quotation while one was open (mark_quotes)
  std::vector<Unit> units_;
  std::vector<Statement> statements_;
  std::vector<bool> article_via_unit_;
  Extraction out_;
};

}  // namespace claimdiff::detail::extraction
