// VTK draws text with the first face of a font file. Noto Sans CJK comes as a collection (.ttc)
// of Japanese, Korean, Simplified and Traditional Chinese faces, Japanese first, and about 60 of
// the first 140 characters a Chinese picture uses (氨, 氮, 值 ...) have Japanese forms there. So
// the Simplified Chinese face is copied, once, into a font file of its own in a cache folder, and
// that file is what VTK is given.
#pragma once
#include <string>

namespace gwp::render {

// A file whose first face is face `index` of the collection `file`: `file` itself for index 0,
// else a copy kept in $XDG_CACHE_HOME/gwplume/fonts (or ~/.cache/gwplume/fonts, or the system's
// temporary folder), made on first use (about 16 MB for a Noto CJK face). Empty when the copy
// cannot be made: `file` is no collection, has no such face, or no folder can be written.
std::string single_face_file(const std::string& file, int index);

}  // namespace gwp::render
