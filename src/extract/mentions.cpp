// Mentions: the noun phrases and names left and right of a cue that can be a speaker, and how a
// mention resolves to a person of the article (pronouns, last names, descriptions).
#include "extract/article_extractor.hpp"

namespace claimdiff::detail::extraction {
namespace {

// How far the subject steps of left_subject look, in tokens: an aside between commas ("Marc H.
// Morial, the chief executive of the league, told") spans at most kMaxAsideTokens, its head (the
// name) kMaxAsideHeadTokens, the whole frame from the name to the cue kMaxAsideFrameTokens; an
// aside between dashes kMaxDashAsideTokens. Beyond these a comma or dash belongs to another clause.
constexpr std::size_t kMaxAsideTokens = 30;
constexpr std::size_t kMaxAsideHeadTokens = 10;
constexpr std::size_t kMaxAsideFrameTokens = 45;
constexpr std::size_t kMaxDashAsideTokens = 40;
// Asides nested before a name ("X, president of Y, which represents Z, said") and names in a list
// ("A, B and C said") that the subject may take in.
constexpr std::size_t kMaxNestedAsides = 5;
constexpr std::size_t kMaxListedNames = 4;
// A bare name ("Ann Lee", "Jean-Claude Van Damme") has at most kMaxBareNameWords capitalised
// words; a party tag "(R-Ind.)" spans under kMaxPartyTagTokens tokens after its bracket; a noun
// phrase walked leftwards stops after kMaxNounPhraseWords words.
constexpr std::size_t kMaxBareNameWords = 4;
constexpr std::size_t kMaxPartyTagTokens = 8;
// Walking left, a bracket before a name ("Sens. Ann Lee (D-Ore.)") spans under this many tokens.
constexpr std::size_t kMaxBracketTokens = 10;
constexpr std::size_t kMaxNounPhraseWords = 16;
// The main subject of a clause: an opening phrase up to its comma ("In a speech on Monday, ...")
// spans under kMaxOpeningPhraseTokens tokens, the subject under kMaxSubjectTokens, an appositive
// after it ("Dean, a medical doctor, then appeared") under kMaxAppositiveTokens from the comma.
constexpr std::size_t kMaxOpeningPhraseTokens = 25;
constexpr std::size_t kMaxSubjectTokens = 10;
constexpr std::size_t kMaxAppositiveTokens = 12;
// A noun phrase without a capital or a speaker noun ("a woman who lives nearby") is the subject of
// a verb of speech only up to this many words; a longer one is a clause, not a speaker.
constexpr std::size_t kMaxPlainSpeakerWords = 8;

}  // namespace


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
        while (c < end && t_[c].mark != ')' && c - k < kMaxPartyTagTokens) ++c;
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
  if (info != nullptr && lx_.speech_verbs.count(info->lemma) && word_count(b, e) <= kMaxPlainSpeakerWords) return true;
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
  std::size_t words = 0;
  for (std::size_t k = b; k < e; ++k) {
    if (!t_[k].word) continue;
    if (!t_[k].cap || kNotNameWords.count(t_[k])) return false;
    ++words;
  }
  return words > 0 && words <= kMaxBareNameWords;
}

