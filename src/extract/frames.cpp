// Frames: the constructions that turn a unit into statements, tried in the order process_unit
// gives; the frames cues open (speaker-cue-that, quote-cue-speaker, "according to", ...) are in
// cue_frames.cpp, the cue-less ones (headline colons, quote-only units, "X said:" lists) here.
#include "extract/article_extractor.hpp"

namespace claimdiff::detail::extraction {
namespace {

// A headline speaker ("Putin: ...", "PENCE: ...") is a name of at most kMaxHeadlineNameWords words
// and its colon comes within kMaxHeadlineSpeakerTokens tokens; longer, the colon opens something else.
constexpr std::size_t kMaxHeadlineSpeakerTokens = 8;
constexpr std::size_t kMaxHeadlineNameWords = 5;
// A quote-only unit: at most kMaxOutsideTenths tenths of its words outside the quotation; a credit
// line after a dash ('"..." - UK Foreign Secretary, James Cleverly.') of at most kMaxCreditLineWords
// words; a next line that is only a name ("Russian President Vladimir Putin") of kMaxNameLineWords.
constexpr std::size_t kMaxOutsideTenths = 3;
constexpr std::size_t kMaxCreditLineWords = 10;
constexpr std::size_t kMaxNameLineWords = 7;
// The outlet's own claim needs kOwnClaimExtraWords words more than a statement's content (a short
// line is a heading or a caption) and at least one word in kLowerCaseShareDivisor in lower case (a
// title-case line or a list of names is no claim).
constexpr std::size_t kOwnClaimExtraWords = 3;
constexpr std::size_t kLowerCaseShareDivisor = 3;

}  // namespace


// "Putin: 1968 invasion was 'a mistake'" and transcript lines "PENCE: ..."
bool ArticleExtractor::headline_colon(std::size_t u, DiscourseState& discourse) {
  const Unit& unit = units_[u];
  std::size_t colon = unit.tb;
  while (colon < unit.te && colon - unit.tb < kMaxHeadlineSpeakerTokens && !(t_[colon].mark == ':' && !quoted_[colon])) ++colon;
  if (colon >= unit.te || t_[colon].mark != ':' || colon == unit.tb) return false;
  // before the colon: a name (capitalised words), optionally "on <topic>"
  std::size_t k = unit.tb;
  while (k < colon && t_[k].word && (t_[k].cap || lx_.titles.count(t_[k]))) ++k;
  if (k == unit.tb) return false;
  if (k < colon && low(k) != "on") return false;
  for (std::size_t q = unit.tb; q < k; ++q)
    if (kFunctionWords.count(t_[q]) || lx_.media_words.count(t_[q])) return false;
  if (k - unit.tb > kMaxHeadlineNameWords) return false;
  if (word_count(colon + 1, unit.te) < options_.min_content_words) return false;
  // a body line needs the look of a transcript or a headline
  if (unit.role == SentenceRole::body && colon != k) return false;
  const std::string known = speakers_.resolve(text_, t_, unit.tb, k);
  if (known.empty() && unit.role != SentenceRole::headline) return false;
  for (std::size_t q = colon + 1; q < unit.te; ++q)
    if (t_[q].low == "http" || t_[q].low == "https" || t_[q].low == "www") return false;
  std::vector<ViaMark> none;
  const std::size_t before = statements_.size();
  emit(StatementRule::headline_colon, unit, {{colon + 1, unit.te}}, {unit.tb, k}, nullptr, "", "", none, discourse, ":");
  return statements_.size() > before;
}

// A unit that is (almost) all quotation and names no cue: its speaker is beside it.
bool ArticleExtractor::quote_only(std::size_t u, DiscourseState& discourse) {
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
    if (ne > nb && word_count(nb, ne) <= kMaxCreditLineWords) {
      // the name is the last capitalised run of the credit line
      std::size_t r = ne;
      while (r > nb && (t_[r - 1].cap || t_[r - 1].mark == '.')) --r;
      std::vector<ViaMark> none;
      const std::size_t before = statements_.size();
      // mention: the whole credit line, speaker: the name
      emit(StatementRule::quote_dash_credit, unit, {{qb, last_q}}, {nb, ne}, nullptr, "", "", none, discourse);
      if (statements_.size() > before && r < ne) {
        std::string name = speakers_.resolve(text_, t_, r, ne);
        statements_.back().speaker = name.empty() ? text_of(r, ne) : name;
      }
      return statements_.size() > before;
    }
  }
  if (outside * 10 > words * kMaxOutsideTenths) return false;
  std::vector<ViaMark> none;
  // the next sentence is a bare name: "Russian President Vladimir Putin"
  if (u + 1 < units_.size()) {
    const Unit& next = units_[u + 1];
    const std::size_t nw = word_count(next.tb, next.te);
    bool all_name = nw >= 1 && nw <= kMaxNameLineWords;
    for (std::size_t k = next.tb; k < next.te && all_name; ++k)
      if (t_[k].word && !t_[k].cap && !lx_.titles.count(t_[k]) && t_[k].low != "of") all_name = false;
      else if (!t_[k].word && t_[k].mark != '.' && t_[k].mark != ',' && t_[k].mark != '-') all_name = false;
    if (all_name && next.paragraph <= unit.paragraph + 1) {
      const std::size_t before = statements_.size();
      emit(StatementRule::quote_name_line, unit, {{qb, unit.te}}, {next.tb, next.te}, nullptr, "", "", none, discourse);
      return statements_.size() > before;
    }
  }
  if (const OpenList& list = discourse.list; list.active) {
    const std::size_t before = statements_.size();
    emit(StatementRule::colon_quote, unit, {{qb, unit.te}}, {}, nullptr, list.speaker, list.mention, list.via, discourse,
         list.cue);
    if (statements_.size() > before) {
      statements_.back().cue_lemma = list.lemma;
      statements_.back().cue_class = list.cue_class;
    }
    return statements_.size() > before;
  }
  // a quotation that goes on from the previous statement's speaker
  if (!discourse.last_speaker.empty() && discourse.last_attributed_paragraph != DiscourseState::kNoParagraph &&
      unit.paragraph <= discourse.last_attributed_paragraph + 1 && !statements_.empty() &&
      statements_.back().kind != StatementKind::unattributed) {
    const Statement previous = statements_.back();
    const std::size_t before = statements_.size();
    emit(StatementRule::quote_goes_on, unit, {{qb, unit.te}}, {}, nullptr, previous.speaker, previous.speaker_mention, none,
         discourse);
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

// One unit, in the order the constructions are tried: the frames its cues open; else an item of a
// list "X said:" opened; else a cue-less frame (headline colon, a quotation with its speaker beside
// it); else the outlet's own claim.
void ArticleExtractor::process_unit(std::size_t u, DiscourseState& discourse) {
  const Unit& unit = units_[u];
  if (unit.te <= unit.tb) return;
  if (unit.role == SentenceRole::byline || unit.role == SentenceRole::caption) return;
  if (article_via_unit_[u]) return;
  const std::vector<ViaMark> via = unit_credits(unit);
  bool list_opened = false;
  if (cue_frames(unit, via, list_opened, discourse) || list_opened) {
    // a bullet that makes its own statement keeps the list open for the next bullet
    if (!list_opened && unit.role != SentenceRole::bullet) discourse.list.active = false;
    return;
  }
  if (list_item(unit, discourse)) return;
  const bool cue_less = headline_colon(u, discourse) || quote_only(u, discourse);
  discourse.list.active = false;
  if (!cue_less) own_claim(unit, via);
}

// The unit's credit clauses. A credit clause alone ("..., Reuters notes.") is the source speaking
// when nothing else speaks, so then a verb or "according to" credit is left to the cue rules.
std::vector<ViaMark> ArticleExtractor::unit_credits(const Unit& unit) const {
  bool other_cue = false;
  std::vector<ViaMark> via = find_via(unit, other_cue);
  if (other_cue) return via;
  std::vector<ViaMark> keep;
  for (const auto& v : via) {
    const bool verb_credit = v.end > v.begin && verb_at(v.end - 1, v.end).length > 0 && low(v.begin + 1) != "as";
    bool according = false;
    for (std::size_t k = v.begin; k < v.end; ++k) according = according || low(k) == "according";
    if (!verb_credit && !according) keep.push_back(v);
  }
  return keep;
}

// The statements of the unit's cues, frame by frame (the frames are in cue_frames.cpp); true when
// one was made. `list_opened`: the last cue ends the unit with a colon ("X admitted:").
bool ArticleExtractor::cue_frames(const Unit& unit, const std::vector<ViaMark>& via, bool& list_opened,
                                  DiscourseState& discourse) {
  const std::size_t before = statements_.size();
  FrameWalk walk;
  walk.via = via;
  walk.cues = find_cues(unit, walk.via);
  for (Cue& c : walk.cues) place_frame(unit, c);
  drop_unframed_cues(unit, walk.cues);
  walk.region_start = unit.tb;
  for (std::size_t ci = 0; ci < walk.cues.size(); ++ci) {
    merge_naming_participle(unit, walk.cues, ci);
    Cue& c = walk.cues[ci];
    const std::size_t right_end = frame_right_end(unit, walk, ci);
    Frame frame = c.type == Cue::Type::according ? according_frame(unit, walk, ci, right_end)
                  : c.type == Cue::Type::passive ? passive_frame(c, walk, right_end)
                                                 : verb_frame(unit, walk, c, right_end);
    if (!settle_speaker(unit, walk, c, frame)) continue;
    const std::size_t count_before = statements_.size();
    walk.previous_content = frame.content;
    emit(frame.rule, unit, frame.content, frame.speaker, &c, frame.inherited_speaker, frame.inherited_mention,
         interviewer_credits(unit, c, frame, walk.via), discourse);
    const bool emitted = statements_.size() > count_before;
    if (emitted) {
      walk.prev_speaker = statements_.back().speaker;
      walk.prev_mention = statements_.back().speaker_mention;
    }
    open_colon_list(unit, walk, c, frame, emitted, ci + 1 == walk.cues.size(), discourse);
    const std::vector<TokenRange>& content = frame.content;
    walk.region_start = std::max(walk.region_start, content.empty() ? c.end : std::max(content.back().end, c.end));
    if (c.type == Cue::Type::according && content.size() == 1 && content[0].begin > c.at)
      walk.region_start = std::max(walk.region_start, content[0].end);
  }
  relay_outer_credits(before);
  list_opened = walk.list_opened;
  return statements_.size() > before;
}

// "Reuters reported that Putin said ...": the outer source is the inner statement's via.
void ArticleExtractor::relay_outer_credits(std::size_t first_statement) {
  for (std::size_t a = first_statement; a < statements_.size(); ++a) {
    if (statements_[a].via.empty() || statements_[a].speaker_mention.empty()) continue;
    const std::string& source = statements_[a].via.back();
    if (statements_[a].speaker.find(source) == std::string::npos) continue;
    for (std::size_t b = first_statement; b < statements_.size(); ++b) {
      if (b == a || !statements_[a].content_span.contains(statements_[b].content_span)) continue;
      auto& v = statements_[b].via;
      if (std::find(v.begin(), v.end(), source) == v.end()) v.push_back(source);
    }
  }
}

// Bullets after "X admits:" carry the speaker's claims.
bool ArticleExtractor::list_item(const Unit& unit, DiscourseState& discourse) {
  const bool bullet = unit.role == SentenceRole::bullet || (t_[unit.tb].mark == '*' || t_[unit.tb].mark == '-');
  const OpenList& list = discourse.list;
  if (!list.active || !bullet) return false;
  const std::size_t before = statements_.size();
  const std::size_t b = t_[unit.tb].word ? unit.tb : unit.tb + 1;
  emit(StatementRule::colon_list, unit, {{b, unit.te}}, {}, nullptr, list.speaker, list.mention, list.via, discourse, list.cue);
  if (statements_.size() == before) return false;
  statements_.back().cue_lemma = list.lemma;
  statements_.back().cue_class = list.cue_class;
  return true;
}

// The outlet's own claim: a body sentence (or bullet) that no rule attributes, unless it is a
// question, too short, a title-case line or a heading without final punctuation.
void ArticleExtractor::own_claim(const Unit& unit, const std::vector<ViaMark>& via) {
  if (!options_.unattributed) return;
  if (unit.role != SentenceRole::body && unit.role != SentenceRole::bullet) return;
  std::size_t last = unit.te;
  while (last > unit.tb && !t_[last - 1].word && is_quote_mark(t_[last - 1])) --last;
  if (last > unit.tb && t_[last - 1].mark == '?') return;
  const std::size_t words = word_count(unit.tb, unit.te);
  if (words < options_.min_content_words + kOwnClaimExtraWords) return;
  std::size_t lower = 0;
  for (std::size_t k = unit.tb; k < unit.te; ++k) lower += t_[k].word && !t_[k].cap && !t_[k].digit;
  if (lower * kLowerCaseShareDivisor < words) return;  // a title-case line or a list of names
  if (unit.role == SentenceRole::body && last > unit.tb && t_[last - 1].word) {
    // no final punctuation: a heading or a teaser, not a sentence
    const detail::CodePoint end_cp = detail::decode_before(text_, unit.span.end);
    if (end_cp.value != '.' && end_cp.value != '!' && !detail::is_quote(end_cp.value) && end_cp.value != ')') return;
  }
  Statement st;
  st.article = article_.id;
  st.kind = StatementKind::unattributed;
  st.rule = StatementRule::unattributed;
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

}  // namespace claimdiff::detail::extraction
