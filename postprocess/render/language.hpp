// The language of a picture's words: English (the default) or Chinese, for reports to Chinese
// authorities. Titles, legends, axis titles and colour bar titles are chosen here; what the
// case names (its title, layers, landfills, wells) is shown as written, and species are shown
// by their label (NH₃-N) in English and their Chinese name (氨氮) in Chinese.
#pragma once
#include <optional>
#include <string>

#include "core/calendar.hpp"
#include "core/language.hpp"
#include "results/result_features.hpp"

namespace gwp::render {

inline constexpr double kDaysPerYear = 365.25;  // the Julian year, as case files count years

// Every fixed phrase a picture draws, in one language.
struct PictureWording {
  // Plan maps
  const char* maximum_over_depth;    // depth drawn
  const char* maximum_over_layers;   // "maximum over {v}": the layers the run's metrics count
  const char* layer;                 // "layer" before a number
  const char* sublayers_maximum;     // "maximum over {n} sublayers": {n} replaced
  const char* sublayers_head;        // head of the top saturated of {n} sublayers
  const char* water_table;
  const char* peak;
  const char* limits_heading;
  const char* class_iii, *class_iv, *case_limit;
  const char* model_boundary;
  const char* inactive;
  const char* section_line;
  const char* equipotential;
  const char* easting, *northing;    // axis titles, "(m)" added
  const char* head_title;            // colour bar of heads
  const char* head;                  // titles of head pictures
  const char* water_table_line;      // the line on a section
  const char* multiples_of;          // "multiples of {v}"
  const char* below_floor;           // "below {v} not coloured"
  const char* dry_cell;
  const char* flow_direction;        // legend of flow arrows
  // Features
  const char* landfill, *river, *drain, *general_head, *fixed_head, *flux_boundary, *cutoff_wall, *control_plane,
      *other_line;
  const char* pumping_well, *abandoned_open, *abandoned_plugged, *monitoring_point;
  // Sections
  const char* distance_along, *elevation, *vertical_exaggeration, *ground_surface, *layer_boundary,
      *pumping_screen, *inactive_cell, *section_from, *to;
  // Charts
  const char* time_years, *time_days, *time_date, *concentration, *relative_concentration, *breakthrough_at,
      *at;
  const char* list_separator;        // ", " or "、"
  // Centre-of-mass track and Mann-Kendall trend map
  const char* centre_of_mass;        // title: "<species> {v}"
  const char* centre_track;          // legend: "{v}" the first and last output time
  const char* centre_speed;          // legend: "moves {v} m/yr"
  const char* centre_heading;        // ", towards {v}": compass point and degrees clockwise from north
  const char* centre_since;          // " from {v}": the first output time of the speed, when later than the track's
  const char* compass[8];            // N, NE, E ... NW
  const char* trends_title;          // title: "<species> {v}"
  const char* trends_heading;        // legend heading
  const char* trends_period;         // subtitle: "trends {v}"
  const char* trend_class[7];        // increasing, probably increasing, no trend, stable, probably
                                     // decreasing, decreasing, insufficient data
  const char* slope_units;           // of Sen's slope
  const char* below_limit_since;     // the mark of a point back at or below the limit
  const char* not_on_map;            // "{v}" a point without a position: "not on the map: {v}"
  // Reaction chains (render --breakthrough --chain)
  const char* chain_total;           // the legend of the total of a chain whose yields are all 1
  const char* chain_total_as;        // "chain total ({v} equivalents)": in the first member's mass
};

const PictureWording& wording(Language language);

// How pictures name a species: its label (NH₃-N) in English, its Chinese name (氨氮) in Chinese;
// the key when the result records neither.
std::string species_label(const results::SpeciesLimits& species, Language language);

// A model time as pictures show it: the date when the result has a start date ("2023-06-30"),
// else days with years past one year ("1826 d (5 yr)"; in Chinese "1826 天（5 年）").
std::string picture_time(double days, const std::optional<Date>& start, Language language);

// `pattern` with "{n}" or "{v}" replaced by `value`.
std::string fill(const char* pattern, const std::string& value);

}  // namespace gwp::render
