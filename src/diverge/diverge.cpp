// Stage 5a, diverge: per claim, the word-level edits of each rendering against the reference, the
// figures, framing and credits that differ, the covering articles that omit the claim, and a score
// that orders the claims. Exposes diverge and word_edits (diverge.hpp).
#include <claimdiff/diverge.hpp>

#include "diverge/diverge_figures.hpp"
#include "diverge/diverge_words.hpp"
#include "base/text_util.hpp"
#include "base/english.hpp"
#include "speakers/speaker_identity.hpp"

#include <boost/algorithm/string/join.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>

namespace claimdiff {
namespace {

// How much each kind of divergence moves a claim up the report, and the floor that keeps every
// claim several outlets share above the claims only one outlet makes.
constexpr double kWordingWeight = 0.5;
constexpr double kFigureWeight = 0.6;
constexpr double kFramingWeight = 0.4;
constexpr double kAttributionWeight = 0.35;
constexpr double kOmissionWeight = 0.3;
constexpr double kSharedFloor = 0.2;


using StatementIndex = std::map<std::string, const Statement*, std::less<>>;
using ArticleIndex = std::map<std::string, const ArticleReport*, std::less<>>;

bool is_quote(const Statement& statement) {
  return statement.kind == StatementKind::direct || statement.kind == StatementKind::mixed;
}

bool is_attributed(const Statement& statement) { return statement.kind != StatementKind::unattributed; }

// An article's outlet, or the article itself when the outlet is unknown.
std::string outlet_key(const std::string& article, const ArticleIndex& articles) {
  const auto found = articles.find(article);
  if (found != articles.end() && !found->second->article.outlet.empty())
    return detail::fold(found->second->article.outlet);
  return "article:" + article;
}

DivergenceValue value_of(std::string statement, std::string article, std::string text, std::string detail) {
  DivergenceValue value;
  value.statement = std::move(statement);
  value.article = std::move(article);
  value.text = std::move(text);
  value.detail = std::move(detail);
  return value;
}

DivergenceValue value_of(const Statement& statement, std::string text, std::string detail) {
  return value_of(statement.id, statement.article, std::move(text), std::move(detail));
}

using boost::algorithm::join;

// Whether two of `members` from different articles disagree: outlets part ways, while one article
// varying its own wording of a claim is no divergence between outlets.
template <typename Same>
bool differs_across_articles(const std::vector<const Statement*>& members, Same same) {
  for (std::size_t i = 0; i < members.size(); ++i)
    for (std::size_t j = i + 1; j < members.size(); ++j)
      if (members[i]->article != members[j]->article && !same(i, j)) return true;
  return false;
}

// ---- wording -------------------------------------------------------------------------------

std::vector<WordEdit> to_edits(const detail::WordAlignment& alignment, std::string_view reference,
                               std::string_view rendering) {
  // Words of a run as written, one space apart, so the edit reads without the punctuation between.
  auto words = [](std::string_view text, const std::vector<Span>& spans, std::size_t first, std::size_t count) {
    std::string out;
    for (std::size_t k = first; k < first + count; ++k) {
      if (k > first) out += ' ';
      out += spans[k].of(text);
    }
    return out;
  };
  std::vector<WordEdit> edits;
  edits.reserve(alignment.runs.size());
  for (const detail::WordRun& run : alignment.runs)
    edits.push_back({run.op, words(reference, alignment.reference_spans, run.reference_first, run.reference_words),
                     words(rendering, alignment.rendering_spans, run.rendering_first, run.rendering_words)});
  return edits;
}

std::string edit_summary(const std::vector<WordEdit>& edits) {
  std::vector<std::string> parts;
  for (const WordEdit& edit : edits) {
    if (edit.op == WordEdit::Op::substitute)
      parts.push_back("\"" + edit.reference + "\" → \"" + edit.rendering + "\"");
    else if (edit.op == WordEdit::Op::insert)
      parts.push_back("+\"" + edit.rendering + "\"");
    else if (edit.op == WordEdit::Op::remove)
      parts.push_back("-\"" + edit.reference + "\"");
    if (parts.size() == 4) {
      parts.push_back("...");
      break;
    }
  }
  return parts.empty() ? "same words" : join(parts, ", ");
}

// The reference a rendering is compared with: for a quote, the claim's first quote (the
// representative when it is one) so quote fidelity compares quote with quote.
const Statement* reference_for(const Statement& rendering, const Statement& representative,
                               const std::vector<const Statement*>& members) {
  if (!is_quote(rendering) || is_quote(representative)) return &representative;
  for (const Statement* member : members)
    if (is_quote(*member)) return member == &rendering ? &representative : member;
  return &representative;
}

void add_wording(Claim& claim, const Statement& representative, const std::vector<const Statement*>& members,
                 const std::vector<const Statement*>& firm, double& wording_component) {
  double distance = 0;
  std::size_t compared = 0;
  for (const Statement* member : members) {
    if (member == &representative) continue;
    const bool loose = std::find(firm.begin(), firm.end(), member) == firm.end();
    const Statement& reference = *reference_for(*member, representative, loose ? members : firm);
    const detail::WordAlignment alignment = detail::align_words(reference.content, member->content);
    Divergence divergence;
    divergence.type = DivergenceType::wording;
    divergence.statement = member->id;
    const bool quotes = is_quote(*member) && is_quote(reference);
    divergence.values.push_back(value_of(reference, reference.content, "reference"));
    if (loose) {
      divergence.aspect = "loose";
      divergence.values.push_back(value_of(*member, member->content, "loose"));
      divergence.values.back().value = alignment.similarity();
      divergence.summary = "holds loosely to the claim: not compared word by word";
      claim.divergences.push_back(std::move(divergence));
      continue;
    }
    divergence.edits = to_edits(alignment, reference.content, member->content);
    divergence.aspect = quotes ? "quote" : "rendering";
    if (quotes) divergence.fidelity = detail::quote_fidelity(alignment);
    divergence.values.push_back(
        value_of(*member, member->content, quotes ? divergence.fidelity : std::string("rendering")));
    divergence.values.back().value = alignment.similarity();
    divergence.summary = (quotes ? divergence.fidelity + " quote: " : std::string()) +
                         edit_summary(divergence.edits);
    claim.divergences.push_back(std::move(divergence));
    distance += 1.0 - alignment.similarity();
    ++compared;
  }
  wording_component = compared == 0 ? 0.0 : distance / static_cast<double>(compared);
}

// The members that hold firmly to the claim (DivergeOptions::firm_fit), the representative always.
std::vector<const Statement*> firm_members(const Claim& claim, const std::vector<const Statement*>& members,
                                           const Statement& representative, double firm_fit) {
  if (claim.member_fit.size() != claim.members.size()) return members;
  std::vector<const Statement*> firm;
  for (const Statement* member : members) {
    const auto at = std::find(claim.members.begin(), claim.members.end(), member->id) - claim.members.begin();
    if (member == &representative || claim.member_fit[static_cast<std::size_t>(at)] >= firm_fit) firm.push_back(member);
  }
  return firm;
}

// ---- framing -------------------------------------------------------------------------------

struct FramingOf {
  std::vector<FramingTerm> terms;  // evaluative words, intensifiers, loaded cues
  std::vector<FramingTerm> hedges;
};

// A statement's framing: its own terms plus the article's terms that fall inside its sentence.
FramingOf framing_of(const Statement& statement, const ArticleIndex& articles) {
  FramingOf framing;
  std::vector<FramingTerm> all = statement.framing;
  const auto article = articles.find(statement.article);
  if (article != articles.end())
    for (const FramingTerm& term : article->second->framing)
      if (!term.span.empty() && statement.span.contains(term.span) &&
          std::none_of(all.begin(), all.end(), [&](const FramingTerm& t) { return t.span == term.span; }))
        all.push_back(term);
  std::stable_sort(all.begin(), all.end(),
                   [](const FramingTerm& a, const FramingTerm& b) { return a.span.begin < b.span.begin; });
  for (FramingTerm& term : all)
    (term.category == "hedge" ? framing.hedges : framing.terms).push_back(std::move(term));
  return framing;
}

std::set<std::string> folded_texts(const std::vector<FramingTerm>& terms) {
  std::set<std::string> out;
  for (const FramingTerm& term : terms) out.insert(detail::fold(term.text));
  return out;
}

// Terms some members use and others do not: one divergence naming each member's terms ("none" for
// members without any, so the absence shows side by side too).
std::optional<Divergence> term_divergence(const std::vector<const Statement*>& members,
                                          const std::vector<std::vector<FramingTerm>>& terms,
                                          std::string aspect, const std::string& label) {
  std::vector<std::set<std::string>> folded;
  bool any = false;
  for (const auto& list : terms) {
    folded.push_back(folded_texts(list));
    any = any || !list.empty();
  }
  if (!any || !differs_across_articles(members, [&](std::size_t i, std::size_t j) { return folded[i] == folded[j]; }))
    return std::nullopt;
  Divergence divergence;
  divergence.type = DivergenceType::framing;
  divergence.aspect = std::move(aspect);
  std::vector<std::string> used;
  for (std::size_t i = 0; i < members.size(); ++i) {
    if (terms[i].empty()) {
      divergence.values.push_back(value_of(*members[i], "none", "no " + label));
      continue;
    }
    for (const FramingTerm& term : terms[i]) {
      divergence.values.push_back(value_of(*members[i], term.text, term.category));
      if (std::find(used.begin(), used.end(), "\"" + term.text + "\"") == used.end())
        used.push_back("\"" + term.text + "\"");
    }
  }
  divergence.summary = label + " only some outlets use: " + join(used, ", ");
  return divergence;
}

void add_framing(Claim& claim, const std::vector<const Statement*>& members,
                 const ArticleIndex& articles, double& component) {
  std::size_t aspects = 0;
  // Cue classes: "said" (neutral) against "admits" (concessive) or "thinks" (hedged).
  std::vector<const Statement*> cued;
  for (const Statement* member : members)
    if (is_attributed(*member) && !member->cue_class.empty()) cued.push_back(member);
  if (differs_across_articles(cued, [&](std::size_t i, std::size_t j) { return cued[i]->cue_class == cued[j]->cue_class; })) {
    Divergence divergence;
    divergence.type = DivergenceType::framing;
    divergence.aspect = "cue_class";
    // Grouped by class, classes in first-seen order: "neutral: said; concessive: admits, concedes".
    std::vector<std::pair<std::string, std::vector<std::string>>> by_class;
    for (const Statement* member : cued) {
      const std::string cue = member->cue.empty() ? member->cue_lemma : member->cue;
      divergence.values.push_back(value_of(*member, cue, member->cue_class));
      auto group = std::find_if(by_class.begin(), by_class.end(),
                                [&](const auto& entry) { return entry.first == member->cue_class; });
      if (group == by_class.end()) group = by_class.insert(by_class.end(), {member->cue_class, {}});
      const std::string quoted = "\"" + cue + "\"";
      if (std::find(group->second.begin(), group->second.end(), quoted) == group->second.end())
        group->second.push_back(quoted);
    }
    std::vector<std::string> parts;
    for (const auto& [cue_class, cues] : by_class) parts.push_back(cue_class + " " + join(cues, ", "));
    divergence.summary = "reporting verbs of different classes: " + join(parts, " vs ");
    claim.divergences.push_back(std::move(divergence));
    ++aspects;
  }

  std::vector<std::vector<FramingTerm>> terms;
  std::vector<std::vector<FramingTerm>> hedges;
  for (const Statement* member : members) {
    FramingOf framing = framing_of(*member, articles);
    // A hedged reporting verb is a hedge as much as "reportedly" is.
    if (is_attributed(*member) && member->cue_class == "hedged")
      framing.hedges.push_back({member->cue, {}, "hedge"});
    terms.push_back(std::move(framing.terms));
    hedges.push_back(std::move(framing.hedges));
  }
  if (auto divergence = term_divergence(members, terms, "evaluative", "evaluative words")) {
    claim.divergences.push_back(std::move(*divergence));
    ++aspects;
  }
  if (auto divergence = term_divergence(members, hedges, "hedge", "hedges")) {
    claim.divergences.push_back(std::move(*divergence));
    ++aspects;
  }
  component = std::min(1.0, 0.5 * static_cast<double>(aspects));
}

// ---- attribution ---------------------------------------------------------------------------

void add_attribution(Claim& claim, const std::vector<const Statement*>& members,
                     const detail::SpeakerIdentity& speakers, double& component) {
  double weight = 0;
  std::vector<const Statement*> attributed;
  for (const Statement* member : members)
    if (is_attributed(*member)) attributed.push_back(member);

  // Speakers: "Vladimir Putin" and "Russian President Vladimir Putin" are one speaker.
  std::vector<const Statement*> spoken;
  for (const Statement* member : attributed)
    if (!member->speaker.empty()) spoken.push_back(member);
  const bool speakers_differ = differs_across_articles(spoken, [&](std::size_t i, std::size_t j) {
    return speakers.same(*spoken[i], *spoken[j]);
  });
  if (speakers_differ) {
    Divergence divergence;
    divergence.type = DivergenceType::attribution;
    divergence.aspect = "speaker";
    std::vector<std::string> names;
    for (const Statement* member : attributed) {
      divergence.values.push_back(value_of(*member, member->speaker.empty() ? "unknown" : member->speaker,
                                           member->speaker_mention));
      if (std::find(names.begin(), names.end(), member->speaker) == names.end() && !member->speaker.empty())
        names.push_back(member->speaker);
    }
    divergence.summary = "credited to different speakers: " + join(names, " vs ");
    claim.divergences.push_back(std::move(divergence));
    weight += 0.7;
  }

  // The same speaker named in other words ("the Russian president" against "Putin").
  std::vector<const Statement*> named;
  for (const Statement* member : attributed) {
    const std::string mention = detail::fold(detail::trim(member->speaker_mention));
    const auto& pronouns = detail::english::kPersonalPronouns;  // say nothing of how the outlet names them
    if (!mention.empty() && std::find(pronouns.begin(), pronouns.end(), std::string_view(mention)) == pronouns.end())
      named.push_back(member);
  }
  if (!speakers_differ && differs_across_articles(named, [&](std::size_t i, std::size_t j) {
        return detail::written_alike(named[i]->speaker_mention, named[j]->speaker_mention);
      })) {
    // one name in two spellings ("Zelensky", "Zelenskyy"; "al-Sisi", "el-Sisi") is told apart from
    // other words for the speaker
    const bool spelling_only = !differs_across_articles(named, [&](std::size_t i, std::size_t j) {
      return detail::written_alike(named[i]->speaker_mention, named[j]->speaker_mention) ||
             detail::spelled_alike(named[i]->speaker_mention, named[j]->speaker_mention);
    });
    Divergence divergence;
    divergence.type = DivergenceType::attribution;
    divergence.aspect = spelling_only ? "speaker_spelling" : "speaker_mention";
    std::vector<std::string> written;
    for (const Statement* member : named) {
      divergence.values.push_back(value_of(*member, member->speaker_mention, member->speaker));
      const std::string quoted = "\"" + member->speaker_mention + "\"";
      if (std::find(written.begin(), written.end(), quoted) == written.end()) written.push_back(quoted);
    }
    divergence.summary = (spelling_only ? "speaker spelled differently: " : "speaker named differently: ") +
                         join(written, " vs ");
    claim.divergences.push_back(std::move(divergence));
    weight += 0.3;
  }

  // Upstream sources the statements credit ("none" when nothing is). An article-level credit (a
  // reprint notice) is left out: it would set every claim of that article apart alike.
  std::vector<std::set<std::string>> credit_sets;
  std::vector<std::vector<std::string>> credits;
  for (const Statement* member : members) {
    credits.push_back(member->via);
    std::set<std::string> folded;
    for (const std::string& source : credits.back()) folded.insert(detail::fold(source));
    credit_sets.push_back(std::move(folded));
  }
  if (differs_across_articles(members, [&](std::size_t i, std::size_t j) { return credit_sets[i] == credit_sets[j]; })) {
    Divergence divergence;
    divergence.type = DivergenceType::attribution;
    divergence.aspect = "via";
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < members.size(); ++i) {
      const std::string text = credits[i].empty() ? "none" : join(credits[i], ", ");
      divergence.values.push_back(value_of(*members[i], text, credits[i].empty() ? "uncredited" : "credited"));
      if (std::find(parts.begin(), parts.end(), text) == parts.end()) parts.push_back(text);
    }
    divergence.summary = "upstream sources credited differ: " + join(parts, " vs ");
    claim.divergences.push_back(std::move(divergence));
    weight += 0.5;
  }
  component = std::min(1.0, weight);
}

// ---- the claim as a whole ------------------------------------------------------------------

std::vector<std::string> member_articles(const std::vector<const Statement*>& members) {
  std::vector<std::string> out;
  for (const Statement* member : members)
    if (std::find(out.begin(), out.end(), member->article) == out.end()) out.push_back(member->article);
  return out;
}

std::size_t outlet_count(const std::vector<std::string>& article_ids, const ArticleIndex& articles) {
  std::set<std::string> outlets;
  for (const std::string& article : article_ids) outlets.insert(outlet_key(article, articles));
  return outlets.size();
}

// Which articles cover which event. An article covers an event when it shares a claim with
// another outlet; articles linked by shared claims, directly or through others, cover the same
// event, so a corpus of several stories gets one coverage set per story.
class Coverage {
 public:
  Coverage(const std::vector<std::vector<const Statement*>>& members, const std::vector<ArticleReport>& articles,
           const ArticleIndex& article_index) {
    for (const auto& claim_members : members) {
      const std::vector<std::string> ids = member_articles(claim_members);
      if (outlet_count(ids, article_index) < 2) continue;
      for (const std::string& id : ids) join(ids.front(), id);
    }
    for (const ArticleReport& article : articles)
      if (parent_.count(article.article.id) != 0) in_order_.push_back(article.article.id);
    for (const auto& [id, parent] : parent_)  // articles the statements name but the list lacks
      if (std::find(in_order_.begin(), in_order_.end(), id) == in_order_.end()) in_order_.push_back(id);
  }

