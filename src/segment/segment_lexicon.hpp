// The small word lists the sentence rules consult, compiled in as constexpr tables:
// titles, abbreviations, abbreviations that never end a sentence, common sentence openers.
// Written for this project from general English usage (news style guides' abbreviation lists).
#pragma once

#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>

namespace claimdiff::detail {

// Titles and ranks written before a name: a period after them never ends a sentence ("Gen. Smith").
// Matched case-sensitively, so "st." (street, after a number) stays an ordinary abbreviation.
inline constexpr std::string_view kTitleAbbreviations[] = {
    "Adm",  "Atty", "Brig",  "Capt", "Cdr",   "Cmdr", "Col",  "Comdr", "Cpl",  "Det",
    "Dr",   "Drs",  "Fr",    "Ft",   "Gen",   "Gens", "Gov",  "Govs",  "Hon",  "Insp",
    "Lt",   "Maj",  "Messrs","Mlle", "Mme",   "Mmes", "Mr",   "Mrs",   "Ms",   "Msgr",
    "Mt",   "Pfc",  "Pres",  "Prof", "Pvt",   "Rep",  "Reps", "Rev",   "Sen",  "Sens",
    "Sgt",  "Sra",   "Srta", "St",    "Supt", "Ald",   "Amb"};

// Abbreviations that may end a sentence: a following capitalised word usually starts a new one,
// a following lower-case word or number continues ("Co. at noon", "Jan. 20", "no. 5"). Lower case.
// Words that are common English words too ("ill", "miss", "mass", "wed") are left out: state and day
// names written so usually stand before a comma, where ICU does not break anyway.
inline constexpr std::string_view kAbbreviations[] = {
    "al", "ala", "apr", "approx", "apt", "ariz", "ark", "assn", "asst", "aug",
    "ave", "bros", "btw", "ca", "calif", "cal", "ch", "cie", "cir", "co",
    "colo", "conn", "corp", "ct", "dec", "dept", "dist", "div", "dr", "eds",
    "esp", "esq", "est", "etc", "exp", "feb", "fig", "figs", "fla", "fri",
    "ga", "hwy", "inc", "ind", "intl", "jan", "jr", "sr", "jul", "jun",
    "kan", "kans", "ky", "ln", "ltd", "mar", "md", "med", "mfg", "mich",
    "min", "minn", "misc", "mon", "mont", "nev", "no", "nos", "nov", "oct",
    "okla", "p", "pa", "penn", "pl", "pp", "pt", "rd", "rs", "sec",
    "sep", "sept", "sq", "st", "tenn", "tex", "thu", "thurs", "tue", "tues",
    "univ", "va", "vol", "vols", "vt", "wash", "wis"};

// Abbreviations after which a sentence never ends ("e.g. Mr. Smith", "vs. the Tigers"). Lower case,
// inner periods kept.
inline constexpr std::string_view kNeverFinalAbbreviations[] = {
    "cf", "e.g", "et", "f.e", "i.e", "v", "viz", "vs", "w.r.t"};

// Times of day written with periods: a capitalised word after them starts a new sentence.
inline constexpr std::string_view kTimeAbbreviations[] = {"a.m", "p.m"};

// Time zones written after a time ("6 p.m. ET"): they continue the sentence.
inline constexpr std::string_view kTimeZones[] = {
    "AEST", "BST", "CDT", "CEST", "CET", "CST", "CT", "EDT", "EEST", "EET", "EST", "ET",
    "GMT", "HKT", "IST", "JST", "MDT", "MSK", "MST", "MT", "PDT", "PST", "PT", "UTC",
    "Central", "Eastern", "Mountain", "Pacific"};

// Words that commonly open an English sentence: after "U.S." or "U.K." a capitalised word from this
// list starts a new sentence, any other capitalised word continues a name ("U.S. Senate").
inline constexpr std::string_view kSentenceStarters[] = {
    "A",       "After",   "Also",     "Although", "An",      "And",     "Another", "As",
    "At",      "Because", "Before",   "Being",    "Both",    "But",     "By",      "Did",
    "Do",      "During",  "Each",     "Even",     "Every",   "Finally", "For",     "From",
    "He",      "Her",     "Here",     "His",      "However", "How",     "Hundreds","I",
    "If",      "In",      "Instead",  "It",       "Its",     "Last",    "Many",    "Meanwhile",
    "Millions","More",    "Most",     "My",       "No",      "Now",     "Officials","On",
    "One",     "Only",    "Our",      "She",      "Since",   "So",      "Some",    "Still",
    "That",    "The",     "Their",    "There",    "These",   "They",    "This",    "Those",
    "Thousands","Today",  "Under",    "We",       "What",    "When",    "Where",   "While",
    "Who",     "Why",     "With",     "Yet",      "You",     "Your"};

// Words after which a line cannot end a sentence or a title: a line break after them only wraps
// the text ("...talks with\nPresident Macron").
inline constexpr std::string_view kContinuationWords[] = {
    "a",    "an",   "and",  "are",  "as",   "at",   "because", "been", "but",  "by",   "for",
    "from", "had",  "has",  "have", "if",   "in",   "into",    "is",   "its",  "of",   "on",
    "or",   "than", "that", "the",  "their", "to",  "was",     "were", "which", "while", "who",
    "will", "with", "would"};

// Prepositions that open an adverbial ("At 5 a.m. Mr. Smith went"): a fragment of a few words
// starting with one of them is not a sentence yet.
inline constexpr std::string_view kIntroPrepositions[] = {
    "About", "After", "Around", "At", "Before", "By", "From", "In", "On", "Since", "Through",
    "Until", "Till"};

// Membership by binary search on a sorted copy of the table, made once per table.
template <std::size_t N>
bool lexicon_contains(const std::string_view (&table)[N], std::string_view word) {
  static const std::array<std::string_view, N> sorted = [&] {
    std::array<std::string_view, N> copy{};
    std::copy(std::begin(table), std::end(table), copy.begin());
    std::sort(copy.begin(), copy.end());
    return copy;
  }();
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

}  // namespace claimdiff::detail
