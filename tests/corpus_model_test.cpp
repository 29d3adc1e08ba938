// Tests of the corpus model (issue 17): counted per partition and merged in any order it gives the
// bytes of the model counted in one piece, which is the model align counts for itself; the bytes
// read back; and claims aligned with a model of the whole corpus are the claims of align alone.
#include <claimdiff/align.hpp>
#include <claimdiff/corpus_model.hpp>
#include <claimdiff/error.hpp>

#include "align/aligner_impl.hpp"
#include "speakers/speaker_identity.hpp"
#include "statement_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace {

using claimdiff::Aligner;
using claimdiff::Claim;
using claimdiff::CorpusModel;
using claimdiff::Statement;
using claimdiff::StatementKind;

const Aligner& shared_aligner() {
  static const Aligner aligner = [] {
    claimdiff::AlignOptions options;
    options.word_vectors = false;  // the model holds no vector statistics; keep the test fast
    return Aligner(options);
  }();
  return aligner;
}

Statement make(const std::string& article, std::size_t n, const std::string& content) {
  return claimdiff::test::make_statement(article + "#" + std::to_string(n), article, content);
}

// Four invented outlets on a harbour strike: names that keep pairing (Port Halden, Marta Olsen,
// Kessler Shipping), a word capitalised in one outlet only ("the Harbour"), a speaker described in
// one outlet and only described in another ("the union leader").
std::vector<Statement> strike_corpus() {
  const std::vector<std::vector<std::string>> outlets = {
      {"Dock workers at Port Halden walked out on Monday over pay.",
       "About 1,200 workers joined the strike at Port Halden.",
       "The union would not unload a single ship until the pay offer improves.",
       "Traffic in the Harbour stopped, officials said.",
       "Kessler Shipping said the strike cost it 2 million euros a day."},
      {"The strike at Port Halden involves 1,200 dock workers.",
       "Workers walked out at Halden on Monday in a dispute over pay.",
       "No ship will be unloaded before a better pay offer, the union said.",
       "The harbour was closed to traffic on Tuesday.",
       "Kessler Shipping put its losses at 2 million euros a day."},
      {"Port Halden came to a halt as 1,200 dockers struck.",
       "Marta Olsen said the union would not unload ships before a better offer.",
       "Kessler Shipping diverted three ships to Ostmark.",
       "The port authority of Halden asked both sides to talk."},
      {"Dockers at Port Halden began a strike on Monday.",
       "The union leader said no ship would be unloaded until the offer improves.",
       "Ships were diverted from the harbour to Ostmark.",
       "Losses at Kessler Shipping reached 2 million euros a day."},
  };
  const char* articles[] = {"planet", "herald", "courier", "gazette"};
  std::vector<Statement> statements;
  for (std::size_t a = 0; a < outlets.size(); ++a)
    for (std::size_t i = 0; i < outlets[a].size(); ++i) statements.push_back(make(articles[a], i + 1, outlets[a][i]));
  statements[2].speaker = "Marta Olsen";
  statements[2].speaker_mention = "union leader Marta Olsen";
  statements[2].kind = StatementKind::indirect;
  return statements;
}

// The statements cut into `parts` partitions: contiguous runs, or dealt round-robin.
std::vector<std::vector<Statement>> partitions(const std::vector<Statement>& statements, std::size_t parts, bool dealt) {
  std::vector<std::vector<Statement>> out(parts);
  for (std::size_t i = 0; i < statements.size(); ++i)
    out[dealt ? i % parts : i * parts / statements.size()].push_back(statements[i]);
  return out;
}

// Merges in the order given, a left fold.
CorpusModel fold(const std::vector<CorpusModel>& models, const std::vector<std::size_t>& order) {
  CorpusModel merged;
  for (const std::size_t i : order) merged.merge(models[i]);
  return merged;
}

// Merges pairwise, as a tree reduction does.
CorpusModel tree(std::vector<CorpusModel> models) {
  while (models.size() > 1) {
    std::vector<CorpusModel> next;
    for (std::size_t i = 0; i + 1 < models.size(); i += 2) {
      CorpusModel pair = models[i + 1];
      pair.merge(models[i]);
      next.push_back(std::move(pair));
    }
    if (models.size() % 2 == 1) next.push_back(models.back());
    models = std::move(next);
  }
  return models.front();
}

// The two passes over partitions, each pass's models merged in `order` and by a tree.
std::string partitioned_bytes(const std::vector<std::vector<Statement>>& parts, std::mt19937& random) {
  const Aligner& aligner = shared_aligner();
  std::vector<CorpusModel> words;
  for (const auto& part : parts) words.push_back(aligner.count(part));
  std::vector<std::size_t> order(parts.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::shuffle(order.begin(), order.end(), random);
  const CorpusModel all_words = fold(words, order);
  CHECK(to_bytes(tree(words)) == to_bytes(all_words));
  std::vector<CorpusModel> pieces = {all_words};  // the names passes merge with the words pass
  for (const auto& part : parts) pieces.push_back(aligner.count_names(part, all_words));
  order.push_back(parts.size());
  std::shuffle(order.begin(), order.end(), random);
  const CorpusModel model = fold(pieces, order);
  CHECK(to_bytes(tree(pieces)) == to_bytes(model));
  return to_bytes(model);
}

}  // namespace

