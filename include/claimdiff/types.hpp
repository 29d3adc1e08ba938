// The value types that flow one way through the pipeline:
// Article -> Sentence -> Statement -> Claim -> Report. Named as in the JSON contract.
// Every Span is a half-open range of UTF-8 byte offsets into its Article::text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimdiff {

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;

  std::size_t size() const noexcept { return end - begin; }
  bool empty() const noexcept { return end <= begin; }
  bool contains(std::size_t offset) const noexcept { return offset >= begin && offset < end; }
  bool contains(Span other) const noexcept { return other.begin >= begin && other.end <= end; }
  bool overlaps(Span other) const noexcept { return begin < other.end && other.begin < end; }
  std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(Span, Span) = default;
};

// Something the run could not use or had to repair; the run goes on and the report lists it.
struct Diagnostic {
  enum class Severity { warning, error };
  Severity severity = Severity::warning;
  std::string source;   // the file (or record) it concerns
  std::string where;    // "line 12", "record 3", "byte 4096" or empty
  std::string message;  // what happened, in one line
};

std::string to_string(Diagnostic::Severity severity);
// "claimdiff: <source>:<where>: <message>", the line printed on stderr.
std::string format_diagnostic(const Diagnostic& diagnostic);

// One article as read. `text` is the body text the offsets point into: the file's bytes for plain
// text (invalid UTF-8 repaired to U+FFFD), the extracted paragraphs for HTML, the record's text for JSON.
struct Article {
  std::string id;           // file name without extension, or the record's id
  std::string outlet;
  std::string title;
  std::string date;
  std::string url;          // the input's address: the record's or manifest's, else the page's canonical one
  std::vector<std::string> authors;  // the byline's names, as the page's metadata gives them
  std::string canonical_url;         // the page's own address (link rel=canonical, og:url)
  // Upstream sources the page's metadata credits (JSON-LD sourceOrganization, provider, an agency
  // as author): extract merges them into the article's via.
  std::vector<std::string> credits;
  std::string source_file;  // where it was read from ("-" for stdin)
  std::string text;
  // Spans of `text` that are page furniture (share buttons, menus, "Read also:" teasers): kept in
  // `text` so offsets stay true, skipped by every later stage. Sorted, not overlapping.
  std::vector<Span> boilerplate;
  // Where `outlet` comes from: "manifest", "input" (a JSON record's field), "page" (the HTML
  // page's metadata: JSON-LD publisher, og:site_name, the site name in <title>), "text" (the article
  // names itself), "file name" (nothing better was known). Earlier ones win.
  std::string outlet_source;
  // Where the page marks headings (HTML <h1>-<h6>), for text read from markup
  // (`layout_from_markup`): segment then calls a line a headline only inside one of these, since a
  // paragraph of the page without a final stop is still a paragraph. Sorted, not overlapping.
  std::vector<Span> headings;
  bool layout_from_markup = false;
};

enum class SentenceRole {
  body,      // running text
  headline,  // a title or section heading: no final punctuation, a line of its own
  bullet,    // one item of a bulleted or numbered list
  caption,   // a photo caption or credit line
  byline,    // "by X", "Written by X", a dateline or publication stamp
};

std::string to_string(SentenceRole role);
std::optional<SentenceRole> sentence_role_from_string(std::string_view text);

struct Sentence {
  Span span;                 // trimmed of surrounding white space
  std::size_t paragraph = 0; // index into Segmentation::paragraphs
  SentenceRole role = SentenceRole::body;
};

// A quotation from its opening to its closing mark (both included). It may run over several
// sentences or paragraphs; `closed` is false when the article never closes it.
struct Quotation {
  Span span;
  bool closed = true;
};

struct Segmentation {
  std::vector<Span> paragraphs;
  std::vector<Sentence> sentences;   // in text order
  std::vector<Quotation> quotations; // in text order, not nested
};

enum class StatementKind { direct, mixed, indirect, unattributed };

std::string to_string(StatementKind kind);
std::optional<StatementKind> statement_kind_from_string(std::string_view text);

