// String forms of the pipeline's enums, each beside its parser, and the diagnostic line format.
#include <claimdiff/types.hpp>

#include <array>
#include <utility>

namespace claimdiff {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, std::string_view>, N>& names,
                           std::string_view text) {
  for (const auto& [value, name] : names)
    if (name == text) return value;
  return std::nullopt;
}

template <typename Enum, std::size_t N>
std::string name_of(const std::array<std::pair<Enum, std::string_view>, N>& names, Enum value) {
  for (const auto& [candidate, name] : names)
    if (candidate == value) return std::string(name);
  return "unknown";
}

constexpr std::array<std::pair<StatementKind, std::string_view>, 4> kKindNames{{
    {StatementKind::direct, "direct"},
    {StatementKind::mixed, "mixed"},
    {StatementKind::indirect, "indirect"},
    {StatementKind::unattributed, "unattributed"},
}};

constexpr std::array<std::pair<StatementRule, std::string_view>, 18> kRuleNames{{
    {StatementRule::unknown, ""},
    {StatementRule::speaker_cue_that, "speaker_cue_that"},
    {StatementRule::speaker_cue_listener, "speaker_cue_listener"},
    {StatementRule::speaker_cue_content, "speaker_cue_content"},
    {StatementRule::cue_speaker_content, "cue_speaker_content"},
    {StatementRule::quote_cue_speaker, "quote_cue_speaker"},
    {StatementRule::split_quote, "split_quote"},
    {StatementRule::parenthetical_cue, "parenthetical_cue"},
    {StatementRule::according_to, "according_to"},
    {StatementRule::passive_cue, "passive_cue"},
    {StatementRule::noun_cue, "noun_cue"},
    {StatementRule::colon_list, "colon_list"},
    {StatementRule::colon_quote, "colon_quote"},
    {StatementRule::headline_colon, "headline_colon"},
    {StatementRule::quote_dash_credit, "quote_dash_credit"},
    {StatementRule::quote_name_line, "quote_name_line"},
    {StatementRule::quote_goes_on, "quote_goes_on"},
    {StatementRule::unattributed, "unattributed"},
}};

constexpr std::array<std::pair<SentenceRole, std::string_view>, 5> kRoleNames{{
    {SentenceRole::body, "body"},
    {SentenceRole::headline, "headline"},
    {SentenceRole::bullet, "bullet"},
    {SentenceRole::caption, "caption"},
    {SentenceRole::byline, "byline"},
}};

constexpr std::array<std::pair<DivergenceType, std::string_view>, 5> kDivergenceNames{{
    {DivergenceType::wording, "wording"},
    {DivergenceType::figure, "figure"},
    {DivergenceType::framing, "framing"},
    {DivergenceType::attribution, "attribution"},
    {DivergenceType::omission, "omission"},
}};

constexpr std::array<std::pair<WordEdit::Op, std::string_view>, 4> kEditNames{{
    {WordEdit::Op::equal, "equal"},
    {WordEdit::Op::substitute, "substitute"},
    {WordEdit::Op::insert, "insert"},
    {WordEdit::Op::remove, "delete"},
}};

}  // namespace

std::string to_string(StatementKind kind) { return name_of(kKindNames, kind); }
std::optional<StatementKind> statement_kind_from_string(std::string_view text) {
  return lookup(kKindNames, text);
}

std::string to_string(StatementRule rule) { return name_of(kRuleNames, rule); }
std::optional<StatementRule> statement_rule_from_string(std::string_view text) {
  return lookup(kRuleNames, text);
}

std::string to_string(SentenceRole role) { return name_of(kRoleNames, role); }
std::optional<SentenceRole> sentence_role_from_string(std::string_view text) {
  return lookup(kRoleNames, text);
}

std::string to_string(DivergenceType type) { return name_of(kDivergenceNames, type); }
std::optional<DivergenceType> divergence_type_from_string(std::string_view text) {
  return lookup(kDivergenceNames, text);
}

std::string to_string(WordEdit::Op op) { return name_of(kEditNames, op); }

std::string to_string(Diagnostic::Severity severity) {
  return severity == Diagnostic::Severity::error ? "error" : "warning";
}

std::string format_diagnostic(const Diagnostic& diagnostic) {
  std::string line = "claimdiff: ";
  if (!diagnostic.source.empty()) line += diagnostic.source + ":";
  if (!diagnostic.where.empty()) line += diagnostic.where + ":";
  if (!diagnostic.source.empty() || !diagnostic.where.empty()) line += " ";
  return line + diagnostic.message;
}

}  // namespace claimdiff
