// Credits: who a statement is relayed from ("according to Reuters", "told the BBC", "(AP) -"),
// news-source names, and the credit of the whole article ("originally published by").
#include "extract/article_extractor.hpp"

namespace claimdiff::detail::extraction {

// A generic media word ("newspaper", "news"), unless it names an event ("a news conference").
bool ArticleExtractor::media_word(std::size_t k) const {
  static const WordSet kEvents{"conference", "conferences", "briefing", "briefings", "release", "releases"};
  return lx_.media_words.count(t_[k]) > 0 && !(word(k + 1) && kEvents.count(t_[k + 1]));
}

bool ArticleExtractor::is_source_phrase(std::size_t b, std::size_t e) const {
  for (std::size_t k = b; k < e; ++k) {
    if (media_word(k)) return true;
    const auto m = source_at(k, e);
    if (m.length > 0) return true;
  }
  return false;
}

// "the newspaper Le Monde", "the German news agency dpa": a media word, then the name to the end.
bool ArticleExtractor::names_a_medium(std::size_t b, std::size_t e) const {
  bool medium = false;
  std::size_t k = b;
  for (; k < e && !(t_[k].word && t_[k].cap && !kFunctionWords.count(t_[k])); ++k) {
    if (!t_[k].word) return false;
    medium = medium || media_word(k);
  }
  for (; k < e; ++k)
    if (!t_[k].word) return false;
  return medium;
}

// The credited source as written, without a leading "the" and without generic report words.
std::string ArticleExtractor::source_name(std::size_t b, std::size_t e) const {
  while (b < e && (low(b) == "the" || !t_[b].word)) ++b;
  while (e > b && (!t_[e - 1].word && t_[e - 1].mark != ')')) --e;
  while (e > b && (low(e - 1) == "reports" || low(e - 1) == "report" || low(e - 1) == "reporting")) --e;
  return text_of(b, e);
}

std::vector<ViaMark> ArticleExtractor::find_via(const Unit& unit, bool& any_other_cue) const {
  std::vector<ViaMark> out = may_credit(unit) ? credit_clauses(unit) : std::vector<ViaMark>();
  any_other_cue = false;
  const std::size_t b = unit.tb, e = unit.te;
  // is there another cue outside the credits?
  for (std::size_t i = b; i < e && !any_other_cue; ++i) {
    if (quoted_[i] || !t_[i].word) continue;
    bool inside = false;
    for (const auto& v : out) inside = inside || (i >= v.begin && i < v.end);
    if (inside) continue;
    const auto m = verb_at(i, e);
    if (m.length > 0 && lx_.verb_info[m.value].lemma != "according to") any_other_cue = true;
  }
  std::sort(out.begin(), out.end(), [](const ViaMark& a, const ViaMark& c) { return a.begin < c.begin; });
  return out;
}

// Every credit clause below needs a source phrase or one of the words "reported", "published",
// "according": most units have none, and the searches are skipped for them.
bool ArticleExtractor::may_credit(const Unit& unit) const {
  for (std::size_t i = unit.tb; i < unit.te; ++i)
    if (matches_[i].source.length > 0 || low(i) == "reported" || low(i) == "published" || low(i) == "according")
      return true;
  return false;
}

// "as reported by X", "(Reuters)", ", X reports", "according to <media>": the unit's credit clauses.
std::vector<ViaMark> ArticleExtractor::credit_clauses(const Unit& unit) const {
  std::vector<ViaMark> out;
  const std::size_t b = unit.tb, e = unit.te;
  for (std::size_t i = b; i < e; ++i) {
    if (quoted_[i] || !t_[i].word) continue;
    // "as reported by X", "reported by X", "as reported in X"
    const bool credit_clause = i > b && (low(i - 1) == "as" || t_[i - 1].mark == ',');
    if (credit_clause && (low(i) == "reported" || low(i) == "published") && (low(i + 1) == "by" || low(i + 1) == "in") &&
        i + 2 < e) {
      const std::size_t np_end = right_np_end(i + 2, e);
      if (np_end > i + 2) {
        std::size_t from = i;
        if (from > b && low(from - 1) == "as") --from;
        if (from > b && t_[from - 1].mark == ',') --from;
        out.push_back({from, np_end, source_name(i + 2, np_end)});
        i = np_end;
        continue;
      }
    }
    // "(Reuters)"
    if (t_[i].cap && i > b && t_[i - 1].mark == '(') {
      const auto m = source_at(i, e);
      if (m.length > 0 && i + m.length < e && t_[i + m.length].mark == ')') {
        out.push_back({i - 1, i + m.length + 1, text_of(i, i + m.length)});
        i += m.length;
        continue;
      }
    }
    // "as X reported", ", X has reported", ", X reports", ", X notes" with X a news source
    if (i > b && (low(i - 1) == "as" || t_[i - 1].mark == ',' || is_quote_mark(t_[i - 1]))) {
      std::size_t k = i;
      if (low(k) == "the") ++k;
      const auto m = source_at(k, e);
      std::size_t after = k + m.length;
      if (m.length > 0) {
        while (after < e && (low(after) == "has" || low(after) == "had" || low(after) == "also")) ++after;
        if (after < e && (low(after) == "reported" || low(after) == "reports" || low(after) == "notes" ||
                          low(after) == "noted" || low(after) == "said" || low(after) == "says" ||
                          low(after) == "wrote" || low(after) == "writes" || low(after) == "reported," )) {
          std::size_t end = after + 1;
          // only a credit when the clause ends there (else it is the outlet's source speaking)
          while (end < e && !t_[end].word && t_[end].mark != '"' && t_[end].mark != '\'') ++end;
          if (end >= e || low(i - 1) == "as") {
            out.push_back({i - 1, after + 1, source_name(k, k + m.length)});
            i = after;
            continue;
          }
        }
      }
    }
  }
  // "according to X" with X a media source: a credit when another cue names the speaker
  for (std::size_t i = b; i + 2 < e; ++i) {
    if (quoted_[i] || low(i) != "according" || low(i + 1) != "to") continue;
    std::size_t np_end = i + 2;
    while (np_end < e && (t_[np_end].word || t_[np_end].mark == '.' || t_[np_end].mark == '-' || t_[np_end].mark == '/') &&
           low(np_end) != "that")
      ++np_end;
    if (np_end > i + 2 && is_source_phrase(i + 2, np_end)) {
      std::size_t from = i;
      if (from > b && t_[from - 1].mark == ',') --from;
      out.push_back({from, np_end, source_name(i + 2, np_end)});
    }
  }
  return out;
}

// "This article was originally published by Radio Free Europe/Radio Liberty", "(Reuters) -"
void ArticleExtractor::article_via() {
  article_via_unit_.assign(units_.size(), false);
  for (std::size_t u = 0; u < units_.size(); ++u) {
    const Unit& unit = units_[u];
    for (std::size_t i = unit.tb; i + 2 < unit.te; ++i) {
      const std::string_view w = low(i);
      if (w != "published" && w != "republished" && w != "reprinted" && w != "appeared") continue;
      const bool published = low(i + 1) == "by" || low(i + 1) == "in" || low(i + 1) == "on" ||
                             low(i + 1) == "from" || (low(i + 1) == "with" && low(i + 2) == "permission");
      const bool originally = i > unit.tb && (low(i - 1) == "originally" || low(i - 1) == "first") ;
      if (!published || !(originally || low(i + 1) == "with" || w == "republished" || w == "reprinted")) continue;
      std::size_t from = i + 2;
      if (low(i + 1) == "with") {
        from = i + 3;
        if (low(from) != "from") continue;
        ++from;
      }
      std::size_t e = from;
      while (e < unit.te && (t_[e].word || t_[e].mark == '/' || t_[e].mark == '-' || t_[e].mark == '&') &&
             low(e) != "and" && low(e) != "with" && low(e) != "on")
        ++e;
      if (e > from) {
        const std::string name = source_name(from, e);
        if (std::find(out_.via.begin(), out_.via.end(), name) == out_.via.end()) out_.via.push_back(name);
        article_via_unit_[u] = true;
      }
      break;
    }
  }
  // a dateline credit at the start of the body: "WASHINGTON (Reuters) -"
  for (std::size_t u = 0; u < units_.size() && u < 8; ++u) {
    const Unit& unit = units_[u];
    for (std::size_t i = unit.tb; i + 2 < unit.te && i < unit.tb + 8; ++i) {
      if (t_[i].mark != '(') continue;
      const auto m = source_at(i + 1, unit.te);
      if (m.length > 0 && i + 1 + m.length < unit.te && t_[i + 1 + m.length].mark == ')') {
        const std::string name = text_of(i + 1, i + 1 + m.length);
        if (std::find(out_.via.begin(), out_.via.end(), name) == out_.via.end()) out_.via.push_back(name);
      }
    }
  }
}

}  // namespace claimdiff::detail::extraction
