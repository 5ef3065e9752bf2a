// Small text files (CSV tables, scripts, reports) written whole or not at all.
#pragma once
#include <string>

namespace gwp {

// Writes `text` to `path` through `path.partial`, checked after it is closed (a full disk is
// often seen only then), and renamed over `path` only when whole. On failure the partial file is
// removed, whatever stood at `path` is left as it was, and IoError names the file and the reason
// ("No space left on device").
void write_text_whole(const std::string& path, const std::string& text);

}  // namespace gwp
