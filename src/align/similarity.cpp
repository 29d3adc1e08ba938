// Word types with WordNet relation features, rendering profiles, and the alignment-based score.
// The score is Sultan et al.'s "proportion of aligned content words", weighted by IDF, with partial
// credit for synonyms, hypernyms, derivations and part-of relations.
#include "align/similarity.hpp"

#include "base/text_util.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>

namespace claimdiff::detail {
namespace {

constexpr std::size_t kMaxSenses = 3;        // later senses are rare and mostly noise for news text
constexpr std::size_t kMaxBases = 3;
constexpr std::size_t kMaxContentWords = 80;  // keeps one pair's alignment bounded
constexpr std::size_t kMaxMultiword = 3;

// relatedness[kind of a][kind of b] for a feature both words share.
constexpr std::array<std::array<double, 6>, 6> kRelatedness = {{
    //  lemma synset hyper derived holonym corpus
    {1.0, 0.0, 0.0, 0.0, 0.0, 0.6},     // lemma
    {0.0, 0.9, 0.7, 0.85, 0.7, 0.0},    // synset
    {0.0, 0.7, 0.0, 0.0, 0.0, 0.0},     // hypernym (sisters are too loose)
    {0.0, 0.85, 0.0, 0.0, 0.6, 0.0},    // derived (two derivatives of one word are too loose)
    {0.0, 0.7, 0.0, 0.6, 0.0, 0.0},     // holonym
    {0.6, 0.0, 0.0, 0.0, 0.0, 0.0},     // corpus
}};

constexpr std::string_view kNegations[] = {"not",     "no",   "never", "cannot",  "nobody",
                                           "nothing", "none", "neither", "nor", "nowhere"};


bool has_digit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_negation(std::string_view folded) {
  if (folded.ends_with("n't")) return true;
  return std::find(std::begin(kNegations), std::end(kNegations), folded) != std::end(kNegations);
}

// "2,600" -> 2600, "1950s" -> 1950 (decade), "3.5" -> 3.5; false when it is not a plain figure.
bool parse_figure(std::string_view word, double& value, bool& decade) {
  std::string digits;
  decade = false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if ((c >= '0' && c <= '9') || c == '.') digits.push_back(c);
    else if (c == ',') continue;
    else if (c == 's' && i + 1 == word.size() && !digits.empty()) decade = true;
    else if (c == '\'' && i == 0) continue;
    else return false;
  }
  if (digits.empty()) return false;
  value = std::strtod(digits.c_str(), nullptr);
  return true;
}

bool is_year(double value) { return value >= 1000 && value <= 2100 && value == std::floor(value); }

// Folded words of a fragment joined by single spaces.
std::string fold_words(std::string_view text) {
  std::string out;
  for (const Token& token : tokenize_words(text)) {
    if (!out.empty()) out.push_back(' ');
    out += fold(token.text);
  }
  return out;
}

// Quoted fragments recovered from quote marks when extraction did not give spans.
std::vector<std::string> find_quotes(std::string_view content) {
  const std::string text = normalize_punctuation(content);
  std::vector<std::string> out;
  auto is_alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char q = text[i];
    if (q != '"' && q != '\'') continue;
    if (i > 0 && is_alnum(text[i - 1])) continue;       // an apostrophe ("don't", "Putin's")
    if (i + 1 >= text.size() || text[i + 1] == ' ') continue;
    for (std::size_t j = i + 2; j < text.size(); ++j) {
      if (text[j] != q || text[j - 1] == ' ') continue;
      if (j + 1 < text.size() && is_alnum(text[j + 1])) continue;
      out.push_back(fold_words(std::string_view(text).substr(i + 1, j - i - 1)));
      i = j;
      break;
    }
  }
  return out;
}


// Two quoted fragments are the same quotation when they share a run of three words, or are equal
// with at least two words and one content word.
bool share_fragment(const std::string& a, const std::string& b) {
  const auto wa = split_on_spaces(a);
  const auto wb = split_on_spaces(b);
  if (wa.empty() || wb.empty()) return false;
  if (wa == wb && wa.size() >= 2 && std::any_of(wa.begin(), wa.end(), [](std::string_view w) { return !is_stop_word(w); }))
    return true;
  for (std::size_t i = 0; i < wa.size(); ++i)
    for (std::size_t j = 0; j < wb.size(); ++j) {
      std::size_t k = 0;
      while (i + k < wa.size() && j + k < wb.size() && wa[i + k] == wb[j + k]) ++k;
      if (k >= 3) return true;
    }
  return false;
}


}  // namespace

