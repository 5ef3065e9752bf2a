// The picture files `gwplume render` can write, chosen by the file's extension: PNG (lossless,
// the default) and JPEG (smaller, for documents that take only JPEG).
#pragma once
#include <optional>
#include <string>

namespace gwp::render {

enum class PictureFormat { png, jpeg };

// For messages: the extensions accepted.
inline constexpr const char* kPictureExtensions = ".png, .jpg or .jpeg";

// The format `path` asks for by its extension (any case); nullopt for any other extension.
std::optional<PictureFormat> picture_format(const std::string& path);

// The same, throwing std::invalid_argument naming the accepted extensions for any other.
PictureFormat require_picture_format(const std::string& path);

}  // namespace gwp::render