// What a figure measures, read from its words and its sentence (docs/figures.md). Figures of one
// slot can disagree; figures of different slots never do: "18 months" of a new ban, "four years" of
// the old one and "34 years" of an age are three slots.
struct FigureSlot {
  std::string measure;  // people, count, duration, elapsed, date, time, money, percent, length, area,
                        // mass, volume, speed, temperature, age, scale, number (no unit)
  std::string counted;  // the noun counted or measured, folded and singular ("device", "ship", "ban"),
                        // or the class of a people noun ("people", "troops"); may be empty
  std::string frame;    // the verb or noun the figure is the amount of ("sentenced", "forfeit",
                        // "asked for", "request"), folded; may be empty
  std::string role;     // the class of the frame or counted noun in data/lexicons/figure_slots.txt
                        // ("dead", "injured", "request", "sentence", "ban"), or empty
  std::string phase;    // "before" or "after" for the two sides of a change ("cut from four years
                        // to 18 months"), else empty
  std::string mood;     // "counterfactual" for a figure of what did not happen ("would have been
                        // unable to play until 2027"), else empty
};

// A figure as written ("at least 2,600", "1950s", "ten days", "many") with its reading.
struct Figure {
  std::string text;            // as written
  Span span;
  std::string type;            // number, year, date, decade, ordinal, range, percent, money, vague, time
  std::optional<double> value; // normalised value where one exists (2600, 1950, 10, 18; hours for a
                               // time; the year of a date that gives one)
  std::optional<double> upper; // upper bound of a range ("10 to 12")
  std::string unit;            // "days", "troops", "people", "%", "USD", "feet", ... or empty
  std::string qualifier;       // "at least", "around", "more than", "nearly" or empty
  std::string bound;           // what the qualifier makes of the value: exact, approximate, at_least,
                               // at_most, nearly, vague (empty when not read)
  std::string precision;       // the grain of a date or time: year, month, day, weekday, part_of_day,
                               // hour, minute; "comparison" for an everyday unit ("three football
                               // fields"); else empty
  std::string timex;           // ISO 8601 / TIMEX3 value of a date, time or duration: "2025-03",
                               // "XXXX-03-11", "XXXX-WXX-2TEV", "P18M", "PT18H"; else empty
  std::optional<double> base_value;  // value and upper bound in the measure's base unit (m, m2, kg,
  std::optional<double> base_upper;  // l, km/h, days) when the unit converts
  std::string base_unit;
  FigureSlot slot;
};

// An evaluative word or loaded cue the outlet uses in its own voice.
struct FramingTerm {
  std::string text;      // as written ("surprising admission", "Remarkably")
  Span span;
  std::string category;  // evaluative, hedge, intensifier, loaded_cue, stance_adverb
};

// The construction of the text that made a statement, so a wrong statement leads to the code of
// its rule (src/extract/frames.cpp unless noted; docs/architecture.md). `kind` says what is quoted;
// the rule says how the sentence attributes it, so a mixed quotation comes from any attributing rule.
enum class StatementRule {
  unknown,               // not recorded: a statement read from a report that predates rules
  speaker_cue_that,      // "X said that CLAUSE", "X, who ..., argued that CLAUSE"
  speaker_cue_listener,  // "X told reporters CLAUSE": a listener between cue and content
  speaker_cue_content,   // "X said CLAUSE", 'X said: "..."', 'X called it "..."'
  cue_speaker_content,   // 'Said Ellis: "..."': the cue opens the sentence, its speaker after it
  quote_cue_speaker,     // '"...," X said.', '..., said X, a title.': the claim first, cue and speaker after
  split_quote,           // '"A," he said, "B."': a quotation the frame interrupts
  parenthetical_cue,     // "A, X says, B": a frame in the middle of a reported claim
  according_to,          // "According to X, ...", "..., according to X"
  passive_cue,           // "It was reported by X that ...", "CLAUSE was first reported by X"
  noun_cue,              // "his admission that ...", "Putin's claim that ..."
  colon_list,            // a bullet item after "X said:"
  colon_quote,           // a quotation on its own after "X said:"
  headline_colon,        // "Putin: 1968 invasion was 'a mistake'", transcript lines "PENCE: ..."
  quote_dash_credit,     // '"...," - UK Foreign Secretary, James Cleverly.'
  quote_name_line,       // a quotation followed by a line that is only a name
  quote_goes_on,         // a quotation on its own in the paragraph after its speaker's statement
  unattributed,          // the outlet's own claim: a sentence no rule attributes
};

// "" for `unknown` (written as null), else the enumerator's name.
std::string to_string(StatementRule rule);
std::optional<StatementRule> statement_rule_from_string(std::string_view text);

