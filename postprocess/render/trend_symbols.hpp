// How a Mann-Kendall trend decision is drawn on a map: triangles pointing up for rising
// concentrations (red: increasing, orange: probably increasing), down for falling ones (green:
// decreasing, light green: probably decreasing), circles where nothing rises or falls (grey:
// stable, hollow: no trend) and a small cross where the series is too short to judge. One look per
// decision, shared by the map and its legend.
#pragma once
#include <array>
#include <optional>
#include <string>

#include "postprocess/render/canvas.hpp"
#include "postprocess/render/language.hpp"

namespace gwp::render {

// The decisions of /metrics/<species>/trends, in the order legends list them.
enum class TrendClass { increasing, probably_increasing, no_trend, stable, probably_decreasing, decreasing, insufficient };
inline constexpr std::array<TrendClass, 7> kTrendClasses{
    TrendClass::increasing, TrendClass::probably_increasing, TrendClass::no_trend,  TrendClass::stable,
    TrendClass::probably_decreasing, TrendClass::decreasing, TrendClass::insufficient};

// The class of a decision as the table writes it ("probably increasing"); nullopt for other words.
std::optional<TrendClass> trend_class(const std::string& decision);

struct TrendLook {
  Marker marker;
  Rgb fill, edge;
  double scale;  // of the symbol size: the cross of too few data is smaller
};
TrendLook trend_look(TrendClass c);

// The decision's words in a picture's language.
const char* trend_words(TrendClass c, Language language);

}  // namespace gwp::render