bool any_figure_matches(const std::vector<double>& a, const std::vector<double>& b) {
  for (const double x : a)
    for (const double y : b)
      if (std::abs(x - y) <= 0.01 * std::max(std::abs(x), std::abs(y))) return true;
  return false;
}

bool every_figure_matches(const std::vector<double>& a, const std::vector<double>& b) {
  return std::all_of(a.begin(), a.end(), [&](double x) { return any_figure_matches({x}, b); });
}

bool share_quote(const Profile& a, const Profile& b) {
  for (const std::string& qa : a.quotes)
    for (const std::string& qb : b.quotes)
      if (share_fragment(qa, qb)) return true;
  return false;
}

double relatedness(FeatureKind a, FeatureKind b) {
  return kRelatedness[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)];
}

std::uint32_t Vocabulary::custom_id(const std::string& text) {
  const auto base = static_cast<std::uint32_t>(wordnet_.synset_count() + wordnet_.lemma_count());
  const auto [it, inserted] = custom_.try_emplace(text, base + static_cast<std::uint32_t>(custom_.size()));
  if (inserted) custom_texts_.push_back(text);
  return it->second;
}

const std::string& Vocabulary::key_text(std::uint32_t key) const {
  const auto lemmas = static_cast<std::uint32_t>(wordnet_.synset_count());
  const auto customs = lemmas + static_cast<std::uint32_t>(wordnet_.lemma_count());
  return key >= customs ? custom_texts_[key - customs] : wordnet_.lemma(key - lemmas);
}

std::uint32_t Vocabulary::key_of(const std::string& text) {
  const std::uint32_t lemma = wordnet_.lemma_id(text);
  return lemma != WordNet::kNone ? static_cast<std::uint32_t>(wordnet_.synset_count()) + lemma : custom_id(text);
}

void Vocabulary::mark_names(const std::set<std::string>& capitalised) {
  for (const auto& [word, id] : ids_)
    if (capitalised.count(word)) types_[id].proper = true;
}

std::set<std::string> Vocabulary::capitalised() const {
  std::set<std::string> words;
  for (const auto& [word, id] : ids_)
    if (types_[id].proper) words.insert(word);
  return words;
}

std::uint32_t Vocabulary::add(const std::string& folded, bool capitalised) {
  if (const auto it = ids_.find(folded); it != ids_.end()) {
    types_[it->second].proper = types_[it->second].proper || capitalised;
    return it->second;
  }
  const auto id = static_cast<std::uint32_t>(types_.size());
  ids_.emplace(folded, id);
  WordType type;
  type.proper = capitalised;
  type.feature_begin = static_cast<std::uint32_t>(features_.size());
  const auto lemma_base = static_cast<std::uint32_t>(wordnet_.synset_count());
  double value = 0;
  bool decade = false;
  if (has_digit(folded) && parse_figure(folded, value, decade)) {
    type.number = true;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "#%.6g%s", value, decade ? "s" : "");
    type.key = custom_id(buffer);
    features_.push_back({type.key, FeatureKind::lemma});
  } else {
    auto add_synsets = [&](std::uint32_t lemma, FeatureKind own) {
      for (std::size_t p = 0; p < kPosCount; ++p) {
        const auto senses = wordnet_.senses(lemma, static_cast<WordPos>(p));
        for (std::size_t k = 0; k < senses.size() && k < kMaxSenses; ++k) {
          features_.push_back({senses[k], own});
          if (own != FeatureKind::synset) continue;
          for (const Pointer& pointer : wordnet_.pointers(senses[k])) {
            FeatureKind kind = FeatureKind::hypernym;
            switch (pointer.relation) {
              case Relation::hypernym: case Relation::similar: kind = FeatureKind::hypernym; break;
              case Relation::derivation: case Relation::pertainym: kind = FeatureKind::derived; break;
              case Relation::part_holonym: kind = FeatureKind::holonym; break;
            }
            features_.push_back({pointer.target, kind});
          }
        }
      }
    };
    std::string underscored = folded;
    std::replace(underscored.begin(), underscored.end(), ' ', '_');
    const auto bases = wordnet_.base_forms(underscored);
    if (bases.empty()) {
      type.key = custom_id(folded);
      features_.push_back({type.key, FeatureKind::lemma});
      // "Soviet-led": its parts relate as derived words would.
      if (folded.find('-') != std::string::npos) {
        std::size_t i = 0;
        while (i < folded.size()) {
          const std::size_t dash = folded.find('-', i);
          const std::size_t end = dash == std::string::npos ? folded.size() : dash;
          const std::string part = folded.substr(i, end - i);
          if (!part.empty() && !is_stop_word(part))
            for (const std::uint32_t lemma : wordnet_.base_forms(part)) add_synsets(lemma, FeatureKind::derived);
          i = end + 1;
        }
      }
    } else {
      type.key = lemma_base + bases.front();
      for (std::size_t b = 0; b < bases.size() && b < kMaxBases; ++b) {
        features_.push_back({lemma_base + bases[b], FeatureKind::lemma});
        add_synsets(bases[b], FeatureKind::synset);
      }
    }
  }
  std::sort(features_.begin() + type.feature_begin, features_.end());
  features_.erase(std::unique(features_.begin() + type.feature_begin, features_.end()), features_.end());
  type.feature_count = static_cast<std::uint32_t>(features_.size() - type.feature_begin);
  types_.push_back(type);
  return id;
}

