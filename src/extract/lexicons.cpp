// Loads the lexicons of data/lexicons into the phrase tables and word sets of the rules, once per
// Extractor: reporting verbs, noun cues, framing terms, titles, speaker nouns, news sources.
#include "extract/article_extractor.hpp"

#include <set>

namespace claimdiff::detail::extraction {

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
  // the hand-written list first: its entry wins over the same term selected from VADER
  std::set<std::string> framing_terms;
  for (const char* file : {"framing_terms.txt", "framing_vader.txt"})
    for (const auto& row : detail::load_lexicon(data_dir, file).rows) {
      if (row.size() < 2 || !framing_terms.insert(row[0]).second) continue;
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
      const auto outlet = static_cast<std::uint32_t>(lx.source_outlets.size());
      lx.source_outlets.push_back(row.size() > 1 && !row[1].empty() ? row[1] : row[0]);
      lx.sources.add(row[0], outlet);
      lx.all.add(row[0], (kSourcePhrase << kKindShift) | outlet, true);
    }
  }
  lx.figures = detail::FigureLexicon(data_dir);
  return lx;
}

}  // namespace claimdiff::detail::extraction
