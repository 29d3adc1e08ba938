// The statement builder: one Statement from a unit, its content ranges, speaker and cue, with the
// discourse state (last speaker, last person) updated for the next unit.
#include "extract/article_extractor.hpp"

namespace claimdiff::detail::extraction {

void ArticleExtractor::emit(StatementRule rule, const Unit& unit, std::vector<TokenRange> content, TokenRange speaker,
                            const Cue* cue, const std::string& inherited_speaker,
                            const std::string& inherited_mention, const std::vector<ViaMark>& via,
                            DiscourseState& discourse, const std::string& cue_text) {
  const std::size_t sb = speaker.begin, se = speaker.end;
  // trim content ranges of marks at the edges (keep quotation marks that close a quotation)
  std::vector<TokenRange> pieces;
  for (TokenRange c : content) {
    std::size_t b = c.begin, e = c.end;
    while (b < e && !t_[b].word && !(is_quote_mark(t_[b]) && quoted_[b]) && t_[b].mark != '(' && t_[b].mark != '$') ++b;
    while (b < e && !t_[e - 1].word && !(is_quote_mark(t_[e - 1]) && quoted_[e - 1]) && t_[e - 1].mark != ')' &&
           t_[e - 1].mark != '%' && t_[e - 1].mark != '?' && t_[e - 1].mark != '!')
      --e;
    if (b < e) pieces.push_back({b, e});
  }
  std::size_t words = 0, inside = 0, outside = 0;
  for (TokenRange c : pieces) {
    words += word_count(c.begin, c.end);
    for (std::size_t k = c.begin; k < c.end; ++k)
      if (t_[k].word) (quoted_[k] ? inside : outside) += 1;
  }
  // a short quotation is still a statement ("It's heartbreaking," Ryan said); short reported
  // clauses are not ("he said so")
  if (pieces.empty() || (words < options_.min_content_words && !(outside == 0 && inside > 0))) return;
  Statement st;
  st.article = article_.id;
  st.rule = rule;
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
    st.speaker = resolve_speaker(s, f, discourse);
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
  if (sb < se && speaker_is_outlet(sb, se)) {
    const std::string name = source_name(sb, se);
    if (!name.empty() && std::find(st.via.begin(), st.via.end(), name) == st.via.end()) st.via.push_back(name);
  }
  inherit_credits(st, sb < se);
  st.figures = unit_figures(unit);
  // carry speakers along for pronouns
  if (!st.speaker.empty()) {
    discourse.last_speaker = st.speaker;
    // a name the article calls a newspaper or an agency ("the newspaper Le Monde") is never "she"
    bool known = false;
    for (const detail::Person& p : speakers_.people()) known = known || p.name == st.speaker;
    const bool person = known && !names_a_medium(sb, se);
    if (person) discourse.last_person = st.speaker;
    else if (!kPronouns.count(st.speaker)) discourse.last_group = st.speaker;
  }
  discourse.last_attributed_paragraph = unit.paragraph;
  discourse.last_attributed_unit_end = unit.span.end;
  statements_.push_back(std::move(st));
}

}  // namespace claimdiff::detail::extraction