void Vocabulary::add_corpus_partner(std::uint32_t id, std::uint32_t partner_key) {
  WordType& type = types_[id];
  const Feature extra{partner_key, FeatureKind::corpus};
  const auto begin = static_cast<std::uint32_t>(features_.size());
  for (std::uint32_t k = 0; k < type.feature_count; ++k) features_.push_back(features_[type.feature_begin + k]);
  features_.push_back(extra);
  std::sort(features_.begin() + begin, features_.end());
  features_.erase(std::unique(features_.begin() + begin, features_.end()), features_.end());
  type.feature_begin = begin;
  type.feature_count = static_cast<std::uint32_t>(features_.size() - begin);
}

void Vocabulary::use_background_weights() {
  for (const auto& [word, id] : ids_) {
    // A word the glosses never use (a name, a multiword) gets the highest weight the glosses give.
    const auto space = word.find(' ');
    const double idf = wordnet_.gloss_idf(space == std::string::npos ? std::string_view(word) : std::string_view(word).substr(space + 1));
    types_[id].weight = static_cast<float>(std::max(0.5, idf));
  }
}

double Vocabulary::relate(std::uint32_t a, std::uint32_t b) const {
  if (a == b) return 1.0;
  const WordType& ta = types_[a];
  const WordType& tb = types_[b];
  if (ta.key == tb.key) return 1.0;
  const Feature* fa = features(a);
  const Feature* fb = features(b);
  std::uint32_t i = 0;
  std::uint32_t j = 0;
  double best = 0.0;
  while (i < ta.feature_count && j < tb.feature_count) {
    if (fa[i].id < fb[j].id) { ++i; continue; }
    if (fb[j].id < fa[i].id) { ++j; continue; }
    // Same id: every kind pairing of the run.
    const std::uint32_t id = fa[i].id;
    std::uint32_t i_end = i;
    std::uint32_t j_end = j;
    while (i_end < ta.feature_count && fa[i_end].id == id) ++i_end;
    while (j_end < tb.feature_count && fb[j_end].id == id) ++j_end;
    for (std::uint32_t x = i; x < i_end; ++x)
      for (std::uint32_t y = j; y < j_end; ++y)
        best = std::max(best, relatedness(fa[x].kind, fb[y].kind));
    i = i_end;
    j = j_end;
  }
  return best;
}