// Where a noun phrase that ends at `end` starts, walking left (names, titles, "of"/"in" phrases,
// parenthesised party tags); `clean` tells whether it stopped at a clause start.
std::size_t ArticleExtractor::np_left(std::size_t ub, std::size_t end, bool& clean) const {
  std::size_t k = end;
  std::size_t words = 0;
  clean = false;
  while (k > ub && words < kMaxNounPhraseWords) {
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
        while (o > ub && t_[o].mark != '(' && k - o < kMaxBracketTokens) --o;
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
    if (kNounPhraseJoiners.count(p) && k < end && k - 1 > ub && (t_[k - 2].word || t_[k - 2].mark == ')' || t_[k - 2].mark == '.')) {
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

// Subject noun phrase left of a cue: sets speaker.begin/end, frame_begin, coordinated, inherit.
// The steps, each widening the subject leftwards: the noun phrase before the cue, a relative
// subject, an aside between commas, a list of names, an aside between dashes.
void ArticleExtractor::left_subject(const Unit& unit, Cue& cue) const {
  const std::size_t ub = unit.tb;
  const std::size_t se = subject_end(ub, cue);
  bool clean = false;
  std::size_t sb = np_left(ub, se, clean);
  // "it" ends a subject walked to from the right, but is one itself: "Accordingly, it said"
  if (sb == se && se > ub && low(se - 1) == "it" && !quoted_[se - 1]) {
    sb = se - 1;
    clean = true;
  }
  // a participle's subject is the clause's: in "unleashed posts early Monday saying" or "appeared at
  // a hearing for saying" the words before it, which stop at no clause start, are an object; after
  // a preposition they are its own ("in response to officials saying")
  if (sb < se && !clean && low(cue.at).ends_with("ing") && !(sb > ub && kBeforeGerundSubject.count(t_[sb - 1]))) sb = se;
  if (sb == se && relative_subject(ub, cue, se)) {
    sb = se - 3;
    cue.relative = true;
  }
  if (sb == se && name_before_who(ub, cue, se)) return;
  const bool comma_before_cue = sb == se;
  // a pronoun takes no aside ("Accordingly, it said"), nor does a participle, whose subject is the
  // clause's ("X said A, adding that B")
  const bool pronoun_subject = se == sb + 1 && kPronouns.count(t_[sb]);
  const bool participle = low(cue.at).ends_with("ing");
  if (sb > ub && t_[sb - 1].mark == ',' && !quoted_[sb - 1] && (sb == se || !t_[sb].cap) && !pronoun_subject &&
      !participle)
    sb = comma_aside_subject(ub, sb, se, comma_before_cue);
  sb = name_list_subject(ub, sb, se);
  if (sb == se) sb = dash_aside_subject(ub, se);
  cue.speaker = {sb, se};
  cue.frame_begin = sb;
  if (sb == se) cue.inherit = true;
  mark_coordination(ub, cue);
}

// A relative subject after a name: "That did not sway Judge Ann Ruiz, who said ...": sets the cue's
// speaker to the name (with its title) before ", who", else the noun phrase there; true when it did.
bool ArticleExtractor::name_before_who(std::size_t ub, Cue& cue, std::size_t se) const {
  if (!(se >= ub + 3 && low(se - 1) == "who" && t_[se - 2].mark == ',' && !quoted_[se - 2] && cue.info != nullptr &&
        lx_.clause_verbs.count(cue.info->lemma)))
    return false;
  std::size_t k = se - 2;
  while (k > ub && t_[k - 1].word && !quoted_[k - 1] && (t_[k - 1].cap || lx_.titles.count(t_[k - 1]))) --k;
  bool np_clean = false;
  if (k == se - 2) k = np_left(ub, se - 2, np_clean);
  if (!(k < se - 2 && plausible_speaker(k, se - 2, cue.info))) return false;
  cue.speaker = {k, se - 2};
  cue.relative = true;
  return true;
}

// Where the subject ends: past the auxiliaries, adverbs and time words between subject and cue
// ("he did, however, assert", "Lee on Monday said").
std::size_t ArticleExtractor::subject_end(std::size_t ub, const Cue& cue) const {
  std::size_t j = cue.at;
  while (j > ub) {
    const Tok& p = t_[j - 1];
    // an adverb in "-ly", but not a noun after a determiner ("lawyers for the family said", "Lee's
    // family has said")
    const bool ly_adverb = p.low.size() > 4 && p.low.ends_with("ly") && !quoted_[j - 1] &&
                           !(j >= ub + 2 && (kDeterminers.count(t_[j - 2]) || low(j - 2).ends_with("'s")));
    if (p.word && !p.cap && (lx_.between.count(p) || kDayWords.count(p) || ly_adverb)) {
      --j;
      continue;
    }
    if (p.word && p.low == "on" && j < cue.at && kDayWords.count(t_[j])) {
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
  return j;
}

// A relative subject: "fishermen, many of whom say ..." (verbs that take a clause, not "most of
// whom announced their support"): the three tokens before `se`.
bool ArticleExtractor::relative_subject(std::size_t ub, const Cue& cue, std::size_t se) const {
  return se >= ub + 3 && (low(se - 1) == "whom" || low(se - 1) == "which") && low(se - 2) == "of" &&
         kRelativeQuantifiers.count(t_[se - 3]) && cue.info != nullptr && lx_.clause_verbs.count(cue.info->lemma);
}

// An aside between commas: "Marc H. Morial, the chief executive of the league, told" / "The
// state's campaign chairman, Phil Lovas, said" / "Vladimir Putin, addressing the forum, has
// stated". `sb` follows a comma; returns the start of the name before the aside, or `sb`.
std::size_t ArticleExtractor::comma_aside_subject(std::size_t ub, std::size_t sb, std::size_t se,
                                                  bool comma_before_cue) const {
  std::size_t c0 = sb - 1;
  if (sb == se) {
    // the aside itself is between c0's previous comma and c0
    std::size_t p = c0;
    while (p > ub && c0 - p < kMaxAsideTokens && !(t_[p - 1].mark == ',' && !quoted_[p - 1]) && !quoted_[p - 1]) --p;
    if (!(p > ub && t_[p - 1].mark == ',')) return sb;
    c0 = p - 1;
  }
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
  if (!(hb < c0 && head_clean && c0 - hb <= kMaxAsideHeadTokens && se - hb <= kMaxAsideFrameTokens && !cue_between &&
        plausible_speaker(hb, c0, nullptr) && (comma_before_cue || bare_name(hb, c0))))
    return sb;
  return earlier_asides(ub, hb);
}

// The head of an aside may itself be an aside of a name before it: "Michael Mulgrew, president of
// the federation, which represents teachers, said"; at most kMaxNestedAsides of them.
std::size_t ArticleExtractor::earlier_asides(std::size_t ub, std::size_t sb) const {
  for (std::size_t round = 0; round < kMaxNestedAsides; ++round) {
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
  return sb;
}

// A list of names: "Sens. Ann Lee (D-Ore.), Tom Ash (D-Ohio) and Rita Moss all said".
std::size_t ArticleExtractor::name_list_subject(std::size_t ub, std::size_t sb, std::size_t se) const {
  bool joined = false;
  for (std::size_t k = sb; k < se && !joined; ++k) joined = low(k) == "and";
  for (std::size_t round = 0;
       joined && round < kMaxListedNames && sb > ub + 1 && t_[sb - 1].mark == ',' && !quoted_[sb - 1] && t_[sb].cap;
       ++round) {
    bool list_clean = false;
    const std::size_t nb = np_left(ub, sb - 1, list_clean);
    if (!(nb < sb - 1 && list_clean && sb - 1 - nb <= 10 && bare_name(nb, sb - 1))) break;
    sb = nb;
  }
  return sb;
}

// An aside between dashes: "Kall -- co-editor of a book on the debates -- said". Returns the start
// of the name before the aside, or `se` when there is none.
std::size_t ArticleExtractor::dash_aside_subject(std::size_t ub, std::size_t se) const {
  std::size_t dash = se > ub ? se - 1 : se;
  while (dash > ub && t_[dash].mark == '-' && t_[dash - 1].mark == '-') --dash;  // "--" is two marks
  if (!(se > ub + 1 && t_[se - 1].mark == '-' && !quoted_[se - 1] && t_[dash].span.begin > 0 &&
        detail::is_space(detail::decode_before(text_, t_[dash].span.begin).value)))
    return se;
  std::size_t d = dash;
  while (d > ub && se - d < kMaxDashAsideTokens && !(t_[d - 1].mark == '-' && !quoted_[d - 1])) --d;
  if (!(d > ub + 1 && t_[d - 1].mark == '-')) return se;
  std::size_t open = d - 1;
  while (open > ub && t_[open - 1].mark == '-') --open;  // "--" is two marks
  bool head_clean = false;
  const std::size_t hb = np_left(ub, open, head_clean);
  return hb < open && head_clean && open - hb <= 8 && plausible_speaker(hb, open, nullptr) ? hb : se;
}

// What precedes the frame: a comma, a semicolon, a conjunction or "as" makes it a coordinated
// frame ("..., and the minister said"), which starts at that word.
void ArticleExtractor::mark_coordination(std::size_t ub, Cue& cue) const {
  const std::size_t sb = cue.speaker.begin, se = cue.speaker.end;
  if (sb <= ub) return;
  const Tok& p = t_[sb - 1];
  const bool comma_before_word = p.word && sb >= 2 + ub && (t_[sb - 2].mark == ',' || t_[sb - 2].mark == ';');
  if (p.mark == ',' || p.mark == ';' || (kClauseStarts.count(p) && (comma_before_word || sb == se)) ||
      (p.low == "as" && sb < se)) {
    cue.coordinated = true;
    cue.frame_begin = sb - 1;
    if (comma_before_word) cue.frame_begin = sb - 2;
  }
}

std::size_t ArticleExtractor::main_subject(const Unit& unit, std::size_t upto, std::size_t& end) const {
  // the subject of the clause a participle hangs on: "While Russian newspapers have ..., claiming"
  std::size_t i = unit.tb;
  while (i < upto && !t_[i].word) ++i;
  // "Meanwhile, it attacked ...": a sentence adverb and its comma
  if (word(i) && i + 1 < upto && t_[i + 1].mark == ',' && !t_[i].digit &&
      (kStopLeft.count(t_[i]) || t_[i].low.ends_with("ly") || lx_.between.count(t_[i])))
    i += 2;
  if (word(i) && kClauseOpeners.count(t_[i]) && !kOpeningPrepositions.count(t_[i])) {
    ++i;
  } else if (word(i) && kOpeningPrepositions.count(t_[i])) {
    std::size_t c = i;
    while (c < upto && t_[c].mark != ',' && c - i < kMaxOpeningPhraseTokens) ++c;
    if (c < upto && t_[c].mark == ',') i = c + 1;
    if (i + 1 < upto && t_[i].digit && t_[i + 1].mark == ',') i += 2;  // "On May 3, 2019, ..."
  }
  std::size_t k = i;
  bool named = false;
  while (k < upto && !quoted_[k] && (t_[k].word || (t_[k].mark == '.' && k > i && t_[k - 1].cap)) &&
         ((!kStopLeft.count(t_[k]) && !lx_.between.count(t_[k])) || (named && t_[k].cap)) && verb_at(k, upto).length == 0 &&
         k - i < kMaxSubjectTokens) {
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
    while (q < upto && q < k + kMaxAppositiveTokens && t_[q].word && !quoted_[q] && verb_at(q, upto).length == 0) ++q;
    if (q < upto && t_[q].mark == ',' && !quoted_[q]) end = q + 1;
  }
  return i;
}

// "Her deputy, Marco Weil, struck a softer tone. He said ...": the sentence before the pronoun's
// names a person and gave no statement of its own, so it introduces whom "he" refers to, rather
// than the speaker of the last statement.
std::string ArticleExtractor::person_introduced_before(std::size_t offset, const DiscourseState& discourse) const {
  const auto current = std::upper_bound(units_.begin(), units_.end(), offset,
                                        [](std::size_t at, const Unit& unit) { return at < unit.span.begin; });
  if (current == units_.begin() || current - 1 == units_.begin()) return "";
  const Unit& previous = *(current - 2);
  if (previous.span.begin < discourse.last_attributed_unit_end) return "";
  return speakers_.first_named_between(previous.span.begin, previous.span.end);
}

// "As Mr. Lee faces a long term, he has vowed to appeal": a pronoun after an opening subordinate
// clause is the person that clause names.
std::string ArticleExtractor::person_in_opening_clause(std::size_t pronoun) const {
  if (pronoun == 0 || t_[pronoun - 1].mark != ',' || quoted_[pronoun - 1]) return "";
  const std::size_t at = t_[pronoun].span.begin;
  const auto current = std::upper_bound(units_.begin(), units_.end(), at,
                                        [](std::size_t offset, const Unit& unit) { return offset < unit.span.begin; });
  if (current == units_.begin()) return "";
  const Unit& unit = *(current - 1);
  const std::size_t first = first_word(unit);
  if (first >= pronoun || !kOpeningSubordinators.count(t_[first])) return "";
  return speakers_.first_named_between(unit.span.begin, at);
}

std::string ArticleExtractor::resolve_speaker(std::size_t b, std::size_t e, const DiscourseState& discourse) const {
  if (b >= e) return "";
  std::size_t words = word_count(b, e);
  // a pronoun alone
  std::size_t k = b;
  while (k < e && !t_[k].word) ++k;
  if (words == 1 && (kPronouns.count(t_[k]) || kPossessivePronouns.count(t_[k]))) {
    const std::string_view p = t_[k].low == "his" ? "he" : t_[k].low == "her" ? "she" : std::string_view(t_[k].low);
    if (p == "he" || p == "she") {
      const std::size_t at = t_[b].span.begin;
      std::string found = person_in_opening_clause(b);
      if (found.empty()) found = person_introduced_before(at, discourse);
      if (found.empty()) found = discourse.last_person;
      if (found.empty()) found = speakers_.last_before(at);
      if (found.empty()) found = discourse.last_speaker;  // a speaker named only by title: "President Obama"
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
    return discourse.last_group.empty() ? std::string(t_[k].span.of(text_)) : discourse.last_group;
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

}  // namespace claimdiff::detail::extraction
