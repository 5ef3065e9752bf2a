// The drawing surface under every picture: shapes land on the pixels they were given, in the
// colours they were given.
#include "postprocess/render/canvas.hpp"

#include <gtest/gtest.h>

#include <vtkImageData.h>
#include <vtkJPEGReader.h>

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>

#include "../results/result_fixture.hpp"
#include "core/errors.hpp"
#include "png_pixels.hpp"
#include "postprocess/render/font_collection.hpp"

namespace gwp::render {
namespace {

using test::Colour;
using test::colour_distance;

TEST(Canvas, ShapesLandOnTheirPixels) {
  if (!test::has_display()) GTEST_SKIP() << "no X server (run under xvfb-run -a)";
  test::TempDir dir("gwp-canvas");
  Canvas canvas(200, 100);
  canvas.fill_polygon({{20, 20}, {80, 20}, {80, 60}, {20, 60}}, {1.0, 0.0, 0.0});
  canvas.polyline({{100, 50}, {190, 50}}, {0.0, 0.0, 1.0}, 6.0);
  canvas.marker({150, 85}, Marker::circle, 16, {0.0, 0.8, 0.0}, {0, 0, 0});
  canvas.save(dir.file("c.png"));
  test::PngPixels png(dir.file("c.png"));
  ASSERT_EQ(png.width(), 200);
  ASSERT_EQ(png.height(), 100);
  // Interior pixels, a few pixels away from any edge: anti-aliasing blends only edge pixels.
  EXPECT_LE(colour_distance(png.at(50, 40), Colour{255, 0, 0}), 2);
  EXPECT_LE(colour_distance(png.at(150, 50), Colour{0, 0, 255}), 2);
  EXPECT_LE(colour_distance(png.at(150, 85), Colour{0, 204, 0}), 2);
  // Outside every shape the background stays white; rows 54 and 46 lie 4 px from the 6 px line's
  // centre, one pixel beyond its half width.
  EXPECT_LE(colour_distance(png.at(150, 54), Colour{255, 255, 255}), 2);
  EXPECT_LE(colour_distance(png.at(150, 46), Colour{255, 255, 255}), 2);
  EXPECT_LE(colour_distance(png.at(10, 10), Colour{255, 255, 255}), 2);
}

TEST(Canvas, DashesAlternateAlongTheLine) {
  // 100 px line, dashes of 10 and gaps of 5: dashes start at 0, 15, 30 ... 90, seven in all,
  // the last cut short at the line's end (90..100).
  const auto pieces = dashed({{{0, 0}, {60, 0}, {60, 40}}}, 10.0, 5.0);
  ASSERT_EQ(pieces.size(), 7u);
  EXPECT_NEAR(pieces[0].front()[0], 0.0, 1e-12);
  EXPECT_NEAR(pieces[0].back()[0], 10.0, 1e-12);
  EXPECT_NEAR(pieces[1].front()[0], 15.0, 1e-12);
  // The fifth dash runs from 60 to 70 along the line: the vertical leg from (60, 0) to (60, 10).
  EXPECT_NEAR(pieces[4].front()[0], 60.0, 1e-12);
  EXPECT_NEAR(pieces[4].back()[1], 10.0, 1e-12);
  EXPECT_NEAR(pieces[6].back()[1], 40.0, 1e-12);
}

// Dark pixels (every channel below 128) in a box of the picture.
int ink_in(const test::PngPixels& png, const PixelBox& box) {
  int n = 0;
  for (int y = int(std::floor(box.bottom)); y < int(std::ceil(box.top)); ++y)
    for (int x = int(std::floor(box.left)); x < int(std::ceil(box.right)); ++x)
      if (png.inside(x, y) && colour_distance(png.at(x, y), Colour{0, 0, 0}) < 128) ++n;
  return n;
}

TEST(FontSet, ChineseTextGoesToTheCjkFontAndSubscriptsToDejaVu) {
  const FontSet fonts;
  ASSERT_FALSE(fonts.cjk_file(false).empty()) << "no CJK font: install Debian's fonts-noto-cjk (scripts/setup)";
  ASSERT_FALSE(fonts.latin_file(false).empty()) << "no DejaVu Sans: install fonts-dejavu-core";
  // A Chinese string is set in the CJK font, its Latin letters too; the subscript three, which
  // Noto Sans CJK lacks, in DejaVu.
  const TextRuns runs = fonts.runs("氨氮 NH\u2083-N", false);
  ASSERT_EQ(runs.runs.size(), 3u);
  EXPECT_EQ(runs.runs[0].text, "氨氮 NH");
  EXPECT_EQ(runs.runs[0].font_file, fonts.cjk_file(false));
  EXPECT_EQ(runs.runs[1].text, "\u2083");
  EXPECT_EQ(runs.runs[1].font_file, fonts.latin_file(false));
  EXPECT_EQ(runs.runs[2].font_file, fonts.cjk_file(false));
  EXPECT_TRUE(runs.missing.empty());
  // A Latin string stays in DejaVu, as one run.
  const TextRuns latin = fonts.runs("CODₘₙ (mg/L)", true);
  ASSERT_EQ(latin.runs.size(), 1u);
  EXPECT_EQ(latin.runs[0].font_file, fonts.latin_file(true));
}

// The families fontconfig reads from the first face of `file`, the face VTK draws with.
std::vector<std::string> first_face_families(const std::string& file) {
  int count = 0;
  std::vector<std::string> families;
  FcPattern* face = FcFreeTypeQuery(reinterpret_cast<const FcChar8*>(file.c_str()), 0, nullptr, &count);
  FcChar8* name = nullptr;
  for (int i = 0; face && FcPatternGetString(face, FC_FAMILY, i, &name) == FcResultMatch; ++i)
    families.push_back(reinterpret_cast<const char*>(name));
  if (face) FcPatternDestroy(face);
  return families;
}

bool has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// Noto Sans CJK is a collection whose first face is Japanese; Chinese must be drawn from its
// Simplified Chinese face, copied to a file of its own.
TEST(FontSet, ChineseIsDrawnFromTheSimplifiedChineseFace) {
  const FontSet fonts;
  ASSERT_FALSE(fonts.cjk_file(false).empty());
  EXPECT_TRUE(has(first_face_families(fonts.cjk_file(false)), "Noto Sans CJK SC")) << fonts.cjk_file(false);
  EXPECT_TRUE(has(first_face_families(fonts.cjk_file(true)), "Noto Sans CJK SC")) << fonts.cjk_file(true);
}

TEST(FontCollection, FaceCopiedToAFileOfItsOwn) {
  const std::string ttc = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
  if (!std::filesystem::exists(ttc)) GTEST_SKIP() << "Debian's fonts-noto-cjk is not installed";
  EXPECT_TRUE(has(first_face_families(ttc), "Noto Sans CJK JP"));
  const std::string tc = single_face_file(ttc, 3);  // Traditional Chinese
  ASSERT_FALSE(tc.empty());
  EXPECT_TRUE(has(first_face_families(tc), "Noto Sans CJK TC")) << tc;
  EXPECT_EQ(single_face_file(ttc, 0), ttc);   // the first face needs no copy
  EXPECT_EQ(single_face_file(ttc, 99), "");   // no such face
  EXPECT_EQ(single_face_file("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 1), "");  // no collection
}

TEST(FontSet, CharacterOfNoFontIsReportedAndDrawnAsASquare) {
  const FontSet fonts;
  // U+10FFFD is a private-use character: no font defines it.
  const TextRuns runs = fonts.runs("x\U0010FFFDy", false);
  ASSERT_EQ(runs.missing.size(), 1u);
  EXPECT_EQ(runs.missing[0], char32_t(0x10FFFD));
  std::string text;
  for (const TextRun& r : runs.runs) text += r.text;
  EXPECT_EQ(text, "x\u25A1y");
}

// Chinese ideographs are full-width: each advances one em, so two of them at 40 px are 80 px wide
// (2 px for rounding), and they leave ink in their box; a font without them would draw nothing.
TEST(Canvas, ChineseTextIsDrawnWithItsGlyphs) {
  if (!test::has_display()) GTEST_SKIP() << "no X server (run under xvfb-run -a)";
  test::TempDir dir("gwp-canvas-zh");
  Canvas canvas(400, 120);
  TextStyle style;
  style.size = 40;
  style.colour = {0, 0, 0};
  const auto size = canvas.text_size("氨氮", style);
  EXPECT_NEAR(size[0], 80.0, 2.0);
  canvas.text("氨氮", {20, 30}, style);
  canvas.text("NH\u2083-N", {200, 30}, style);
  canvas.save(dir.file("zh.png"));
  EXPECT_TRUE(canvas.warnings().empty());
  ASSERT_EQ(canvas.texts().size(), 2u);
  const PixelBox box = canvas.texts()[0].box;
  EXPECT_NEAR(box.left, 20.0, 1e-9);
  EXPECT_NEAR(box.bottom, 30.0, 1e-9);
  test::PngPixels png(dir.file("zh.png"));
  // Each ideograph fills much of its square: at least a tenth of the pixels of each half.
  EXPECT_GT(ink_in(png, {box.left, box.bottom, box.left + 40, box.top}), 160);
  EXPECT_GT(ink_in(png, {box.left + 40, box.bottom, box.left + 80, box.top}), 160);
  // Nothing outside the two boxes.
  EXPECT_EQ(ink_in(png, {0, 0, 400, 25}), 0);
  // The subscript three is drawn after "NH": ink in the last third of the box before "-N".
  const PixelBox latin = canvas.texts()[1].box;
  const double nh = canvas.text_size("NH", style)[0], three = canvas.text_size("\u2083", style)[0];
  EXPECT_GT(ink_in(png, {latin.left + nh, latin.bottom, latin.left + nh + three, latin.top}), 20);
}

TEST(Canvas, MissingCharacterIsWarnedOncePerText) {
  if (!test::has_display()) GTEST_SKIP() << "no X server (run under xvfb-run -a)";
  Canvas canvas(200, 60);
  TextStyle style;
  canvas.text("a\U0010FFFD", {10, 10}, style);
  canvas.text("a\U0010FFFD", {10, 40}, style);  // a halo or a repeated label: no second message
  canvas.text("b\U0010FFFD", {10, 30}, style);
  canvas.text("all there", {10, 50}, style);
  ASSERT_EQ(canvas.warnings().size(), 2u);  // one per text, naming the character and the text
  EXPECT_NE(canvas.warnings()[0].find("U+10FFFD"), std::string::npos) << canvas.warnings()[0];
  EXPECT_NE(canvas.warnings()[0].find("white square"), std::string::npos) << canvas.warnings()[0];
}

TEST(Canvas, TurnedTextBoxIsUpright) {
  if (!test::has_display()) GTEST_SKIP() << "no X server (run under xvfb-run -a)";
  Canvas canvas(200, 200);
  TextStyle style;
  style.angle = 90.0;
  style.h = HAlign::centre;
  style.v = VAlign::bottom;
  canvas.text("Northing", {100, 100}, style);
  const auto size = canvas.text_size("Northing", style);
  const PixelBox b = canvas.texts()[0].box;
  // Turned a quarter: as wide as the text is high, left of the point, centred on it vertically.
  EXPECT_NEAR(b.right, 100.0, 1e-6);
  EXPECT_NEAR(b.left, 100.0 - size[1], 1e-6);
  EXPECT_NEAR(0.5 * (b.bottom + b.top), 100.0, 1e-6);
  EXPECT_NEAR(b.top - b.bottom, size[0], 1e-6);
}

TEST(Canvas, JpegByExtensionOtherExtensionsRefused) {
  if (!test::has_display()) GTEST_SKIP() << "no X server (run under xvfb-run -a)";
  test::TempDir dir("gwp-canvas-jpeg");
  Canvas canvas(100, 80);
  canvas.fill_polygon({{10, 10}, {90, 10}, {90, 70}, {10, 70}}, {1.0, 0.0, 0.0});
  canvas.save(dir.file("c.jpg"));
  std::ifstream in(dir.file("c.jpg"), std::ios::binary);
  unsigned char magic[3] = {0, 0, 0};
  in.read(reinterpret_cast<char*>(magic), 3);
  EXPECT_EQ(magic[0], 0xFF);  // JPEG's start-of-image marker
  EXPECT_EQ(magic[1], 0xD8);
  EXPECT_EQ(magic[2], 0xFF);
  vtkNew<vtkJPEGReader> reader;
  reader->SetFileName(dir.file("c.jpg").c_str());
  reader->Update();
  auto* p = static_cast<unsigned char*>(reader->GetOutput()->GetScalarPointer(50, 40, 0));
  // JPEG is lossy: within 10 of 255 in the middle of a flat red square.
  EXPECT_GE(p[0], 245);
  EXPECT_LE(p[1], 10);
  try {
    canvas.save(dir.file("c.gif"));
    FAIL() << "a .gif was written";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find(".png, .jpg or .jpeg"), std::string::npos) << e.what();
  }
}

TEST(WrapText, LinesFitTheWidthAndChineseBreaksBetweenCharacters) {
  const TextSetter setter;
  TextStyle style;
  style.size = 24;
  const std::string text = "Terrace landfill, abandoned well and village well, 2005-2055";
  const auto lines = wrap_text(setter, text, style, 300.0);
  ASSERT_GT(lines.size(), 1u);
  std::string joined;
  for (const auto& l : lines) {
    EXPECT_LE(setter.size(l, style)[0], 300.0) << l;
    joined += (joined.empty() ? "" : " ") + l;
  }
  EXPECT_EQ(joined, text);  // broken at spaces only, nothing lost
  // Nine ideographs of 24 px in 100 px: four to a line (96 px), broken between characters.
  const auto zh = wrap_text(setter, "地下水质量标准限值", style, 100.0);
  ASSERT_EQ(zh.size(), 3u);
  EXPECT_EQ(zh[0], "地下水质");
}

TEST(Canvas, MissingDirectoryIsAnIoError) {
  if (!test::has_display()) GTEST_SKIP() << "no X server (run under xvfb-run -a)";
  Canvas canvas(64, 64);
  EXPECT_THROW(canvas.save("/nonexistent-dir-gwp/x.png"), IoError);
}

}  // namespace
}  // namespace gwp::render
