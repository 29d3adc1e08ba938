// Loads the lexicons of data/lexicons into the phrase tables and word sets of the rules, once per
// Extractor: reporting verbs, noun cues, framing terms, titles, speaker nouns, news sources.
#include "extract/article_extractor.hpp"

#include <set>

namespace claimdiff::detail::extraction {

namespace {

// The fifth column of reporting_verbs.txt: "on|known as|* twice" (see the file's header).
void read_no_claim_words(std::string_view items, CueInfo& info) {
  while (!items.empty()) {
    const std::size_t bar = items.find('|');
    const std::string_view item = items.substr(0, bar);
    const std::size_t space = item.find(' ');
    if (item.starts_with("* ")) {
      info.no_claim_after_object.insert(std::string(item.substr(2)));
      info.tests_object = true;
    } else if (space != std::string_view::npos) {
      info.no_claim_after_form.emplace_back(item.substr(0, space), item.substr(space + 1));
    } else if (!item.empty()) {
      info.no_claim_after.insert(std::string(item));
    }
    if (bar == std::string_view::npos) break;
    items.remove_prefix(bar + 1);
  }
}

// The rows of `file` whose second field is `word_class`.
LexiconFile rows_of_class(LexiconFile file, std::string_view word_class) {
  std::erase_if(file.rows, [&](const auto& row) { return row.size() < 2 || row[1] != word_class; });
  return file;
}

}  // namespace

Lexicons load_lexicons(const std::string& data_dir) {
  Lexicons lx;
  for (const auto& row : detail::load_lexicon(data_dir, "reporting_verbs.txt").rows) {
    if (row.size() < 3) continue;
    CueInfo info{.lemma = row[0], .cue_class = row[1], .needs_complement = row.size() > 3 && row[3] == "that"};
    if (row.size() > 4) read_no_claim_words(row[4], info);
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
    lx.noun_info.push_back({.lemma = row[1], .cue_class = row[2], .needs_complement = true});
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
  lx.listeners = kObjectPronouns;
  lx.adjunct_starts = kAdjunctStarts;
  const LexiconFile audience = detail::load_lexicon(data_dir, "audience_nouns.txt");
  detail::add_words(lx.listeners, audience);
  detail::add_words(lx.adjunct_starts, rows_of_class(audience, "press"));
  lx.frame_adjuncts = kFrameAdjuncts;
  detail::add_words(lx.frame_adjuncts, detail::load_lexicon(data_dir, "occasion_words.txt"));
  lx.listener_verbs = detail::word_set(detail::load_lexicon(data_dir, "listener_verbs.txt"));
  lx.speech_verbs = detail::word_set(detail::load_lexicon(data_dir, "speech_verbs.txt"));
  lx.clause_verbs = detail::word_set(detail::load_lexicon(data_dir, "clause_verbs.txt"));
  lx.between = kBetween;
  detail::add_words(lx.between, detail::load_lexicon(data_dir, "frame_adverbs.txt"));
  lx.commitment_verbs = detail::word_set(detail::load_lexicon(data_dir, "commitment_verbs.txt"));
  const LexiconFile credit = detail::load_lexicon(data_dir, "credit_words.txt");
  lx.credit = {.events = detail::word_set(rows_of_class(credit, "event")),
               .reports = detail::word_set(rows_of_class(credit, "report")),
               .handover = detail::word_set(rows_of_class(credit, "handover")),
               .relay = detail::word_set(rows_of_class(credit, "relay")),
               .publication = detail::word_set(rows_of_class(credit, "publication")),
               .republication = detail::word_set(rows_of_class(credit, "republication"))};
  return lx;
}

}  // namespace claimdiff::detail::extraction
