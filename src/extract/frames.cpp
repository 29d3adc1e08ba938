// Frames: the constructions that turn a unit into statements (quote-cue-speaker, speaker-cue-
// that-clause, mixed quotation, "X said:" lists, headline colons, quote-only units).
#include "extract/article_extractor.hpp"

namespace claimdiff::detail::extraction {

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
      const bool verb_credit = v.end > v.begin && verb_at(v.end - 1, v.end).length > 0 && low(v.begin + 1) != "as";
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
      // a credit inside the phrase ("a report obtained by CBS News") ends the speaker, not the claim
      if (right_end < np_e) {
        se = right_end;
        right_end = via_start_after(np_e);
        if (next && next->coordinated) right_end = std::min(right_end, next->frame_begin);
      }
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
      } else if (low(r0) == "to" && !named_source(r0 + 1, right_end).empty()) {
        r0 = named_source(r0 + 1, right_end).end;  // "confirmed to Reuters the ban ...": the listener
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
        // (never a phrase that opens with a preposition: "..., stated in company.")
        if (np_e > c.end && closes && !kPronouns.count(t_[c.end]) && !kAdjunctStarts.count(t_[c.end]) &&
            plausible_speaker(c.end, np_e, c.info)) {
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
      // "..., he has vowed to appeal": a commitment's infinitive is its claim, not an adjunct
      const bool commitment = c.info && kCommitmentLemmas.count(c.info->lemma) && low(c.end) == "to";
      const bool content_before = !commitment && (quote_before || (word_count(region_start, c.frame_begin) >= options_.min_content_words &&
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
                                                               low(c.frame_begin) == "as"))));
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
    if (c.type == Cue::Type::verb)
      if (auto listener = listener_credit(c, content, unit)) own_via.push_back(std::move(*listener));
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

}  // namespace claimdiff::detail::extraction
