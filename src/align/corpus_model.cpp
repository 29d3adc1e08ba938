// CorpusModel's merge and its bytes (see corpus_model.hpp). Invariant: the bytes depend only on the
// counts, never on the order partitions were counted or merged in: every container is sorted and
// nlohmann::json (not ordered_json) writes object keys sorted.
#include <claimdiff/corpus_model.hpp>

#include <claimdiff/error.hpp>

#include <nlohmann/json.hpp>

namespace claimdiff {
namespace {

using nlohmann::json;

constexpr std::string_view kFormat = "claimdiff-corpus-model 1";

template <typename Key>
void add_counts(std::map<Key, std::uint64_t>& into, const std::map<Key, std::uint64_t>& from) {
  for (const auto& [key, count] : from) into[key] += count;
}

json counts_json(const std::map<std::string, std::uint64_t>& counts) {
  json out = json::object();
  for (const auto& [key, count] : counts) out[key] = count;
  return out;
}

// The reader's one complaint: the bytes are not a model written by to_bytes.
[[noreturn]] void not_a_model(const std::string& name, const std::string& why) {
  throw Error(ErrorCode::json, name, "", "not a corpus model (" + why + ")");
}

const json& field(const json& object, const char* key, const std::string& name) {
  const auto found = object.find(key);
  if (found == object.end()) not_a_model(name, std::string("no \"") + key + "\"");
  return *found;
}

std::uint64_t count_of(const json& value, const std::string& name) {
  if (!value.is_number_unsigned()) not_a_model(name, "a count that is not a whole number");
  return value.get<std::uint64_t>();
}

std::string text_of(const json& value, const std::string& name) {
  if (!value.is_string()) not_a_model(name, "a key that is not a string");
  return value.get<std::string>();
}

std::map<std::string, std::uint64_t> counts_from(const json& object, const std::string& name) {
  if (!object.is_object()) not_a_model(name, "counts that are not an object");
  std::map<std::string, std::uint64_t> counts;
  for (const auto& [key, value] : object.items()) counts.emplace(key, count_of(value, name));
  return counts;
}

std::set<std::string> texts_from(const json& array, const std::string& name) {
  if (!array.is_array()) not_a_model(name, "a list that is not an array");
  std::set<std::string> texts;
  for (const json& value : array) texts.insert(text_of(value, name));
  return texts;
}

}  // namespace

void CorpusModel::merge(const CorpusModel& other) {
  statements += other.statements;
  add_counts(key_statements, other.key_statements);
  capitalised.insert(other.capitalised.begin(), other.capitalised.end());
  for (const auto& [speaker, description] : other.speakers) {
    SpeakerDescription& mine = speakers[speaker];
    mine.words.insert(description.words.begin(), description.words.end());
    mine.heads.insert(description.heads.begin(), description.heads.end());
  }
  add_counts(name_statements, other.name_statements);
  add_counts(name_pairs, other.name_pairs);
}

std::string to_bytes(const CorpusModel& model) {
  json speakers = json::object();
  for (const auto& [speaker, description] : model.speakers)
    speakers[speaker] = {{"words", description.words}, {"heads", description.heads}};
  json pairs = json::array();
  for (const auto& [pair, count] : model.name_pairs) pairs.push_back(json::array({pair.first, pair.second, count}));
  const json out = {{"format", kFormat},
                    {"statements", model.statements},
                    {"key_statements", counts_json(model.key_statements)},
                    {"capitalised", model.capitalised},
                    {"speakers", std::move(speakers)},
                    {"name_statements", counts_json(model.name_statements)},
                    {"name_pairs", std::move(pairs)}};
  return out.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
}

CorpusModel corpus_model_from_bytes(std::string_view bytes, const std::string& name) {
  const json in = json::parse(bytes, nullptr, false);
  if (in.is_discarded() || !in.is_object()) not_a_model(name, "malformed JSON");
  if (field(in, "format", name) != kFormat) not_a_model(name, "format is not \"" + std::string(kFormat) + "\"");
  CorpusModel model;
  model.statements = count_of(field(in, "statements", name), name);
  model.key_statements = counts_from(field(in, "key_statements", name), name);
  model.capitalised = texts_from(field(in, "capitalised", name), name);
  const json& speakers = field(in, "speakers", name);
  if (!speakers.is_object()) not_a_model(name, "\"speakers\" is not an object");
  for (const auto& [speaker, description] : speakers.items()) {
    if (!description.is_object()) not_a_model(name, "a speaker's description is not an object");
    model.speakers[speaker] = {texts_from(field(description, "words", name), name), texts_from(field(description, "heads", name), name)};
  }
  model.name_statements = counts_from(field(in, "name_statements", name), name);
  const json& pairs = field(in, "name_pairs", name);
  if (!pairs.is_array()) not_a_model(name, "\"name_pairs\" is not an array");
  for (const json& pair : pairs) {
    if (!pair.is_array() || pair.size() != 3) not_a_model(name, "a name pair is not [first, second, count]");
    model.name_pairs[{text_of(pair[0], name), text_of(pair[1], name)}] += count_of(pair[2], name);
  }
  return model;
}

}  // namespace claimdiff
