// Credits: who a statement is relayed from ("according to Reuters", "told the BBC", "obtained by
// CBS News", "(via X)"), and the credit of the whole copy (bylines, datelines, copyright lines,
// "Source:" lines, sign-offs). Outlet names come from data/lexicons/news_sources.txt only, the
// words of the clauses ("obtained by", ", Reuters reported", "originally published") from credit_words.txt.
#include "extract/article_extractor.hpp"

namespace claimdiff::detail::extraction {

// A generic media word ("newspaper", "news"), unless it names an event ("a news conference").
bool ArticleExtractor::media_word(std::size_t k) const {
  return lx_.media_words.count(t_[k]) > 0 && !(word(k + 1) && lx_.credit.events.count(t_[k + 1]));
}

// A speaker that is a medium: "Russian media", "Reuters", "a Kremlin newspaper"; "report" alone
// makes none ("a coast guard report" is a document, not an outlet).
bool ArticleExtractor::speaker_is_outlet(std::size_t b, std::size_t e) const {
  for (std::size_t k = b; k < e; ++k) {
    const bool report = lx_.credit.reports.count(t_[k]);
    if ((media_word(k) && !report) || source_at(k, e).length > 0) return true;
  }
  return false;
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

// The credited source of a phrase: the outlet it names ("a reporter for USA Today" -> "USA Today",
// "a Reuters/Ipsos poll" -> "Reuters"), else the phrase when a media word heads it ("Russian media
// reports" -> "Russian media", without a leading "the" and generic report words), else none ("White
// House press secretary Josh Earnest" is a person, whatever "press" suggests). After a credit
// construction ("as reported by NRK", "originally published by X") whatever it names is the source.
std::string ArticleExtractor::source_name(std::size_t b, std::size_t e, bool credit_construction) const {
  const std::size_t phrase_begin = b;  // "the Times" is a name with its "the"
  while (b < e && (low(b) == "the" || !t_[b].word)) ++b;
  while (e > b && (!t_[e - 1].word && t_[e - 1].mark != ')')) --e;
  while (e > b && lx_.credit.reports.count(t_[e - 1])) --e;
  for (std::size_t k = phrase_begin; k < e; ++k) {
    const TokenRange name = named_source(k, e);
    if (name.empty()) continue;
    // as written, without the "the" it may begin with ("Washington Post", "Times")
    const std::size_t from = name.begin < b ? b : name.begin;
    return from < name.end ? text_of(from, name.end) : text_of(name.begin, name.end);
  }
  // ("the newspaper Le Monde" names one; "radio traffic" does not)
  if (e > b && (credit_construction || media_word(e - 1) || (names_a_medium(b, e) && t_[e - 1].cap)))
    return text_of(b, e);
  return "";
}

// The outlet named at token k, as token indexes ("The Associated Press", "Britain's Press
// Association", "AP News"): after "the" or one possessive, a name of news_sources.txt and the
// capitalised media words that go on with it. Empty when no outlet is named there.
TokenRange ArticleExtractor::named_source(std::size_t k, std::size_t e) const {
  // "The Times" is a name of its own; "the Washington Post" is "Washington Post" after "the"
  if (k < e && low(k) == "the" && !(source_at(k, e).length > 0 && word(k + 1) && t_[k + 1].cap)) ++k;
  if (k + 1 < e && t_[k].word && t_[k].cap && low(k).ends_with("'s") && source_at(k, e).length == 0) ++k;
  if (k >= e || !t_[k].word || !(t_[k].cap || low(k) == "the")) return {};
  const auto m = source_at(k, e);
  if (m.length == 0) return {};
  std::size_t end = k + m.length;
  while (end < e && t_[end].word && t_[end].cap && media_word(end)) ++end;
  return {k, end};
}

// "when approached by The Associated Press", "a report obtained by ABC News", "a statement released
// to Britain's Press Association": a remark or a document handed to a named outlet.
std::optional<ViaMark> ArticleExtractor::handover_credit(std::size_t i, std::size_t b, std::size_t e) const {
  if (!lx_.credit.handover.count(t_[i]) || !(low(i + 1) == "by" || low(i + 1) == "to")) return std::nullopt;
  const TokenRange name = named_source(i + 2, e);
  if (name.empty()) return std::nullopt;
  std::size_t from = i;
  if (from > b && (low(from - 1) == "when" || low(from - 1) == "as" || low(from - 1) == "after")) --from;
  if (from > b && t_[from - 1].mark == ',') --from;
  return ViaMark{from, name.end, text_of(name.begin, name.end)};
}

// "(via Fabrizio Romano)": where the outlet took a quotation from, a person or a medium.
std::optional<ViaMark> ArticleExtractor::via_aside(std::size_t i, std::size_t e) const {
  if (low(i) != "via" || i == 0 || t_[i - 1].mark != '(') return std::nullopt;
  std::size_t close = i + 1;
  while (close < e && close < i + 8 && (t_[close].word || t_[close].mark == '.' || t_[close].mark == '-')) ++close;
  if (close >= e || t_[close].mark != ')' || close == i + 1 || !t_[i + 1].cap) return std::nullopt;
  return ViaMark{i - 1, close + 1, text_of(i + 1, close)};
}

// "(c) 2024 Reuters", "© The Associated Press", "Copyright 2024 AFP": whose copy the text is. The
// mark reaches back to a dash that opens the sign-off ("— Jane Doe, (c) 2024 Reuters").
std::optional<ViaMark> ArticleExtractor::copyright_credit(std::size_t i, std::size_t b, std::size_t e) const {
  std::size_t k = i;
  if (t_[i].mark == '(' && (low(i + 1) == "c") && i + 2 < e && t_[i + 2].mark == ')') k = i + 3;
  else if (t_[i].mark == '~' && t_[i].span.of(text_) == "\u00A9") k = i + 1;
  else if (low(i) == "copyright") k = i + 1;
  else return std::nullopt;
  while (k < e && (t_[k].digit || t_[k].mark == ',' || t_[k].mark == '-')) ++k;
  const TokenRange name = named_source(k, e);
  if (name.empty()) return std::nullopt;
  std::size_t from = i;
  for (std::size_t d = i; d > b && d + 12 > i; --d)
    if (t_[d - 1].mark == '-' && !quoted_[d - 1]) {
      from = d - 1;
      break;
    }
  return ViaMark{from, name.end, text_of(name.begin, name.end)};
}

// A sign-off that closes a unit: "— Reuters", "- with AFP", "(with Reuters)".
std::optional<ViaMark> ArticleExtractor::signoff_credit(std::size_t b, std::size_t e) const {
  std::size_t end = e;
  while (end > b && !t_[end - 1].word && t_[end - 1].mark != ')') --end;
  if (end > b && t_[end - 1].mark == ')') --end;
  for (std::size_t d = end; d > b && d + 8 > end; --d) {
    const char mark = t_[d - 1].mark;
    if (mark != '-' && mark != '(' && mark != ',') continue;
    std::size_t k = d;
    if (low(k) == "with") ++k;
    else if (mark == ',') break;  // ", AFP" alone closes many a clause that credits nobody
    const TokenRange name = named_source(k, end);
    if (!name.empty() && name.end == end) return ViaMark{d - 1, e, text_of(name.begin, name.end)};
    break;
  }
  return std::nullopt;
}

// A news outlet as the listener of a verb cue: "told The Washington Post", "confirmed to Reuters",
// "said in an interview with CNN", looked for between the cue and its content (or the end of the
// unit when the content comes first).
std::optional<ViaMark> ArticleExtractor::listener_credit(const Cue& cue, const std::vector<TokenRange>& content,
                                                         const Unit& unit) const {
  constexpr std::size_t kListenerWindow = 8;  // tokens after the cue: "told the German news agency dpa"
  std::size_t window_end = std::min(unit.te, cue.end + kListenerWindow);
  for (const TokenRange& piece : content)
    if (piece.begin >= cue.end) window_end = std::min(window_end, piece.begin);
  for (std::size_t k = cue.end; k < window_end; ++k) {
    if (quoted_[k] || !t_[k].word) continue;
    const TokenRange name = named_source(k, unit.te);
    if (!name.empty()) return ViaMark{k, name.end, text_of(name.begin, name.end)};
  }
  return std::nullopt;
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
    if (matches_[i].source.length > 0 || low(i) == "reported" || low(i) == "published" || low(i) == "according" ||
        low(i) == "via")
      return true;
  return false;
}

// "as reported by X", "(Reuters)", ", X reports", "according to <media>": the unit's credit clauses.
std::vector<ViaMark> ArticleExtractor::credit_clauses(const Unit& unit) const {
  std::vector<ViaMark> out;
  const std::size_t b = unit.tb, e = unit.te;
  for (std::size_t i = b; i < e; ++i) {
    if (quoted_[i]) continue;
    if (auto mark = copyright_credit(i, b, e)) {
      i = mark->end - 1;
      out.push_back(std::move(*mark));
      continue;
    }
    if (!t_[i].word) continue;
    if (auto mark = handover_credit(i, b, e)) {
      i = mark->end - 1;
      out.push_back(std::move(*mark));
      continue;
    }
    if (auto mark = via_aside(i, e)) {
      i = mark->end - 1;
      out.push_back(std::move(*mark));
      continue;
    }
    // "as reported by X", "reported by X", "as reported in X"
    const bool credit_clause = i > b && (low(i - 1) == "as" || t_[i - 1].mark == ',');
    if (credit_clause && (low(i) == "reported" || low(i) == "published") && (low(i + 1) == "by" || low(i + 1) == "in") &&
        i + 2 < e) {
      const std::size_t np_end = right_np_end(i + 2, e);
      if (np_end > i + 2) {
        std::size_t from = i;
        if (from > b && low(from - 1) == "as") --from;
        if (from > b && t_[from - 1].mark == ',') --from;
        out.push_back({from, np_end, source_name(i + 2, np_end, true)});
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
        if (after < e && lx_.credit.relay.count(t_[after])) {
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
    // "according to a report obtained by ABC News": the handover above already credits the outlet
    const bool handed_over = std::any_of(out.begin(), out.end(), [&](const ViaMark& v) {
      return v.begin >= i + 2 && v.begin < np_end;
    });
    if (np_end > i + 2 && !handed_over && is_source_phrase(i + 2, np_end)) {
      std::size_t from = i;
      if (from > b && t_[from - 1].mark == ',') --from;
      out.push_back({from, np_end, source_name(i + 2, np_end)});
    }
  }
  if (auto mark = signoff_credit(b, e)) {
    const bool taken = std::any_of(out.begin(), out.end(), [&](const ViaMark& v) { return v.end > mark->begin; });
    if (!taken) out.push_back(std::move(*mark));
  }
  return out;
}

// One credit per outlet: "AP" after "The Associated Press" adds nothing.
void ArticleExtractor::add_article_credit(const std::string& name) {
  if (name.empty()) return;
  const auto outlet_of = [this](const std::string& credit) -> std::string {
    const std::vector<Tok> words = detail::tokenize_marks(credit, {0, credit.size()});
    const std::size_t k =
        !words.empty() && words[0].low == "the" && lx_.sources.match(words, 0, words.size()).length == 0 ? 1 : 0;
    const auto m = lx_.sources.match(words, k, words.size());
    return m.length > 0 ? lx_.source_outlets[m.value] : credit;
  };
  const std::string outlet = outlet_of(name);
  for (const std::string& credited : out_.via)
    if (outlet_of(credited) == outlet) return;
  out_.via.push_back(name);
}

// A byline that names an outlet: "By Reuters", "By Jane Doe, Associated Press", "ByESPN NEWS
// SERVICES" (the space lost in copying a page). A byline of people only credits no outlet.
std::optional<std::string> ArticleExtractor::byline_credit(const Unit& unit) const {
  constexpr std::size_t kMaxBylineWords = 12;
  const std::size_t first = first_word(unit);
  if (first >= unit.te || !low(first).starts_with("by") || word_count(unit.tb, unit.te) > kMaxBylineWords)
    return std::nullopt;
  const std::string_view word = t_[first].span.of(text_);
  const bool glued = word.size() > 2 && word[2] >= 'A' && word[2] <= 'Z';
  if (low(first) != "by" && !glued) return std::nullopt;
  // the byline after "By", tokenised on its own so that a glued name is a word of its own
  const std::string rest(text_.substr(t_[first].span.begin + 2, unit.span.end - t_[first].span.begin - 2));
  const std::vector<Tok> words = detail::tokenize_marks(rest, {0, rest.size()});
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (!words[k].word || !words[k].cap) continue;
    const auto m = lx_.sources.match(words, k, words.size());
    if (m.length == 0) continue;
    std::size_t end = k + m.length;
    // "ESPN NEWS SERVICES", "AP News": the capitalised words that go on with the name
    while (end < words.size() && words[end].word && words[end].cap) ++end;
    return rest.substr(words[k].span.begin, words[end - 1].span.end - words[k].span.begin);
  }
  return std::nullopt;
}

// Credits for the whole copy: "This article was originally published by ...", a dateline
// "WASHINGTON (Reuters) -", a byline that names an outlet, a "Source: AFP" line, a copyright line
// "(c) 2024 Reuters" anywhere, and a sign-off "— Reuters" closing the article.
void ArticleExtractor::article_via() {
  constexpr std::size_t kOpeningUnits = 8;  // where bylines and datelines stand
  constexpr std::size_t kClosingUnits = 3;  // where sign-offs stand
  article_via_unit_.assign(units_.size(), false);
  for (std::size_t u = 0; u < units_.size(); ++u) {
    const Unit& unit = units_[u];
    for (std::size_t i = unit.tb; i + 2 < unit.te; ++i) {
      const bool republished = lx_.credit.republication.count(t_[i]);
      if (!republished && !lx_.credit.publication.count(t_[i])) continue;
      const bool published = low(i + 1) == "by" || low(i + 1) == "in" || low(i + 1) == "on" ||
                             low(i + 1) == "from" || (low(i + 1) == "with" && low(i + 2) == "permission");
      const bool originally = i > unit.tb && (low(i - 1) == "originally" || low(i - 1) == "first") ;
      if (!published || !(originally || low(i + 1) == "with" || republished)) continue;
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
        add_article_credit(source_name(from, e, true));
        article_via_unit_[u] = true;
      }
      break;
    }
    for (std::size_t i = unit.tb; i < unit.te; ++i)
      if (auto mark = copyright_credit(i, unit.tb, unit.te)) add_article_credit(mark->source);
    // "Source: AFP", "Sources: Reuters, AP"
    const std::size_t first = first_word(unit);
    if ((low(first) == "source" || low(first) == "sources") && first + 1 < unit.te && t_[first + 1].mark == ':') {
      for (std::size_t k = first + 2; k < unit.te; ++k) {
        const TokenRange name = named_source(k, unit.te);
        if (name.empty()) continue;
        add_article_credit(text_of(name.begin, name.end));
        k = name.end - 1;
      }
    }
    if (u + kClosingUnits >= units_.size())
      if (auto mark = signoff_credit(unit.tb, unit.te)) add_article_credit(mark->source);
  }
  for (std::size_t u = 0; u < units_.size() && u < kOpeningUnits; ++u) {
    const Unit& unit = units_[u];
    if (auto name = byline_credit(unit)) add_article_credit(*name);
    // a dateline credit at the start of the body: "WASHINGTON (Reuters) -"
    for (std::size_t i = unit.tb; i + 2 < unit.te && i < unit.tb + 8; ++i) {
      if (t_[i].mark != '(') continue;
      const auto m = source_at(i + 1, unit.te);
      if (m.length > 0 && i + 1 + m.length < unit.te && t_[i + 1 + m.length].mark == ')')
        add_article_credit(text_of(i + 1, i + 1 + m.length));
    }
  }
}

// A statement goes on with the credit of the statement it continues: the same speaker talking on
// ('"...," she told the BBC. "..."'), or "the report said" of a report an outlet obtained before
// ("according to a report obtained by ABC News").
void ArticleExtractor::inherit_credits(Statement& st, bool own_mention) const {
  if (!st.via.empty() || statements_.empty() || st.speaker.empty()) return;
  const Statement& previous = statements_.back();
  if (!own_mention) {
    if (previous.speaker == st.speaker) st.via = previous.via;
    return;
  }
  // "the report", "the document": a definite common noun names again what an earlier statement cited
  const std::vector<std::string> mention = detail::phrase_words(st.speaker_mention);
  const std::size_t space = st.speaker_mention.find(' ');
  if (mention.size() != 2 || mention[0] != "the" || space == std::string::npos ||
      !(st.speaker_mention[space + 1] >= 'a' && st.speaker_mention[space + 1] <= 'z'))
    return;
  for (auto it = statements_.rbegin(); it != statements_.rend(); ++it) {
    if (it->via.empty()) continue;
    const std::vector<std::string> earlier = detail::phrase_words(it->speaker_mention);
    if (std::find(earlier.begin(), earlier.end(), mention[1]) != earlier.end()) {
      st.via = it->via;
      return;
    }
  }
}

// "the Times said" after "according to the New York Times": a short name of an outlet credited
// before is that outlet. Names are compared word by word, the short one a tail of the long one.
void ArticleExtractor::resolve_short_credits() {
  std::vector<std::vector<std::string>> seen;
  std::vector<std::string> names;
  auto resolve = [&](std::string& name) {
    const std::vector<std::string> words = detail::phrase_words(name);
    for (std::size_t n = 0; n < seen.size(); ++n) {
      const auto& full = seen[n];
      if (full.size() > words.size() && !words.empty() &&
          std::equal(words.begin(), words.end(), full.end() - static_cast<std::ptrdiff_t>(words.size()))) {
        name = names[n];
        return;
      }
    }
    seen.push_back(words);
    names.push_back(name);
  };
  for (std::string& name : out_.via) resolve(name);
  for (Statement& st : statements_)
    for (std::string& name : st.via) resolve(name);
}

}  // namespace claimdiff::detail::extraction
