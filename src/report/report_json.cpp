// The JSON form of every value type, and the JSON report (the contract in shared/eval/README.md,
// plus spans, articles and diagnostics). Keys keep a fixed order so two runs give identical bytes.
#include <claimdiff/report.hpp>

#include <cmath>

namespace claimdiff {
namespace {

using nlohmann::ordered_json;

ordered_json optional_string(const std::string& text) { return text.empty() ? ordered_json(nullptr) : ordered_json(text); }

ordered_json optional_number(const std::optional<double>& value) {
  if (!value || !std::isfinite(*value)) return nullptr;
  return *value;
}

// A score in [0, 1] to four decimals: more digits say nothing and make reports hard to compare.
ordered_json score_json(double score) {
  return std::isfinite(score) ? std::round(score * 10000.0) / 10000.0 : 0.0;
}

ordered_json scores_json(const std::vector<double>& scores) {
  ordered_json out = ordered_json::array();
  for (const double score : scores) out.push_back(score_json(score));
  return out;
}

ordered_json span_json(Span span) { return {{"begin", span.begin}, {"end", span.end}}; }

// Declared first so that array_of finds every overload.
ordered_json to_json(const FigureSlot& slot);
ordered_json to_json(const Figure& figure);
ordered_json to_json(const FramingTerm& term);
ordered_json to_json(const WordEdit& edit);
ordered_json to_json(const DivergenceValue& value);
ordered_json to_json(const Divergence& divergence);
ordered_json to_json(const ArticleReport& report);

template <typename T>
ordered_json array_of(const std::vector<T>& items) {
  ordered_json array = ordered_json::array();
  for (const T& item : items) array.push_back(to_json(item));
  return array;
}

ordered_json to_json(const FigureSlot& slot) {
  return {{"measure", optional_string(slot.measure)}, {"counted", optional_string(slot.counted)},
          {"frame", optional_string(slot.frame)},     {"role", optional_string(slot.role)},
          {"phase", optional_string(slot.phase)},     {"mood", optional_string(slot.mood)}};
}

ordered_json to_json(const Figure& figure) {
  ordered_json base = nullptr;
  if (figure.base_value)
    base = {{"value", *figure.base_value}, {"upper", optional_number(figure.base_upper)}, {"unit", figure.base_unit}};
  return {{"text", figure.text},        {"type", figure.type},   {"value", optional_number(figure.value)},
          {"upper", optional_number(figure.upper)}, {"unit", optional_string(figure.unit)},
          {"qualifier", optional_string(figure.qualifier)}, {"begin", figure.span.begin}, {"end", figure.span.end},
          {"bound", optional_string(figure.bound)}, {"precision", optional_string(figure.precision)},
          {"timex", optional_string(figure.timex)}, {"base", base}, {"slot", to_json(figure.slot)}};
}

ordered_json to_json(const FramingTerm& term) {
  return {{"text", term.text}, {"category", term.category}, {"begin", term.span.begin}, {"end", term.span.end}};
}

ordered_json strings(const std::vector<std::string>& items) {
  ordered_json array = ordered_json::array();
  for (const std::string& item : items) array.push_back(item);
  return array;
}

ordered_json to_json(const WordEdit& edit) {
  return {{"op", to_string(edit.op)}, {"reference", edit.reference}, {"rendering", edit.rendering}};
}

ordered_json to_json(const DivergenceValue& value) {
  return {{"statement", value.statement}, {"article", value.article}, {"text", value.text},
          {"value", optional_number(value.value)}, {"detail", optional_string(value.detail)},
          {"upper", optional_number(value.upper)}, {"unit", optional_string(value.unit)},
          {"qualifier", optional_string(value.qualifier)}};
}

ordered_json to_json(const Divergence& divergence) {
  ordered_json out = {{"type", to_string(divergence.type)}, {"aspect", divergence.aspect},
                      {"summary", divergence.summary}, {"values", array_of(divergence.values)}};
  if (divergence.type == DivergenceType::wording) {
    out["statement"] = divergence.statement;
    out["fidelity"] = optional_string(divergence.fidelity);
    out["edits"] = array_of(divergence.edits);
  }
  if (divergence.type == DivergenceType::figure) {
    out["verdict"] = optional_string(divergence.verdict);
    out["slot"] = to_json(divergence.slot);
  }
  return out;
}

ordered_json to_json(const ArticleReport& report) {
  const Article& article = report.article;
  ordered_json boilerplate = ordered_json::array();
  for (Span span : article.boilerplate) boilerplate.push_back(span_json(span));
  return {{"id", article.id},
          {"outlet", optional_string(article.outlet)},
          {"outlet_source", optional_string(article.outlet_source)},
          {"title", optional_string(article.title)},
          {"date", optional_string(article.date)},
          {"url", optional_string(article.url)},
          {"authors", strings(article.authors)},
          {"canonical_url", optional_string(article.canonical_url)},
          {"credits", strings(article.credits)},
          {"source_file", article.source_file},
          {"bytes", article.text.size()},
          {"sentences", report.sentence_count},
          {"via", strings(report.via)},
          {"framing", array_of(report.framing)},
          {"boilerplate", std::move(boilerplate)}};
}

}  // namespace

ordered_json to_json(const Statement& statement) {
  ordered_json quoted = ordered_json::array();
  for (Span span : statement.quoted) quoted.push_back(span_json(span));
  return {{"id", statement.id},
          {"article", statement.article},
          {"kind", to_string(statement.kind)},
          {"rule", optional_string(to_string(statement.rule))},
          {"content", statement.content},
          {"text", statement.text},
          {"speaker", optional_string(statement.speaker)},
          {"speaker_mention", optional_string(statement.speaker_mention)},
          {"cue", optional_string(statement.cue)},
          {"cue_lemma", optional_string(statement.cue_lemma)},
          {"cue_class", optional_string(statement.cue_class)},
          {"via", strings(statement.via)},
          {"figures", array_of(statement.figures)},
          {"framing", array_of(statement.framing)},
          {"begin", statement.span.begin},
          {"end", statement.span.end},
          {"content_begin", statement.content_span.begin},
          {"content_end", statement.content_span.end},
          {"quoted", std::move(quoted)},
          {"sentence", statement.sentence}};
}

ordered_json to_json(const Claim& claim) {
  return {{"id", claim.id},
          {"summary", claim.summary},
          {"representative", claim.representative},
          {"members", strings(claim.members)},
          {"articles", strings(claim.articles)},
          {"omitted_by", strings(claim.omitted_by)},
          {"cohesion", score_json(claim.cohesion)},
          {"member_fit", scores_json(claim.member_fit)},
          {"divergence_score", score_json(claim.divergence_score)},
          {"divergences", array_of(claim.divergences)}};
}

namespace {

// The value at `key` when the record has one of the type `is` tests, else nullptr: the one test
// behind the readers below, so a field that is missing or of another type reads as empty everywhere.
using TypeTest = bool (nlohmann::json::*)() const noexcept;
const nlohmann::json* field(const nlohmann::json& json, const char* key, TypeTest is) {
  const auto found = json.find(key);
  return found != json.end() && ((*found).*is)() ? &*found : nullptr;
}

std::string string_or_empty(const nlohmann::json& json, const char* key) {
  const nlohmann::json* value = field(json, key, &nlohmann::json::is_string);
  return value ? value->get<std::string>() : std::string();
}

std::size_t offset(const nlohmann::json& json, const char* key) {
  const nlohmann::json* value = field(json, key, &nlohmann::json::is_number_unsigned);
  return value ? value->get<std::size_t>() : 0;
}

// The span of a record's "begin" and "end" (or the keys given).
Span span_of(const nlohmann::json& json, const char* begin = "begin", const char* end = "end") {
  return {offset(json, begin), offset(json, end)};
}

std::optional<double> number_or_none(const nlohmann::json& json, const char* key) {
  const nlohmann::json* value = field(json, key, &nlohmann::json::is_number);
  return value ? std::optional<double>(value->get<double>()) : std::nullopt;
}

const nlohmann::json& array_or_empty(const nlohmann::json& json, const char* key) {
  static const nlohmann::json kEmpty = nlohmann::json::array();
  const nlohmann::json* value = field(json, key, &nlohmann::json::is_array);
  return value ? *value : kEmpty;
}

Figure figure_from_json(const nlohmann::json& item) {
  Figure figure;
  figure.text = string_or_empty(item, "text");
  figure.span = span_of(item);
  figure.type = string_or_empty(item, "type");
  figure.value = number_or_none(item, "value");
  figure.upper = number_or_none(item, "upper");
  figure.unit = string_or_empty(item, "unit");
  figure.qualifier = string_or_empty(item, "qualifier");
  figure.bound = string_or_empty(item, "bound");
  figure.precision = string_or_empty(item, "precision");
  figure.timex = string_or_empty(item, "timex");
  if (const nlohmann::json* base = field(item, "base", &nlohmann::json::is_object)) {
    figure.base_value = number_or_none(*base, "value");
    figure.base_upper = number_or_none(*base, "upper");
    figure.base_unit = string_or_empty(*base, "unit");
  }
  if (const nlohmann::json* slot = field(item, "slot", &nlohmann::json::is_object)) {
    figure.slot.measure = string_or_empty(*slot, "measure");
    figure.slot.counted = string_or_empty(*slot, "counted");
    figure.slot.frame = string_or_empty(*slot, "frame");
    figure.slot.role = string_or_empty(*slot, "role");
    figure.slot.phase = string_or_empty(*slot, "phase");
    figure.slot.mood = string_or_empty(*slot, "mood");
  }
  return figure;
}

}  // namespace

Statement statement_from_json(const nlohmann::json& json) {
  Statement statement;
  statement.id = string_or_empty(json, "id");
  statement.article = string_or_empty(json, "article");
  statement.kind = statement_kind_from_string(string_or_empty(json, "kind")).value_or(StatementKind::unattributed);
  statement.rule = statement_rule_from_string(string_or_empty(json, "rule")).value_or(StatementRule::unknown);
  statement.content = string_or_empty(json, "content");
  statement.text = string_or_empty(json, "text");
  statement.speaker = string_or_empty(json, "speaker");
  statement.speaker_mention = string_or_empty(json, "speaker_mention");
  statement.cue = string_or_empty(json, "cue");
  statement.cue_lemma = string_or_empty(json, "cue_lemma");
  statement.cue_class = string_or_empty(json, "cue_class");
  for (const auto& source : array_or_empty(json, "via"))
    if (source.is_string()) statement.via.push_back(source.get<std::string>());
  for (const auto& item : array_or_empty(json, "figures")) statement.figures.push_back(figure_from_json(item));
  for (const auto& item : array_or_empty(json, "framing"))
    statement.framing.push_back({string_or_empty(item, "text"), span_of(item), string_or_empty(item, "category")});
  statement.span = span_of(json);
  statement.content_span = span_of(json, "content_begin", "content_end");
  for (const auto& item : array_or_empty(json, "quoted")) statement.quoted.push_back(span_of(item));
  statement.sentence = offset(json, "sentence");
  return statement;
}

ordered_json to_json(const Diagnostic& diagnostic) {
  return {{"severity", to_string(diagnostic.severity)}, {"source", diagnostic.source},
          {"where", optional_string(diagnostic.where)}, {"message", diagnostic.message}};
}

ordered_json to_json(const Report& report) {
  return {{"tool", report.tool},
          {"articles", array_of(report.articles)},
          {"statements", array_of(report.statements)},
          {"claims", array_of(report.claims)},
          {"diagnostics", array_of(report.diagnostics)}};
}

void write_json(std::ostream& out, const Report& report) {
  // Text was repaired at ingest; `replace` only guards against a stage producing a split sequence.
  out << to_json(report).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

std::optional<ReportFormat> report_format_from_string(std::string_view text) {
  if (text == "json") return ReportFormat::json;
  if (text == "md" || text == "markdown") return ReportFormat::markdown;
  if (text == "html") return ReportFormat::html;
  return std::nullopt;
}

void write_report(std::ostream& out, const Report& report, ReportFormat format) {
  switch (format) {
    case ReportFormat::json: write_json(out, report); return;
    case ReportFormat::markdown: write_markdown(out, report); return;
    case ReportFormat::html: write_html(out, report); return;
  }
}

}  // namespace claimdiff
