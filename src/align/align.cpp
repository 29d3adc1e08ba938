// Stage 4, align: Aligner::align and Aligner::extend. Statements become profiles (src/align/
// similarity.hpp), candidate pairs come from the index (candidates.hpp), each pair's evidence
// (claim_features.hpp) goes through the fitted claim pair model (data/models/claim_pairs.txt), and
// average linkage over the probabilities makes the claims (linkage.hpp).
#include <claimdiff/align.hpp>

#include <claimdiff/data_dir.hpp>
#include <claimdiff/error.hpp>

#include "align/aligner_impl.hpp"
#include "align/candidates.hpp"
#include "align/corpus_evidence.hpp"
#include "base/quantity.hpp"
#include "base/text_util.hpp"
#include "speakers/speaker_identity.hpp"
#include "align/word_vectors.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <unordered_map>

namespace claimdiff {
namespace {

using detail::CorpusProfiles;
using detail::Profile;
using detail::Vocabulary;

constexpr std::size_t kMaxSummaryWords = 20;
constexpr std::size_t kMaxExactCohesion = 40;  // members beyond this are not all paired for cohesion

// Kinds of the comparable quantities a statement states ("count/people", "duration/days"); dates
// are left out, since most statements about one period carry its year.
std::vector<std::string> quantity_kinds(const std::vector<detail::Quantity>& quantities) {
  std::vector<std::string> kinds;
  for (const detail::Quantity& q : quantities)
    if (q.dimension != "date") kinds.push_back(q.dimension + "/" + q.unit);
  std::sort(kinds.begin(), kinds.end());
  kinds.erase(std::unique(kinds.begin(), kinds.end()), kinds.end());
  return kinds;
}

bool share_any(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return std::any_of(a.begin(), a.end(), [&](const std::string& x) { return std::binary_search(b.begin(), b.end(), x); });
}

// A statement alone with its own article's statements, stating a quantity ("many civilians were
// killed"), joins the claim of its best partner in another article that states a quantity of the
// same kind ("... stormed the city, with at least 300 civilians killed") when that pair reaches the
// threshold. Average linkage keeps it out of a broad claim (its mean over all members is low), but
// the figures outlets give for one fact are what users compare. Strongest pairs move first; a
// statement that has joined another article is no longer alone, so two lone statements never swap.
void attach_lone_figures(const std::vector<Statement>& statements, const std::vector<std::vector<detail::Quantity>>& quantities,
                         const std::vector<detail::Edge>& edges, double threshold,
                         std::vector<std::vector<std::uint32_t>>& clusters) {
  auto same_article = [&](std::uint32_t a, std::uint32_t b) { return statements[a].article == statements[b].article; };
  std::vector<std::uint32_t> cluster_of(statements.size());
  std::vector<char> one_article(clusters.size(), 1);
  for (std::uint32_t c = 0; c < clusters.size(); ++c)
    for (const std::uint32_t m : clusters[c]) {
      cluster_of[m] = c;
      if (!same_article(m, clusters[c].front())) one_article[c] = 0;
    }
  std::vector<std::optional<std::vector<std::string>>> kinds(statements.size());
  auto kinds_of = [&](std::uint32_t m) -> const std::vector<std::string>& {
    if (!kinds[m]) kinds[m] = quantity_kinds(quantities[m]);
    return *kinds[m];
  };
  std::vector<detail::Edge> across;
  for (const detail::Edge& e : edges)
    if (e.score >= threshold && !same_article(e.a, e.b)) across.push_back(e);
  std::stable_sort(across.begin(), across.end(), [](const detail::Edge& x, const detail::Edge& y) { return x.score > y.score; });
  for (const detail::Edge& e : across) {
    if (cluster_of[e.a] == cluster_of[e.b]) continue;
    for (const auto& [lone, partner] : {std::pair{e.a, e.b}, std::pair{e.b, e.a}}) {
      if (!one_article[cluster_of[lone]] || !share_any(kinds_of(lone), kinds_of(partner))) continue;
      auto& from = clusters[cluster_of[lone]];
      from.erase(std::find(from.begin(), from.end(), lone));
      auto& to = clusters[cluster_of[partner]];
      to.insert(std::upper_bound(to.begin(), to.end(), lone), lone);
      cluster_of[lone] = cluster_of[partner];
      one_article[cluster_of[partner]] = 0;
      break;
    }
  }
  std::erase_if(clusters, [](const auto& members) { return members.empty(); });
}

std::string shorten(std::string_view text) {
  const auto tokens = detail::tokenize_words(text);
  if (tokens.size() <= kMaxSummaryWords) return std::string(detail::trim(text));
  const std::size_t end = tokens[kMaxSummaryWords - 1].span.end;
  return std::string(detail::trim(text.substr(0, end))) + " ...";
}

std::string_view content_of(const Statement& s) { return s.content.empty() ? std::string_view(s.text) : std::string_view(s.content); }

detail::SpeakerRelation relate(const detail::Attribution& a, const detail::Attribution& b) {
  using detail::SpeakerRelation;
  if (a.speaker.empty() && b.speaker.empty()) return SpeakerRelation::unattributed;
  if (a.speaker.empty() || b.speaker.empty()) return SpeakerRelation::one_side;
  if (detail::same_name(a.speaker, b.speaker)) return SpeakerRelation::same;
  return a.named || b.named ? SpeakerRelation::other_named : SpeakerRelation::other_source;
}

// Who a statement is credited to: the run's key for its speaker (a description counts as the one
// name it describes); an upstream source the outlet credits ("the ANSA news agency") is no named person.
detail::Attribution attribution_of(const Statement& s, const detail::SpeakerIdentity& speakers) {
  detail::Attribution attribution;
  if (s.speaker.empty()) return attribution;
  const std::string_view speaker = speakers.key(s);
  const bool relays = std::any_of(s.via.begin(), s.via.end(), [&](const std::string& source) {
    return !source.empty() && s.speaker.find(source) != std::string::npos;
  });
  attribution.speaker = detail::SpeakerName(speaker);
  attribution.named = !relays && detail::is_proper_name(speaker);
  return attribution;
}

// A statement's rendering for its profile: content, quoted spans, and the figures of the claim
// itself (not of the speaker's description or a dateline). `figures` holds them while it is used.
detail::Rendering rendering_of(const Statement& s, std::vector<Figure>& figures) {
  detail::Rendering rendering;
  rendering.content = content_of(s);
  // Statement::quoted holds article offsets; `text` starts at span.begin.
  for (const Span& q : s.quoted)
    if (q.begin >= s.span.begin && q.end <= s.span.end && q.end - s.span.begin <= s.text.size())
      rendering.quotes.push_back(std::string_view(s.text).substr(q.begin - s.span.begin, q.size()));
  figures.clear();
  for (const Figure& f : s.figures)
    if (s.content_span.empty() || s.content_span.contains(f.span) || f.span.empty()) figures.push_back(f);
  if (!s.figures.empty()) rendering.figures = &figures;
  return rendering;
}

// The statements' SIF sentence vectors (Arora et al. 2017) with the corpus's common component
// removed: what every statement of one event shares (its topic) says nothing about two of them
// rendering one claim.
std::vector<detail::SentenceVector> sentence_vectors(const std::vector<Statement>& statements, const detail::WordVectors& vectors) {
  const detail::SentenceEncoder encoder(vectors);
  std::vector<detail::SentenceVector> sentences;
  sentences.reserve(statements.size());
  for (const Statement& s : statements) sentences.push_back(encoder.encode(content_of(s)));
  const std::vector<float> common = detail::common_component(sentences);
  for (detail::SentenceVector& sentence : sentences) detail::remove_component(sentence, common);
  return sentences;
}

detail::LinearModel read_claim_model(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::resource, path, "", "cannot read the claim pair model (data/models/claim_pairs.txt)");
  std::ostringstream text;
  text << in.rdbuf();
  detail::LinearModel model;
  std::string error;
  if (!detail::parse_model(text.str(), detail::claim_feature_names(), model, error) || !model.logistic)
    throw Error(ErrorCode::resource, path, "", "not a claim pair model: " + (error.empty() ? "not logistic" : error));
  return model;
}

}  // namespace

