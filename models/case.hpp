// The case as plain data in internal units (m, d, mg/L, g, kg, m2/d ...), exactly what the case
// file says after `extends` and `--set` have been applied and every value has been checked.
// Nothing here knows TOML; every item remembers where it was written so that later checks
// (a point outside the grid, a layer that does not exist) can name file, line, column and key.
#pragma once
#include <array>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.hpp"
#include "core/plane_geometry.hpp"
#include "solver/common/schedule.hpp"

namespace gwp::model {

// Where a value was written: "file:line:column: key".
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
  std::string key;  // dotted path, e.g. "wells[2].screen"
};

// Point, Polygon and Polyline: world x, y (m), core/plane_geometry.hpp; a case's polylines have
// at least 2 vertices.
// A layer named by number (1-based, counted from the top of the case's layer table) or name.
struct LayerRef {
  int number = 0;          // 1-based case layer, 0 when given by name
  std::string name;
  Location where;
};

// A set of cells, as the case file selects them (docs/case-format.md).
struct Selection {
  enum class Kind { all, side, polygon, box, at, cells, line };
  Kind kind = Kind::all;
  std::string side;                           // north | south | east | west
  Polygon polygon;                            // world coordinates
  std::array<double, 2> box_x{}, box_y{};     // m, world (box is axis-aligned in world coordinates)
  std::optional<std::array<double, 2>> box_z; // m, elevations (min, max)
  Point at{};                                 // world point
  std::optional<double> z;                    // m, elevation for `at`
  std::optional<std::array<double, 2>> screen;// m, top and bottom elevation for `at`
  std::vector<LayerRef> layers;               // empty = every layer
  std::vector<std::array<int, 3>> cells;      // 1-based layer (grid layer), row, column
  Location where;
  Polyline line{};                            // world coordinates (Kind::line)
  std::optional<double> width{};              // m, band around `line`; none: the cells it crosses
};

// A value given for the whole grid: a number, a CSV file of ny x nx values (row 1 north), or
// the plane through three points (evaluated at the column centres).
struct Surface {
  double value = 0.0;      // m
  std::string file;        // absolute path, empty when constant
  Location where;
  std::vector<std::array<double, 3>> plane{};  // world x, y (m) and elevation (m) of 3 points; empty unless a plane
  bool is_constant() const { return file.empty() && plane.empty(); }
};

struct LayerSpec {
  std::string name;        // may be empty; then the layer is known by its number
  Surface bottom;          // m
  int split = 1;           // sublayers of equal thickness
  Location where;
  bool pinch_out = false;  // where the bottom lies above the layer's top the layer is absent (no error)
};

struct GridSpec {
  Point origin{0.0, 0.0};
  double rotation_deg = 0.0;
  std::string crs;
  int nx = 0, ny = 0;
  std::vector<double> dx, dy;   // m; expanded to nx and ny widths
  Surface top;
  std::vector<LayerSpec> layers;
  std::optional<Polygon> active;
  Location where;
};

// Property values; unset ones fall back to the layer value, then the default.
struct PropertyValues {
  std::optional<double> kh;                 // m/d
  std::optional<double> kv;                 // m/d
  std::optional<double> porosity;           // -
  std::optional<double> specific_storage;   // 1/m
  std::optional<double> specific_yield;     // -
  std::optional<double> bulk_density;       // kg/L (= g/cm3)
};

struct Sorption {
  enum class Model { none, linear, freundlich, langmuir };
  Model model = Model::none;
  double kd = 0.0;           // L/kg (linear); Freundlich constant (L/kg)^n-ish, see docs
  double exponent = 1.0;     // - Freundlich exponent
  double langmuir_k = 0.0;   // L/mg Langmuir constant
  double capacity = 0.0;     // mg/kg Langmuir sorption capacity
};

struct Decay {
  enum class Phase { dissolved, sorbed, both };
  double rate = 0.0;                 // 1/d first order (from rate or ln2/half_life)
  Phase phase = Phase::both;
  double zero_order = 0.0;           // mg/L/d dissolved production (>0) or loss (<0)
};

struct SpeciesReaction {            // a zone's change to one species
  std::optional<Sorption> sorption;
  std::optional<Decay> decay;
};

struct Zone {
  std::string name;
  Selection where;
  PropertyValues values;
  std::map<std::string, SpeciesReaction> species;
  Location location;
};

struct Properties {
  PropertyValues defaults;
  std::vector<std::pair<LayerRef, PropertyValues>> layer;  // per case layer
  std::vector<Zone> zones;                                 // later override earlier
  Location where;                                          // the [properties] table
};

struct Boundary {
  enum class Type { head, flux, general_head, river, drain };
  Type type = Type::head;
  std::string name;                 // optional, else "<type>:<n>"
  Selection where;
  solver::Schedule head;                    // m (head, general_head), stage for river, elevation for drain
  solver::Schedule flux;                    // m3/d per cell (flux)
  std::optional<double> conductance;      // m2/d per cell (general_head, drain, river bed_conductance)
  std::optional<double> bed_k;            // m/d (river)
  std::optional<double> bed_thickness;    // m (river)
  double bottom = 0.0;              // m river bed bottom
  std::map<std::string, double> inflow_concentration;  // mg/L per species
  Location location;
};

