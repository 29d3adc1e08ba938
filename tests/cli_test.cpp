// Tests that run the real claimdiff binary: exit codes, one-line errors, whole-or-nothing output,
// and every kind of bad input the brief names.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

struct Run {
  int status = -1;
  std::string out;
  std::string err;
};

std::string slurp(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << file.rdbuf();
  return buffer.str();
}

class Sandbox {
 public:
  Sandbox() : path_(fs::temp_directory_path() / ("claimdiff_cli_" + std::to_string(::getpid()) + "_" + std::to_string(counter_++))) {
    fs::create_directories(path_);
  }
  ~Sandbox() { fs::remove_all(path_); }
  fs::path write(const std::string& name, const std::string& bytes) const {
    fs::create_directories((path_ / name).parent_path());
    std::ofstream(path_ / name, std::ios::binary) << bytes;
    return path_ / name;
  }
  fs::path operator/(const std::string& name) const { return path_ / name; }
  std::string path_string() const { return path_.string(); }

  // Runs `claimdiff ARGS` through the shell (so ARGS may redirect), with a time limit.
  Run claimdiff(const std::string& args, int seconds = 120) const {
    const fs::path out = path_ / ".stdout", err = path_ / ".stderr";
    const std::string command = "cd '" + path_.string() + "' && timeout " + std::to_string(seconds) + " '" +
                                CLAIMDIFF_BINARY + "' " + args + " >'" + out.string() + "' 2>'" + err.string() + "'";
    const int raw = std::system(command.c_str());
    Run run;
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    run.out = slurp(out);
    run.err = slurp(err);
    return run;
  }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

std::size_t line_count(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

const std::string kSeeds = std::string(CLAIMDIFF_SOURCE_DIR) + "/data/seeds";

const char* kArticle =
    "Council approves budget\n\n"
    "The city council approved a $2 billion budget on Tuesday, officials said.\n\n"
    "\"This budget protects every school,\" Mayor Ana Lopez said after the vote.\n";

}  // namespace

TEST_CASE("analyze writes a JSON report of the seeds and exits 0", "[cli]") {
  Sandbox box;
  const Run run = box.claimdiff("analyze '" + kSeeds + "' -o report.json --quiet");
  REQUIRE(run.status == 0);
  CHECK(run.out.empty());
  const auto report = nlohmann::json::parse(slurp(box / "report.json"));
  CHECK(report["articles"].size() == 5);
  CHECK(report["statements"].size() > 20);
  CHECK(report["claims"].size() > 0);
  for (const auto& statement : report["statements"]) {
    const std::string text = statement["text"];
    for (const char* furniture : {"Share on facebook", "Subscribe Now", "Leave a Comment", "Follow EU Today", "views0"}) {
      CAPTURE(text);
      CHECK(text.find(furniture) == std::string::npos);
    }
  }
}

TEST_CASE("two runs on the same input give byte-identical JSON", "[cli]") {
  Sandbox box;
  const Run first = box.claimdiff("analyze '" + kSeeds + "' --threads 2");
  const Run second = box.claimdiff("analyze '" + kSeeds + "' --threads 1");
  REQUIRE(first.status == 0);
  CHECK(first.out == second.out);
}

TEST_CASE("analyze writes Markdown and HTML on request", "[cli]") {
  Sandbox box;
  box.write("a.txt", kArticle);
  const Run markdown = box.claimdiff("analyze a.txt -f md");
  REQUIRE(markdown.status == 0);
  CHECK(markdown.out.rfind("# claimdiff report", 0) == 0);
  const Run html = box.claimdiff("analyze a.txt -f html -o out.html");
  REQUIRE(html.status == 0);
  CHECK(slurp(box / "out.html").find("<html") != std::string::npos);
}

TEST_CASE("segment gives byte offsets into the article text", "[cli]") {
  Sandbox box;
  const std::string text = "\xE2\x80\x9CWe won,\xE2\x80\x9D she said. The crowd cheered in \xD0\x9A\xD0\xB8\xD0\xB5\xD0\xB2.";
  box.write("multi.txt", text);
  const Run run = box.claimdiff("segment multi.txt");
  REQUIRE(run.status == 0);
  const auto out = nlohmann::json::parse(run.out);
  REQUIRE(out.size() == 1);
  CHECK(out[0]["article"] == "multi");
  for (const auto& sentence : out[0]["sentences"]) {
    const std::size_t begin = sentence["begin"], end = sentence["end"];
    CHECK(text.substr(begin, end - begin) == sentence["text"].get<std::string>());
  }
}

TEST_CASE("no usable input: exit 2 and one line naming the file and the problem", "[cli][bad-input]") {
  Sandbox box;
  struct Case {
    std::string name;
    std::string file;
    std::string bytes;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {"missing file", "missing.txt", "", "missing.txt: no such file or directory"},
      {"empty file", "empty.txt", "", "empty.txt: empty"},
      {"binary file", "blob.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16), "blob.txt: binary data"},
      {"malformed JSON", "bad.json", "{\"id\": \"x\", \"text\": ", "bad.json:line 1, byte"},
      {"record without text", "notext.json", "{\"id\": \"x\", \"title\": \"t\"}", "notext.json: record has no \"text\""},
      {"directory without supported files", "docs/readme.md", "# hi", "docs: no supported files"},
  };
  for (const Case& c : cases) {
    SECTION(c.name) {
      if (c.name != "missing file") box.write(c.file, c.bytes);
      const std::string input = c.name.find("directory") != std::string::npos ? "docs" : c.file;
      const Run run = box.claimdiff("analyze " + input + " -o out.json");
      CAPTURE(run.err);
      CHECK(run.status == 2);
      CHECK(line_count(run.err) == 1);
      CHECK(run.err.find(c.expected) != std::string::npos);
      CHECK_FALSE(fs::exists(box / "out.json"));
    }
  }
}

TEST_CASE("some usable input: the rest is analysed and the bad ones are named", "[cli][bad-input]") {
  Sandbox box;
  box.write("in/good.txt", kArticle);
  box.write("in/bad.json", "[{\"id\": 1, ");
  box.write("in/latin1.txt", std::string("Caf\xE9 owners said on Monday that prices rose sharply."));
  const Run run = box.claimdiff("analyze in -o out.json");
  REQUIRE(run.status == 0);
  CHECK(run.err.find("bad.json") != std::string::npos);
  CHECK(run.err.find("latin1.txt:byte 3: invalid UTF-8") != std::string::npos);
  const auto report = nlohmann::json::parse(slurp(box / "out.json"));
  CHECK(report["articles"].size() == 2);
  REQUIRE(report["diagnostics"].size() == 2);
  CHECK(report["diagnostics"][0]["source"].get<std::string>().find("bad.json") != std::string::npos);
}

TEST_CASE("unbalanced quotation marks do not break the run", "[cli][bad-input]") {
  Sandbox box;
  box.write("open.txt",
            "\"This never closes, the senator said.\n\nThe vote was held on Monday. \xE2\x80\x9C" "And this one either\n\n"
            "Officials said turnout was 40 percent.\n");
  const Run run = box.claimdiff("analyze open.txt", 30);
  REQUIRE(run.status == 0);
  const auto report = nlohmann::json::parse(run.out);
  bool found_turnout = false;
  for (const auto& statement : report["statements"])
    found_turnout |= statement["text"].get<std::string>().find("turnout was 40 percent") != std::string::npos;
  CHECK(found_turnout);
}

TEST_CASE("a 50 MB single-line file is analysed without a hang", "[cli][bad-input][slow]") {
  Sandbox box;
  {
    std::ofstream file(box / "huge.txt", std::ios::binary);
    const std::string chunk = "the committee said that the budget grew by 3 percent and \"costs rose\" again, ";
    for (std::size_t written = 0; written < 50u << 20; written += chunk.size()) file << chunk;
  }
  const Run run = box.claimdiff("analyze huge.txt -o out.json --quiet", 600);
  CHECK(run.status == 0);
  CHECK(fs::exists(box / "out.json"));
}

TEST_CASE("usage errors exit 2 with one line", "[cli]") {
  Sandbox box;
  for (const std::string args : {"frobnicate x", "analyze --no-such-flag x", "analyze", "analyze x.txt -f pdf"}) {
    box.write("x.txt", kArticle);
    const Run run = box.claimdiff(args);
    CAPTURE(args, run.err);
    CHECK(run.status == 2);
    CHECK(line_count(run.err) == 1);
  }
  const Run help = box.claimdiff("analyze --help");
  CHECK(help.status == 0);
  CHECK(help.out.find("--format") != std::string::npos);
}

TEST_CASE("an output file that cannot be written leaves nothing behind", "[cli]") {
  Sandbox box;
  box.write("a.txt", kArticle);
  const Run run = box.claimdiff("analyze a.txt -o no/such/dir/out.json");
  CHECK(run.status == 2);
  CHECK(run.err.find("no/such/dir/out.json") != std::string::npos);
  CHECK_FALSE(fs::exists(box / "no"));
}

TEST_CASE("standard input is read with '-'", "[cli]") {
  Sandbox box;
  box.write("a.txt", kArticle);
  const Run run = box.claimdiff("extract - < a.txt");
  REQUIRE(run.status == 0);
  const auto out = nlohmann::json::parse(run.out);
  REQUIRE(out["statements"].size() >= 1);
  CHECK(out["statements"][0]["article"] == "stdin");
}

TEST_CASE("a closed pipe ends the run with exit 0", "[cli]") {
  Sandbox box;
  const std::string command = "set -o pipefail; '" + std::string(CLAIMDIFF_BINARY) + "' analyze '" + kSeeds +
                              "' | head -c 10 >/dev/null";
  const int raw = std::system(("bash -c \"" + command + "\"").c_str());
  CHECK(WIFEXITED(raw));
  CHECK(WEXITSTATUS(raw) == 0);
}

TEST_CASE("similarity scores tab-separated pairs as score and same", "[cli]") {
  Sandbox box;
  box.write("pairs.tsv", "The minister resigned on Friday.\tThe minister resigned on Friday.\n"
                         "The minister resigned on Friday.\tHeavy rain flooded the valley.\n");
  const Run run = box.claimdiff("similarity pairs.tsv");
  REQUIRE(run.status == 0);
  std::istringstream lines(run.out);
  double identical = 0, unrelated = 0;
  int same_identical = 0, same_unrelated = 0;
  lines >> identical >> same_identical >> unrelated >> same_unrelated;
  CHECK(identical == Approx(1.0));
  CHECK(same_identical == 1);
  CHECK(unrelated < 0.3);
  CHECK(same_unrelated == 0);
  CHECK(box.claimdiff("similarity missing.tsv").status == 2);
}

TEST_CASE("similarity --model scores pairs with a fitted paraphrase model", "[cli]") {
  Sandbox box;
  box.write("pairs.tsv", "The minister resigned on Friday after the vote.\tThe minister quit on Friday after the vote.\n"
                         "The minister resigned on Friday after the vote.\tHeavy rain flooded the valley overnight.\n");
  const std::string model = std::string(CLAIMDIFF_SOURCE_DIR) + "/data/models/msrp_logistic.txt";
  const Run run = box.claimdiff("similarity pairs.tsv --model '" + model + "'");
  REQUIRE(run.status == 0);
  std::istringstream lines(run.out);
  double paraphrase = 0, unrelated = 0;
  int same_paraphrase = 0, same_unrelated = 0;
  lines >> paraphrase >> same_paraphrase >> unrelated >> same_unrelated;
  CHECK(paraphrase > 0.5);
  CHECK(same_paraphrase == 1);
  CHECK(unrelated < 0.5);
  CHECK(same_unrelated == 0);
  const Run missing = box.claimdiff("similarity pairs.tsv --model no-such-model.txt");
  CHECK(missing.status == 2);
  CHECK(missing.err.find("no-such-model.txt") != std::string::npos);
}

// #16 finding 1: the temporary-then-rename write used to replace whatever was at the path.
TEST_CASE("an output (-o) that is a FIFO or a device is written in place and replaces a symlink's target, never the link", "[cli][output]") {
  Sandbox box;
  box.write("a.txt", kArticle);
  SECTION("a FIFO stays a FIFO and its reader gets the report") {
    REQUIRE(::mkfifo((box / "pipe").c_str(), 0600) == 0);
    // The shell's `&` puts claimdiff (and the Sandbox's cd) in the background: the reader uses full paths.
    const Run run = box.claimdiff("analyze a.txt -o pipe & timeout 60 cat '" + box.path_string() + "/pipe' > '" +
                                  box.path_string() + "/got.json'; wait $!");
    CHECK(run.status == 0);
    CHECK(fs::is_fifo(fs::symlink_status(box / "pipe")));
    CHECK(nlohmann::json::parse(slurp(box / "got.json"), nullptr, false).contains("claims"));
  }
  SECTION("a character device is written, not replaced") {
    fs::create_symlink("/dev/null", box / "null");
    const Run to_null = box.claimdiff("analyze a.txt -o /dev/null");
    CHECK(to_null.status == 0);
    CHECK(fs::is_character_file(fs::status("/dev/null")));
    const Run to_stdout = box.claimdiff("analyze a.txt -o /dev/stdout");
    CHECK(to_stdout.status == 0);
    CHECK(nlohmann::json::parse(to_stdout.out, nullptr, false).contains("claims"));
  }
  SECTION("a symlink keeps pointing at its target, which gets the report") {
    box.write("real/report.json", "old");
    fs::create_symlink("real/report.json", box / "link.json");
    const Run run = box.claimdiff("analyze a.txt -o link.json");
    CHECK(run.status == 0);
    CHECK(fs::is_symlink(fs::symlink_status(box / "link.json")));
    CHECK(nlohmann::json::parse(slurp(box / "real/report.json"), nullptr, false).contains("claims"));
    CHECK(fs::directory_entry(box / "real").exists());
    CHECK(std::distance(fs::directory_iterator(box / "real"), fs::directory_iterator()) == 1);
  }
}

// #16 finding 5: only a broken pipe may end a failed write with exit 0.
TEST_CASE("a full or closed standard output exits 2 with one line", "[cli][output]") {
  Sandbox box;
  box.write("a.txt", kArticle);
  for (const std::string redirect : {"> /dev/full", ">&-"}) {
    CAPTURE(redirect);
    const std::string command = "'" + std::string(CLAIMDIFF_BINARY) + "' analyze '" + (box / "a.txt").string() +
                                "' " + redirect + " 2>'" + (box / "err.txt").string() + "'";
    const int raw = std::system(("sh -c \"" + command + "\"").c_str());
    const std::string err = slurp(box / "err.txt");
    CAPTURE(err);
    CHECK(WIFEXITED(raw));
    CHECK(WEXITSTATUS(raw) == 2);
    CHECK(line_count(err) == 1);
    CHECK(err.find("standard output") != std::string::npos);
  }
}

// #16 finding 10: a FIFO and bash's <(...) are streams, read like standard input.
TEST_CASE("a FIFO and a process substitution are read as streams", "[cli][bad-input]") {
  Sandbox box;
  box.write("a.txt", kArticle);
  const std::string binary = "'" + std::string(CLAIMDIFF_BINARY) + "'";
  const int raw = std::system(("bash -c \"cd '" + box.path_string() + "' && " + binary +
                               " extract <(cat a.txt) > out.json 2> err.txt\"").c_str());
  CAPTURE(slurp(box / "err.txt"));
  CHECK(WEXITSTATUS(raw) == 0);
  CHECK(nlohmann::json::parse(slurp(box / "out.json"), nullptr, false).value("statements", nlohmann::json::array()).size() >= 1);
  REQUIRE(::mkfifo((box / "in.fifo").c_str(), 0600) == 0);
  const Run run = box.claimdiff("extract in.fifo > fifo.json 2> fifo.txt & timeout 60 cat '" + box.path_string() + "/a.txt' > '" +
                                box.path_string() + "/in.fifo'; wait $!");
  CAPTURE(slurp(box / "fifo.txt"));
  CHECK(run.status == 0);
  CHECK(nlohmann::json::parse(slurp(box / "fifo.json"), nullptr, false).value("statements", nlohmann::json::array()).size() >= 1);
  const Run device = box.claimdiff("extract /dev/zero");
  CHECK(device.status == 2);
  CHECK(device.err.find("too large") != std::string::npos);
}

// #15: stdin used to be guessed from its first byte only, so a text starting with '[' was malformed JSON.
TEST_CASE("stdin text that starts with a bracket is read as text with --input-format txt, and a wrong guess names the flag", "[cli][bad-input]") {
  Sandbox box;
  box.write("bracket.txt", std::string("[Updated] ") + kArticle);
  for (const std::string command : {"extract", "segment", "analyze", "quote 'This budget protects every school'"}) {
    CAPTURE(command);
    const Run guessed = box.claimdiff(command + " - < bracket.txt");
    CHECK(guessed.status == 2);
    CHECK(guessed.err.find("--input-format") != std::string::npos);
    const Run told = box.claimdiff(command + " --input-format txt - < bracket.txt");
    CAPTURE(told.err);
    CHECK(told.status == 0);
  }
  box.write("record", "{\"id\": \"r1\", \"outlet\": \"Daily\", \"text\": \"The council met on Monday, officials said.\"}\n");
  const Run jsonl = box.claimdiff("segment --input-format jsonl record");
  CHECK(jsonl.status == 0);
  CHECK(jsonl.out.find("\"r1\"") != std::string::npos);
  const Run bad = box.claimdiff("segment --input-format pdf record");
  CHECK(bad.status == 2);
  CHECK(bad.err.find("auto, txt, html, json or jsonl") != std::string::npos);
}

TEST_CASE("analyze with a manifest names the outlet of each file in the JSON and the reports (issue 14)", "[cli][manifest]") {
  Sandbox box;
  box.write("in/001_a.txt", kArticle);
  box.write("in/002_b.txt", "BY JANE ROE\n\nThe council approved the budget, officials said.\n");
  box.write("m.csv", "file,outlet,date,url\n001_a.txt,The Daily Planet,2024-03-27,https://example.org/a\n");
  const Run json = box.claimdiff("analyze in --manifest m.csv -o r.json --quiet");
  REQUIRE(json.status == 0);
  const auto report = nlohmann::json::parse(slurp(box / "r.json"));
  REQUIRE(report["articles"].size() == 2);
  CHECK(report["articles"][0]["outlet"] == "The Daily Planet");
  CHECK(report["articles"][0]["outlet_source"] == "manifest");
  CHECK(report["articles"][0]["date"] == "2024-03-27");
  // Nothing names the second file's outlet: its file name, never its byline or headline.
  CHECK(report["articles"][1]["outlet"] == "002_b");
  CHECK(report["articles"][1]["outlet_source"] == "file name");
  const Run markdown = box.claimdiff("analyze in --manifest m.csv -f md --quiet");
  CHECK(markdown.out.find("The Daily Planet") != std::string::npos);
  // The outlet column of the second article is its file name, not the byline (its title guess).
  CHECK(markdown.out.find("| 002\\_b | 002\\_b |") != std::string::npos);
  const Run html = box.claimdiff("analyze in --manifest m.csv -f html --quiet");
  CHECK(html.out.find(">The Daily Planet<") != std::string::npos);
  // Names are bidi-isolated (issue 16): the outlet is <span class="outlet"><bdi>NAME</bdi></span>.
  CHECK(html.out.find("><bdi>002_b</bdi></span>") != std::string::npos);
  CHECK(html.out.find("BY JANE ROE</bdi></span>") == std::string::npos);
  for (const char* command : {"extract", "segment"}) {
    CAPTURE(command);
    CHECK(box.claimdiff(std::string(command) + " in --manifest m.csv --quiet").status == 0);
  }
}

TEST_CASE("a bad manifest is exit 2 and one line naming it", "[cli][manifest]") {
  Sandbox box;
  box.write("a.txt", kArticle);
  box.write("m.csv", "outlet\nX\n");
  const Run bad = box.claimdiff("analyze a.txt --manifest m.csv");
  CHECK(bad.status == 2);
  CHECK(line_count(bad.err) == 1);
  CHECK(bad.err.find("m.csv") != std::string::npos);
  const Run missing = box.claimdiff("analyze a.txt --manifest nope.csv");
  CHECK(missing.status == 2);
  CHECK(missing.err.find("nope.csv") != std::string::npos);
  box.write("stale.csv", "file,outlet\nother.txt,X\n");
  const Run stale = box.claimdiff("analyze a.txt --manifest stale.csv -o r.json");
  CHECK(stale.status == 0);
  CHECK(stale.err.find("no input matches 'other.txt'") != std::string::npos);
}

TEST_CASE("scripts/sources_manifest.py turns a SOURCES.md table into a manifest analyze reads", "[cli][manifest]") {
  Sandbox box;
  box.write("event/001_a.txt", kArticle);
  box.write("event/SOURCES.md", "# An event\n\nNotes.\n\n"
                                "| file | outlet | address | date as given |\n| --- | --- | --- | --- |\n"
                                "| 001_a.txt | The Daily Planet (Metropolis), wire copy | https://example.org/a | \"March 27, 2024, 9:00 AM\" |\n"
                                "| 002_b.txt | Gazette. Its wording is the agency's | https://example.org/b | not given |\n");
  const std::string script = std::string(CLAIMDIFF_SOURCE_DIR) + "/scripts/sources_manifest.py";
  const std::string command = "cd '" + (box / "").string() + "' && python3 '" + script + "' event -o m.csv";
  REQUIRE(std::system(command.c_str()) == 0);
  CHECK(slurp(box / "m.csv") == "file,outlet,date,url\n"
                                "001_a.txt,The Daily Planet,2024-03-27,https://example.org/a\n"
                                "002_b.txt,Gazette,,https://example.org/b\n");
  const Run run = box.claimdiff("analyze event/001_a.txt --manifest m.csv -o r.json --quiet");
  REQUIRE(run.status == 0);
  const auto report = nlohmann::json::parse(slurp(box / "r.json"));
  CHECK(report["articles"][0]["outlet"] == "The Daily Planet");
  CHECK(report["articles"][0]["date"] == "2024-03-27");
  const std::string missing = "python3 '" + script + "' '" + (box / "nowhere").string() + "' 2>/dev/null";
  CHECK(WEXITSTATUS(std::system(missing.c_str())) == 2);
}
TEST_CASE("analyze without its word vectors says so in one line and aligns on WordNet alone", "[cli][vectors]") {
  Sandbox box;
  box.write("budget.txt", kArticle);
  const Run missing = box.claimdiff("analyze budget.txt --word-vectors missing.wv");
  REQUIRE(missing.status == 0);
  CHECK(line_count(missing.err) == 1);
  CHECK_THAT(missing.err, Catch::Contains("missing.wv") && Catch::Contains("word vectors not found") &&
                              Catch::Contains("bash scripts/setup.sh"));
  const auto report = nlohmann::json::parse(missing.out);
  CHECK(report["claims"].size() > 0);
  bool reported = false;
  for (const auto& diagnostic : report["diagnostics"])
    reported = reported || diagnostic["message"].get<std::string>().find("word vectors") != std::string::npos;
  CHECK(reported);

  const Run quiet = box.claimdiff("analyze budget.txt --word-vectors missing.wv --quiet");
  CHECK(quiet.status == 0);
  CHECK(quiet.err.empty());
  const Run off = box.claimdiff("analyze budget.txt --word-vectors none");
  CHECK(off.status == 0);
  CHECK(off.err.empty());
  // The installed vectors (scripts/setup.sh) are found without a flag.
  const Run installed = box.claimdiff("analyze budget.txt");
  CHECK(installed.status == 0);
  CHECK(installed.err.find("word vectors") == std::string::npos);
}

namespace {

// Three outlets' invented records on one event, as JSONL (issue 17's line filters read them).
std::string record_line(const std::string& id, const std::string& outlet, const std::string& text) {
  return nlohmann::json{{"id", id}, {"outlet", outlet}, {"text", text}}.dump() + "\n";
}

const std::string kRecords =
    record_line("planet", "The Daily Planet",
                "Harbour workers strike\n\nDock workers at Port Halden walked out on Monday, union leader Marta Olsen said.\n\n"
                "\"We will not unload a single ship until the pay offer improves,\" Olsen told reporters.\n") +
    record_line("herald", "The Herald",
                "Port Halden strike\n\nAbout 1,200 dock workers stopped work at Port Halden, according to the union.\n\n"
                "Union leader Marta Olsen said the workers would not unload a single ship before a better offer.\n") +
    record_line("courier", "The Courier",
                "Dockers strike\n\nThe strike at Port Halden involves 1,200 workers, the port authority said.\n\n"
                "\"No ship will be unloaded until the pay offer improves,\" said Olsen, the union leader.\n");

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("extract --jsonl turns article records on stdin into one statement line each, the same bytes every run (issue 17)", "[cli][lines]") {
  Sandbox box;
  box.write("records.jsonl", kRecords);
  const Run first = box.claimdiff("extract --jsonl --quiet < records.jsonl");
  REQUIRE(first.status == 0);
  CHECK(first.err.empty());
  const Run second = box.claimdiff("extract --jsonl --quiet < records.jsonl");
  CHECK(second.out == first.out);
  const auto document = nlohmann::json::parse(box.claimdiff("extract records.jsonl --quiet").out);
  const std::vector<std::string> lines = lines_of(first.out);
  REQUIRE(lines.size() == document["statements"].size());
  REQUIRE(lines.size() >= 3);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    CAPTURE(lines[i]);
    const auto statement = nlohmann::json::parse(lines[i]);
    CHECK(statement == document["statements"][i]);
    const std::string article = statement["article"];
    CHECK(statement["id"].get<std::string>().rfind(article + "#", 0) == 0);
  }
}

TEST_CASE("extract --jsonl names a malformed line and reads the rest, and nothing usable is exit 2 with one line (issue 17)", "[cli][lines][bad-input]") {
  Sandbox box;
  box.write("records.jsonl", record_line("planet", "The Daily Planet", kArticle) + "{\"id\": \"broken\", \"text\": \n");
  const Run run = box.claimdiff("extract --jsonl records.jsonl --diagnostics problems.jsonl");
  REQUIRE(run.status == 0);
  CHECK_THAT(run.err, Catch::Contains("records.jsonl:line 2:") && Catch::Contains("malformed JSON"));
  CHECK(line_count(run.out) >= 1);
  const std::vector<std::string> problems = lines_of(slurp(box / "problems.jsonl"));
  REQUIRE(problems.size() == 1);
  CHECK(nlohmann::json::parse(problems[0])["where"] == "line 2");

  // An empty partition (Spark's RDD.pipe and Hadoop Streaming hand those out) is no error.
  const Run empty = box.claimdiff("extract --jsonl < /dev/null");
  CHECK(empty.status == 0);
  CHECK(empty.out.empty());
  CHECK(empty.err.empty());

  box.write("broken.jsonl", "{\"id\": \"a\", \"text\": \n{\"id\": \"b\"}\n");
  const Run none = box.claimdiff("extract --jsonl < broken.jsonl");
  CHECK(none.status == 2);
  CHECK(line_count(none.err) == 1);
  CHECK_THAT(none.err, Catch::StartsWith("claimdiff: -:line 1:") && Catch::Contains("1 more"));
  CHECK(none.out.empty());
}

TEST_CASE("extract --jsonl refuses a duplicate article id, naming both places (issue 17)", "[cli][lines][bad-input]") {
  Sandbox box;
  box.write("a.jsonl", record_line("same", "A", kArticle));
  box.write("b.jsonl", record_line("other", "B", kArticle) + record_line("same", "B", kArticle));
  const Run run = box.claimdiff("extract --jsonl a.jsonl b.jsonl");
  CHECK(run.status == 2);
  CHECK(line_count(run.err) == 1);
  CHECK_THAT(run.err, Catch::StartsWith("claimdiff: b.jsonl:line 2: duplicate article id 'same'") &&
                          Catch::Contains("a.jsonl:line 1"));
  CHECK(run.out.empty());
  // analyze keeps its rule for files: a duplicate is renamed, with a warning.
  CHECK(box.claimdiff("analyze a.jsonl b.jsonl --quiet").status == 0);
}

TEST_CASE("model count over partitions, merged in any order, then model names, gives the bytes of model build (issue 17)", "[cli][lines][model]") {
  Sandbox box;
  box.write("records.jsonl", kRecords);
  REQUIRE(box.claimdiff("extract --jsonl records.jsonl -o statements.jsonl --quiet").status == 0);
  const std::vector<std::string> lines = lines_of(slurp(box / "statements.jsonl"));
  REQUIRE(lines.size() >= 3);
  std::string parts[3];
  for (std::size_t i = 0; i < lines.size(); ++i) parts[i % 3] += lines[i] + "\n";
  for (int p = 0; p < 3; ++p) {
    box.write("part" + std::to_string(p) + ".jsonl", parts[p]);
    REQUIRE(box.claimdiff("model count part" + std::to_string(p) + ".jsonl -o words" + std::to_string(p) + ".json").status == 0);
  }
  REQUIRE(box.claimdiff("model merge words2.json words0.json words1.json -o words.json").status == 0);
  const Run reversed = box.claimdiff("model merge words1.json words0.json words2.json");
  CHECK(reversed.out == slurp(box / "words.json"));
  std::string all = "words.json";
  for (int p = 0; p < 3; ++p) {
    const std::string n = std::to_string(p);
    REQUIRE(box.claimdiff("model names --words words.json part" + n + ".jsonl -o names" + n + ".json").status == 0);
    all += " names" + n + ".json";
  }
  const Run merged = box.claimdiff("model merge " + all);
  REQUIRE(merged.status == 0);
  const Run whole = box.claimdiff("model build < statements.jsonl");
  REQUIRE(whole.status == 0);
  CHECK(merged.out == whole.out);
  const auto model = nlohmann::json::parse(whole.out);
  CHECK(model["statements"] == lines.size());
  CHECK(model["speakers"].contains("Marta Olsen"));

  box.write("not-a-model.json", "{\"format\": \"something else\"}");
  const Run bad = box.claimdiff("model merge words.json not-a-model.json");
  CHECK(bad.status == 2);
  CHECK(line_count(bad.err) == 1);
  CHECK_THAT(bad.err, Catch::StartsWith("claimdiff: not-a-model.json: not a corpus model"));
}

TEST_CASE("align --model over statement lines gives the claims analyze gives on a news-dev event (issue 17)", "[cli][lines][model]") {
  Sandbox box;
  const std::string event = std::string(CLAIMDIFF_SHARED_DIR) + "/bench-data/news-dev/crowdstrike-outage-devices-2024";
  REQUIRE(fs::is_directory(event));
  const Run report = box.claimdiff("analyze '" + event + "' --quiet");
  REQUIRE(report.status == 0);
  REQUIRE(box.claimdiff("extract --jsonl '" + event + "' -o statements.jsonl --quiet").status == 0);
  REQUIRE(box.claimdiff("model build statements.jsonl -o model.json").status == 0);
  const Run aligned = box.claimdiff("align --model model.json statements.jsonl --quiet");
  REQUIRE(aligned.status == 0);
  // analyze orders and numbers its claims by divergence; the groups are what must agree.
  std::vector<std::vector<std::string>> expected, actual;
  const auto analyzed = nlohmann::json::parse(report.out);
  for (const auto& claim : analyzed["claims"]) expected.push_back(claim["members"]);
  for (const std::string& line : lines_of(aligned.out)) actual.push_back(nlohmann::json::parse(line)["members"]);
  std::sort(expected.begin(), expected.end());
  std::sort(actual.begin(), actual.end());
  REQUIRE(expected.size() > 10);
  CHECK(actual == expected);
}

TEST_CASE("model count names a malformed statement line and counts the rest, and refuses a repeated statement id (issue 17)", "[cli][lines][model][bad-input]") {
  Sandbox box;
  box.write("records.jsonl", record_line("planet", "The Daily Planet", kArticle));
  REQUIRE(box.claimdiff("extract --jsonl records.jsonl -o statements.jsonl --quiet").status == 0);
  const std::string first = lines_of(slurp(box / "statements.jsonl")).front();
  box.write("some.jsonl", first + "\nnot json\n");
  const Run some = box.claimdiff("model count some.jsonl");
  REQUIRE(some.status == 0);
  CHECK(line_count(some.err) == 1);
  CHECK_THAT(some.err, Catch::StartsWith("claimdiff: some.jsonl:line 2: not a statement line"));
  CHECK(nlohmann::json::parse(some.out)["statements"] == 1);

  box.write("none.jsonl", "not json\n{\"id\": \"x#1\"}\n");
  const Run none = box.claimdiff("model count none.jsonl");
  CHECK(none.status == 2);
  CHECK(line_count(none.err) == 1);
  CHECK_THAT(none.err, Catch::StartsWith("claimdiff: none.jsonl:line 1:") && Catch::Contains("1 more"));

  box.write("twice.jsonl", first + "\n\n" + first + "\n");
  const Run twice = box.claimdiff("model count twice.jsonl");
  CHECK(twice.status == 2);
  CHECK(line_count(twice.err) == 1);
  CHECK_THAT(twice.err, Catch::StartsWith("claimdiff: twice.jsonl:line 3: duplicate statement id 'planet#1'") &&
                            Catch::Contains("twice.jsonl:line 1"));
}
