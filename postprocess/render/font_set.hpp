// The fonts the pictures' text is set in, and which font draws which character. VTK draws a
// string in one font file, and no single font has every character a picture needs: DejaVu Sans
// has Latin, Greek, sub- and superscripts (NH₃-N, Cl⁻, CODₘₙ), Noto Sans CJK (Debian's
// fonts-noto-cjk) has Chinese but no subscripts. So a string is cut into runs of characters, each
// run set in the first font of a preference list that has all of them. Fonts are found through
// fontconfig, with Debian's paths as a fallback, and any other installed font that has a
// character both lack. A character no installed font has is reported, never dropped silently.
#pragma once
#include <memory>
#include <string>
#include <vector>

namespace gwp::render {

struct TextRun {
  std::string text;       // UTF-8
  std::string font_file;  // the file VTK loads (its first face); empty: VTK's built-in Arial
};

struct TextRuns {
  std::vector<TextRun> runs;        // in reading order; empty for an empty string
  std::vector<char32_t> missing;    // characters no installed font has, each once
};

class FontSet {
 public:
  // The fonts installed on this machine. Never throws: without fontconfig or any font file it
  // falls back to VTK's built-in Arial (and reports every non-Latin-1 character as missing).
  FontSet();
  ~FontSet();
  FontSet(const FontSet&) = delete;
  FontSet& operator=(const FontSet&) = delete;

  // `utf8` cut into runs, each in one font. A string holding Chinese, Japanese or Korean
  // characters is set in the CJK font first (its Latin letters too, so the line reads as one),
  // with DejaVu for what the CJK font lacks; any other string in DejaVu first. A character no
  // font has is drawn as U+25A1 (a white square) and listed in `missing`.
  TextRuns runs(const std::string& utf8, bool bold) const;

  // The Latin and CJK font files found (empty where none), for messages and tests.
  std::string latin_file(bool bold) const;
  std::string cjk_file(bool bold) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The code points of `utf8`; an invalid byte gives U+FFFD.
std::vector<char32_t> decode_utf8(const std::string& utf8);
// `c` as UTF-8.
std::string encode_utf8(char32_t c);
// Whether `c` is a Han, kana, hangul or CJK punctuation / full-width character.
bool is_cjk(char32_t c);

}  // namespace gwp::render
