// The word vectors file: its layout (one header, then word offsets, word bytes, rows and hash slots,
// all little-endian), its writer and its memory-mapped reader. Every read of the mapping is bounds-
// checked against sizes the constructor validated, so a damaged file gives wrong words, never a crash.
#include "align/word_vectors.hpp"

#include <claimdiff/error.hpp>

#include "base/text_util.hpp"
#include "base/utf8.hpp"

#include <boost/crc.hpp>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <numbers>
#include <unordered_set>

namespace claimdiff::detail {
namespace {

// The rows, offsets and slots are read and written as the machine's own integers and floats.
static_assert(std::endian::native == std::endian::little, "the word vectors file is little-endian");

// "cd-wvec" and a newline: a file of another kind (or one a text tool rewrote) fails at once.
constexpr char kMagic[8] = {'c', 'd', '-', 'w', 'v', 'e', 'c', '\n'};
// Bumped whenever the layout or the meaning of a field changes; scripts/vectors.sh then converts again.
constexpr std::uint32_t kFormatVersion = 1;
// Far above any published embedding (GloVe and word2vec go to 300): a damaged header cannot make the
// reader trust absurd row sizes.
constexpr std::uint32_t kMaxDims = 4096;
// Rows start on a cache line, so a row of 108 bytes spans at most three lines.
constexpr std::uint64_t kRowAlignment = 64;
// Largest value of an int8 row: symmetric quantisation keeps -128 unused, so x and -x round alike.
constexpr float kInt8Max = 127.0f;

struct Header {
  char magic[8];
  std::uint32_t version;
  std::uint32_t header_size;
  std::uint32_t dims;
  std::uint32_t count;
  std::uint32_t encoding;
  std::uint32_t row_bytes;
  std::uint32_t slot_count;       // a power of two, at least twice the count
  std::uint32_t reserved;
  std::uint64_t offsets_offset;   // count + 1 uint32 offsets into the word bytes
  std::uint64_t words_offset;
  std::uint64_t words_size;
  std::uint64_t rows_offset;      // count rows: float scale, float norm, dims values
  std::uint64_t slots_offset;     // slot_count uint64: hash bits << 32 | (id + 1), 0 empty
  std::uint64_t file_size;
  std::uint64_t payload_crc;      // CRC-32 of the bytes from header_size to file_size
  char source[40];                // NUL-padded
  std::uint64_t header_crc;       // CRC-32 of every byte of the header before this field
};
static_assert(sizeof(Header) == 144 && std::is_trivially_copyable_v<Header>);

// FNV-1a, 64 bits: fixed by the format (std::hash may differ between builds, this may not).
std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

std::uint32_t crc32(const void* data, std::size_t size) {
  boost::crc_32_type crc;
  crc.process_bytes(data, size);
  return crc.checksum();
}

std::uint32_t header_crc(const Header& header) { return crc32(&header, offsetof(Header, header_crc)); }

std::uint32_t row_bytes_for(std::uint32_t dims, VectorEncoding encoding) {
  const std::uint32_t values = encoding == VectorEncoding::int8 ? dims : dims * 4;
  return 8 + (values + 3) / 4 * 4;  // scale and norm, then the values padded to 4 bytes
}

std::uint64_t align_up(std::uint64_t offset, std::uint64_t alignment) {
  return (offset + alignment - 1) / alignment * alignment;
}

// Where each section starts for a given shape: the writer lays the file out with it and the reader
// checks the header against it.
struct Layout {
  std::uint64_t offsets_offset = 0;
  std::uint64_t words_offset = 0;
  std::uint64_t rows_offset = 0;
  std::uint64_t slots_offset = 0;
  std::uint64_t file_size = 0;
};

Layout layout_for(std::uint32_t count, std::uint64_t words_size, std::uint32_t row_bytes, std::uint32_t slot_count) {
  Layout layout;
  layout.offsets_offset = sizeof(Header);
  layout.words_offset = layout.offsets_offset + (static_cast<std::uint64_t>(count) + 1) * 4;
  layout.rows_offset = align_up(layout.words_offset + words_size, kRowAlignment);
  layout.slots_offset = align_up(layout.rows_offset + static_cast<std::uint64_t>(count) * row_bytes, 8);
  layout.file_size = layout.slots_offset + static_cast<std::uint64_t>(slot_count) * 8;
  return layout;
}

// Twice the count, rounded up to a power of two: linear probing at a load of at most one half
// needs about 1.5 probes for a word that is there, 2.5 for one that is not.
std::uint32_t slot_count_for(std::uint32_t count) { return std::bit_ceil(std::max<std::uint32_t>(2 * count, 2)); }

template <typename T>
T load(const unsigned char* at) {
  T value;
  std::memcpy(&value, at, sizeof value);
  return value;
}

// The word without its accents, by canonical decomposition (NFD) minus the non-spacing marks.
std::string strip_diacritics(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return std::string(word);
  std::string out;
  icu::UnicodeString decomposed;
  for (std::size_t i = 0; i < word.size();) {
    const CodePoint cp = decode_at(word, i);
    i += cp.length;
    if (!nfd->getDecomposition(static_cast<UChar32>(cp.value), decomposed)) {
      append_utf8(out, cp.value);
      continue;
    }
    for (std::int32_t k = 0; k < decomposed.length();) {
      const UChar32 c = decomposed.char32At(k);
      if (u_charType(c) != U_NON_SPACING_MARK) append_utf8(out, static_cast<char32_t>(c));
      k += U16_LENGTH(c);
    }
  }
  return out;
}

bool is_ascii(std::string_view word) {
  return std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// English clitics written onto their host word: GloVe's tokeniser split them off ("do" + "n't"), and
// the wink vocabulary kept no entry with an apostrophe, so the host is the closest entry.
constexpr std::string_view kClitics[] = {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"};
// Hosts of "n't" that are not words of their own ("can't", "won't", "shan't", "ain't").
constexpr std::pair<std::string_view, std::string_view> kNegatedHosts[] = {
    {"ca", "can"}, {"wo", "will"}, {"sha", "shall"}, {"ai", "is"}};

}  // namespace

std::string_view to_string(VectorEncoding encoding) {
  switch (encoding) {
    case VectorEncoding::float32: return "float32";
    case VectorEncoding::int8: return "int8";
  }
  return "unknown";
}


struct WordVectors::Impl {
  std::string path;
  const unsigned char* base = nullptr;
  std::size_t size = 0;
  Header header{};
  double harmonic = 1.0;  // H_count, for the Zipf probabilities

  Impl() = default;
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;
  ~Impl() {
    if (base != nullptr) munmap(const_cast<unsigned char*>(base), size);
  }

  [[noreturn]] void fail(const std::string& what) const { throw Error(ErrorCode::resource, path, "", what); }

  void map();
  void validate();

  std::uint32_t offset(std::uint32_t i) const { return load<std::uint32_t>(base + header.offsets_offset + 4ull * i); }
  std::string_view word(std::uint32_t id) const {
    if (id >= header.count) return {};
    const std::uint32_t begin = offset(id);
    const std::uint32_t end = offset(id + 1);
    if (begin > end || end > header.words_size) return {};  // damaged offsets
    return {reinterpret_cast<const char*>(base + header.words_offset + begin), end - begin};
  }
  const unsigned char* row(std::uint32_t id) const { return base + header.rows_offset + static_cast<std::uint64_t>(id) * header.row_bytes; }
  float scale(std::uint32_t id) const { return load<float>(row(id)); }
  float norm(std::uint32_t id) const { return load<float>(row(id) + 4); }

  std::uint32_t find(std::string_view entry) const {
    const std::uint64_t hash = fnv1a(entry);
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    const std::uint32_t mask = header.slot_count - 1;
    // Bounded by the table's size, so a damaged table without empty slots still ends.
    for (std::uint32_t i = static_cast<std::uint32_t>(hash) & mask, probes = 0; probes < header.slot_count; i = (i + 1) & mask, ++probes) {
      const auto slot = load<std::uint64_t>(base + header.slots_offset + 8ull * i);
      if (slot == 0) return kNone;
      const auto id = static_cast<std::uint32_t>(slot & 0xFFFFFFFFu) - 1;
      if (static_cast<std::uint32_t>(slot >> 32) == tag && word(id) == entry) return id;
    }
    return kNone;
  }

  // The host of a clitic or the word without apostrophes, looked up; kNone when neither is there.
  std::uint32_t find_without_apostrophes(std::string_view word) const {
    for (const std::string_view clitic : kClitics) {
      if (word.size() <= clitic.size() || !word.ends_with(clitic)) continue;
      std::string_view host = word.substr(0, word.size() - clitic.size());
      if (clitic == "n't")
        for (const auto& [written, meant] : kNegatedHosts)
          if (host == written) host = meant;
      if (const std::uint32_t id = find(host); id != kNone) return id;
    }
    std::string joined;
    std::remove_copy(word.begin(), word.end(), std::back_inserter(joined), '\'');
    return joined.empty() ? kNone : find(joined);
  }
};

void WordVectors::Impl::map() {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail(std::string("cannot open the word vectors: ") + std::strerror(errno));
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    fail("not a regular file");
  }
  size = static_cast<std::size_t>(info.st_size);
  if (size < sizeof(Header)) {
    ::close(fd);
    fail("truncated word vectors file: " + std::to_string(size) + " bytes, less than its header");
  }
  void* mapped = ::mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
  ::close(fd);  // the mapping keeps the file
  if (mapped == MAP_FAILED) fail(std::string("cannot map the word vectors: ") + std::strerror(errno));
  base = static_cast<const unsigned char*>(mapped);
}

void WordVectors::Impl::validate() {
  std::memcpy(&header, base, sizeof header);
  if (std::memcmp(header.magic, kMagic, sizeof kMagic) != 0) fail("not a claimdiff word vectors file");
  // The version first: another version may lay its header out differently.
  if (header.version != kFormatVersion)
    fail("word vectors in format version " + std::to_string(header.version) + ", this build reads version " +
         std::to_string(kFormatVersion) + " (convert them again: bash scripts/setup.sh)");
  if (header.header_crc != header_crc(header)) fail("damaged word vectors file: the header checksum does not match");
  const auto encoding = static_cast<VectorEncoding>(header.encoding);
  const bool known_encoding = encoding == VectorEncoding::float32 || encoding == VectorEncoding::int8;
  if (header.header_size != sizeof(Header) || header.dims == 0 || header.dims > kMaxDims || header.count == 0 ||
      header.count == kNone || !known_encoding || header.row_bytes != row_bytes_for(header.dims, encoding) ||
      !std::has_single_bit(header.slot_count) || header.slot_count < 2ull * header.count ||
      header.source[sizeof header.source - 1] != '\0')
    fail("damaged word vectors file: inconsistent header");
  const Layout expected = layout_for(header.count, header.words_size, header.row_bytes, header.slot_count);
  if (header.offsets_offset != expected.offsets_offset || header.words_offset != expected.words_offset ||
      header.rows_offset != expected.rows_offset || header.slots_offset != expected.slots_offset ||
      header.file_size != expected.file_size || header.words_size > 0xFFFFFFFFull)
    fail("damaged word vectors file: sections do not fit the header");
  if (size < header.file_size)
    fail("truncated word vectors file: " + std::to_string(size) + " of " + std::to_string(header.file_size) + " bytes");
  if (size > header.file_size)
    fail("damaged word vectors file: " + std::to_string(size - header.file_size) + " bytes after its end");
  if (offset(0) != 0 || offset(header.count) != header.words_size) fail("damaged word vectors file: word offsets");
  // H_n = ln n + gamma + 1/(2n) - 1/(12n^2): exact to 1e-12 from n = 10 on, without a pass over n.
  const auto n = static_cast<double>(header.count);
  harmonic = std::log(n) + std::numbers::egamma + 1.0 / (2.0 * n) - 1.0 / (12.0 * n * n);
}

WordVectors::WordVectors(const std::string& path) : impl_(std::make_unique<Impl>()) {
  impl_->path = path;
  impl_->map();
  impl_->validate();
}
WordVectors::~WordVectors() = default;
WordVectors::WordVectors(WordVectors&&) noexcept = default;
WordVectors& WordVectors::operator=(WordVectors&&) noexcept = default;

const std::string& WordVectors::path() const { return impl_->path; }
std::uint32_t WordVectors::dims() const { return impl_->header.dims; }
std::uint32_t WordVectors::size() const { return impl_->header.count; }
VectorEncoding WordVectors::encoding() const { return static_cast<VectorEncoding>(impl_->header.encoding); }
std::string_view WordVectors::source() const { return impl_->header.source; }

std::uint32_t WordVectors::find(std::string_view entry) const { return impl_->find(entry); }
std::string_view WordVectors::word(std::uint32_t id) const { return impl_->word(id); }

std::uint32_t WordVectors::lookup(std::string_view folded) const {
  if (folded.empty()) return kNone;
  if (const std::uint32_t id = impl_->find(folded); id != kNone) return id;
  std::string plain;
  if (!is_ascii(folded)) {
    plain = strip_diacritics(folded);
    if (const std::uint32_t id = impl_->find(plain); id != kNone) return id;
    folded = plain;
  }
  if (folded.find('\'') != std::string_view::npos) return impl_->find_without_apostrophes(folded);
  return kNone;
}

void WordVectors::vector(std::uint32_t id, std::span<float> out) const {
  const std::uint32_t dims = impl_->header.dims;
  if (id >= impl_->header.count || out.size() < dims) return;
  const unsigned char* values = impl_->row(id) + 8;
  if (encoding() == VectorEncoding::float32) {
    std::memcpy(out.data(), values, dims * sizeof(float));
    return;
  }
  const float scale = impl_->scale(id);
  for (std::uint32_t d = 0; d < dims; ++d) out[d] = static_cast<float>(static_cast<std::int8_t>(values[d])) * scale;
}

float WordVectors::norm(std::uint32_t id) const { return id < impl_->header.count ? impl_->norm(id) : 0.0f; }

bool WordVectors::word_vector(std::string_view folded, std::span<float> out, double* probability) const {
  const std::uint32_t dims = impl_->header.dims;
  if (out.size() < dims) return false;
  if (const std::uint32_t id = lookup(folded); id != kNone) {
    vector(id, out);
    if (probability != nullptr) *probability = this->probability(id);
    return true;
  }
  if (folded.find('-') == std::string_view::npos) return false;
  std::vector<std::uint32_t> parts;
  for (std::size_t i = 0; i <= folded.size();) {
    const std::size_t dash = std::min(folded.find('-', i), folded.size());
    const std::string_view part = folded.substr(i, dash - i);
    if (!part.empty()) {
      const std::uint32_t id = lookup(part);
      if (id == kNone) return false;
      parts.push_back(id);
    }
    i = dash + 1;
  }
  if (parts.empty()) return false;
  std::vector<float> part(dims);
  std::fill(out.begin(), out.begin() + dims, 0.0f);
  for (const std::uint32_t id : parts) {
    vector(id, part);
    for (std::uint32_t d = 0; d < dims; ++d) out[d] += part[d] / static_cast<float>(parts.size());
  }
  // A compound is at most as frequent as its rarest part.
  if (probability != nullptr) *probability = this->probability(*std::max_element(parts.begin(), parts.end()));
  return true;
}

double WordVectors::cosine(std::uint32_t a, std::uint32_t b) const {
  const Impl& impl = *impl_;
  if (a >= impl.header.count || b >= impl.header.count) return 0.0;
  const double norms = static_cast<double>(impl.norm(a)) * impl.norm(b);
  if (!(norms > 0.0)) return 0.0;
  const unsigned char* x = impl.row(a) + 8;
  const unsigned char* y = impl.row(b) + 8;
  const std::uint32_t dims = impl.header.dims;
  if (encoding() == VectorEncoding::int8) {
    std::int32_t dot = 0;  // at most 4096 x 127^2: far inside 32 bits
    for (std::uint32_t d = 0; d < dims; ++d)
      dot += static_cast<std::int32_t>(static_cast<std::int8_t>(x[d])) * static_cast<std::int8_t>(y[d]);
    return static_cast<double>(dot) * impl.scale(a) * impl.scale(b) / norms;
  }
  double dot = 0.0;
  for (std::uint32_t d = 0; d < dims; ++d) dot += static_cast<double>(load<float>(x + 4 * d)) * load<float>(y + 4 * d);
  return dot / norms;
}

std::optional<double> WordVectors::cosine(std::string_view a, std::string_view b) const {
  const std::uint32_t ia = lookup(a);
  const std::uint32_t ib = lookup(b);
  if (ia != kNone && ib != kNone) return cosine(ia, ib);
  std::vector<float> va(dims());
  std::vector<float> vb(dims());
  if (!word_vector(a, va) || !word_vector(b, vb)) return std::nullopt;
  return detail::cosine(va, vb);
}

double WordVectors::probability(std::uint32_t id) const {
  return 1.0 / ((static_cast<double>(std::min(id, impl_->header.count - 1)) + 1.0) * impl_->harmonic);
}

bool WordVectors::verify(std::string& error) const {
  const Header& header = impl_->header;
  const std::uint32_t crc = crc32(impl_->base + header.header_size, header.file_size - header.header_size);
  if (crc == header.payload_crc) return true;
  error = "damaged word vectors file: the payload checksum does not match";
  return false;
}

std::optional<WordVectors> load_word_vectors(const std::string& path, std::vector<Diagnostic>& diagnostics) {
  constexpr std::string_view kConsequence = "; aligning on WordNet evidence alone (install them: bash scripts/setup.sh)";
  std::string problem;
  std::error_code status;
  if (!std::filesystem::exists(path, status)) {
    problem = "word vectors not found";
  } else {
    try {
      return WordVectors(path);
    } catch (const Error& error) {
      // The reason without the "claimdiff: <file>: " the Diagnostic's own source repeats.
      problem = error.what();
      const std::string prefix = "claimdiff: " + path + ": ";
      if (problem.starts_with(prefix)) problem.erase(0, prefix.size());
    }
  }
  diagnostics.push_back({Diagnostic::Severity::warning, path, "", problem + std::string(kConsequence)});
  return std::nullopt;
}

void write_word_vectors(const std::string& path, const std::vector<std::string>& words, std::span<const float> values,
                        std::uint32_t dims, VectorEncoding encoding, std::string_view source) {
  auto malformed = [&](const std::string& what) { throw Error(ErrorCode::usage, path, "", what); };
  if (words.empty() || words.size() >= WordVectors::kNone) malformed("no words, or too many");
  if (dims == 0 || dims > kMaxDims) malformed("dimensions out of range: " + std::to_string(dims));
  if (values.size() != words.size() * dims) malformed("values do not fill words x dimensions");
  if (source.size() >= sizeof(Header::source)) malformed("source tag longer than 39 bytes");
  const auto count = static_cast<std::uint32_t>(words.size());

  std::vector<std::uint32_t> offsets{0};
  std::string bytes;
  std::unordered_set<std::string_view> seen;
  for (const std::string& word : words) {
    if (word.empty() || !seen.insert(word).second) malformed("an empty or repeated word: '" + word + "'");
    bytes += word;
    if (bytes.size() > 0xFFFFFFFFull) malformed("words longer than 4 GiB in all");
    offsets.push_back(static_cast<std::uint32_t>(bytes.size()));
  }

  Header header{};
  std::memcpy(header.magic, kMagic, sizeof kMagic);
  header.version = kFormatVersion;
  header.header_size = sizeof(Header);
  header.dims = dims;
  header.count = count;
  header.encoding = static_cast<std::uint32_t>(encoding);
  header.row_bytes = row_bytes_for(dims, encoding);
  header.slot_count = slot_count_for(count);
  const Layout layout = layout_for(count, bytes.size(), header.row_bytes, header.slot_count);
  header.offsets_offset = layout.offsets_offset;
  header.words_offset = layout.words_offset;
  header.words_size = bytes.size();
  header.rows_offset = layout.rows_offset;
  header.slots_offset = layout.slots_offset;
  header.file_size = layout.file_size;
  std::memcpy(header.source, source.data(), source.size());

  std::vector<unsigned char> file(layout.file_size, 0);
  std::memcpy(file.data() + layout.offsets_offset, offsets.data(), offsets.size() * 4);
  std::memcpy(file.data() + layout.words_offset, bytes.data(), bytes.size());
  for (std::uint32_t id = 0; id < count; ++id) {
    unsigned char* row = file.data() + layout.rows_offset + static_cast<std::uint64_t>(id) * header.row_bytes;
    const std::span<const float> x = values.subspan(static_cast<std::size_t>(id) * dims, dims);
    float scale = 1.0f;
    double squares = 0.0;
    if (encoding == VectorEncoding::int8) {
      float largest = 0.0f;
      for (const float v : x) largest = std::max(largest, std::fabs(v));
      scale = largest > 0.0f ? largest / kInt8Max : 1.0f;
      for (std::uint32_t d = 0; d < dims; ++d) {
        const auto q = static_cast<std::int8_t>(std::lround(std::clamp(x[d] / scale, -kInt8Max, kInt8Max)));
        row[8 + d] = static_cast<unsigned char>(q);
        squares += static_cast<double>(q) * q;
      }
      squares *= static_cast<double>(scale) * scale;
    } else {
      std::memcpy(row + 8, x.data(), dims * sizeof(float));
      for (const float v : x) squares += static_cast<double>(v) * v;
    }
    const auto norm = static_cast<float>(std::sqrt(squares));  // of the stored values: cosines stay exact
    std::memcpy(row, &scale, 4);
    std::memcpy(row + 4, &norm, 4);
  }
  const std::uint32_t mask = header.slot_count - 1;
  for (std::uint32_t id = 0; id < count; ++id) {
    const std::uint64_t hash = fnv1a(words[id]);
    std::uint32_t i = static_cast<std::uint32_t>(hash) & mask;
    while (load<std::uint64_t>(file.data() + layout.slots_offset + 8ull * i) != 0) i = (i + 1) & mask;
    const std::uint64_t slot = (hash >> 32) << 32 | (static_cast<std::uint64_t>(id) + 1);
    std::memcpy(file.data() + layout.slots_offset + 8ull * i, &slot, 8);
  }
  header.payload_crc = crc32(file.data() + sizeof(Header), file.size() - sizeof(Header));
  header.header_crc = header_crc(header);
  std::memcpy(file.data(), &header, sizeof header);

  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(file.data()), static_cast<std::streamsize>(file.size()));
    out.close();
    if (!out) {
      std::filesystem::remove(temporary);
      throw Error(ErrorCode::io, temporary, "", "cannot write the word vectors");
    }
  }
  std::error_code renamed;
  std::filesystem::rename(temporary, path, renamed);
  if (renamed) throw Error(ErrorCode::io, path, "", "cannot rename " + temporary + ": " + renamed.message());
}

