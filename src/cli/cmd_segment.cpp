// `claimdiff segment INPUT...`: one JSON object per article, its sentences with byte offsets.
#include "commands.hpp"
#include "options.hpp"

#include <claimdiff/error.hpp>

#include <nlohmann/json.hpp>

namespace claimdiff::cli {

namespace {

nlohmann::ordered_json segmentation_json(const Article& article, const Segmentation& segmentation) {
  nlohmann::ordered_json sentences = nlohmann::ordered_json::array();
  for (const Sentence& sentence : segmentation.sentences) {
    sentences.push_back({{"text", std::string(sentence.span.of(article.text))},
                         {"begin", sentence.span.begin},
                         {"end", sentence.span.end},
                         {"paragraph", sentence.paragraph},
                         {"role", to_string(sentence.role)}});
  }
  nlohmann::ordered_json quotations = nlohmann::ordered_json::array();
  for (const Quotation& quotation : segmentation.quotations)
    quotations.push_back({{"begin", quotation.span.begin}, {"end", quotation.span.end}, {"closed", quotation.closed}});
  return {{"article", article.id}, {"sentences", std::move(sentences)}, {"quotations", std::move(quotations)}};
}

}  // namespace

int run_segment(const CommandLine& line) {
  CommonFlags flags;
  po::options_description options("segment options");
  add_output_flags(options, flags, "output format: json");
  add_common_flags(options, flags);
  add_input_flags(options, flags);
  if (!parse_command_line(line, options, "input", -1, "claimdiff segment INPUT... [-o FILE]", flags)) return 0;
  if (flags.format != "json") throw Error(ErrorCode::usage, "", "", "segment writes json only");
  const IngestResult input = read_inputs(line, flags);
  const Segmenter segmenter(analyze_options(flags).segment);
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const Article& article : input.articles) out.push_back(segmentation_json(article, segmenter.segment(article)));
  write_output(line, flags.output, [&](std::ostream& stream) { stream << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n'; });
  return 0;
}

}  // namespace claimdiff::cli
