#include "postprocess/render/picture_format.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <stdexcept>

namespace gwp::render {

std::optional<PictureFormat> picture_format(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  if (ext == ".png") return PictureFormat::png;
  if (ext == ".jpg" || ext == ".jpeg") return PictureFormat::jpeg;
  return std::nullopt;
}

PictureFormat require_picture_format(const std::string& path) {
  if (const auto format = picture_format(path)) return *format;
  const std::string ext = std::filesystem::path(path).extension().string();
  throw std::invalid_argument("cannot write a picture as " + path + ": " +
                              (ext.empty() ? std::string("no extension") : "extension " + ext + " is not supported") +
                              "; use " + kPictureExtensions);
}

}  // namespace gwp::render
