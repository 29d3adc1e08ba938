// Framing: the outlet's evaluative words outside quotations and emotive cues, given to the
// statements that hold them.
#include "extract/article_extractor.hpp"

namespace claimdiff::detail::extraction {

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

}  // namespace claimdiff::detail::extraction
