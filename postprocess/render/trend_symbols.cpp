#include "postprocess/render/trend_symbols.hpp"

namespace gwp::render {

namespace {

const Rgb kEdge{0.1, 0.1, 0.1};

}  // namespace

std::optional<TrendClass> trend_class(const std::string& decision) {
  static const char* const kWords[] = {"increasing", "probably increasing", "no trend", "stable",
                                       "probably decreasing", "decreasing", "insufficient data"};
  for (std::size_t n = 0; n < kTrendClasses.size(); ++n)
    if (decision == kWords[n]) return kTrendClasses[n];
  return std::nullopt;
}

TrendLook trend_look(TrendClass c) {
  switch (c) {
    case TrendClass::increasing: return {Marker::triangle, {0.84, 0.1, 0.11}, kEdge, 1.0};
    case TrendClass::probably_increasing: return {Marker::triangle, {1.0, 0.6, 0.0}, kEdge, 1.0};
    case TrendClass::no_trend: return {Marker::circle, {1.0, 1.0, 1.0}, kEdge, 0.85};
    case TrendClass::stable: return {Marker::circle, {0.6, 0.6, 0.6}, kEdge, 0.85};
    case TrendClass::probably_decreasing: return {Marker::triangle_down, {0.6, 0.87, 0.5}, kEdge, 1.0};
    case TrendClass::decreasing: return {Marker::triangle_down, {0.1, 0.55, 0.2}, kEdge, 1.0};
    case TrendClass::insufficient: return {Marker::cross, {0.3, 0.3, 0.3}, {0.3, 0.3, 0.3}, 0.6};
  }
  return {Marker::circle, {1, 1, 1}, kEdge, 1.0};
}

const char* trend_words(TrendClass c, Language language) {
  for (std::size_t n = 0; n < kTrendClasses.size(); ++n)
    if (kTrendClasses[n] == c) return wording(language).trend_class[n];
  return "";
}

}  // namespace gwp::render
