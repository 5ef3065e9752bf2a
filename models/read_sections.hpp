// One reader per section of the case file (docs/case-format.md). Each takes the document's root Section,
// reads its keys into the Case and reports problems through the Reader. Called by read_case in
// an order that declares names before they are used: grid (layer names), then species, then
// everything that refers to layers or species.
#pragma once
#include <string>
#include <string_view>

#include "models/case.hpp"
#include "models/toml_reader.hpp"

namespace gwp::model {

void read_case_info(Section& root, Case& c, const std::string& default_name);  // [case], [output]
void read_grid(Section& root, Case& c);                                       // [grid]
void read_species(Section& root, Case& c);                                    // [[species]]
void read_properties(Section& root, Case& c);                                 // [properties]
void read_flow(Section& root, Case& c);                                       // [flow] and its boundaries
void read_wells(Section& root, Case& c);               // [[wells]] and [[abandoned_wells]] (one name space)
void read_landfills(Section& root, Case& c);                                  // [[landfills]]
void read_transport(Section& root, Case& c);                                  // [transport]
void read_time(Section& root, Case& c);                                       // [time]
void read_monitoring(Section& root, Case& c);                     // [[monitoring]] and [[receptors]]
void read_barriers(Section& root, Case& c);                                   // [[barriers]]
void read_metrics(Section& root, Case& c);                                    // [metrics] (read_metrics.cpp)
// [[observations]] (read_observations.cpp), after [time], [[species]] and [[monitoring]].
void read_observations(Section& root, Case& c);

// The reaction chains of [[species]] parent, once species and zones are read (read_chains.cpp):
// unknown parents, parents that never decay in a phase that produces, repeated parents and
// cycles, each reported at the parent entry.
void check_chains(Reader& reader, const Case& c);

// A usable species name: ASCII letters, digits, '_' and '-', and letters of other scripts ("氨氮");
// no spaces (of any script), dots, slashes, quotes or control characters.
bool is_species_name(std::string_view name);

// Shared by [[species]] and the species tables of [[properties.zone]].
std::optional<Sorption> read_sorption(const Field& f);
std::optional<Decay> read_decay(const Field& f);

// Reports a name that holds a control character (a tab, an escape, a line break: a name is
// shown in messages, pictures and reports); true when it holds none.
bool printable_name(const Field& f, const std::string& name);

// The required, non-empty `name` of an array entry, appended with its location to `names`;
// "" when missing or wrong (reported).
std::string read_entry_name(Section& s, std::vector<std::pair<std::string, Location>>& names);
// Reports a name used twice among the entries of one array ("wells", "species" ...).
void check_unique_names(Reader& reader, const std::vector<std::pair<std::string, Location>>& names,
                        const std::string& what);
// A first-order rate (1/d) from `half_life` (ln 2 / half-life) or `rate`, whichever `s` gives;
// nullopt when neither (reported as missing when `required`) or when the value is wrong.
std::optional<double> read_first_order(Section& s, bool required);

}  // namespace gwp::model