Profile make_profile(const Rendering& rendering, Vocabulary& vocabulary) {
  Profile profile;
  const WordNet& wordnet = vocabulary.wordnet();
  const auto tokens = tokenize_words(rendering.content);
  std::vector<std::string> folded;
  folded.reserve(tokens.size());
  for (const Token& token : tokens) folded.push_back(fold(token.text));
  // A negation scopes over the next two content words of its clause ("did not mention Ukraine").
  constexpr int kNegationScope = 2;
  int scope = 0;
  for (std::size_t i = 0; i < tokens.size();) {
    const std::string& word = folded[i];
    if (i > 0) {
      const std::string_view gap = rendering.content.substr(tokens[i - 1].span.end, tokens[i].span.begin - tokens[i - 1].span.end);
      if (gap.find_first_of(",;:.!?()") != std::string_view::npos) scope = 0;
    }
    if (is_negation(word)) {
      scope = kNegationScope;
      profile.has_negation = true;
      ++i;
      continue;
    }
    // Multiword lemmas WordNet knows ("Soviet Union", "Warsaw Pact", "prime minister").
    std::size_t taken = 1;
    std::string joined = word;
    if (!is_stop_word(word) && !has_digit(word)) {
      for (std::size_t n = std::min(kMaxMultiword, tokens.size() - i); n >= 2; --n) {
        std::string candidate = word;
        for (std::size_t k = 1; k < n; ++k) candidate += "_" + folded[i + k];
        const std::uint32_t id = wordnet.lemma_id(candidate);
        if (id != WordNet::kNone && wordnet.has_pos(id, WordPos::noun)) {
          taken = n;
          joined = candidate;
          std::replace(joined.begin(), joined.end(), '_', ' ');
          break;
        }
      }
    }
    if (taken == 1 && is_stop_word(word)) {
      // Kept for texts made only of function words ("Can you do it?"); few, so a small cost.
      if (profile.function_words.size() < 16) profile.function_words.push_back(vocabulary.add(word, false));
      ++i;
      continue;
    }
    const std::string_view text = tokens[i].text;
    const bool capitalised = i > 0 && !text.empty() && text[0] >= 'A' && text[0] <= 'Z';
    if (profile.words.size() < kMaxContentWords) {
      profile.words.push_back(vocabulary.add(joined, capitalised));
      profile.negated.push_back(scope > 0 ? 1 : 0);
    }
    if (scope > 0) --scope;
    if (rendering.figures == nullptr && has_digit(word)) {
      double value = 0;
      bool decade = false;
      if (parse_figure(word, value, decade)) (decade || is_year(value) ? profile.years : profile.amounts).push_back(value);
    }
    i += taken;
  }
  if (rendering.figures != nullptr) {
    for (const Figure& figure : *rendering.figures) {
      if (!figure.value) continue;
      if (figure.type == "year" || figure.type == "decade") profile.years.push_back(*figure.value);
      else if (figure.type != "date" && figure.type != "ordinal" && figure.type != "vague") profile.amounts.push_back(*figure.value);
    }
  }
  if (!rendering.quotes.empty()) {
    for (const std::string_view quote : rendering.quotes) profile.quotes.push_back(fold_words(quote));
  } else {
    profile.quotes = find_quotes(rendering.content);
  }
  return profile;
}

