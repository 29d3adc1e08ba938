// Framing: the outlet's evaluative words outside quotations (framing_terms.txt, then the VADER
// selection framing_vader.txt), each taken with what it judges ("scathing rebuke", "shipping
// giant", "strongly refuted", "just 18 months"), and emotive cues; given to the statements that
// hold them. A capitalised word inside a sentence is part of a name ("Manchester United"), not framing.
#include "extract/article_extractor.hpp"

namespace claimdiff::detail::extraction {
namespace {

constexpr std::size_t kMaxModifiedWords = 2;  // "disgraced crypto king": the noun an adjective judges

// Words that join two framing terms into one phrase: "cautionary tale of greed and hubris".
bool joins_terms(std::string_view w) { return w == "of" || w == "and" || w == "from"; }

}  // namespace

// A lower-case content word a framing term may take along: no grammar word (determiner,
// preposition, conjunction, auxiliary), figure, "-ly" adverb, nor (unless `past`) a past form ("the
// faulty update crashed": an adjective's noun stops there; "strongly refuted": an adverb's verb not).
bool ArticleExtractor::plain_word(std::size_t k, bool past) const {
  return word(k) && !quoted_[k] && !t_[k].cap && !t_[k].digit && !kFunctionWords.count(t_[k]) &&
         !kStopLeft.count(t_[k]) && !kBetween.count(t_[k]) && !kBeForms.count(t_[k]) &&
         !kDeterminers.count(t_[k]) && !kFramingStopWords.count(t_[k]) && !low(k).ends_with("ly") &&
         (past || !low(k).ends_with("ed"));
}

// The framing entry at token k, a hyphenated compound whose part is one included ("spine-chilling"
// from "chilling"); nullopt for none or for an entry of category "-".
std::optional<ArticleExtractor::FramingHit> ArticleExtractor::framing_at(std::size_t k) const {
  if (!word(k) || quoted_[k]) return std::nullopt;
  const auto m = matches_[k].framing;
  if (m.length > 0) {
    const std::string& category = lx_.framing_category[m.value];
    if (category == "-") return FramingHit{m.length, nullptr};
    return FramingHit{m.length, &category};
  }
  const std::string_view w = low(k);
  if (w.find('-') == std::string_view::npos) return std::nullopt;
  for (std::size_t from = 0; from < w.size();) {
    const std::size_t dash = std::min(w.find('-', from), w.size());
    const std::string part(w.substr(from, dash - from));
    const std::vector<Tok> one = detail::tokenize_marks(part, {0, part.size()});
    const auto pm = lx_.framing.match(one, 0, one.size());
    if (pm.length == one.size() && !one.empty()) {
      const std::string& category = lx_.framing_category[pm.value];
      if (category == "evaluative" || category == "loaded" || category == "intensifier") return FramingHit{1, &category};
    }
    from = dash + 1;
  }
  return std::nullopt;
}

// The tokens a framing term covers from token i: the entry and what it judges.
TokenRange ArticleExtractor::framing_extent(std::size_t i, const FramingHit& hit, std::size_t sentence_begin,
                                      std::size_t sentence_end) const {
  std::size_t b = i, e = i + hit.length;
  const std::string& category = *hit.category;
  if (category == "evaluative") {
    // "urgent warning", "disgraced crypto king": the noun it modifies, up to the next framing word
    for (std::size_t n = 0; n < kMaxModifiedWords && e < sentence_end && plain_word(e) && !framing_at(e); ++n) ++e;
  } else if (category == "intensifier" || category == "hedge" || category == "stance_adverb") {
    // "strongly refuted", "relatively small", "even paused": the word it bears on
    if (e < sentence_end && plain_word(e, true) && !framing_at(e)) ++e;
  } else if (category == "epithet") {
    // "shipping giant", "Italian giants", "corporate titan": the label and its modifier
    if (b > sentence_begin && word(b - 1) && !quoted_[b - 1] && !kFunctionWords.count(t_[b - 1]) &&
        !kDeterminers.count(t_[b - 1]) && !t_[b - 1].digit)
      --b;
  } else if (category == "minimizer") {
    // "just 18 months": the figure it shrinks and its unit
    if (e < sentence_end && t_[e].digit) {
      ++e;
      if (e < sentence_end && plain_word(e)) ++e;
    }
  }
  return {b, e};
}

void ArticleExtractor::framing() {
  for (const auto& [sb, se] : sentence_tokens_) {
    std::size_t words = 0, caps = 0;
    for (std::size_t k = sb; k < se; ++k)
      if (t_[k].word && !t_[k].digit) {
        ++words;
        caps += t_[k].cap;
      }
    const bool title_case = words > 0 && caps * 10 >= words * 6;
    std::size_t first = sb;
    while (first < se && !t_[first].word) ++first;
    std::vector<TokenRange> terms;
    std::vector<const std::string*> categories;
    for (std::size_t i = sb; i < se; ++i) {
      const auto hit = framing_at(i);
      if (!hit) continue;
      if (hit->category == nullptr || (t_[i].cap && i != first && !title_case) ||
          (*hit->category == "minimizer" && !(i + hit->length < se && t_[i + hit->length].digit))) {
        i += hit->length - 1;
        continue;
      }
      TokenRange extent = framing_extent(i, *hit, sb, se);
      // adjacent terms, or two joined by "of", "and", "from", are one phrase: "precipitous fall from grace"
      // (an epithet that takes the adjective before it joins that adjective's term: "notorious fraudsters")
      if (!terms.empty() && (extent.begin <= terms.back().end ||
                             (extent.begin == terms.back().end + 1 && joins_terms(low(terms.back().end))))) {
        terms.back().end = std::max(terms.back().end, extent.end);
      } else {
        terms.push_back(extent);
        categories.push_back(hit->category);
      }
      i = extent.end - 1;
    }
    for (std::size_t n = 0; n < terms.size(); ++n) {
      FramingTerm term;
      term.span = {t_[terms[n].begin].span.begin, t_[terms[n].end - 1].span.end};
      term.text = std::string(term.span.of(text_));
      term.category = *categories[n];
      out_.framing.push_back(std::move(term));
    }
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

}  // namespace claimdiff::detail::extraction