namespace detail {

// A pair's closeness for set_partner_ranks: the word alignment, plus the sentence cosine when known.
double closeness(const ClaimFeatures& f) {
  const double cosine = feature(f, ClaimFeature::sentence_cosine);
  return feature(f, ClaimFeature::alignment) + (std::isnan(cosine) ? 0.0 : cosine);
}

void set_partner_ranks(std::vector<ScoredPair>& pairs, const CorpusProfiles& corpus) {
  // One offer per side of each cross-article pair: (statement, the other's article, closeness, pair).
  // Sorted, the offers of one statement to one article sit together, the closest first; a flat sort
  // rather than a map, since a million-statement corpus makes tens of millions of offers.
  struct Offer {
    std::uint32_t statement, article;
    double closeness;
    std::size_t pair;
  };
  std::vector<Offer> offers;
  offers.reserve(2 * pairs.size());
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    const ScoredPair& pair = pairs[i];
    if (corpus.articles[pair.a] == corpus.articles[pair.b]) continue;
    const double score = closeness(pair.features);
    offers.push_back({pair.a, corpus.articles[pair.b], score, i});
    offers.push_back({pair.b, corpus.articles[pair.a], score, i});
  }
  std::sort(offers.begin(), offers.end(), [](const Offer& x, const Offer& y) {
    if (x.statement != y.statement) return x.statement < y.statement;
    if (x.article != y.article) return x.article < y.article;
    return x.closeness != y.closeness ? x.closeness > y.closeness : x.pair < y.pair;
  });
  // Per pair: how many of its two sides chose it, and whether either choice beat a rival (a pair
  // with no rival on either side is nobody's choice: in a small corpus any two would be "best").
  std::vector<std::uint8_t> chosen(pairs.size(), 0), contested(pairs.size(), 0);
  for (std::size_t k = 0; k < offers.size();) {
    std::size_t end = k + 1;
    while (end < offers.size() && offers[end].statement == offers[k].statement && offers[end].article == offers[k].article) ++end;
    ++chosen[offers[k].pair];
    if (end - k > 1) contested[offers[k].pair] = 1;
    k = end;
  }
  for (std::size_t i = 0; i < pairs.size(); ++i)
    pairs[i].features[static_cast<std::size_t>(ClaimFeature::mutual_best)] = chosen[i] == 2 && contested[i] ? 1.0 : 0.0;
}

