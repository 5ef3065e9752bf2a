#include "postprocess/render/centre_track.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

#include "postprocess/metrics/centre_velocity.hpp"
#include "postprocess/metrics/metrics_table.hpp"
#include "postprocess/metrics/mna_table.hpp"
#include "postprocess/render/nice_numbers.hpp"
#include "postprocess/render/plan_overlay.hpp"
#include "postprocess/render/result_scene.hpp"

namespace gwp::render {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kPi = 3.14159265358979323846;
const Rgb kTrack{0.2, 0.1, 0.6};
const Rgb kWhite{1.0, 1.0, 1.0};

// Sizes in fonts of the map's body text.
constexpr double kDot = 0.6;          // dot across
constexpr double kArrowLength = 2.6;  // the arrow beyond the last dot
constexpr double kLine = 3.5;         // pixels, the track

}  // namespace

std::vector<std::size_t> labelled_dots(std::size_t n, std::size_t most) {
  std::vector<std::size_t> out;
  if (n <= most) {
    for (std::size_t k = 0; k < n; ++k) out.push_back(k);
  } else if (most < 2) {
    if (most == 1) out.push_back(n - 1);
  } else {
    for (std::size_t k = 0; k < most; ++k) out.push_back(std::size_t(std::lround(double(k) * double(n - 1) / double(most - 1))));
  }
  return out;
}

int compass_point(double degrees) {
  const double d = std::fmod(std::fmod(degrees, 360.0) + 360.0, 360.0);
  return int(std::floor((d + 22.5) / 45.0)) % 8;
}

CentreTrackPicture render_centre_track(const results::ResultReader& reader, const PlanMapOptions& options,
                                       const std::string& png_path) {
  if (options.field != PlanField::concentration)
    throw std::invalid_argument("the centre of dissolved mass is drawn over a concentration map, not heads");
  const ResultScene scene = read_scene(reader);
  const std::string species = choose_species(scene, options.species);
  const Language lang = options.language;
  const PictureWording& w = wording(lang);

  CentreTrackPicture picture;
  for (const metrics::PlumeSummary& row : metrics::read_metrics(reader, species).summary)
    if (std::isfinite(row.centre[0]) && std::isfinite(row.centre[1])) {
      picture.times.push_back(row.time);
      picture.centres.push_back({row.centre[0], row.centre[1]});
    }
  if (picture.centres.empty())
    throw std::invalid_argument(reader.path() + ": " + species +
                                " has no dissolved mass at any output time: there is no centre to draw");

  // Speed and direction as the run measured them; without plume_trend (an older result) the
  // direction of the track's own least-squares fit, and no speed.
  const std::optional<metrics::MnaEvidence> evidence = metrics::read_mna_evidence(reader, species);
  picture.speed = evidence ? evidence->plume.centre_speed : kNaN;
  if (evidence) {
    picture.direction = evidence->plume.centre_direction;
  } else {
    std::vector<double> x, y;
    for (const Point& p : picture.centres) x.push_back(p[0]), y.push_back(p[1]);
    picture.direction = metrics::centre_velocity(picture.times, x, y).direction;
  }

  const std::string from = picture_time(picture.times.front(), scene.start_date, lang);
  const std::string to = picture_time(picture.times.back(), scene.start_date, lang);
  PlanOverlay overlay;
  const std::string label = species_label(limits_of(scene, species), lang);
  overlay.subject = label + (lang == Language::zh ? "" : " ") + w.centre_of_mass;
  overlay.legend.push_back({LegendEntry::Sample::line,
                            fill(w.centre_track, picture.times.size() > 1 ? from + "\u2013" + to : from), kTrack, {},
                            kLine});
  if (std::isfinite(picture.speed)) {
    std::string moves = fill(w.centre_speed, format_number(picture.speed, 3));
    // The run measures the speed from [metrics] trend_from on, which may start later than the track.
    if (evidence && evidence->trend_from > picture.times.front() + 1e-6)
      moves += fill(w.centre_since, picture_time(evidence->trend_from, scene.start_date, lang));
    if (std::isfinite(picture.direction))
      moves += fill(w.centre_heading, std::string(w.compass[compass_point(picture.direction)]) + " (" +
                                          format_number(std::round(picture.direction), 3) + "\u00b0)");
    overlay.legend.push_back({LegendEntry::Sample::arrow, moves, kTrack, {}, 3.0});
  }
  picture.labelled = labelled_dots(picture.centres.size());

  // The arrow starts beside the last dot and points the way the centre moves (north is up).
  const auto arrow_of = [&](const OverlayPlace& at) -> std::optional<std::array<Pixel, 2>> {
    if (!std::isfinite(picture.direction)) return std::nullopt;
    const double a = picture.direction * kPi / 180.0, ux = std::sin(a), uy = std::cos(a);
    const Pixel last = at.frame.to_pixel(picture.centres.back()[0], picture.centres.back()[1]);
    const double start = 0.5 * kDot * at.font + 3.0, length = kArrowLength * at.font;
    return std::array<Pixel, 2>{Pixel{last[0] + ux * start, last[1] + uy * start},
                                Pixel{last[0] + ux * (start + length), last[1] + uy * (start + length)}};
  };
  overlay.reserve = [&](const OverlayPlace& at) {
    const double r = 0.5 * kDot * at.font + 2.0;
    for (const Point& c : picture.centres) {
      const Pixel p = at.frame.to_pixel(c[0], c[1]);
      at.labels.block({p[0] - r, p[1] - r, p[0] + r, p[1] + r});
    }
    if (const auto arrow = arrow_of(at))
      at.labels.block({std::min((*arrow)[0][0], (*arrow)[1][0]) - 6, std::min((*arrow)[0][1], (*arrow)[1][1]) - 6,
                       std::max((*arrow)[0][0], (*arrow)[1][0]) + 6, std::max((*arrow)[0][1], (*arrow)[1][1]) + 6});
  };
  overlay.draw = [&](Canvas& canvas, const OverlayPlace& at) {
    for (const Point& c : picture.centres) picture.dots.push_back(at.frame.to_pixel(c[0], c[1]));
    // A white edge keeps the line and the arrow apart from the plume's colours.
    canvas.polyline(picture.dots, kWhite, kLine + 4.0);
    canvas.polyline(picture.dots, kTrack, kLine);
    picture.arrow = arrow_of(at);
    if (picture.arrow) {
      const auto [tail, tip] = *picture.arrow;
      canvas.arrow(tail, tip, kWhite, 7.0, 0.8 * at.font + 4.0);
      canvas.arrow(tail, tip, kTrack, 3.5, 0.8 * at.font);
    }
    const double size = kDot * at.font;
    for (const Pixel& p : picture.dots) canvas.marker(p, Marker::circle, size, kTrack, kWhite, 2.0);
    TextStyle style;
    style.size = at.small;
    style.halo = true;
    style.colour = kTrack;
    for (std::size_t k : picture.labelled)
      at.labels.place(canvas, picture_time(picture.times[k], scene.start_date, lang), picture.dots[k], 0.5 * size,
                      style);
  };

  PlanMapOptions o = options;
  o.overlay = &overlay;
  picture.map = render_plan_map(reader, o, png_path);
  return picture;
}

}  // namespace gwp::render