struct Recharge {
  solver::Schedule rate;                              // m/d
  std::map<std::string, double> concentration;// mg/L
  std::optional<Polygon> polygon;             // where it applies; none = everywhere
  Location location;
  Location polygon_where;                     // where the polygon was written
};

struct Well {
  enum class Split { transmissivity, multi_node };
  std::string name;
  Selection where;                            // kind == at
  solver::Schedule rate;                              // m3/d, negative extracts
  std::map<std::string, double> concentration;// mg/L of injected water
  Split split = Split::transmissivity;
  double radius = 0.1;                        // m (multi-node wells)
  Location location;
};

struct Decline { double rate = 0.0; };        // 1/d first-order decline of a leachate concentration

// A composite liner (geomembrane on a low-permeability soil) whose leakage comes from the
// geomembrane's holes (features/liner.hpp, Giroud's equation).
struct Liner {
  enum class Contact { good, poor };
  solver::Schedule holes_per_hectare;                 // 1/ha
  double hole_area = 0.0;                     // m2 (from hole_area, or pi d^2 / 4 from hole_diameter)
  solver::Schedule head;                              // m, leachate head on the liner
  double soil_k = 0.0;                        // m/d, conductivity of the soil under the geomembrane
  double soil_thickness = 0.0;                // m
  Contact contact = Contact::good;
  Location location;
};

struct Landfill {
  std::string name;
  Polygon polygon;
  Location polygon_where;                     // where the polygon was written
  solver::Schedule leakage;                           // m/d (given; see `liner`)
  double start = 0.0;                         // d
  std::optional<double> end;                  // d
  std::map<std::string, solver::Schedule> leachate;   // mg/L, each a schedule (young, then old leachate)
  std::map<std::string, Decline> decline;
  Location location;
  std::optional<Liner> liner;                 // when given, the leakage is computed from it
};

struct AbandonedWell {
  enum class State { open, plugged, collapsed };
  std::string name;
  Point at{};
  double open_top = 0.0, open_bottom = 0.0;   // m elevations of the open bore
  double radius = 0.1;                        // m
  State state = State::open;
  double plug_k = 1e-9 * 86400.0;             // m/d conductivity of a plug
  double fill_k = 1e-2 * 86400.0;             // m/d conductivity of a collapsed bore's fill
  std::optional<double> plugged_at;           // d
  // Cleared and pumped before sealing: open from `start`, pumped at `rate` (m3/d, negative
  // extracts) until `end`, plugged from `end` on.
  struct Pumping {
    double rate = 0.0;                        // m3/d, < 0
    double start = 0.0, end = 0.0;            // d
    Location location;
  };
  Location location;
  std::optional<Pumping> pumped;
};

// "open", "plugged" or "collapsed", as the case file and the result file write a state.
inline const char* state_name(AbandonedWell::State s) {
  switch (s) {
    case AbandonedWell::State::open: return "open";
    case AbandonedWell::State::plugged: return "plugged";
    case AbandonedWell::State::collapsed: return "collapsed";
  }
  return "open";
}

// A cutoff wall ([[barriers]]): a vertical wall along a polyline, across the faces between the
// cells it separates, in the case layers `layers` (all when empty), built at `start`.
struct Barrier {
  std::string name;
  Polyline line;                              // world; a closed wall repeats its first vertex
  double thickness = 0.0;                     // m
  double k = 0.0;                             // m/d
  std::vector<LayerRef> layers;
  double start = 0.0;                         // d, built at this time (0: from the start)
  Location location;
};

// A receptor whose first exceedance and peak are reported ([[receptors]]): a point (read like a
// monitoring point), a boundary such as a river reach, or a pumping well, both by name and
// through the concentration of the water the aquifer discharges through them, or a control
// plane across a plume (a line: the mass passing through the faces it crosses).
struct Receptor {
  enum class Kind { point, boundary, well, line };
  std::string name;
  Kind kind = Kind::point;
  Point at{};
  std::optional<double> z;                    // m
  std::optional<LayerRef> layer;
  std::string boundary;                       // name of a [[flow.boundary]] (boundary) or [[wells]] (well)
  Polyline line;                              // world (line); positive from its left to its right
  std::vector<LayerRef> layers;               // line: the case layers it cuts, empty = every layer
  Location location;
};

// A parent of a species in a reaction chain ([[species]] parent): the species gains `yield` g
// for every g of the parent's first-order decay, in the parent's phases that `phase` names.
struct ParentLink {
  std::string species;                        // the parent's name
  double yield = 1.0;                         // g of daughter per g of parent decayed, > 0
  Decay::Phase phase = Decay::Phase::both;    // which of the parent's decaying phases produce
  Location location;                          // of the entry's `species` key
};