const ScoredPair* find_pair(const std::vector<ScoredPair>& pairs, std::uint32_t a, std::uint32_t b) {
  const auto it = std::lower_bound(pairs.begin(), pairs.end(), std::pair{a, b},
                                   [](const ScoredPair& p, const std::pair<std::uint32_t, std::uint32_t>& key) {
                                     return p.a != key.first ? p.a < key.first : p.b < key.second;
                                   });
  return it != pairs.end() && it->a == a && it->b == b ? &*it : nullptr;
}

std::vector<Edge> model_edges(const std::vector<ScoredPair>& pairs, const LinearModel& model, const AlignOptions& options) {
  std::vector<Edge> edges;
  edges.reserve(pairs.size());
  for (const ScoredPair& pair : pairs) {
    if (options.negation_veto && feature(pair.features, ClaimFeature::negation_conflict) > 0.5 &&
        feature(pair.features, ClaimFeature::coverage_min) >= options.denial_coverage) {
      edges.push_back({pair.a, pair.b, -1.0});
      continue;
    }
    const double p = model.apply(pair.features);
    if (p >= options.pair_floor) edges.push_back({pair.a, pair.b, p});
  }
  return edges;
}

}  // namespace detail

Aligner::Impl::Impl(AlignOptions o)
    : options(std::move(o)),
      wordnet(options.wordnet_dir),
      claim_model(read_claim_model(options.claim_model.empty() ? default_data_dir() + "/models/claim_pairs.txt" : options.claim_model)) {
  if (options.word_vectors)
    vectors = detail::load_word_vectors(
        options.vectors_path.empty() ? vectors_path_in(default_data_dir()) : options.vectors_path, diagnostics);
}

CorpusProfiles Aligner::Impl::word_profiles(const std::vector<Statement>& statements) const {
  CorpusProfiles corpus(wordnet);
  corpus.profiles.reserve(statements.size());
  std::vector<Figure> figures;
  for (const Statement& s : statements) corpus.profiles.push_back(detail::make_profile(rendering_of(s, figures), corpus.vocabulary));
  return corpus;
}

CorpusModel Aligner::Impl::first_pass(const std::vector<Statement>& statements, const CorpusProfiles& corpus) const {
  CorpusModel model;
  detail::count_words(corpus.profiles, corpus.vocabulary, model);
  for (const Statement& s : statements) detail::add_description(s, model.speakers);
  return model;
}

CorpusModel Aligner::Impl::model_of(const std::vector<Statement>& statements, CorpusProfiles& corpus) const {
  CorpusModel model = first_pass(statements, corpus);
  corpus.vocabulary.mark_names(model.capitalised);  // changes nothing: the corpus is whole
  detail::count_names(corpus.profiles, corpus.vocabulary, model);
  return model;
}

