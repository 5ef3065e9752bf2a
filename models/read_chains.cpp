// Checks of the reaction chains that [[species]] parent declares, once every species and zone is
// read: a parent must be a declared species, other than the species itself and named once; it
// must decay at first order somewhere (in [[species]] or a zone) in a phase the link takes, or
// nothing would be produced; and following parents must never lead back to where it started.
#include <algorithm>
#include <functional>
#include <map>

#include "models/read_sections.hpp"
#include "models/read_values.hpp"

namespace gwp::model {

namespace {

bool decays_in(const Decay& d, Decay::Phase link) {
  if (!(d.rate > 0.0)) return false;
  if (link == Decay::Phase::both || d.phase == Decay::Phase::both) return true;
  return d.phase == link;
}

// Whether the species decays at first order anywhere in a phase the link takes.
bool produces(const Species& parent, Decay::Phase link, const Properties& p) {
  if (decays_in(parent.decay, link)) return true;
  return std::any_of(p.zones.begin(), p.zones.end(), [&](const Zone& z) {
    const auto it = z.species.find(parent.name);
    return it != z.species.end() && it->second.decay && decays_in(*it->second.decay, link);
  });
}

const char* phase_name(Decay::Phase p) {
  return p == Decay::Phase::dissolved ? "dissolved" : p == Decay::Phase::sorbed ? "sorbed" : "both";
}

}  // namespace

void check_chains(Reader& reader, const Case& c) {
  std::map<std::string, const Species*> by_name;
  for (const Species& s : c.species) by_name.emplace(s.name, &s);
  for (const Species& s : c.species) {
    std::vector<std::string> seen;
    for (const ParentLink& link : s.parents) {
      if (link.species == s.name) {
        reader.error(link.location, "species '" + s.name + "' cannot be its own parent (a chain may not loop)");
        continue;
      }
      if (std::find(seen.begin(), seen.end(), link.species) != seen.end()) {
        reader.error(link.location, "parent '" + link.species + "' is given twice for species '" + s.name +
                                        "' (give one entry with the total yield)");
        continue;
      }
      seen.push_back(link.species);
      if (!check_species(reader, link.species, link.location)) continue;
      const Species& parent = *by_name.at(link.species);
      if (!produces(parent, link.phase, c.properties))
        reader.error(link.location,
                     "parent '" + link.species + "' of species '" + s.name + "' never decays at first order" +
                         (link.phase == Decay::Phase::both ? std::string()
                                                           : std::string(" in the ") + phase_name(link.phase) + " phase") +
                         ", so it would produce nothing (give it decay = { rate = ... } or a half_life, in "
                         "[[species]] or a zone)");
    }
  }

  // Cycles of two or more species: a depth-first walk from each species along its parents.
  // Reported once, at the parent entry that closes the cycle, with the cycle spelt out.
  enum class Mark { unseen, on_path, done };
  std::map<std::string, Mark> mark;
  std::vector<std::string> path;
  std::function<void(const Species&)> visit = [&](const Species& s) {
    mark[s.name] = Mark::on_path;
    path.push_back(s.name);
    for (const ParentLink& link : s.parents) {
      const auto it = by_name.find(link.species);
      if (it == by_name.end() || link.species == s.name) continue;  // reported above
      const Mark m = mark[link.species];
      if (m == Mark::on_path) {
        std::string cycle;
        const auto from = std::find(path.begin(), path.end(), link.species);
        for (auto p = from; p != path.end(); ++p) cycle += *p + " <- ";
        reader.error(link.location, "species form a cycle of parents (" + cycle + link.species +
                                        "): a reaction chain must end");
      } else if (m == Mark::unseen) {
        visit(*it->second);
      }
    }
    path.pop_back();
    mark[s.name] = Mark::done;
  };
  for (const Species& s : c.species)
    if (mark[s.name] == Mark::unseen) visit(s);
}

}  // namespace gwp::model
