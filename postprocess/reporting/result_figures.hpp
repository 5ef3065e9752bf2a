// The figures of one result at each of its output times, per species: the plume summary, the
// distance from each source, the receptors' peak and first exceedance so far, the mass leaving to
// rivers and other boundaries, through abandoned wells and pumping wells, and the dissolved mass
// left. Read from /metrics/<species>, /transport/<species>/budget, /monitoring and /wells only, so
// the report of one result and the comparison of several show the same numbers.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.hpp"
#include "postprocess/metrics/chain_groups.hpp"
#include "postprocess/metrics/metrics_table.hpp"
#include "postprocess/reporting/result_series.hpp"
#include "results/result_features.hpp"
#include "results/result_reader.hpp"

namespace gwp::reporting {

// One number: a quantity of figure_catalogue.hpp about a subject (a source, a point, a boundary
// term's name, "(all)" for the sum over terms of a kind; empty for the whole plume).
struct Figure {
  std::string quantity;
  std::string subject;
  double value = 0.0;  // in the quantity's units; NaN where it does not exist (never exceeded)
};

struct FiguresAtTime {
  double time = 0.0;  // d
  std::vector<Figure> figures;
};

// A concentration series at a receptor: a monitoring point (every transport step), a receptor on
// a boundary or well (the concentration of the water the aquifer discharges through it, every
// step; its /monitoring group also holds mass_flux), or a pumping well that is not a receptor (its
// pumped-water concentration at the output times only).
struct ReceptorSeries {
  std::string name;
  std::string kind;   // kMonitoringPoint, kBoundaryReceptor, kControlPlane or kPumpingWell
  TimeSeries series;  // d, mg/L
  // Boundary receptors: the mass the aquifer discharges through the term over each transport
  // step (d, g/d; /monitoring/<name>/mass_flux/<species>); empty for the others.
  TimeSeries discharged_mass;
};

inline constexpr const char* kMonitoringPoint = "monitoring point";
inline constexpr const char* kBoundaryReceptor = "boundary receptor";
inline constexpr const char* kPumpingWell = "pumping well";
// A control plane ([[receptors]] with a line): its series is the flow-weighted concentration of
// what passes it, its discharged_mass the net mass rate through it (forward positive).
inline constexpr const char* kControlPlane = "control plane";
// The kind a receptor the run recorded (/metrics/<species>/receptors) is shown as: a pumping well,
// or a boundary (or point) receptor.
inline std::string recorded_kind(const metrics::ReceptorSummary& r) {
  return r.kind == "well" ? kPumpingWell : kBoundaryReceptor;
}
inline constexpr const char* kAllTerms = "(all)";

struct SpeciesFigures {
  results::SpeciesLimits limits;                 // NaN limits when the result does not record them
  std::vector<FiguresAtTime> at;        // one per output time, ascending
  std::vector<ReceptorSeries> receptors;
  // Receptors on boundaries and wells known only from the run's record over the whole run
  // (/metrics/<species>/receptors rows without a series). A pumping well that is a receptor is
  // judged as one, not from its output-time samples.
  std::vector<metrics::ReceptorSummary> recorded;
  // What each abandoned well's bore exchanged with each case layer it is open in, at every
  // output time (/metrics/<species>/abandoned_wells); empty in results written before it was.
  std::vector<metrics::BoreLayerMass> bores;
};

// An abandoned well as the run recorded it : where and how it was open, and the water its bore
// carried (/wells/<name>/flow, m3/d, down positive; empty when not recorded).
struct RecordedWell {
  results::FeatureWell feature;
  TimeSeries flow;
};

// What distinguishes two grids: same shape and same cells, or not.
struct GridShape {
  int nx = 0, ny = 0, nz = 0;
  std::vector<double> dx, dy;  // m
  std::vector<double> origin;  // m, world x, y of the south-west corner
  double rotation = 0.0;       // degrees
  bool operator==(const GridShape&) const = default;
};

struct ResultFigures {
  std::string path;
  std::string case_name;
  std::string title;      // root attribute case_title when the result has one, else empty
  std::string status;     // complete | interrupted | failed
  std::string case_toml;  // the case as run
  GridShape grid;
  std::vector<double> times;  // d, /transport/times
  std::optional<Date> start;  // the date of t = 0 (root attribute start_date), when the case gave one
  std::vector<SpeciesFigures> species;
  std::vector<RecordedWell> abandoned_wells;  // in the order of /features/wells
  // The reaction chains among the species (postprocess/metrics/chain_groups.hpp), and for each
  // chain with a total the total's figures as those of a species of its own (chain_figures.hpp).
  std::vector<metrics::ReactionChain> chains;
  std::vector<SpeciesFigures> chain_totals;
};

// The limits (and names) of `species` in `result`; only its name when the result lacks it.
results::SpeciesLimits species_limits(const ResultFigures& result, const std::string& species);

// The subject a budget or flux term names: the text after "<kind>:" ("river:Yujiang" -> "Yujiang").
std::string term_subject(const std::string& term);

// The concentration of the water each extraction well pumped over the last step before each
// output time: its mass flux out (g/d, /metrics mass_flux rows of kind "well") over its rate
// (m3/d, the last sample of `well_flow` at or before that time). Wells that inject or stand still
// at a time give no sample then.
std::vector<ReceptorSeries> pumped_concentrations(const std::vector<metrics::MassFlux>& mass_flux,
                                                  const std::vector<std::string>& wells,
                                                  const std::vector<TimeSeries>& well_flow);

// The figures of one species at `time` (d) from its metrics rows, its cumulative budget rows,
// its receptors' series and its limits (the metrics' limit for first exceedances).
std::vector<Figure> species_figures_at(double time, const metrics::MetricsTable& metrics,
                                       const std::vector<MassBudgetEntry>& budget,
                                       const std::vector<ReceptorSeries>& receptors,
                                       const results::SpeciesLimits& limits);

// Everything above for every species and output time of a result. Throws IoError when a table
// the result should hold cannot be read.
ResultFigures read_result_figures(const results::ResultReader& reader);

// The value of `quantity` about `subject` in `at`, NaN when absent.
double figure_value(const FiguresAtTime& at, const std::string& quantity, const std::string& subject = {});

}  // namespace gwp::reporting