CorpusProfiles Aligner::Impl::profiles_of(const std::vector<Statement>& statements, const detail::SpeakerIdentity& speakers,
                                          const CorpusModel* model) const {
  CorpusProfiles corpus = word_profiles(statements);
  corpus.model = model != nullptr ? *model : model_of(statements, corpus);
  corpus.vocabulary.mark_names(corpus.model.capitalised);
  std::map<std::string, std::uint32_t, std::less<>> article_numbers;
  for (const Statement& s : statements) {
    corpus.attributions.push_back(attribution_of(s, speakers));
    corpus.articles.push_back(article_numbers.try_emplace(s.article, static_cast<std::uint32_t>(article_numbers.size())).first->second);
    corpus.active.push_back(options.unattributed || s.kind != StatementKind::unattributed ? 1 : 0);
  }
  corpus.quantities.reserve(statements.size());
  for (const Statement& s : statements) corpus.quantities.push_back(detail::read_quantities(s));
  if (vectors) corpus.sentences = sentence_vectors(statements, *vectors);
  detail::add_corpus_partners(corpus.model, corpus.vocabulary);
  detail::use_corpus_weights(corpus.model, corpus.vocabulary, options.corpus_idf_size);
  return corpus;
}

detail::PairContext Aligner::Impl::pair_context(const CorpusProfiles& corpus, std::uint32_t a, std::uint32_t b) const {
  detail::PairContext context;
  context.speakers = relate(corpus.attributions[a], corpus.attributions[b]);
  context.same_article = corpus.articles[a] == corpus.articles[b];
  context.figures = detail::figure_evidence(corpus.quantities[a], corpus.quantities[b]);
  if (!corpus.sentences.empty()) context.sentence_cosine = detail::cosine(corpus.sentences[a], corpus.sentences[b]);
  return context;
}

detail::ClaimFeatures Aligner::Impl::pair_features(const CorpusProfiles& corpus, std::uint32_t a, std::uint32_t b) const {
  const detail::Alignment alignment = detail::align_words(corpus.profiles[a], corpus.profiles[b], corpus.vocabulary, weights);
  return detail::claim_features(alignment, corpus.profiles[a], corpus.profiles[b], pair_context(corpus, a, b));
}

std::vector<detail::ScoredPair> Aligner::Impl::candidate_pairs(const CorpusProfiles& corpus, const std::vector<char>* fresh) const {
  detail::CandidateOptions candidates;
  candidates.floor = options.candidate_floor;
  candidates.edge_floor = options.edge_floor;
  candidates.pooled_score = weights.coverage_mix == 0.0;
  candidates.max_posting = options.max_posting;
  candidates.threads = options.threads;
  candidates.exact = options.exact;
  std::vector<std::vector<detail::ScoredPair>> found(std::max(1u, options.threads));
  // The index guarantees every pair whose strong-link share reaches the candidate floor; exact mode
  // applies the same test, so both modes keep the same pairs.
  const unsigned threads = detail::for_each_candidate(
      corpus.profiles, corpus.active, corpus.vocabulary, candidates, [&](std::uint32_t a, std::uint32_t b, unsigned t) {
        if (fresh != nullptr && !(*fresh)[a] && !(*fresh)[b]) return;
        const Profile& pa = corpus.profiles[a];
        const Profile& pb = corpus.profiles[b];
        const detail::Alignment alignment = detail::align_words(pa, pb, corpus.vocabulary, weights);
        if (alignment.strong < options.candidate_floor || alignment.score < options.edge_floor) return;
        found[t].push_back({a, b, detail::claim_features(alignment, pa, pb, pair_context(corpus, a, b))});
      });
  std::vector<detail::ScoredPair> pairs;
  for (unsigned t = 0; t < threads && t < found.size(); ++t) pairs.insert(pairs.end(), found[t].begin(), found[t].end());
  std::sort(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
  detail::set_partner_ranks(pairs, corpus);
  return pairs;
}

std::vector<Claim> Aligner::Impl::claims_of(const std::vector<Statement>& statements, const CorpusProfiles& corpus,
                                            const std::vector<detail::ScoredPair>& pairs,
                                            const std::vector<std::vector<std::uint32_t>>& clusters,
                                            const detail::LinearModel& model) const {
  std::vector<Claim> claims;
  claims.reserve(clusters.size());
  for (const auto& cluster : clusters) {
    Claim claim;
    claim.id = "claim-" + std::to_string(claims.size() + 1);
    for (const std::uint32_t m : cluster) {
      claim.members.push_back(statements[m].id);
      if (std::find(claim.articles.begin(), claim.articles.end(), statements[m].article) == claim.articles.end())
        claim.articles.push_back(statements[m].article);
    }
    // Representative: the member most probably in one claim with the others (the medoid);
    // cohesion: the mean pair probability, what the linkage averaged; each member's fit: its mean
    // probability with the others (with the first kMaxExactCohesion, in a larger claim).
    std::size_t best = 0;
    claim.cohesion = 1.0;
    claim.member_fit.assign(cluster.size(), 1.0);
    if (cluster.size() > 1) {
      const std::size_t k = std::min(cluster.size(), kMaxExactCohesion);
      auto probability = [&](std::uint32_t a, std::uint32_t b) {
        // A candidate pair's features as the clustering read them; any other pair's afresh (it is
        // nobody's best partner).
        const std::uint32_t x = std::min(a, b), y = std::max(a, b);
        const detail::ScoredPair* scored = detail::find_pair(pairs, x, y);
        return model.apply(scored != nullptr ? scored->features : pair_features(corpus, x, y));
      };
      std::vector<double> sums(cluster.size(), 0.0);
      double total = 0.0;
      for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = i + 1; j < k; ++j) {
          const double p = probability(cluster[i], cluster[j]);
          sums[i] += p;
          sums[j] += p;
          total += p;
        }
      for (std::size_t i = k; i < cluster.size(); ++i)
        for (std::size_t j = 0; j < k; ++j) sums[i] += probability(cluster[i], cluster[j]);
      for (std::size_t i = 1; i < k; ++i)
        if (sums[i] > sums[best]) best = i;
      claim.cohesion = total / (static_cast<double>(k) * static_cast<double>(k - 1) / 2.0);
      for (std::size_t i = 0; i < cluster.size(); ++i)
        claim.member_fit[i] = sums[i] / static_cast<double>(i < k ? k - 1 : k);
    }
    claim.representative = statements[cluster[best]].id;
    claim.summary = shorten(content_of(statements[cluster[best]]));
    claims.push_back(std::move(claim));
  }
  return claims;
}

