// `--set KEY=VALUE` overrides, applied to the merged case document before it is read, so that
// an override is checked exactly like the same key written in the file.
//
// KEY is a dotted path; an entry of an array of tables is addressed by its name
// (species.ammonia_n.decay.half_life) or its 0-based index (wells[0].rate or wells.0.rate);
// a quoted segment may hold spaces (properties.layer."clay cap".kh). VALUE is a TOML value; text
// that is not one (2 yr, steady) is taken as a string, so `half_life=2 yr` and `half_life="2 yr"`
// both work. Missing tables along the path are created.
#pragma once
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "models/toml_reader.hpp"

namespace gwp::model {

// Applies `overrides` in order. The values set carry the source path "--set" and, as their
// line, the 1-based position of their override; reader.overrides receives, for each override,
// the key as typed and as the reader names it, so that problems name the override. Problems
// with an override itself (no '=', a malformed key, no entry of that name, an index out of
// range, a path through a value) are reported as "--set:N:1: KEY: ...".
void apply_overrides(toml::table& document, const std::vector<std::string>& overrides, Reader& reader);

// The value `key` (written as --set takes it) names in `document`; nullptr with *error ("no entry
// named 'x' in landfills", "grid.nx is absent") when the path leads to none.
const toml::node* find_value(const toml::table& document, const std::string& key, std::string* error);

}  // namespace gwp::model
