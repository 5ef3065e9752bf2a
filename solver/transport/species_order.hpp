// The order in which the species of a transport problem take each step: a species whose
// reactions read another species' step (a daughter reading its parents' decay) comes after it.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace gwp::solver {

// A topological order of `count` species where `before[s]` lists the species that must take a
// step before species s does. Stable: species keep their index order wherever nothing forces
// another one, so a problem without such links is stepped 0, 1, 2 ... as it always was.
// Throws std::invalid_argument naming the species (by `names`) for an index out of range, a
// species that must come before itself, or a cycle.
std::vector<std::size_t> species_order(const std::vector<std::vector<std::size_t>>& before,
                                       const std::vector<std::string>& names);

}  // namespace gwp::solver