Aligner::Aligner(AlignOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Aligner::~Aligner() = default;
Aligner::Aligner(Aligner&&) noexcept = default;
Aligner& Aligner::operator=(Aligner&&) noexcept = default;

const AlignOptions& Aligner::options() const { return impl_->options; }
const std::vector<Diagnostic>& Aligner::diagnostics() const { return impl_->diagnostics; }
bool Aligner::has_word_vectors() const { return impl_->vectors.has_value(); }

std::string vectors_path_in(const std::string& data_dir) { return data_dir + "/" + std::string(detail::kVectorsFile); }

double Aligner::threshold() const { return impl_->options.threshold.value_or(impl_->claim_model.threshold); }

bool Aligner::same_claim(double score) const { return score >= impl_->options.similarity_threshold; }

bool Aligner::same_claim_probability(double probability) const { return probability >= threshold(); }

namespace {

// Two loose texts as profiles over a vocabulary of their own, weighted by the gloss IDF (no corpus).
struct LoosePair {
  LoosePair(const detail::WordNet& wordnet, std::string_view a, std::string_view b)
      : vocabulary(wordnet), first(profile(a)), second(profile(b)) {
    vocabulary.use_background_weights();
  }
  Vocabulary vocabulary;
  Profile first;
  Profile second;

 private:
  Profile profile(std::string_view text) {
    detail::Rendering rendering;
    rendering.content = text;
    return detail::make_profile(rendering, vocabulary);
  }
};

}  // namespace

double Aligner::similarity(std::string_view a, std::string_view b) const {
  const LoosePair pair(impl_->wordnet, a, b);
  const detail::Alignment alignment = detail::align_words(pair.first, pair.second, pair.vocabulary, impl_->weights);
  return detail::combined_score(alignment, pair.first, pair.second, impl_->weights);
}

double Aligner::claim_probability(std::string_view a, std::string_view b) const {
  const LoosePair pair(impl_->wordnet, a, b);
  const detail::Alignment alignment = detail::align_words(pair.first, pair.second, pair.vocabulary, impl_->weights);
  return impl_->claim_model.apply(detail::claim_features(alignment, pair.first, pair.second, detail::PairContext{}));
}

std::string Aligner::lemmatize(std::string_view word) const { return impl_->wordnet.lemmatize(word); }

std::vector<Claim> Aligner::Impl::cluster(const std::vector<Statement>& statements, const CorpusProfiles& corpus,
                                          const std::vector<detail::ScoredPair>& pairs, const detail::LinearModel& model,
                                          double threshold, const std::vector<std::vector<std::uint32_t>>& settled) const {
  const std::vector<detail::Edge> edges = detail::model_edges(pairs, model, options);
  auto clusters = detail::cluster_edges(static_cast<std::uint32_t>(statements.size()), edges, threshold, settled);
  if (settled.empty()) {
    attach_lone_figures(statements, corpus.quantities, edges, threshold, clusters);
    std::sort(clusters.begin(), clusters.end(), [](const auto& x, const auto& y) { return x.front() < y.front(); });
  }
  return claims_of(statements, corpus, pairs, clusters, model);
}

std::vector<Claim> Aligner::align(const std::vector<Statement>& statements) const {
  return align(statements, detail::SpeakerIdentity(statements));
}

std::vector<Claim> Aligner::align(const std::vector<Statement>& statements, const detail::SpeakerIdentity& speakers) const {
  const CorpusProfiles corpus = impl_->profiles_of(statements, speakers);
  return impl_->cluster(statements, corpus, impl_->candidate_pairs(corpus), impl_->claim_model, threshold());
}

std::vector<Claim> Aligner::align(const std::vector<Statement>& statements, const CorpusModel& model) const {
  const CorpusProfiles corpus = impl_->profiles_of(statements, detail::SpeakerIdentity(model.speakers), &model);
  return impl_->cluster(statements, corpus, impl_->candidate_pairs(corpus), impl_->claim_model, threshold());
}

CorpusModel Aligner::count(const std::vector<Statement>& statements) const {
  return impl_->first_pass(statements, impl_->word_profiles(statements));
}

CorpusModel Aligner::count_names(const std::vector<Statement>& statements, const CorpusModel& words) const {
  CorpusProfiles corpus = impl_->word_profiles(statements);
  corpus.vocabulary.mark_names(words.capitalised);
  CorpusModel model;
  detail::count_names(corpus.profiles, corpus.vocabulary, model);
  return model;
}

CorpusModel Aligner::model_of(const std::vector<Statement>& statements) const {
  CorpusProfiles corpus = impl_->word_profiles(statements);
  return impl_->model_of(statements, corpus);
}

std::vector<Claim> Aligner::extend(const std::vector<Claim>& settled, const std::vector<Statement>& statements) const {
  std::unordered_map<std::string_view, std::uint32_t> index_of;
  for (std::uint32_t i = 0; i < statements.size(); ++i) index_of.emplace(statements[i].id, i);
  std::vector<std::vector<std::uint32_t>> groups;
  std::vector<char> fresh(statements.size(), 1);
  for (const Claim& claim : settled) {
    std::vector<std::uint32_t> group;
    for (const std::string& id : claim.members)
      if (const auto found = index_of.find(id); found != index_of.end() && fresh[found->second]) {
        group.push_back(found->second);
        fresh[found->second] = 0;
      }
    if (!group.empty()) groups.push_back(std::move(group));
  }
  const CorpusProfiles corpus = impl_->profiles_of(statements, detail::SpeakerIdentity(statements));
  // Only pairs with a fresh statement are scored, so mutual_best ranks a statement's partners among
  // those pairs alone: a settled rival it would have preferred is not seen, and a fresh statement
  // may take a settled one as its best partner more easily than a full align would.
  return impl_->cluster(statements, corpus, impl_->candidate_pairs(corpus, &fresh), impl_->claim_model, threshold(), groups);
}

struct ParaphraseModel::Impl {
  detail::LinearModel model;
};

ParaphraseModel::ParaphraseModel(const std::string& path) : impl_(std::make_unique<Impl>()) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::resource, path, "", "cannot read the paraphrase model");
  std::ostringstream text;
  text << in.rdbuf();
  std::string error;
  if (!detail::parse_model(text.str(), detail::pair_feature_names(), impl_->model, error))
    throw Error(ErrorCode::resource, path, "", "not a paraphrase model: " + error);
}
ParaphraseModel::~ParaphraseModel() = default;
ParaphraseModel::ParaphraseModel(ParaphraseModel&&) noexcept = default;
ParaphraseModel& ParaphraseModel::operator=(ParaphraseModel&&) noexcept = default;

double ParaphraseModel::score(const Aligner& aligner, std::string_view a, std::string_view b) const {
  return impl_->model.apply(detail::pair_features(a, b, aligner.impl_->wordnet, aligner.impl_->weights));
}

bool ParaphraseModel::same(double score) const { return score >= impl_->model.threshold; }

}  // namespace claimdiff
