// Breakthrough curves of a reaction chain (postprocess/metrics/chain_groups.hpp) seen as one
// plume: a panel per monitoring point, each with the concentration of every member of the chain,
// the chain total as a thick line where the chain has one (the plain sum when every yield is 1,
// else in the first member's mass equivalents), and each member's GB/T 14848 class IV limit
// dashed in the member's colour. `gwplume render --breakthrough --chain SPECIES`.
#pragma once
#include <string>

#include "postprocess/render/breakthrough.hpp"

namespace gwp::render {

// The chart of the chain that holds `species`. From `options`: points (empty: every monitoring
// point or receptor where every member has a series), log_y, language, title, width and height;
// its species and panels are the chain's own. Throws std::invalid_argument when `species` is in
// no reaction chain of the result (naming the chains it has) or a point lacks a member's series.
LineChart chain_breakthrough_chart(const results::ResultReader& reader, const std::string& species,
                                   const BreakthroughOptions& options);

// chain_breakthrough_chart() drawn to `png_path`; returns the chart's layout.
ChartLayout render_chain_breakthrough(const results::ResultReader& reader, const std::string& species,
                                      const BreakthroughOptions& options, const std::string& png_path);

}  // namespace gwp::render
