#include "postprocess/render/font_set.hpp"

#include "postprocess/render/font_collection.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <filesystem>
#include <map>

namespace gwp::render {

namespace {

// Where Debian puts the two fonts, for a machine whose fontconfig does not list them.
constexpr const char* kDejaVu[2] = {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                                    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"};
constexpr const char* kNotoCjk[2] = {"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                                     "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"};
constexpr int kNotoCjkSimplified = 2;  // the Simplified Chinese face of Debian's Noto CJK collections
constexpr char32_t kWhiteSquare = 0x25A1;

std::string text_of(const FcChar8* s) { return s ? reinterpret_cast<const char*>(s) : std::string(); }

bool has_family(FcPattern* font, const std::string& family) {
  FcChar8* name = nullptr;
  for (int i = 0; FcPatternGetString(font, FC_FAMILY, i, &name) == FcResultMatch; ++i)
    if (text_of(name) == family) return true;
  return false;
}

}  // namespace

// A face as VTK is to draw it (`draw`, whose first face it is) and where fontconfig knows it.
struct Face {
  std::string draw, source;
  int index = 0;
  bool found() const { return !draw.empty(); }
};

struct FontSet::Impl {
  FcConfig* config = nullptr;
  Face latin[2], cjk[2];                                                 // [bold]
  mutable std::map<std::pair<std::string, int>, FcCharSet*> charsets;   // of (file, face)
  mutable std::map<std::pair<char32_t, bool>, std::string> fallbacks;   // other fonts found per character

  ~Impl() {
    for (auto& [face, set] : charsets)
      if (set) FcCharSetDestroy(set);
    if (config) FcConfigDestroy(config);
  }

  // The file and face fontconfig gives for `family` in the weight asked for, if it is that family.
  Face match(const std::string& family, bool bold) const {
    if (!config) return {};
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
    FcPatternAddInteger(pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
    FcConfigSubstitute(config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* font = FcFontMatch(config, pattern, &result);
    Face face;
    FcChar8* name = nullptr;
    if (font && has_family(font, family) && FcPatternGetString(font, FC_FILE, 0, &name) == FcResultMatch) {
      face.source = text_of(name);
      if (FcPatternGetInteger(font, FC_INDEX, 0, &face.index) != FcResultMatch) face.index = 0;
    }
    if (font) FcPatternDestroy(font);
    FcPatternDestroy(pattern);
    return face;
  }

  // `family` as fontconfig finds it, else at Debian's path (face `debian_index` there). A face
  // further into a collection is drawn from a copy of its own (font_collection.hpp); if none can
  // be made, from the collection's first face, which has the same characters.
  Face find(const std::string& family, bool bold, const char* debian_path, int debian_index) const {
    Face face = match(family, bold);
    if (face.source.empty() && std::filesystem::exists(debian_path)) face = {"", debian_path, debian_index};
    if (face.source.empty()) return {};
    face.draw = single_face_file(face.source, face.index);
    if (face.draw.empty()) face = {face.source, face.source, 0};
    return face;
  }

  // The characters of face `index` of `file`: from fontconfig's cache when it lists the file,
  // else read from the file.
  const FcCharSet* charset(const std::string& file, int index) const {
    const auto known = charsets.find({file, index});
    if (known != charsets.end()) return known->second;
    FcCharSet* set = nullptr;
    const FcChar8* name = reinterpret_cast<const FcChar8*>(file.c_str());
    if (config) {
      FcPattern* pattern = FcPatternBuild(nullptr, FC_FILE, FcTypeString, name, FC_INDEX, FcTypeInteger, index, nullptr);
      FcObjectSet* objects = FcObjectSetBuild(FC_CHARSET, nullptr);
      FcFontSet* fonts = FcFontList(config, pattern, objects);
      FcCharSet* found = nullptr;
      if (fonts && fonts->nfont > 0 && FcPatternGetCharSet(fonts->fonts[0], FC_CHARSET, 0, &found) == FcResultMatch)
        set = FcCharSetCopy(found);
      if (fonts) FcFontSetDestroy(fonts);
      FcObjectSetDestroy(objects);
      FcPatternDestroy(pattern);
    }
    if (!set) {
      int count = 0;
      FcPattern* face = FcFreeTypeQuery(name, unsigned(index), nullptr, &count);
      FcCharSet* found = nullptr;
      if (face && FcPatternGetCharSet(face, FC_CHARSET, 0, &found) == FcResultMatch) set = FcCharSetCopy(found);
      if (face) FcPatternDestroy(face);
    }
    charsets[{file, index}] = set;
    return set;
  }

  bool has(const Face& face, char32_t c) const {
    if (!face.found()) return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF);  // VTK's Arial: Latin-1
    const FcCharSet* set = charset(face.source, face.index);
    return set && FcCharSetHasChar(set, FcChar32(c));
  }

  // Another installed font with `c` in its first face, by fontconfig's order for a sans-serif
  // font with that character; "" when there is none.
  std::string fallback(char32_t c, bool bold) const {
    const auto known = fallbacks.find({c, bold});
    if (known != fallbacks.end()) return known->second;
    std::string file;
    if (config) {
      FcPattern* pattern = FcPatternCreate();
      FcCharSet* wanted = FcCharSetCreate();
      FcCharSetAddChar(wanted, FcChar32(c));
      FcPatternAddCharSet(pattern, FC_CHARSET, wanted);
      FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>("sans-serif"));
      FcPatternAddInteger(pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
      FcConfigSubstitute(config, pattern, FcMatchPattern);
      FcDefaultSubstitute(pattern);
      FcResult result = FcResultNoMatch;
      FcFontSet* fonts = FcFontSort(config, pattern, FcFalse, nullptr, &result);
      for (int f = 0; fonts && f < fonts->nfont && file.empty(); ++f) {
        FcChar8* name = nullptr;
        if (FcPatternGetString(fonts->fonts[f], FC_FILE, 0, &name) != FcResultMatch) continue;
        if (has(Face{text_of(name), text_of(name), 0}, c)) file = text_of(name);  // VTK draws face 0
      }
      if (fonts) FcFontSetDestroy(fonts);
      FcCharSetDestroy(wanted);
      FcPatternDestroy(pattern);
    }
    fallbacks[{c, bold}] = file;
    return file;
  }
};

FontSet::FontSet() : impl_(std::make_unique<Impl>()) {
  impl_->config = FcInitLoadConfigAndFonts();
  for (int bold = 0; bold < 2; ++bold) {
    impl_->latin[bold] = impl_->find("DejaVu Sans", bold, kDejaVu[bold], 0);
    impl_->cjk[bold] = impl_->find("Noto Sans CJK SC", bold, kNotoCjk[bold], kNotoCjkSimplified);
  }
}

FontSet::~FontSet() = default;

std::string FontSet::latin_file(bool bold) const { return impl_->latin[bold].draw; }
std::string FontSet::cjk_file(bool bold) const { return impl_->cjk[bold].draw; }

TextRuns FontSet::runs(const std::string& utf8, bool bold) const {
  const std::vector<char32_t> chars = decode_utf8(utf8);
  const bool cjk_text = std::any_of(chars.begin(), chars.end(), is_cjk);
  std::vector<Face> order;
  for (const Face& f : cjk_text ? std::vector{impl_->cjk[bold], impl_->latin[bold]}
                                : std::vector{impl_->latin[bold], impl_->cjk[bold]})
    if (f.found()) order.push_back(f);
  if (order.empty()) order.push_back(Face{});  // VTK's built-in Arial
  auto first_with = [&](char32_t c) -> const Face* {
    for (const Face& f : order)
      if (impl_->has(f, c)) return &f;
    return nullptr;
  };
  TextRuns out;
  for (char32_t c : chars) {
    std::string file;
    if (const Face* f = first_with(c)) {
      file = f->draw;
    } else if (std::string other = impl_->fallback(c, bold); !other.empty()) {
      file = other;
    } else {
      if (std::find(out.missing.begin(), out.missing.end(), c) == out.missing.end()) out.missing.push_back(c);
      const Face* square = first_with(kWhiteSquare);
      c = square ? kWhiteSquare : U'?';
      file = square ? square->draw : order.front().draw;
    }
    if (out.runs.empty() || out.runs.back().font_file != file) out.runs.push_back({std::string(), file});
    out.runs.back().text += encode_utf8(c);
  }
  return out;
}

std::vector<char32_t> decode_utf8(const std::string& s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    const int length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    char32_t c = length == 1 ? b : length == 2 ? (b & 0x1F) : length == 3 ? (b & 0x0F) : (b & 0x07);
    bool ok = length > 0 && i + std::size_t(length) <= s.size();
    for (int k = 1; ok && k < length; ++k) {
      const unsigned char next = static_cast<unsigned char>(s[i + std::size_t(k)]);
      ok = (next >> 6) == 0x2;
      c = (c << 6) | (next & 0x3F);
    }
    out.push_back(ok ? c : 0xFFFD);
    i += ok ? std::size_t(length) : 1;
  }
  return out;
}

std::string encode_utf8(char32_t c) {
  std::string s;
  if (c < 0x80) {
    s += char(c);
  } else if (c < 0x800) {
    s += char(0xC0 | (c >> 6));
    s += char(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    s += char(0xE0 | (c >> 12));
    s += char(0x80 | ((c >> 6) & 0x3F));
    s += char(0x80 | (c & 0x3F));
  } else {
    s += char(0xF0 | (c >> 18));
    s += char(0x80 | ((c >> 12) & 0x3F));
    s += char(0x80 | ((c >> 6) & 0x3F));
    s += char(0x80 | (c & 0x3F));
  }
  return s;
}

bool is_cjk(char32_t c) {
  return (c >= 0x2E80 && c <= 0x9FFF)     // radicals, CJK punctuation, kana, Han
         || (c >= 0xAC00 && c <= 0xD7AF)  // hangul
         || (c >= 0xF900 && c <= 0xFAFF)  // compatibility ideographs
         || (c >= 0xFF00 && c <= 0xFFEF)  // full-width forms (，（）：)
         || (c >= 0x20000 && c <= 0x3FFFF);
}

}  // namespace gwp::render