struct Species {
  std::string name;
  double diffusion = 0.0;                     // m2/d free-water molecular diffusion
  Sorption sorption;
  Decay decay;
  std::vector<ParentLink> parents;            // reaction chain: the species this one is produced from
  struct InitialPart { Selection where; double value = 0.0; };  // mg/L
  double initial = 0.0;                       // mg/L
  std::vector<InitialPart> initial_parts;
  std::optional<std::string> initial_from;    // result file
  Location initial_from_where;                // where `from` was written
  double initial_from_time = 0.0;             // d
  std::optional<double> limit;                // mg/L (named species default to class IV)
  std::string label;                          // shown in pictures and reports ("NH₃-N"); default: the standard's or the name
  std::string label_zh;                       // the same in Chinese reports ("氨氮"); default: the standard's, else label
  Location location;
};

struct ConcentrationBoundary {
  Selection where;
  std::map<std::string, solver::Schedule> values;     // mg/L per species
  Location location;
};

struct Transport {
  double alpha_l = 0.0, alpha_th = 0.0, alpha_tv = 0.0;  // m
  enum class Advection { upwind, central, tvd } advection = Advection::tvd;
  enum class Weighting { implicit, crank_nicolson, explicit_ } weighting = Weighting::implicit;
  // First-order reactions: in each species' equations (coupled) or integrated exactly per cell,
  // split from transport (exact; solver/transport/exact_reactions.hpp).
  enum class Reactions { coupled, exact } reactions = Reactions::coupled;
  double max_courant = 0.0;         // 0: not given (1 for explicit and Crank-Nicolson steps, none for implicit)
  bool cross_dispersion = true;     // the tensor's off-diagonal terms (MODFLOW 6: XT3D on)
  std::vector<ConcentrationBoundary> boundaries;
};

struct Time {
  std::optional<Date> start;        // calendar date of t = 0, when given
  double end = 0.0;                 // d
  std::vector<double> outputs;      // d, increasing, <= end
  double max_step = std::numeric_limits<double>::infinity();  // d
};

struct Monitoring {
  std::string name;
  Point at{};
  std::optional<double> z;          // m
  std::optional<LayerRef> layer;
  Location location;
  bool receptor = false;            // also reported as a receptor (first exceedance, peak)
};

// What the plume metrics count ([metrics]): the case layers whose cells make up the plume's
// areas, volumes, peak and distances. Monitoring points and receptors are reported wherever
// they are.
struct MetricsSpec {
  std::vector<LayerRef> layers;     // empty = every layer
  // d, the first output time the trends of natural attenuation use; none: the first output time.
  std::optional<double> trend_from;
  Location where;                   // the [metrics] table, or the file when there is none
};

// A measured concentration ([[observations]]): what a well's sample held, to set beside the model.
// Read from CSV; `where` is the row's value field, so later checks can point at it.
struct Observation {
  std::string point;                // a monitoring point or point receptor
  std::string species;              // the species' name (the CSV may give its label)
  double time = 0.0;                // d since t = 0
  double value = 0.0;               // mg/L; the detection limit when censored
  bool censored = false;            // below detection: written "<0.02", or a non-detect word
  Location where;
};

struct Flow {
  enum class Mode { steady, transient } mode = Mode::steady;
  enum class LayerType { confined, convertible } layer_type = LayerType::confined;
  std::map<std::string, LayerType> layer_type_by_layer;  // case layer name/number -> type
  double initial_head = 0.0;        // m
  std::optional<std::string> initial_head_file;
  std::map<std::string, double> initial_head_by_layer;  // m, case layer name or number -> head
  std::vector<Boundary> boundaries;
  std::vector<Recharge> recharge;
  double initial_step = 1.0;        // d
  double step_multiplier = 1.2;     // -
  Location where;                   // of [flow], or of initial_step when written
  double head_tolerance = 1e-6;     // m
  double residual_tolerance = 1e-6; // m3/d
  int max_iterations = 200;
  // The flow's linear solves: multigrid from kMultigridCells unknowns up (auto), or always one.
  enum class LinearSolver { automatic, multigrid, incomplete_factor } linear_solver = LinearSolver::automatic;
};

struct Case {
  std::string name;
  std::string title;
  std::string file;                 // absolute path of the case file read
  std::string text;                 // the case as applied (after extends and --set), TOML
  GridSpec grid;
  Properties properties;
  Flow flow;
  std::vector<Well> wells;
  std::vector<Landfill> landfills;
  std::vector<AbandonedWell> abandoned_wells;
  std::vector<Barrier> barriers;
  std::vector<Receptor> receptors;
  std::vector<Species> species;
  Transport transport;
  Time time;
  std::vector<Monitoring> monitoring;
  MetricsSpec metrics;
  std::vector<Observation> observations;  // every [[observations]] file's rows, in file order
  std::string output_dir;           // from [output] dir, default out/<name>
  bool vtk = false;
};

}  // namespace gwp::model