namespace {

// One aligned word pair: positions in a's and b's content words, and their relatedness.
struct Link {
  std::uint32_t i = 0;
  std::uint32_t j = 0;
  double relatedness = 0.0;
};

// No content words on one side: the function words aligned instead, unweighted (the share of
// words matched).
double function_word_score(const Profile& a, const Profile& b) {
  double matched = 0.0;
  std::vector<char> used(b.function_words.size(), 0);
  for (const std::uint32_t w : a.function_words)
    for (std::size_t j = 0; j < b.function_words.size(); ++j)
      if (!used[j] && b.function_words[j] == w) {
        used[j] = 1;
        matched += 2.0;
        break;
      }
  return matched / static_cast<double>(a.function_words.size() + b.function_words.size());
}

// Context evidence (Sultan et al.): a pair whose neighbours within kContextRadius words also align
// is preferred among equals, by kContextBonus per aligned neighbour up to kMaxContextEvidence.
constexpr std::size_t kContextRadius = 2;
constexpr double kContextBonus = 0.02;
constexpr int kMaxContextEvidence = 3;
// A link this firm makes a negation on one side only a conflict ("did not sign" / "signed").
constexpr double kFirmLink = 0.85;

// A word pair that may be aligned, and the order the greedy alignment takes it in.
struct Candidate {
  double order;
  double relatedness;
  std::uint32_t i;
  std::uint32_t j;
};

// Every related pair of content words, best first (relatedness plus context evidence; ties by position).
std::vector<Candidate> ranked_candidates(const Profile& a, const Profile& b, const Vocabulary& vocabulary) {
  const std::size_t n = a.words.size();
  const std::size_t m = b.words.size();
  std::vector<float> related(n * m, 0.0f);
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < m; ++j) {
      const double r = vocabulary.relate(a.words[i], b.words[j]);
      related[i * m + j] = static_cast<float>(r);
      if (r > 0.0) candidates.push_back({r, r, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)});
    }
  constexpr std::size_t kWindow = 2 * kContextRadius + 1;
  for (Candidate& c : candidates) {
    int evidence = 0;
    for (std::size_t di = 0; di < kWindow; ++di)
      for (std::size_t dj = 0; dj < kWindow; ++dj) {
        if (di == kContextRadius && dj == kContextRadius) continue;
        const std::size_t i = c.i + di;
        const std::size_t j = c.j + dj;
        if (i < kContextRadius || j < kContextRadius || i - kContextRadius >= n || j - kContextRadius >= m) continue;
        if (related[(i - kContextRadius) * m + (j - kContextRadius)] > 0.0f) ++evidence;
      }
    c.order += kContextBonus * std::min(evidence, kMaxContextEvidence);
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
    if (x.order != y.order) return x.order > y.order;
    return x.i != y.i ? x.i < y.i : x.j < y.j;
  });
  return candidates;
}

// align_words, also listing the links when `links` is given (pair_features reads them; the clustering
// passes nullptr and pays nothing): the ranked candidates taken greedily, each word once.
Alignment align_with_links(const Profile& a, const Profile& b, const Vocabulary& vocabulary, const ScoreWeights& weights,
                           std::vector<Link>* links) {
  Alignment result;
  if ((a.words.empty() || b.words.empty()) && !a.function_words.empty() && !b.function_words.empty()) {
    result.score = function_word_score(a, b);
    return result;
  }
  const std::size_t n = a.words.size();
  const std::size_t m = b.words.size();
  if (n == 0 || m == 0) return result;
  double total_a = 0.0;
  double total_b = 0.0;
  for (const std::uint32_t w : a.words) total_a += vocabulary.type(w).weight;
  for (const std::uint32_t w : b.words) total_b += vocabulary.type(w).weight;
  if (total_a <= 0.0 || total_b <= 0.0) return result;
  const std::vector<Candidate> candidates = ranked_candidates(a, b, vocabulary);
  std::vector<char> used_a(n, 0);
  std::vector<char> used_b(m, 0);
  double aligned_a = 0.0;
  double aligned_b = 0.0;
  double strong = 0.0;
  for (const Candidate& c : candidates) {
    if (used_a[c.i] || used_b[c.j]) continue;
    used_a[c.i] = used_b[c.j] = 1;
    if (links != nullptr) links->push_back({c.i, c.j, c.relatedness});
    aligned_a += vocabulary.type(a.words[c.i]).weight * c.relatedness;
    aligned_b += vocabulary.type(b.words[c.j]).weight * c.relatedness;
    if (c.relatedness >= kStrongLink)
      strong += vocabulary.type(a.words[c.i]).weight + vocabulary.type(b.words[c.j]).weight;
    // A conflict: a firmly aligned word negated on one side, and no negation at all on the other
    // ("did not sign" / "signed"; but "don't think it's good" / "it's not good" is no conflict).
    if (c.relatedness >= kFirmLink && a.negated[c.i] != b.negated[c.j] && a.has_negation != b.has_negation)
      result.negation_conflict = true;
  }
  double plain_a = 0.0;
  double plain_b = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    plain_a += used_a[i];
    if (vocabulary.type(a.words[i]).proper) {
      ++result.names;
      result.names_unaligned += used_a[i] ? 0u : 1u;
    }
  }
  for (std::size_t j = 0; j < m; ++j) {
    plain_b += used_b[j];
    if (vocabulary.type(b.words[j]).proper) {
      ++result.names;
      result.names_unaligned += used_b[j] ? 0u : 1u;
    }
  }
  result.total_a = total_a;
  result.total_b = total_b;
  result.coverage_a = aligned_a / total_a;
  result.coverage_b = aligned_b / total_b;
  result.plain_a = plain_a / static_cast<double>(n);
  result.plain_b = plain_b / static_cast<double>(m);
  const double pooled = (aligned_a + aligned_b) / (total_a + total_b);
  const double mean = 0.5 * (aligned_a / total_a + aligned_b / total_b);
  result.score = (1.0 - weights.coverage_mix) * pooled + weights.coverage_mix * mean;
  result.strong = strong / (total_a + total_b);
  return result;
}

}  // namespace