  // The articles, in input order, that cover the event of a claim found in `claim_articles`.
  std::vector<std::string> covering(const std::vector<std::string>& claim_articles) {
    std::set<std::string> events;
    for (const std::string& id : claim_articles)
      if (parent_.count(id) != 0) events.insert(root(id));
    std::vector<std::string> out;
    for (const std::string& id : in_order_)
      if (events.count(root(id)) != 0) out.push_back(id);
    return out;
  }

 private:
  std::string root(const std::string& id) {
    std::string at = id;
    while (parent_.at(at) != at) at = parent_.at(at) = parent_.at(parent_.at(at));
    return at;
  }
  void join(const std::string& a, const std::string& b) {
    parent_.emplace(a, a);
    parent_.emplace(b, b);
    const std::string ra = root(a);
    const std::string rb = root(b);
    if (ra != rb) parent_[std::max(ra, rb)] = std::min(ra, rb);  // the smaller id leads: deterministic
  }

  std::map<std::string, std::string> parent_;  // union-find over article ids
  std::vector<std::string> in_order_;          // every covering article, input order
};

// The articles covering the claim's event that have no member in it (empty `covering` when the
// claim is about no shared event: a background article's own claims are omitted by nobody).
// Returns the share of covering articles that omit it.
double add_omission(Claim& claim, const std::vector<std::string>& covering, const ArticleIndex& articles) {
  const auto has = [](const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  if (covering.empty()) return 0;
  for (const std::string& id : covering)
    if (!has(claim.articles, id)) claim.omitted_by.push_back(id);
  if (claim.omitted_by.empty()) return 0;
  Divergence divergence;
  divergence.type = DivergenceType::omission;
  divergence.aspect = "coverage";
  for (const std::string& id : claim.omitted_by) {
    const auto article = articles.find(id);
    const std::string outlet =
        article != articles.end() && !article->second->article.outlet.empty() ? article->second->article.outlet : id;
    divergence.values.push_back(value_of("", id, outlet, "omits"));
  }
  divergence.summary = "reported by " + std::to_string(claim.articles.size()) + " of " +
                       std::to_string(claim.articles.size() + claim.omitted_by.size()) + " covering articles";
  claim.divergences.push_back(std::move(divergence));
  return static_cast<double>(claim.omitted_by.size()) / static_cast<double>(covering.size());
}

// Figure divergences; returns the weight of the strongest (detail::figure_weight).
double add_figures(Claim& claim, const std::vector<const Statement*>& members) {
  std::vector<std::vector<detail::Quantity>> quantities;
  for (const Statement* member : members) quantities.push_back(detail::read_quantities(*member));
  double component = 0;
  for (Divergence& divergence : detail::figure_divergences(quantities)) {
    component = std::max(component, detail::figure_weight(divergence));
    claim.divergences.push_back(std::move(divergence));
  }
  return component;
}

struct Components {
  double wording = 0;
  double figures = 0;
  double framing = 0;
  double attribution = 0;
  double omission = 0;
};

// 0..1: a claim several outlets share starts at kSharedFloor and rises with each kind of
// divergence; a claim of one outlet only scores by how many covering articles leave it out.
double divergence_score(const Components& c, bool shared) {
  if (!shared) return kSharedFloor * c.omission;
  const double agreement = (1 - kWordingWeight * c.wording) * (1 - kFigureWeight * c.figures) *
                           (1 - kFramingWeight * c.framing) * (1 - kAttributionWeight * c.attribution) *
                           (1 - kOmissionWeight * c.omission);
  return kSharedFloor + (1 - kSharedFloor) * (1 - agreement);
}

}  // namespace

std::vector<WordEdit> word_edits(std::string_view reference, std::string_view rendering) {
  return to_edits(detail::align_words(reference, rendering), reference, rendering);
}

void diverge(std::vector<Claim>& claims, const std::vector<Statement>& statements,
             const std::vector<ArticleReport>& articles, const DivergeOptions& options) {
  diverge(claims, statements, articles, options, detail::SpeakerIdentity(statements));
}

void diverge(std::vector<Claim>& claims, const std::vector<Statement>& statements,
             const std::vector<ArticleReport>& articles, const DivergeOptions& options,
             const detail::SpeakerIdentity& speakers) {
  StatementIndex statement_index;
  for (const Statement& statement : statements) statement_index.emplace(statement.id, &statement);
  ArticleIndex article_index;
  for (const ArticleReport& article : articles) article_index.emplace(article.article.id, &article);

  // Members resolved once; ids the statements do not know are dropped from the comparison only.
  std::vector<std::vector<const Statement*>> members(claims.size());
  for (std::size_t c = 0; c < claims.size(); ++c)
    for (const std::string& id : claims[c].members)
      if (const auto found = statement_index.find(id); found != statement_index.end())
        members[c].push_back(found->second);
  Coverage coverage(members, articles, article_index);

  for (std::size_t c = 0; c < claims.size(); ++c) {
    Claim& claim = claims[c];
    claim.divergences.clear();
    claim.omitted_by.clear();
    claim.divergence_score = 0;
    if (members[c].empty()) continue;
    claim.articles = member_articles(members[c]);

    const Statement* representative = members[c].front();
    if (const auto found = statement_index.find(claim.representative); found != statement_index.end() &&
        std::find(members[c].begin(), members[c].end(), found->second) != members[c].end())
      representative = found->second;
    claim.representative = representative->id;
    if (claim.summary.empty()) claim.summary = representative->content;

    const std::vector<const Statement*> firm = firm_members(claim, members[c], *representative, options.firm_fit);
    Components components;
    if (options.wording) add_wording(claim, *representative, members[c], firm, components.wording);
    if (options.figures) components.figures = add_figures(claim, firm);
    if (options.framing) add_framing(claim, members[c], article_index, components.framing);
    if (options.attribution) add_attribution(claim, members[c], speakers, components.attribution);
    components.omission = add_omission(claim, coverage.covering(claim.articles), article_index);
    claim.divergence_score = divergence_score(components, outlet_count(claim.articles, article_index) >= 2);
  }

  // Claims that hold together first, then the looser ones; within each, most divergent first; ties
  // keep the aligner's order. Ids follow the new order.
  std::vector<std::size_t> order(claims.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto coherent = [&](std::size_t i) { return claims[i].cohesion >= options.coherent_cohesion; };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (coherent(a) != coherent(b)) return coherent(a);
    return claims[a].divergence_score > claims[b].divergence_score;
  });
  std::vector<Claim> sorted;
  sorted.reserve(claims.size());
  for (std::size_t i : order) sorted.push_back(std::move(claims[i]));
  for (std::size_t i = 0; i < sorted.size(); ++i) sorted[i].id = "claim-" + std::to_string(i + 1);
  claims = std::move(sorted);
}

}  // namespace claimdiff
