// Page metadata (see html_metadata.hpp). JSON-LD is parsed by nlohmann/json without exceptions, so a
// malformed script is skipped; its objects are visited to a fixed depth, so no nesting can exhaust
// the stack; every value read goes through clean_value, which bounds and de-marks it.
#include "ingest/html_metadata.hpp"

#include "base/text_util.hpp"
#include "ingest/html_content.hpp"
#include "ingest/html_limits.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <string_view>

namespace claimdiff::detail {
namespace {

using nlohmann::json;

// How deep into a JSON-LD document objects are looked for: the top, @graph, an array of either,
// and the objects a property names (publisher, author). Real pages need 3.
constexpr std::size_t kMaxJsonLdDepth = 6;

// Separators between a headline and the site name in a <title>: "|", "-", em and en dash, "::",
// middle dot, bullet, each between spaces.
constexpr std::array<std::string_view, 7> kTitleSeparators = {
    " | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " :: ", " \xC2\xB7 ", " \xE2\x80\xA2 "};

// <meta> keys (property, name or itemprop; lower case) for each field, best first. General
// conventions: Open Graph, Dublin Core, schema.org microdata and the common publishing systems'.
constexpr std::array<std::string_view, 2> kOutletKeys = {"og:site_name", "application-name"};
constexpr std::array<std::string_view, 3> kHeadlineKeys = {"og:title", "twitter:title", "headline"};
constexpr std::array<std::string_view, 12> kDateKeys = {
    "article:published_time", "datepublished", "og:published_time", "date", "pubdate", "publishdate",
    "publish-date", "dc.date.issued", "dc.date", "dcterms.created", "parsely-pub-date", "sailthru.date"};
constexpr std::array<std::string_view, 5> kAuthorKeys = {"author", "article:author", "dc.creator",
                                                          "parsely-author", "sailthru.author"};
constexpr std::array<std::string_view, 1> kUrlKeys = {"og:url"};

bool is_control(unsigned char c) { return c < 0x20 || c == 0x7F; }

// A value as a reader should see it: markup and entities resolved by gumbo (JSON-LD and attribute
// values sometimes carry "&amp;" or "<b>"), control characters and white-space runs made one space,
// trimmed; empty when longer than `max_bytes`.
std::string clean_value(std::string_view raw, std::size_t max_bytes) {
  if (raw.size() > 4 * max_bytes + 64) return {};
  std::string text(raw);
  for (char& c : text)
    if (is_control(static_cast<unsigned char>(c))) c = ' ';  // before gumbo, which makes them U+FFFD
  if (text.find_first_of("<&") != std::string::npos && check_html_limits(text).empty()) {
    const HtmlDocument fragment(text);
    text = inner_text(fragment.root());
  }
  text = collapse_whitespace(text);
  if (text.size() > max_bytes) return {};
  return text;
}

// The same for a long text kept whole (articleBody): line breaks stay, no bound on size.
std::string clean_body(std::string_view raw) {
  std::string text(raw);
  for (char& c : text)
    if (c != '\n' && is_control(static_cast<unsigned char>(c))) c = ' ';
  return std::string(trim(text));
}

// Whether two names are one outlet: the same once folded, or one the start of the other
// ("BBC" and "BBC News").
bool same_name(std::string_view a, std::string_view b) {
  const std::string fa = fold(a);
  const std::string fb = fold(b);
  if (fa.empty() || fb.empty()) return false;
  const std::string& shorter = fa.size() < fb.size() ? fa : fb;
  const std::string& longer = fa.size() < fb.size() ? fb : fa;
  return longer.compare(0, shorter.size(), shorter) == 0 &&
         (longer.size() == shorter.size() || longer[shorter.size()] == ' ');
}

void add_name(std::vector<std::string>& names, std::string name, std::size_t max_names) {
  if (name.empty() || names.size() >= max_names) return;
  for (const std::string& known : names)
    if (fold(known) == fold(name)) return;
  names.push_back(std::move(name));
}

// "By Jane Doe" -> "Jane Doe".
std::string without_by(std::string name) {
  if (name.size() > 3 && (name.compare(0, 3, "By ") == 0 || name.compare(0, 3, "by ") == 0 || name.compare(0, 3, "BY ") == 0))
    name.erase(0, 3);
  return name;
}

// ---- JSON-LD ----------------------------------------------------------------------------------

// A schema.org type without its vocabulary prefix ("http://schema.org/NewsArticle" -> "NewsArticle").
std::string_view bare_type(std::string_view type) {
  const std::size_t slash = type.find_last_of("/:");
  return slash == std::string_view::npos ? type : type.substr(slash + 1);
}

template <class Test>
bool has_type(const json& object, Test&& test) {
  const auto found = object.find("@type");
  if (found == object.end()) return false;
  if (found->is_string()) return test(bare_type(found->get_ref<const std::string&>()));
  if (found->is_array())
    for (const json& type : *found)
      if (type.is_string() && test(bare_type(type.get_ref<const std::string&>()))) return true;
  return false;
}

// NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting, Report, ...: schema.org's
// CreativeWork kinds that are an article.
bool is_article_type(std::string_view type) {
  const auto ends_with = [&](std::string_view tail) {
    return type.size() >= tail.size() && type.substr(type.size() - tail.size()) == tail;
  };
  return ends_with("Article") || ends_with("Posting") || type == "Report";
}

bool is_organization_type(std::string_view type) {
  return type.find("Organization") != std::string_view::npos || type == "Corporation" || type == "NewsMediaOrganization";
}

// The objects of a JSON-LD document: the top ones, those of @graph, in document order.
class JsonLdObjects {
 public:
  void add_document(const json& document) { visit(document, 0); }

  const std::vector<const json*>& objects() const { return objects_; }

  // An object named by {"@id": ...} alone is looked up among the others.
  const json& resolve(const json& value) const {
    if (!value.is_object() || value.size() != 1) return value;
    const auto id = value.find("@id");
    if (id == value.end() || !id->is_string()) return value;
    const auto found = by_id_.find(id->get<std::string>());
    return found == by_id_.end() ? value : *found->second;
  }

 private:
  void visit(const json& value, std::size_t depth) {
    if (depth > kMaxJsonLdDepth) return;
    if (value.is_array()) {
      for (const json& item : value) visit(item, depth + 1);
      return;
    }
    if (!value.is_object()) return;
    objects_.push_back(&value);
    if (const auto id = value.find("@id"); id != value.end() && id->is_string() && value.size() > 1)
      by_id_.emplace(id->get<std::string>(), &value);
    if (const auto graph = value.find("@graph"); graph != value.end()) visit(*graph, depth + 1);
  }

  std::vector<const json*> objects_;
  std::map<std::string, const json*> by_id_;
};

class JsonLdReader {
 public:
  JsonLdReader(const JsonLdObjects& objects, const MetadataOptions& options) : objects_(objects), options_(options) {}

  // The first object of an article type, else nullptr.
  const json* article() const {
    for (const json* object : objects_.objects())
      if (has_type(*object, is_article_type)) return object;
    return nullptr;
  }

  std::string string_field(const json& object, const char* key) const {
    const auto found = object.find(key);
    if (found == object.end()) return {};
    if (found->is_string()) return clean_value(found->get_ref<const std::string&>(), options_.max_value_bytes);
    if (found->is_array() && !found->empty() && found->front().is_string())
      return clean_value(found->front().get_ref<const std::string&>(), options_.max_value_bytes);
    return {};
  }

  // The name of a person or organization: a string, or an object's "name" (after @id look-up).
  std::string name_of(const json& value) const {
    const json& resolved = objects_.resolve(value);
    if (resolved.is_string()) return clean_value(resolved.get_ref<const std::string&>(), options_.max_value_bytes);
    if (resolved.is_object()) return string_field(resolved, "name");
    return {};
  }

  // Each named thing of a property that may be one value or an array of them.
  template <class Visit>
  void each_named(const json& object, const char* key, Visit&& visit) const {
    const auto found = object.find(key);
    if (found == object.end()) return;
    const auto one = [&](const json& value) {
      const json& resolved = objects_.resolve(value);
      if (std::string name = without_by(name_of(resolved)); !name.empty()) visit(std::move(name), resolved);
    };
    if (found->is_array()) {
      for (const json& item : *found) one(item);
    } else {
      one(*found);
    }
  }

  void read(PageMetadata& page) const {
    const json* found = article();
    if (!found) return;
    const json& art = *found;
    if (const auto publisher = art.find("publisher"); publisher != art.end()) {
      if (publisher->is_array()) {
        if (!publisher->empty()) page.outlet = name_of(publisher->front());
      } else {
        page.outlet = name_of(*publisher);
      }
    }
    page.headline = string_field(art, "headline");
    if (page.headline.empty()) page.headline = string_field(art, "name");
    page.date = string_field(art, "datePublished");
    if (page.date.empty()) page.date = string_field(art, "dateCreated");
    page.canonical_url = string_field(art, "url");
    each_named(art, "author", [&](std::string name, const json& author) {
      if (!page.outlet.empty() && same_name(name, page.outlet)) return;
      if (author.is_object() && has_type(author, is_organization_type)) add_name(page.credits, name, options_.max_names);
      add_name(page.authors, std::move(name), options_.max_names);
    });
    for (const char* key : {"sourceOrganization", "provider"})
      each_named(art, key, [&](std::string name, const json&) {
        if (page.outlet.empty() || !same_name(name, page.outlet)) add_name(page.credits, std::move(name), options_.max_names);
      });
    if (const auto body = art.find("articleBody"); body != art.end() && body->is_string())
      page.article_body = clean_body(body->get_ref<const std::string&>());
  }

 private:
  const JsonLdObjects& objects_;
  const MetadataOptions& options_;
};

bool is_json_ld(const GumboNode& script) {
  return fold(attribute(script, "type")).find("ld+json") != std::string::npos;
}

// ---- <meta>, <link>, <title>, <time>, bylines --------------------------------------------------

// The first value of each <meta> key (property, name or itemprop, lower case), anywhere in the page.
std::map<std::string, std::string, std::less<>> meta_values(const std::vector<const GumboNode*>& metas,
                                                            const MetadataOptions& options) {
  std::map<std::string, std::string, std::less<>> values;
  for (const GumboNode* meta : metas) {
    const std::string content = clean_value(attribute(*meta, "content"), options.max_value_bytes);
    if (content.empty()) continue;
    for (const char* key : {"property", "name", "itemprop"})
      if (const std::string_view name = attribute(*meta, key); !name.empty()) values.emplace(fold(name), content);
  }
  return values;
}

template <std::size_t N>
std::string first_meta(const std::map<std::string, std::string, std::less<>>& values,
                       const std::array<std::string_view, N>& keys) {
  for (std::string_view key : keys)
    if (const auto found = values.find(key); found != values.end()) return found->second;
  return {};
}

bool rel_has(const GumboNode& element, std::string_view word) {
  bool found = false;
  for (std::string_view piece : split_on_spaces(attribute(element, "rel"))) found = found || fold(piece) == word;
  return found;
}

bool looks_like_address(std::string_view value) {
  return value.rfind("http://", 0) == 0 || value.rfind("https://", 0) == 0 || value.rfind("//", 0) == 0 ||
         value.rfind("/", 0) == 0;
}

// The names of a byline's text: "By Jane Doe and John Roe" -> {"Jane Doe", "John Roe"}; nothing
// when it does not open with "By" (a byline box also holds dates and roles).
void add_byline_names(std::string_view text, PageMetadata& page, const MetadataOptions& options) {
  std::string line = clean_value(text, options.max_value_bytes);
  const std::string stripped = without_by(line);
  if (stripped.size() == line.size()) return;
  line = stripped;
  for (std::string_view stop : {" | ", " Updated", " Published", " - ", " @", " \xE2\x80\xA2"})
    if (const std::size_t at = line.find(stop); at != std::string::npos) line.resize(at);
  // A date ends the names, and the piece it starts in is a date's ("Monday, November 18, 2019").
  if (const std::size_t digit = line.find_first_of("0123456789"); digit != std::string::npos) {
    std::size_t cut = 0;
    for (std::string_view separator : {", ", " and ", " & "})
      if (const std::size_t at = line.rfind(separator, digit); at != std::string::npos) cut = std::max(cut, at);
    line.resize(cut);
  }
  std::size_t begin = 0;
  while (begin < line.size()) {
    std::size_t end = line.size();
    std::size_t next = end;
    for (std::string_view separator : {", ", " and ", " & "})
      if (const std::size_t at = line.find(separator, begin); at != std::string::npos && at < end) {
        end = at;
        next = at + separator.size();
      }
    const std::string_view name = trim(std::string_view(line).substr(begin, end - begin));
    if (!name.empty() && split_on_spaces(name).size() <= options.max_name_words)
      add_name(page.authors, std::string(name), options.max_names);
    begin = next;
  }
}

// A name as markup shows it, up to what no name holds ("Ana Ruiz @ana Nov 18 â¢ 2 min read" ->
// "Ana Ruiz"); empty when that leaves more words than a name has.
std::string markup_name(std::string_view text, const MetadataOptions& options) {
  std::string name = without_by(clean_value(text, options.max_value_bytes));
  const std::size_t stop = std::min(name.find_first_of("@|0123456789"), name.find("\xE2\x80\xA2"));
  if (stop != std::string::npos) name = std::string(trim(std::string_view(name).substr(0, stop)));
  while (!name.empty() && (name.back() == ',' || name.back() == '-')) name = std::string(trim(name.substr(0, name.size() - 1)));
  return split_on_spaces(name).size() <= options.max_name_words ? name : std::string();
}

void read_markup_authors(const GumboNode& root, PageMetadata& page, const MetadataOptions& options) {
  std::vector<const GumboNode*> bylines;
  walk_tree(root, [&](const GumboNode& node) {
    if (!is_element(node) || is_never_content(node)) return Descend::past;
    const std::string_view itemprop = attribute(node, "itemprop");
    if (rel_has(node, "author") && has_tag(node, GUMBO_TAG_A)) {
      add_name(page.authors, markup_name(inner_text(node), options), options.max_names);
      return Descend::past;
    }
    if (fold(itemprop) == "author" && !has_tag(node, GUMBO_TAG_META)) {
      add_name(page.authors, markup_name(inner_text(node), options), options.max_names);
      return Descend::past;
    }
    if (class_or_id_has_word(node, "byline")) {
      bylines.push_back(&node);
      return Descend::past;
    }
    return Descend::into;
  });
  if (page.authors.empty())
    for (const GumboNode* byline : bylines) add_byline_names(inner_text(*byline), page, options);
}

// A <time> marked as the publication date (pubdate, itemprop=datePublished), else the first one.
std::string time_element_date(const GumboNode& root, const MetadataOptions& options) {
  std::string first;
  for (const GumboNode* time : find_all(root, GUMBO_TAG_TIME)) {
    const std::string value = clean_value(attribute(*time, "datetime"), options.max_value_bytes);
    if (value.empty()) continue;
    const bool marked = fold(attribute(*time, "itemprop")) == "datepublished" || gumbo_get_attribute(&time->v.element.attributes, "pubdate") != nullptr;
    if (marked) return value;
    if (first.empty()) first = value;
  }
  return first;
}

// "0001-01-01T00:00:00Z" and the like: a publishing system's empty date, not the page's.
bool is_placeholder_date(std::string_view date) {
  if (date.size() < 4 || !std::all_of(date.begin(), date.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  return std::stoi(std::string(date.substr(0, 4))) < 1800;
}

bool is_tail_site(std::string_view head, std::string_view tail, const MetadataOptions& options) {
  return !tail.empty() && split_on_spaces(tail).size() <= options.max_name_words && head.size() > tail.size();
}

}  // namespace

TitleParts split_title(std::string_view title, std::string_view known_outlet, const MetadataOptions& options) {
  const std::string_view whole = trim(title);
  std::size_t best = std::string_view::npos;
  std::size_t best_length = 0;
  for (std::string_view separator : kTitleSeparators) {
    const std::size_t at = whole.rfind(separator);
    if (at == std::string_view::npos || at == 0) continue;
    if (best == std::string_view::npos || at > best) {
      best = at;
      best_length = separator.size();
    }
  }
  if (best == std::string_view::npos) return {std::string(whole), {}};
  const std::string_view head = trim(whole.substr(0, best));
  const std::string_view tail = trim(whole.substr(best + best_length));
  if (!known_outlet.empty() ? same_name(tail, known_outlet) : is_tail_site(head, tail, options))
    return {std::string(head), std::string(tail)};
  return {std::string(whole), {}};
}

PageMetadata read_page_metadata(const GumboNode& root, const MetadataOptions& options) {
  PageMetadata page;
  JsonLdObjects objects;
  std::vector<json> documents;
  for (const GumboNode* script : find_all(root, GUMBO_TAG_SCRIPT)) {
    if (!is_json_ld(*script)) continue;
    const std::string_view text = raw_text(*script);
    if (text.empty() || text.size() > options.max_json_ld_bytes) continue;
    json document = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (!document.is_discarded()) documents.push_back(std::move(document));
  }
  for (const json& document : documents) objects.add_document(document);  // pointers stay: no more push_back
  JsonLdReader(objects, options).read(page);

  const auto metas = meta_values(find_all(root, GUMBO_TAG_META), options);
  if (page.outlet.empty()) page.outlet = first_meta(metas, kOutletKeys);
  if (page.headline.empty()) page.headline = first_meta(metas, kHeadlineKeys);
  if (is_placeholder_date(page.date)) page.date.clear();
  if (page.date.empty() || is_placeholder_date(page.date)) page.date = first_meta(metas, kDateKeys);
  if (page.date.empty() || is_placeholder_date(page.date)) page.date = time_element_date(root, options);
  if (is_placeholder_date(page.date)) page.date.clear();
  if (page.authors.empty()) {
    const std::string author = first_meta(metas, kAuthorKeys);
    if (!author.empty() && !looks_like_address(author)) add_byline_names("By " + author, page, options);
  }
  if (page.authors.empty()) read_markup_authors(root, page, options);

  std::string canonical;
  for (const GumboNode* link : find_all(root, GUMBO_TAG_LINK))
    if (rel_has(*link, "canonical")) {
      canonical = clean_value(attribute(*link, "href"), options.max_value_bytes);
      if (!canonical.empty()) break;
    }
  if (canonical.empty()) canonical = first_meta(metas, kUrlKeys);
  if (!canonical.empty()) page.canonical_url = canonical;

  std::string title;
  if (const GumboNode* element = find_first(root, GUMBO_TAG_TITLE))
    title = clean_value(inner_text(*element), options.max_value_bytes);
  const TitleParts parts = split_title(title, page.outlet, options);
  if (page.outlet.empty()) page.outlet = parts.site;
  if (page.headline.empty()) page.headline = parts.headline;
  if (!page.outlet.empty()) page.headline = split_title(page.headline, page.outlet, options).headline;
  return page;
}

}  // namespace claimdiff::detail