Alignment align_words(const Profile& a, const Profile& b, const Vocabulary& vocabulary, const ScoreWeights& weights) {
  return align_with_links(a, b, vocabulary, weights, nullptr);
}

double combined_score(const Alignment& alignment_result, const Profile& a, const Profile& b, const ScoreWeights& weights) {
  const double alignment = alignment_result.score;
  double score = alignment;
  if (share_quote(a, b)) score = std::max(score, weights.quote_floor + weights.quote_share * alignment);
  if (!a.years.empty() && !b.years.empty() && !any_figure_matches(a.years, b.years)) score *= weights.year_penalty;
  if (!a.amounts.empty() && !b.amounts.empty() && !any_figure_matches(a.amounts, b.amounts)) score *= weights.amount_penalty;
  if (alignment_result.negation_conflict) score = std::min(score, weights.negation_cap);
  return std::clamp(score, 0.0, 1.0);
}

namespace {

// Dice overlap of the n-grams of two folded token sequences (as multisets).
double ngram_dice(const std::vector<std::string>& a, const std::vector<std::string>& b, std::size_t n) {
  auto grams = [n](const std::vector<std::string>& words) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i + n <= words.size(); ++i) {
      std::string g = words[i];
      for (std::size_t k = 1; k < n; ++k) g += " " + words[i + k];
      out.push_back(std::move(g));
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  const auto ga = grams(a);
  const auto gb = grams(b);
  if (ga.empty() || gb.empty()) return ga.empty() && gb.empty() ? 1.0 : 0.0;
  std::vector<std::string> common;
  std::set_intersection(ga.begin(), ga.end(), gb.begin(), gb.end(), std::back_inserter(common));
  return 2.0 * static_cast<double>(common.size()) / static_cast<double>(ga.size() + gb.size());
}

std::vector<std::string> folded_tokens(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& token : tokenize_words(text)) out.push_back(fold(token.text));
  return out;
}


// Dice overlap of the character 4-grams of two folded texts (spaces squeezed): morphology and names.
double char_dice(const std::string& a, const std::string& b) {
  constexpr std::size_t kGram = 4;
  auto grams = [](const std::string& text) {
    std::string squeezed;
    for (const char c : text)
      if (c != ' ' || (!squeezed.empty() && squeezed.back() != ' ')) squeezed.push_back(c);
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i + kGram <= squeezed.size(); ++i) out.push_back(std::string_view(squeezed).substr(i, kGram));
    std::vector<std::string> owned(out.begin(), out.end());
    std::sort(owned.begin(), owned.end());
    return owned;
  };
  const auto ga = grams(a);
  const auto gb = grams(b);
  if (ga.empty() || gb.empty()) return 0.0;
  std::vector<std::string> common;
  std::set_intersection(ga.begin(), ga.end(), gb.begin(), gb.end(), std::back_inserter(common));
  return 2.0 * static_cast<double>(common.size()) / static_cast<double>(ga.size() + gb.size());
}

// Longest common token subsequence over the longer text's length: word order kept.
double lcs_ratio(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0.0;
  std::vector<std::size_t> previous(b.size() + 1, 0);
  std::vector<std::size_t> current(b.size() + 1, 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j)
      current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : std::max(previous[j], current[j - 1]);
    std::swap(previous, current);
  }
  return static_cast<double>(previous[b.size()]) / static_cast<double>(std::max(a.size(), b.size()));
}

