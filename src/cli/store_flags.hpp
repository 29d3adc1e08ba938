// The corpus-store flags shared by `add`, `quote` and `analyze` (--db and the statement filter),
// each defined once here with its help.
#pragma once

#include <claimdiff/store.hpp>

#include <boost/program_options.hpp>

#include <string>

namespace claimdiff::cli {

struct StoreFlags {
  std::string db;      // --db FILE; empty: no store
  StoreFilter filter;  // --outlet, --since, --until, --match
};

inline void add_store_flags(boost::program_options::options_description& options, StoreFlags& flags,
                            bool with_filter) {
  namespace po = boost::program_options;
  options.add_options()("db", po::value(&flags.db)->value_name("FILE"), "the corpus store (SQLite)");
  if (!with_filter) return;
  options.add_options()
      ("outlet", po::value(&flags.filter.outlet)->value_name("NAME"), "with --db: only this outlet's articles")
      ("since", po::value(&flags.filter.since)->value_name("DATE"), "with --db: articles dated on or after YYYY-MM-DD")
      ("until", po::value(&flags.filter.until)->value_name("DATE"), "with --db: articles dated on or before YYYY-MM-DD")
      ("match", po::value(&flags.filter.match)->value_name("WORDS"), "with --db: statements containing all these words");
}

}  // namespace claimdiff::cli