SentenceEncoder::SentenceEncoder(const WordVectors& vectors, SifOptions options) : vectors_(vectors), options_(options) {}

SentenceVector SentenceEncoder::encode(std::string_view text) const {
  std::vector<std::string> folded;
  for (const Token& token : tokenize_words(text)) folded.push_back(fold(token.text));
  std::vector<SifWord> words;
  words.reserve(folded.size());
  for (const std::string& word : folded) words.push_back({word, -1.0});
  return encode(words);
}

SentenceVector SentenceEncoder::encode(std::span<const SifWord> words) const {
  const std::uint32_t dims = vectors_.dims();
  std::vector<double> sum(dims, 0.0);
  std::vector<float> v(dims);
  std::size_t counted = 0;
  for (const SifWord& word : words) {
    double zipf = 0.0;
    if (!vectors_.word_vector(word.folded, v, &zipf)) continue;
    const double w = weight(word.probability >= 0.0 ? word.probability : zipf);
    for (std::uint32_t d = 0; d < dims; ++d) sum[d] += w * v[d];
    ++counted;
  }
  if (counted == 0) return {};
  SentenceVector out(dims);
  for (std::uint32_t d = 0; d < dims; ++d) out[d] = static_cast<float>(sum[d] / static_cast<double>(counted));
  return out;
}