struct Statement {
  std::string id;        // "<article>#<n>", n counting from 1 in text order
  std::string article;   // Article::id
  StatementKind kind = StatementKind::unattributed;
  StatementRule rule = StatementRule::unknown;
  Span span;             // the sentence(s) the statement comes from
  Span content_span;     // the claim itself inside `span` (first piece when it is split by a cue)
  std::string text;      // the whole sentence(s)
  std::string content;   // the claim itself: quoted words, reported clause, or the sentence
  std::vector<Span> quoted;     // quoted fragments inside the statement
  std::string speaker;          // resolved ("Vladimir Putin"); empty for unattributed
  std::string speaker_mention;  // as written in this statement ("he", "the Russian president")
  std::string cue;              // as written ("admits", "according to")
  std::string cue_lemma;        // "admit", "according to"
  std::string cue_class;        // neutral, assertive, factive, concessive, hedged, emotive, ...
  std::vector<std::string> via; // upstream sources credited ("TASS", "Reuters")
  std::vector<Figure> figures;
  std::vector<FramingTerm> framing;
  std::size_t sentence = 0;     // index of its first sentence in the Segmentation
};

// What extraction finds in one article: its statements and the article-level credits and framing.
struct Extraction {
  std::vector<Statement> statements;
  std::vector<std::string> via;        // "originally published by Radio Free Europe/Radio Liberty"
  std::vector<FramingTerm> framing;    // the outlet's evaluative words anywhere in its own voice
  std::vector<Diagnostic> diagnostics; // what was left unextracted, and why
};

enum class DivergenceType { wording, figure, framing, attribution, omission };

std::string to_string(DivergenceType type);
std::optional<DivergenceType> divergence_type_from_string(std::string_view text);

// One word-level edit of a rendering against the claim's reference rendering.
struct WordEdit {
  enum class Op { equal, substitute, insert, remove };
  Op op = Op::equal;
  std::string reference;  // words in the reference ("element")
  std::string rendering;  // words in this rendering ("part")
};

std::string to_string(WordEdit::Op op);

// One statement's side of a divergence: what it says on the disputed point.
struct DivergenceValue {
  std::string statement;  // Statement::id
  std::string article;    // Article::id
  std::string text;       // the value as written ("many", "2,600", "admits", "TASS")
  std::optional<double> value;
  std::string detail;     // a class or reading ("concessive", "vague", "verbatim")
  // figure divergences only: the rest of the rendering's reading
  std::optional<double> upper;  // upper value of a range ("40 to 50 years")
  std::string unit;             // as the figure gives it ("feet", "football fields", "USD")
  std::string qualifier;        // "at least", "about", ... or empty
};

struct Divergence {
  DivergenceType type = DivergenceType::wording;
  std::string aspect;   // what differs: "quote", "count", "duration", "cue_class", "speaker", "via", ...
  std::string summary;  // one line a reader understands
  std::vector<DivergenceValue> values;
  // wording only: the rendering compared, its fidelity class and its edits against the reference
  std::string statement;
  std::string fidelity;  // verbatim, trimmed, reworded, paraphrased
  std::vector<WordEdit> edits;
  // figure only: "conflict" when the values cannot all hold, "compatible" when they differ only in
  // bound, precision or unit ("at least 8.5 million" against "8.5 million"); and the slot they fill
  std::string verdict;
  FigureSlot slot;
};

struct Claim {
  std::string id;                     // "claim-<n>", n counting from 1 in report order
  std::vector<std::string> members;   // Statement ids, in input order
  std::string representative;         // the member that stands for the claim
  std::string summary;                // a short rendering of the claim
  std::vector<std::string> articles;  // articles with at least one member
  std::vector<std::string> omitted_by;// articles that cover the event but not this claim
  double cohesion = 0.0;              // mean pair probability (align's claim pair model) of the members
  // Per member (parallel to `members`): its mean pair probability with the other members, how
  // firmly it belongs; empty when unknown (then every member counts as firm).
  std::vector<double> member_fit;
  double divergence_score = 0.0;      // how much the outlets part ways, 0..1, orders the report
  std::vector<Divergence> divergences;
};

// Per article, what the report says beside the statements.
struct ArticleReport {
  Article article;
  std::size_t sentence_count = 0;
  std::vector<std::string> via;
  std::vector<FramingTerm> framing;
};

struct Report {
  std::string tool;       // "claimdiff <version>"
  std::vector<ArticleReport> articles;
  std::vector<Statement> statements;
  std::vector<Claim> claims;
  std::vector<Diagnostic> diagnostics;
};

}  // namespace claimdiff