// Dice overlap of the stop words alone (tense, person, determiners).
double function_dice(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> fa;
  std::vector<std::string> fb;
  for (const auto& w : a)
    if (is_stop_word(w)) fa.push_back(w);
  for (const auto& w : b)
    if (is_stop_word(w)) fb.push_back(w);
  return ngram_dice(fa, fb, 1);
}

// Coarse word classes for per-class coverage: WordNet nouns, verbs that are not nouns, the rest
// (adjectives, adverbs, names and figures WordNet does not know).
enum class WordClass : std::uint8_t { noun, verb, other };

WordClass word_class(const Vocabulary& vocabulary, std::uint32_t type) {
  const WordType& t = vocabulary.type(type);
  const WordNet& wordnet = vocabulary.wordnet();
  if (t.number || t.key < wordnet.synset_count() || t.key >= wordnet.synset_count() + wordnet.lemma_count()) return WordClass::other;
  const auto lemma = static_cast<std::uint32_t>(t.key - wordnet.synset_count());
  if (wordnet.has_pos(lemma, WordPos::noun)) return WordClass::noun;
  if (wordnet.has_pos(lemma, WordPos::verb)) return WordClass::verb;
  return WordClass::other;
}

// Share of one class's content words (both sides) that are aligned; 1 when neither side has any.
double class_coverage(const Profile& a, const Profile& b, const Vocabulary& vocabulary, const std::vector<Link>& links, WordClass which) {
  std::vector<char> aligned_a(a.words.size(), 0);
  std::vector<char> aligned_b(b.words.size(), 0);
  for (const Link& link : links) {
    if (link.i < aligned_a.size()) aligned_a[link.i] = 1;
    if (link.j < aligned_b.size()) aligned_b[link.j] = 1;
  }
  double total = 0.0;
  double aligned = 0.0;
  for (std::size_t i = 0; i < a.words.size(); ++i)
    if (word_class(vocabulary, a.words[i]) == which) {
      ++total;
      aligned += aligned_a[i];
    }
  for (std::size_t j = 0; j < b.words.size(); ++j)
    if (word_class(vocabulary, b.words[j]) == which) {
      ++total;
      aligned += aligned_b[j];
    }
  return total > 0.0 ? aligned / total : 1.0;
}

// Share of link pairs in the same order on both sides ("A beat B" / "B beat A" scores low).
double order_agreement(const std::vector<Link>& links) {
  double same = 0.0;
  double all = 0.0;
  for (std::size_t x = 0; x < links.size(); ++x)
    for (std::size_t y = x + 1; y < links.size(); ++y) {
      ++all;
      same += (links[x].i < links[y].i) == (links[x].j < links[y].j) ? 1.0 : 0.0;
    }
  return all > 0.0 ? same / all : 1.0;
}

double ratio(double x, double y) { return std::max(x, y) > 0.0 ? std::min(x, y) / std::max(x, y) : 1.0; }

}  // namespace

const std::array<std::string_view, kPairFeatureCount>& pair_feature_names() {
  static constexpr std::array<std::string_view, kPairFeatureCount> kNames = {
      "score",          "alignment",     "coverage_min",   "coverage_max",   "strong",
      "plain_min",      "plain_max",     "content_ratio",  "token_ratio",    "log_length",
      "dice1",          "dice2",         "dice3",          "names_aligned",  "names_unaligned",
      "figures_differ", "figures_agree", "negation_differs", "negation_conflict", "coverage_product",
      "unaligned_min",  "unaligned_max", "char_dice",      "lcs_ratio",      "figures_one_side",
      "score_squared",  "dice1_squared", "coverage_min_squared", "content_gap", "function_dice",
      "coverage_min_x_length", "plain_min_squared", "coverage_min_x_ratio", "lcs_squared", "char_dice_squared",
      "weak_links",     "noun_coverage", "verb_coverage",  "other_coverage", "link_strength",
      "order_agreement",
  };
  return kNames;
}