double cosine(std::span<const float> a, std::span<const float> b) {
  if (a.empty() || a.size() != b.size()) return 0.0;
  double dot = 0.0, aa = 0.0, bb = 0.0;
  for (std::size_t d = 0; d < a.size(); ++d) {
    dot += static_cast<double>(a[d]) * b[d];
    aa += static_cast<double>(a[d]) * a[d];
    bb += static_cast<double>(b[d]) * b[d];
  }
  return aa > 0.0 && bb > 0.0 ? dot / std::sqrt(aa * bb) : 0.0;
}

std::vector<float> common_component(std::span<const SentenceVector> sentences) {
  std::size_t dims = 0;
  for (const SentenceVector& s : sentences) dims = std::max(dims, s.size());
  if (dims == 0) return {};
  // The top eigenvector of the dims x dims Gram matrix (sum of v v^T) by power iteration: the
  // first right singular vector of the sentence matrix, what TruncatedSVD(1) gives Arora et al.
  std::vector<double> gram(dims * dims, 0.0);
  for (const SentenceVector& s : sentences) {
    if (s.size() != dims) continue;
    for (std::size_t i = 0; i < dims; ++i)
      for (std::size_t j = 0; j < dims; ++j) gram[i * dims + j] += static_cast<double>(s[i]) * s[j];
  }
  std::vector<double> u(dims, 1.0 / std::sqrt(static_cast<double>(dims)));
  std::vector<double> next(dims);
  // Sentence vectors share a strong common direction (the eigengap is wide): 200 iterations settle
  // it to float precision; the loop stops earlier once it no longer moves.
  constexpr int kIterations = 200;
  constexpr double kSettled = 1e-12;
  for (int iteration = 0; iteration < kIterations; ++iteration) {
    double length = 0.0;
    for (std::size_t i = 0; i < dims; ++i) {
      double x = 0.0;
      for (std::size_t j = 0; j < dims; ++j) x += gram[i * dims + j] * u[j];
      next[i] = x;
      length += x * x;
    }
    length = std::sqrt(length);
    if (!(length > 0.0)) return {};
    double moved = 0.0;
    for (std::size_t i = 0; i < dims; ++i) {
      next[i] /= length;
      moved += (next[i] - u[i]) * (next[i] - u[i]);
    }
    u.swap(next);
    if (moved < kSettled) break;
  }
  return std::vector<float>(u.begin(), u.end());
}

void remove_component(SentenceVector& sentence, std::span<const float> component) {
  if (sentence.empty() || sentence.size() != component.size()) return;
  double projection = 0.0;
  for (std::size_t d = 0; d < sentence.size(); ++d) projection += static_cast<double>(sentence[d]) * component[d];
  for (std::size_t d = 0; d < sentence.size(); ++d) sentence[d] -= static_cast<float>(projection * component[d]);
}

}  // namespace claimdiff::detail
