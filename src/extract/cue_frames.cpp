// The frame each cue opens (steps of ArticleExtractor::cue_frames in frames.cpp): where the frame
// starts, which cues keep a frame, how far its content runs, and one function per kind of frame
// ("according to", passive, verb and noun cues), each naming its StatementRule.
#include "extract/article_extractor.hpp"
#include "extract/figure_scan.hpp"

namespace claimdiff::detail::extraction {
namespace {

// An "according to" source runs to its comma, but no further than this many tokens: a longer run
// without a comma is the rest of the sentence, not a name.
constexpr std::size_t kMaxAccordingSourceTokens = 30;
// How far after a cue a quotation may resume and still continue the claim before the frame
// ('"A," he said on Monday, "B."'), in words after the cue.
constexpr std::size_t kMaxWordsBeforeResumedQuote = 8;
// A listener in "told the audience that ..." spans at most this many tokens from its article.
constexpr std::size_t kMaxListenerTokens = 4;
// Past the speaker named after an inverted cue ('..., said X, a title.'), the words scanned for a
// title that makes the rest of the frame an appositive, and the longest tail without a quotation or
// a comma that joins the name ("said one Democratic source on the panel.").
constexpr std::size_t kTitleLookahead = 4;
constexpr std::size_t kMaxNameTailWords = 6;
// Words after the cue that may still precede content which comes first in the sentence ("..., he said
// in a statement on Monday."); fewer than this many words on the right leave the claim on the left.
constexpr std::size_t kMaxFrameTailWords = 8;
constexpr std::size_t kFewRightWords = 4;
// Words before a verb cue that may hold its negation: "did not", "would never have", "has not yet".
constexpr std::size_t kNegationReach = 3;

}  // namespace

// Where the frame of a cue starts, and its speaker tokens when they come before the cue.
void ArticleExtractor::place_frame(const Unit& unit, Cue& c) const {
  switch (c.type) {
    case Cue::Type::verb:
      left_subject(unit, c);
      break;
    case Cue::Type::noun:
      place_noun_frame(unit, c);
      break;
    case Cue::Type::according:
      c.frame_begin = c.at;
      if (c.at > unit.tb && t_[c.at - 1].mark == ',') {
        c.frame_begin = c.at - 1;
        c.coordinated = true;
      }
      break;
    case Cue::Type::passive: {
      std::size_t k = c.at;
      while (k > unit.tb && kBeForms.count(t_[k - 1])) --k;
      c.frame_begin = k;
      break;
    }
  }
}

// A noun cue's speaker is its possessor ("his admission", "Putin's claim"), else inherited.
void ArticleExtractor::place_noun_frame(const Unit& unit, Cue& c) const {
  std::size_t k = c.at;
  while (k > unit.tb && t_[k - 1].word && !t_[k - 1].cap && !kDeterminers.count(t_[k - 1])) --k;
  c.frame_begin = k;
  if (k <= unit.tb || !t_[k - 1].word) return;
  const std::string_view p = low(k - 1);
  if (p == "his" || p == "her" || p == "their") {
    c.speaker = {k - 1, k};
    c.frame_begin = k - 1;
  } else if (p.ends_with("'s")) {
    std::size_t r = k - 1;
    while (r > unit.tb && t_[r - 1].word && t_[r - 1].cap) --r;
    c.speaker = {r, k};
    c.frame_begin = r;
  } else {
    c.inherit = true;
    c.frame_begin = k - 1;
  }
}

// Which cues keep their place: a verb cue needs a speaker or an inherited one; a noun cue inside
// a reported clause ("says they share the belief that") is part of that clause.
void ArticleExtractor::drop_unframed_cues(const Unit& unit, std::vector<Cue>& cues) const {
  for (std::size_t ci = 0; ci < cues.size(); ++ci) {
    Cue& c = cues[ci];
    if (c.type == Cue::Type::noun)
      for (std::size_t pj = 0; pj < ci; ++pj)
        if (cues[pj].type == Cue::Type::verb || cues[pj].type == Cue::Type::according) c.drop = true;
    if (c.type != Cue::Type::verb) continue;
    // "X did not say the wall would be built" credits nothing to X, and "did not respond to a
    // request for comment" is no claim at all: the sentence stays the outlet's own.
    if (negated_cue(unit, c)) {
      c.drop = true;
      continue;
    }
    if (!c.speaker.empty()) {
      // "said X" after a quotation or a content clause: the speaker follows the cue
      if (!plausible_speaker(c.speaker.begin, c.speaker.end, c.info)) c.drop = true;
    } else {
      const bool participle = low(c.at).ends_with("ing");
      const std::size_t s = c.speaker.begin;
      const bool after_comma = s > unit.tb && (t_[s - 1].mark == ',' || quoted_[s - 1]);
      const bool after_conj = s > unit.tb && (low(s - 1) == "and" || low(s - 1) == "but");
      if (!(participle || after_comma || after_conj || s == unit.tb)) c.drop = true;
    }
  }
  cues.erase(std::remove_if(cues.begin(), cues.end(), [](const Cue& c) { return c.drop; }), cues.end());
}

// Whether a verb cue is negated: "not", "never" or a contracted "n't" among the auxiliaries and
// adverbs right before it ("did not say", "didn't respond", "has never commented"), but not "not
// only said", nor a negation of another verb ("those who did not vote said").
bool ArticleExtractor::negated_cue(const Unit& unit, const Cue& c) const {
  for (std::size_t i = c.at; i-- > unit.tb && i + kNegationReach >= c.at;) {
    if (!t_[i].word) return false;
    const std::string_view w = low(i);
    const bool negation = w == "not" || w == "never" || w.ends_with("n't");
    if (negation && low(i + 1) != "only") return true;
    if (!lx_.between.count(t_[i])) return false;
  }
  return false;
}

// "X acknowledged A, describing them as B": a naming participle goes on with the same claim, so
// the cue after `ci` is dropped.
void ArticleExtractor::merge_naming_participle(const Unit& unit, std::vector<Cue>& cues, std::size_t ci) const {
  if (ci + 1 >= cues.size()) return;
  const Cue& c = cues[ci];
  const Cue& next = cues[ci + 1];
  if (next.type == Cue::Type::verb && next.inherit && next.coordinated && next.info &&
      (next.info->lemma == "describe" || next.info->lemma == "call") && low(next.at).ends_with("ing") &&
      c.type == Cue::Type::verb && !(c.frame_begin > unit.tb && quoted_[c.frame_begin - 1]))
    cues.erase(cues.begin() + static_cast<std::ptrdiff_t>(ci) + 1);
}

// The right edge of a cue's content: the next coordinated frame, a credit clause, the end of a
// relative clause, the pronoun of a second frame ("..., and she said ..."), or the unit's end.
std::size_t ArticleExtractor::frame_right_end(const Unit& unit, const FrameWalk& walk, std::size_t ci) const {
  const Cue& c = walk.cues[ci];
  const Cue* next = ci + 1 < walk.cues.size() ? &walk.cues[ci + 1] : nullptr;
  std::size_t right_end = unit.te;
  for (const auto& v : walk.via)
    if (v.begin >= c.end && v.begin < right_end) right_end = v.begin;
  if (next && next->coordinated) right_end = std::min(right_end, next->frame_begin);
  if (c.relative)
    for (std::size_t k = c.end; k < right_end; ++k)
      if (t_[k].mark == ',' && !quoted_[k]) {
        right_end = k;
        break;
      }
  if (next && next->type == Cue::Type::verb && !next->coordinated && !next->speaker.empty() &&
      next->speaker.end - next->speaker.begin <= 2 && kPersonPronouns.count(t_[next->speaker.begin]) &&
      low(next->speaker.begin - 1) != "that" &&  // "told the audience that she believes": one claim inside another
      word_count(c.end, next->speaker.begin) >= options_.min_content_words + 1)
    right_end = std::min(right_end, next->speaker.begin);
  return right_end;
}

// "According to X, CLAIM" and "CLAIM, according to X" (and the same claim credited twice).
Frame ArticleExtractor::according_frame(const Unit& unit, const FrameWalk& walk, std::size_t ci,
                                        std::size_t right_end) const {
  const Cue& c = walk.cues[ci];
  Frame frame;
  frame.rule = StatementRule::according_to;
  const std::size_t np_b = c.end;
  const std::size_t np_e = according_source_end(unit, np_b);
  frame.speaker = {np_b, np_e};
  // a credit inside the phrase ("a report obtained by CBS News") ends the speaker, not the claim
  if (right_end < np_e) {
    frame.speaker.end = right_end;
    right_end = unit.te;
    for (const auto& v : walk.via)
      if (v.begin >= np_e && v.begin < right_end) right_end = v.begin;
    if (ci + 1 < walk.cues.size() && walk.cues[ci + 1].coordinated) right_end = std::min(right_end, walk.cues[ci + 1].frame_begin);
  }
  const bool comma = np_e < unit.te && t_[np_e].mark == ',';
  const bool clause = np_e < unit.te && t_[np_e].word && np_e - np_b < kMaxAccordingSourceTokens;
  if ((comma || clause) && word_count(np_e, right_end) >= options_.min_content_words &&
      word_count(walk.region_start, c.frame_begin) < options_.min_content_words) {
    frame.content.push_back({comma ? np_e + 1 : np_e, right_end});
    return frame;
  }
  // "..., according to Craig Bryan, head of the center, and other scientists."
  frame.speaker.end = unit.te;
  std::size_t& se = frame.speaker.end;
  while (se > np_b && !t_[se - 1].word && t_[se - 1].mark != ')') --se;
  for (const auto& v : walk.via)
    if (v.begin >= np_b && v.begin < se) se = v.begin;
  if (word_count(walk.region_start, c.frame_begin) >= options_.min_content_words) {
    frame.content.push_back({walk.region_start, c.frame_begin});
  } else if (!statements_.empty() && statements_.back().span == unit.span && ci > 0) {
    // the same claim credited twice: "X reports that ..., according to Y"
    frame.content = walk.previous_content;
  }
  return frame;
}

// An "according to" source runs to its comma. A bare source (no determiner of its own: "police",
// "reports", "Reuters") written without one ends where a clause opens right after its noun
// ("According to police the driver fled"); a source with a determiner may go on with a relative
// clause ("a report the company released Tuesday, ...") and ends only at its comma.
std::size_t ArticleExtractor::according_source_end(const Unit& unit, std::size_t begin) const {
  const bool bare = begin < unit.te && t_[begin].word && !kDeterminers.count(t_[begin]);
  std::size_t end = begin;
  for (; end < unit.te && end - begin < kMaxAccordingSourceTokens; ++end) {
    if (t_[end].mark == ',' && !quoted_[end]) return end;
    const bool opens_clause = kOpenersAfterBareNoun.count(t_[end]) || t_[end].digit || number_word(low(end)).has_value();
    if (bare && end > begin && opens_clause && t_[end - 1].word && !t_[end - 1].digit && !kNounPhraseJoins.count(t_[end - 1]) &&
        !kOpenersAfterBareNoun.count(t_[end - 1]))
      return end;
  }
  return end;
}

// "It was reported by X that CLAIM" or "CLAIM was first reported by X".
Frame ArticleExtractor::passive_frame(const Cue& c, const FrameWalk& walk, std::size_t right_end) const {
  Frame frame;
  frame.rule = StatementRule::passive_cue;
  frame.speaker = c.speaker;
  if (low(frame.speaker.end) == "that") frame.content.push_back({frame.speaker.end + 1, right_end});
  else frame.content.push_back({walk.region_start, c.frame_begin});
  return frame;
}

// The frame of a reporting verb or a noun cue: the content after the cue ("X said (that) ...",
// "X told reporters ...") or before it ('"...," X said.'), a quotation the frame interrupts, or a
// frame in the middle of the claim.
Frame ArticleExtractor::verb_frame(const Unit& unit, const FrameWalk& walk, Cue& c, std::size_t right_end) const {
  Frame frame;
  frame.speaker = c.speaker;
  // skip "that", a listener ("told reporters"), adverbials and a colon before the content
  std::size_t r0 = c.end;
  const std::size_t that = skip_adjuncts(r0, right_end);
  StatementRule rule_after = StatementRule::speaker_cue_content;  // the rule when the content follows
  if (that < right_end && low(that) == "that" && !quoted_[that]) {
    r0 = that + 1;
    rule_after = StatementRule::speaker_cue_that;
  } else if (low(r0) == "to" && !named_source(r0 + 1, right_end).empty()) {
    rule_after = StatementRule::speaker_cue_listener;
    r0 = named_source(r0 + 1, right_end).end;  // "confirmed to Reuters the ban ...": the listener
  } else if (c.info && lx_.listener_verbs.count(c.info->lemma) && word(r0) && !quoted_[r0]) {
    rule_after = StatementRule::speaker_cue_listener;
    r0 = listener_end(r0, right_end);
  }
  while (r0 < right_end && (t_[r0].mark == ':' || (t_[r0].word && kTimeWords.count(t_[r0]) && !quoted_[r0]))) ++r0;
  if (inverted_speaker(unit, c, right_end, frame, r0)) {
    c.inherit = false;
    rule_after = StatementRule::cue_speaker_content;
  }
  if (!content_goes_before(unit, walk, c, r0, that, right_end) || low(c.at).ends_with("ing")) {
    frame.rule = c.type == Cue::Type::noun ? StatementRule::noun_cue : rule_after;
    frame.content.push_back({r0, right_end});
    return frame;
  }
  frame.rule = StatementRule::quote_cue_speaker;
  frame.content.push_back({walk.region_start, c.frame_begin});
  // '"A," he said, "B."': the quotation goes on after the frame
  std::size_t k = r0;
  while (k < unit.te && !quoted_[k] && word_count(r0, k + 1) <= kMaxWordsBeforeResumedQuote) ++k;
  const std::size_t right_words = word_count(r0, right_end);
  const bool right_starts_with_comma = r0 < right_end && t_[r0].mark == ',';
  if (k < unit.te && quoted_[k] && (right_end == unit.te || right_end > k)) {
    std::size_t qe = k;
    while (qe < unit.te && (quoted_[qe] || !t_[qe].word)) ++qe;
    frame.content.push_back({k, std::min(qe, right_end == unit.te ? unit.te : right_end)});
    frame.rule = StatementRule::split_quote;
  } else if (right_starts_with_comma && right_words >= options_.min_content_words && c.frame_begin > unit.tb) {
    // "A, X says, B": parenthetical frame in the middle of the claim
    frame.content.push_back({r0 + 1, right_end});
    frame.rule = StatementRule::parenthetical_cue;
  }
  if (c.type == Cue::Type::noun) frame.rule = StatementRule::noun_cue;
  return frame;
}

// Past the listener of "told reporters", "told Smith", "told the audience that".
std::size_t ArticleExtractor::listener_end(std::size_t from, std::size_t right_end) const {
  std::size_t k = from;
  if (lx_.listeners.count(t_[k])) {
    ++k;
  } else if (t_[k].cap) {
    while (k < right_end && t_[k].word && t_[k].cap) ++k;
  } else if (low(k) == "the" || low(k) == "a") {
    const std::size_t lim = k + kMaxListenerTokens;
    ++k;
    while (k < right_end && k < lim && t_[k].word && !quoted_[k] && low(k) != "that") ++k;
    if (k < right_end && low(k) == "that" && !quoted_[k]) ++k;  // "told the audience that ..."
  }
  return k;
}

// Inverted order, the speaker after the cue: '"...," said X.', '..., said the ministry.', or the
// cue opening the sentence: 'Said Ellis: "..."'. On a match the frame's speaker is set and
// `content_from` moves past it.
bool ArticleExtractor::inverted_speaker(const Unit& unit, const Cue& c, std::size_t right_end, Frame& frame,
                                        std::size_t& content_from) const {
  const bool after_claim = c.at > unit.tb && (t_[c.at - 1].mark == ',' || quoted_[c.at - 1]);
  const bool opens = c.at == first_word(unit) && t_[c.at].cap;
  if (!(frame.speaker.begin == frame.speaker.end && (c.frame_begin == c.at || c.frame_begin + 1 == c.at) && (after_claim || opens) &&
        !low(c.at).ends_with("ing")))
    return false;
  std::size_t np_e = right_np_end(c.end, unit.te);
  // the name must close the frame: "..., said X." / "..., said X, a title" / '..., said X: "'
  const bool closes = np_e >= words_end(right_end) || t_[np_e].mark == ',' || quoted_[np_e] ||
                      t_[np_e].mark == ':' || t_[np_e].mark == '-' || t_[np_e].mark == ';' ||
                      lx_.adjunct_starts.count(t_[np_e]) || t_[np_e].mark == '(';
  // (never a phrase that opens with a preposition: "..., stated in company.")
  if (!(np_e > c.end && closes && !kPronouns.count(t_[c.end]) && !lx_.adjunct_starts.count(t_[c.end]) &&
        plausible_speaker(c.end, np_e, c.info)))
    return false;
  frame.speaker.begin = c.end;
  // an appositive or relative clause after the name runs to the end of the frame:
  // '..., said Patrick McGinley, a law professor at West Virginia University.'
  // ('..., said Ann Lee, House historian for the county.': a title among its first words)
  bool titled = false;
  for (std::size_t q = np_e + 1; q < right_end && q < np_e + kTitleLookahead && t_[q].word && !quoted_[q]; ++q)
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
  if (np_e < right_end && t_[np_e].word && word_count(np_e, right_end) <= kMaxNameTailWords) {
    bool quote = false;
    for (std::size_t q = np_e; q < right_end; ++q) quote = quote || quoted_[q] || t_[q].mark == ',';
    if (!quote) {
      np_e = right_end;
      while (np_e > c.end && !t_[np_e - 1].word && t_[np_e - 1].mark != ')') --np_e;
    }
  }
  frame.speaker.end = np_e;
  content_from = np_e;
  return true;
}

// Whether the claim comes before the frame ('"...," X said.', '..., X said in a statement.')
// rather than after it. Counted after an inverted frame took its speaker: '..., said X, a title at
// Y.' leaves no words on the right.
bool ArticleExtractor::content_goes_before(const Unit& unit, const FrameWalk& walk, const Cue& c, std::size_t r0,
                                           std::size_t that, std::size_t right_end) const {
  // "..., he has vowed to appeal": a commitment's infinitive is its claim, not an adjunct
  if (c.info && lx_.commitment_verbs.count(c.info->lemma) && low(c.end) == "to") return false;
  const std::size_t right_words = word_count(r0, right_end);
  const bool right_starts_with_comma = r0 < right_end && t_[r0].mark == ',';
  const std::size_t left_words = word_count(walk.region_start, c.frame_begin);
  std::size_t after_frame = r0;
  while (after_frame < right_end && t_[after_frame].word && !quoted_[after_frame] &&
         word_count(r0, after_frame + 1) <= kMaxFrameTailWords && low(after_frame) != "that")
    ++after_frame;
  const bool quote_before = c.frame_begin > unit.tb && quoted_[c.frame_begin - 1] &&
                            left_words >= options_.min_content_words &&
                            !(r0 < right_end && (low(r0) == "that" || t_[r0].mark == ':')) &&
                            !(that < right_end && low(that) == "that" && !quoted_[that]) &&
                            (word_count(r0, right_end) < kFewRightWords ||
                             (r0 < right_end && (t_[r0].mark == ',' || lx_.adjunct_starts.count(t_[r0]))));
  if (quote_before) return true;
  const bool little_on_the_right =
      right_words < options_.min_content_words || right_starts_with_comma ||
      (after_frame < right_end && t_[after_frame].mark == ',' &&
       word_count(after_frame, right_end) < options_.min_content_words) ||
      (after_frame >= words_end(right_end) && r0 < right_end && lx_.adjunct_starts.count(t_[r0]));
  const bool frame_after_claim =
      c.frame_begin > unit.tb &&
      (t_[c.frame_begin - 1].mark == ',' || is_quote_mark(t_[c.frame_begin - 1]) || t_[c.frame_begin].mark == ',' ||
       quoted_[c.frame_begin - 1] || t_[c.frame_begin - 1].mark == '-' || low(c.frame_begin) == "as");
  return left_words >= options_.min_content_words && little_on_the_right && frame_after_claim;
}

// The speaker of a frame: its own mention, or inherited from the unit's previous statement or the
// sentence subject. False when a participle frame ("..., saying ...") has none: no statement.
bool ArticleExtractor::settle_speaker(const Unit& unit, const FrameWalk& walk, const Cue& c, Frame& frame) const {
  std::size_t& sb = frame.speaker.begin;
  std::size_t& se = frame.speaker.end;
  const std::string& prev_speaker = walk.prev_speaker;
  const detail::Gender pronoun_gender = low(sb) == "he" ? detail::Gender::male : detail::Gender::female;
  const detail::Gender prev_gender = prev_speaker.empty() ? detail::Gender::unknown : speakers_.gender(prev_speaker);
  if (sb + 1 == se && !prev_speaker.empty() && (low(sb) == "he" || low(sb) == "she") && !c.coordinated &&
      (prev_gender == detail::Gender::unknown || prev_gender == pronoun_gender)) {
    // "Trump said he believes ...": the pronoun is the outer speaker
    frame.inherited_speaker = prev_speaker;
    frame.inherited_mention = text_of(sb, se);
    sb = se;
  }
  if (sb < se || !frame.inherited_speaker.empty()) return true;
  if (!prev_speaker.empty()) {
    frame.inherited_speaker = prev_speaker;
    frame.inherited_mention = walk.prev_mention;
    return true;
  }
  std::size_t me = 0;
  const std::size_t mb = main_subject(unit, c.frame_begin, me);
  if (me > mb && mb < c.at) {
    sb = mb;
    se = me;
    return true;
  }
  return !(c.type == Cue::Type::verb && low(c.at).ends_with("ing"));
}

// The unit's credits, plus a news outlet as listener or interviewer, the upstream source: "told
// the BBC", "in an interview with CNN".
std::vector<ViaMark> ArticleExtractor::interviewer_credits(const Unit& unit, const Cue& c, const Frame& frame,
                                                           const std::vector<ViaMark>& via) const {
  std::vector<ViaMark> own_via = via;
  if (c.type != Cue::Type::verb) return own_via;
  if (auto listener = listener_credit(c, frame.content, unit)) own_via.push_back(std::move(*listener));
  return own_via;
}

// A sentence whose last cue ends it with a colon opens a list or a quotation of that speaker ("X
// admitted:", "X said the strike was unacceptable and called for talks:", and with no statement of
// its own "X made the following statement:").
void ArticleExtractor::open_colon_list(const Unit& unit, FrameWalk& walk, const Cue& c, const Frame& frame,
                                       bool emitted, bool last_cue, DiscourseState& discourse) const {
  std::size_t last = unit.te;
  while (last > unit.tb && !t_[last - 1].word && t_[last - 1].mark != ':') --last;
  const bool ends_with_colon = last > unit.tb && t_[last - 1].mark == ':' && !quoted_[last - 1];
  if (emitted) {
    const Statement& said = statements_.back();
    if (!(ends_with_colon && last_cue && c.type == Cue::Type::verb && !said.speaker.empty())) return;
    discourse.list = {true, said.speaker, said.speaker_mention, said.cue, said.cue_lemma, said.cue_class, walk.via};
    walk.list_opened = true;
    return;
  }
  const std::vector<TokenRange>& content = frame.content;
  if (!((c.type == Cue::Type::verb || c.type == Cue::Type::noun) && content.size() == 1 && content[0].end == unit.te))
    return;
  const std::string speaker =
      !frame.speaker.empty() ? resolve_speaker(frame.speaker.begin, frame.speaker.end, discourse) : frame.inherited_speaker;
  if (!ends_with_colon || speaker.empty()) return;
  discourse.list = {true,
                    speaker,
                    !frame.speaker.empty() ? text_of(frame.speaker.begin, frame.speaker.end) : frame.inherited_mention,
                    text_of(c.at, c.end),
                    c.info ? c.info->lemma : "",
                    c.info ? c.info->cue_class : "",
                    walk.via};
  walk.list_opened = true;
}

}  // namespace claimdiff::detail::extraction