PairFeatures pair_features(std::string_view a, std::string_view b, const WordNet& wordnet, const ScoreWeights& weights) {
  Vocabulary vocabulary(wordnet);
  Rendering ra;
  ra.content = a;
  Rendering rb;
  rb.content = b;
  const Profile pa = make_profile(ra, vocabulary);
  const Profile pb = make_profile(rb, vocabulary);
  vocabulary.use_background_weights();
  std::vector<Link> links;
  const Alignment al = align_with_links(pa, pb, vocabulary, weights, &links);
  const auto ta = folded_tokens(a);
  const auto tb = folded_tokens(b);
  std::vector<double> figures_a = pa.years;
  figures_a.insert(figures_a.end(), pa.amounts.begin(), pa.amounts.end());
  std::vector<double> figures_b = pb.years;
  figures_b.insert(figures_b.end(), pb.amounts.begin(), pb.amounts.end());
  const bool both_figures = !figures_a.empty() && !figures_b.empty();
  const bool differ = (!pa.years.empty() && !pb.years.empty() && !any_figure_matches(pa.years, pb.years)) ||
                      (!pa.amounts.empty() && !pb.amounts.empty() && !any_figure_matches(pa.amounts, pb.amounts));
  const bool agree = both_figures && every_figure_matches(figures_a, figures_b) && every_figure_matches(figures_b, figures_a);
  const double mean_tokens = 0.5 * static_cast<double>(ta.size() + tb.size());
  PairFeatures f{};
  f[0] = combined_score(al, pa, pb, weights);
  f[1] = al.score;
  f[2] = std::min(al.coverage_a, al.coverage_b);
  f[3] = std::max(al.coverage_a, al.coverage_b);
  f[4] = al.strong;
  f[5] = std::min(al.plain_a, al.plain_b);
  f[6] = std::max(al.plain_a, al.plain_b);
  f[7] = ratio(static_cast<double>(pa.words.size()), static_cast<double>(pb.words.size()));
  f[8] = ratio(static_cast<double>(ta.size()), static_cast<double>(tb.size()));
  f[9] = std::log1p(mean_tokens);
  f[10] = ngram_dice(ta, tb, 1);
  f[11] = ngram_dice(ta, tb, 2);
  f[12] = ngram_dice(ta, tb, 3);
  f[13] = al.names == 0 ? 1.0 : 1.0 - static_cast<double>(al.names_unaligned) / static_cast<double>(al.names);
  f[14] = std::min(4.0, static_cast<double>(al.names_unaligned)) / 4.0;
  f[15] = differ ? 1.0 : 0.0;
  f[16] = agree ? 1.0 : 0.0;
  f[17] = pa.has_negation != pb.has_negation ? 1.0 : 0.0;
  f[18] = al.negation_conflict ? 1.0 : 0.0;
  f[19] = f[2] * f[3];
  // The IDF mass left unaligned on each side (absolute: one extra clause is one extra claim).
  const double loose_a = al.total_a * (1.0 - al.coverage_a);
  const double loose_b = al.total_b * (1.0 - al.coverage_b);
  f[20] = std::log1p(std::min(loose_a, loose_b));
  f[21] = std::log1p(std::max(loose_a, loose_b));
  f[22] = char_dice(fold(a), fold(b));
  f[23] = lcs_ratio(ta, tb);
  f[24] = figures_a.empty() != figures_b.empty() ? 1.0 : 0.0;
  f[25] = f[0] * f[0];
  f[26] = f[10] * f[10];
  f[27] = f[2] * f[2];
  f[28] = std::log1p(std::abs(static_cast<double>(pa.words.size()) - static_cast<double>(pb.words.size())));
  f[29] = function_dice(ta, tb);
  // A few products and squares: the gold similarity bends with coverage and length.
  f[30] = f[2] * f[9];
  f[31] = f[5] * f[5];
  f[32] = f[2] * f[7];
  f[33] = f[23] * f[23];
  f[34] = f[22] * f[22];
  f[35] = std::max(0.0, al.score - al.strong);  // aligned through hypernyms, derivations, part-of
  f[36] = class_coverage(pa, pb, vocabulary, links, WordClass::noun);
  f[37] = class_coverage(pa, pb, vocabulary, links, WordClass::verb);
  f[38] = class_coverage(pa, pb, vocabulary, links, WordClass::other);
  double strength = 0.0;
  for (const Link& link : links) strength += link.relatedness;
  f[39] = links.empty() ? 0.0 : strength / static_cast<double>(links.size());
  f[40] = order_agreement(links);
  return f;
}

}  // namespace claimdiff::detail