TEST_CASE("counts split 1, 3 and 7 ways and merged in any order give the bytes of the model counted in one piece", "[corpus_model]") {
  const std::vector<Statement> statements = strike_corpus();
  const std::string whole = to_bytes(shared_aligner().model_of(statements));
  std::mt19937 random(17);
  for (const std::size_t parts : {1u, 3u, 7u})
    for (const bool dealt : {false, true}) {
      CAPTURE(parts, dealt);
      CHECK(partitioned_bytes(partitions(statements, parts, dealt), random) == whole);
    }
}

TEST_CASE("the corpus model counts what the aligner reads from the whole corpus", "[corpus_model]") {
  const CorpusModel model = shared_aligner().model_of(strike_corpus());
  CHECK(model.statements == strike_corpus().size());
  CHECK(model.key_statements.at("strike") >= 3);
  // "Harbour" is capitalised in one outlet only, so it is a name wherever it stands.
  CHECK(model.capitalised.count("harbour") == 1);
  CHECK(model.name_statements.at("harbour") == 3);
  CHECK(model.name_pairs.at({"halden", "port"}) >= 4);
  REQUIRE(model.speakers.count("Marta Olsen") == 1);
  CHECK(model.speakers.at("Marta Olsen").heads == std::set<std::string>{"leader"});
}

TEST_CASE("a partition that meets a name only in lower case still counts it as a name in the names pass", "[corpus_model]") {
  const std::vector<Statement> statements = strike_corpus();
  const std::vector<Statement> lower = {statements[8]};  // "The harbour was closed to traffic on Tuesday."
  const CorpusModel own = shared_aligner().count(lower);
  CHECK(own.capitalised.count("harbour") == 0);
  const CorpusModel names = shared_aligner().count_names(lower, shared_aligner().count(statements));
  CHECK(names.name_statements.count("harbour") == 1);
  CHECK(shared_aligner().count_names(lower, own).name_statements.count("harbour") == 0);
}

TEST_CASE("the model counted in one piece is the model align counts for itself, and aligning with it changes nothing", "[corpus_model]") {
  const Aligner& aligner = shared_aligner();
  const std::vector<Statement> statements = strike_corpus();
  const CorpusModel model = aligner.model_of(statements);
  const auto& impl = claimdiff::detail::AlignerAccess::impl(aligner);
  const auto corpus = impl.profiles_of(statements, claimdiff::detail::SpeakerIdentity(statements));
  CHECK(to_bytes(corpus.model) == to_bytes(model));
  const std::vector<Claim> own = aligner.align(statements);
  const std::vector<Claim> with_model = aligner.align(statements, model);
  REQUIRE(own.size() == with_model.size());
  for (std::size_t i = 0; i < own.size(); ++i) {
    CAPTURE(i);
    CHECK(own[i].members == with_model[i].members);
    CHECK(own[i].cohesion == with_model[i].cohesion);
  }
}

TEST_CASE("a corpus model reads back from its bytes, and bytes that are no model are an error naming them", "[corpus_model]") {
  const CorpusModel model = shared_aligner().model_of(strike_corpus());
  const std::string bytes = to_bytes(model);
  CHECK(claimdiff::corpus_model_from_bytes(bytes, "m.json") == model);
  CHECK(bytes.back() == '\n');
  CHECK(std::count(bytes.begin(), bytes.end(), '\n') == 1);
  for (const std::string& bad : std::vector<std::string>{"", "[]", "{\"format\": \"claimdiff-corpus-model 1\"}", bytes.substr(0, bytes.size() / 2)}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(claimdiff::corpus_model_from_bytes(bad, "m.json"), claimdiff::Error);
  }
  CHECK_THROWS_WITH(claimdiff::corpus_model_from_bytes("{}", "m.json"), Catch::StartsWith("claimdiff: m.json: not a corpus model"));
}

TEST_CASE("merging an empty model changes nothing, and merging is commutative", "[corpus_model]") {
  const std::vector<Statement> statements = strike_corpus();
  const auto parts = partitions(statements, 2, false);
  const CorpusModel a = shared_aligner().count(parts[0]);
  const CorpusModel b = shared_aligner().count(parts[1]);
  CorpusModel ab = a, ba = b, empty;
  ab.merge(b);
  ba.merge(a);
  CHECK(to_bytes(ab) == to_bytes(ba));
  CorpusModel same = a;
  same.merge(empty);
  CHECK(same == a);
}
