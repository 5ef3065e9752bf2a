#include "postprocess/render/font_collection.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <vector>

namespace gwp::render {

namespace {

namespace fs = std::filesystem;

std::uint32_t be32(const unsigned char* p) {
  return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | std::uint32_t(p[3]);
}
std::uint16_t be16(const unsigned char* p) { return std::uint16_t(p[0] << 8 | p[1]); }
void put32(std::vector<unsigned char>& out, std::size_t at, std::uint32_t v) {
  for (int b = 0; b < 4; ++b) out[at + std::size_t(b)] = static_cast<unsigned char>(v >> (24 - 8 * b));
}

std::vector<unsigned char> read_at(std::ifstream& in, std::uint64_t offset, std::size_t length) {
  std::vector<unsigned char> bytes(length);
  in.seekg(std::streamoff(offset));
  in.read(reinterpret_cast<char*>(bytes.data()), std::streamsize(length));
  if (!in) bytes.clear();
  return bytes;
}

// The first of the cache folders that exists or can be made.
fs::path cache_folder() {
  std::vector<fs::path> candidates;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) candidates.push_back(fs::path(xdg) / "gwplume" / "fonts");
  if (const char* home = std::getenv("HOME"); home && *home) candidates.push_back(fs::path(home) / ".cache" / "gwplume" / "fonts");
  std::error_code ec;
  const fs::path temp = fs::temp_directory_path(ec);
  if (!ec) candidates.push_back(temp / ("gwplume-fonts-" + std::to_string(::getuid())));
  for (const fs::path& c : candidates) {
    fs::create_directories(c, ec);
    if (!ec && fs::is_directory(c) && ::access(c.c_str(), W_OK) == 0) return c;
  }
  return {};
}

// The face's tables copied behind a table directory of their own: an OpenType file of one face.
// A collection's table offsets count from the start of the collection; here they count from the
// start of the new file. (The head table's whole-file checksum is left as it was: FreeType does
// not check it.)
bool write_face(std::ifstream& in, std::uint32_t directory, const fs::path& to) {
  const std::vector<unsigned char> head = read_at(in, directory, 12);
  if (head.size() != 12) return false;
  const std::uint16_t tables = be16(&head[4]);
  const std::vector<unsigned char> records = read_at(in, directory + 12, 16u * tables);
  if (records.size() != 16u * tables) return false;
  std::vector<unsigned char> out(head);
  out.insert(out.end(), records.begin(), records.end());
  std::uint32_t offset = std::uint32_t(out.size());
  std::vector<std::pair<std::uint32_t, std::uint32_t>> sources;  // offset, length in the collection
  for (std::uint16_t t = 0; t < tables; ++t) {
    const unsigned char* r = &records[16u * t];
    sources.push_back({be32(r + 8), be32(r + 12)});
    put32(out, 12 + 16u * t + 8, offset);
    offset += (be32(r + 12) + 3u) & ~3u;  // tables start on 4-byte boundaries
  }
  const fs::path partial = to.string() + "." + std::to_string(::getpid()) + ".partial";
  {
    std::ofstream file(partial, std::ios::binary);
    file.write(reinterpret_cast<const char*>(out.data()), std::streamsize(out.size()));
    for (const auto& [at, length] : sources) {
      std::vector<unsigned char> table = read_at(in, at, length);
      if (table.size() != length) return false;
      table.resize((length + 3u) & ~3u, 0);
      file.write(reinterpret_cast<const char*>(table.data()), std::streamsize(table.size()));
    }
    if (!file) return false;
  }
  std::error_code ec;
  fs::rename(partial, to, ec);  // whole or not at all, even with several pictures drawn at once
  if (ec) fs::remove(partial, ec);
  return fs::exists(to);
}

}  // namespace

std::string single_face_file(const std::string& file, int index) {
  if (index == 0) return file;
  std::ifstream in(file, std::ios::binary);
  const std::vector<unsigned char> header = read_at(in, 0, 12);
  if (header.size() != 12 || std::string(header.begin(), header.begin() + 4) != "ttcf") return {};
  if (index < 0 || std::uint32_t(index) >= be32(&header[8])) return {};
  const std::vector<unsigned char> offset = read_at(in, 12 + 4u * std::uint32_t(index), 4);
  if (offset.size() != 4) return {};
  const fs::path folder = cache_folder();
  if (folder.empty()) return {};
  // The source's size and time in the name: a newer font package makes a new copy.
  std::error_code ec;
  const auto size = fs::file_size(file, ec);
  const auto written = std::chrono::file_clock::to_sys(fs::last_write_time(file, ec));
  const auto stamp = std::chrono::duration_cast<std::chrono::seconds>(written.time_since_epoch()).count();
  const fs::path copy = folder / (fs::path(file).stem().string() + "-face" + std::to_string(index) + "-" +
                                  std::to_string(size) + "-" + std::to_string(stamp) + ".otf");
  if (fs::exists(copy)) return copy.string();
  return write_face(in, be32(offset.data()), copy) ? copy.string() : std::string();
}

}  // namespace gwp::render
