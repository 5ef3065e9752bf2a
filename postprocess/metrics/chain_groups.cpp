#include "postprocess/metrics/chain_groups.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <optional>
#include <stdexcept>

namespace gwp::metrics {

namespace {

// The index of each species by name, and the parent links among them (parents outside ignored).
struct Links {
  std::map<std::string, std::size_t> index;
  std::vector<ChainLink> links;
};

Links links_among(const std::vector<results::SpeciesLimits>& species) {
  Links l;
  for (std::size_t i = 0; i < species.size(); ++i) l.index.emplace(species[i].name, i);
  for (const results::SpeciesLimits& s : species)
    for (const results::SpeciesParent& p : s.parents)
      if (l.index.count(p.name) && p.name != s.name) l.links.push_back({p.name, s.name, p.yield, p.phase});
  return l;
}

std::size_t root_of(std::vector<std::size_t>& up, std::size_t i) {
  while (up[i] != i) i = up[i] = up[up[i]];
  return i;
}

// Parents before daughters (Kahn's order), among ready members the first given.
std::vector<std::size_t> chain_order(const std::vector<std::size_t>& members, const std::vector<ChainLink>& links,
                                     const std::map<std::string, std::size_t>& index) {
  std::map<std::size_t, int> waiting;  // member -> parents not yet placed
  for (std::size_t m : members) waiting[m] = 0;
  for (const ChainLink& k : links)
    if (waiting.count(index.at(k.daughter))) ++waiting[index.at(k.daughter)];
  std::vector<std::size_t> order;
  while (order.size() < members.size()) {
    std::optional<std::size_t> next;
    for (std::size_t m : members)
      if (waiting[m] == 0 && std::find(order.begin(), order.end(), m) == order.end()) {
        next = m;
        break;
      }
    // A cycle is refused when the case is read; should one come from elsewhere, keep the rest as given.
    if (!next) {
      for (std::size_t m : members)
        if (std::find(order.begin(), order.end(), m) == order.end()) order.push_back(m);
      break;
    }
    order.push_back(*next);
    for (const ChainLink& k : links)
      if (index.at(k.parent) == *next && waiting.count(index.at(k.daughter))) --waiting[index.at(k.daughter)];
  }
  return order;
}

// Whether a group merges: a member with several parents in it, or several first members.
bool merges(const std::vector<std::string>& members, const std::vector<ChainLink>& links) {
  std::map<std::string, int> parents;
  for (const ChainLink& k : links) ++parents[k.daughter];
  long first_members = 0;
  for (const std::string& s : members) {
    if (parents[s] > 1) return true;
    first_members += parents[s] == 0 ? 1 : 0;
  }
  return first_members != 1;
}

// The weights of a line of links (members in chain order, each after the first the daughter of
// the one before) and whether every yield is 1.
void line_total(ReactionChain& c) {
  c.weights.assign(c.species.size(), 1.0);
  bool all_one = true;
  for (std::size_t i = 1; i < c.species.size(); ++i) {
    const auto link = std::find_if(c.links.begin(), c.links.end(),
                                   [&](const ChainLink& k) { return k.daughter == c.species[i]; });
    c.weights[i] = c.weights[i - 1] / link->yield;
    all_one = all_one && link->yield == 1.0;
  }
  c.total = all_one ? ChainTotal::element : ChainTotal::equivalent;
}

// The chains of one connected group in chain order: the group itself, without a total when it
// merges; else one chain per line from the first member to each member without a daughter (the
// group itself when it is one line).
std::vector<ReactionChain> group_chains(const std::vector<std::string>& members, const std::vector<ChainLink>& links) {
  if (merges(members, links)) {
    ReactionChain c{members, members, links, ChainTotal::merges, {}};
    return {c};
  }
  std::vector<ReactionChain> chains;
  for (const std::string& last : members) {
    const bool has_daughter =
        std::any_of(links.begin(), links.end(), [&](const ChainLink& k) { return k.parent == last; });
    if (has_daughter) continue;
    // Up from the last member through its one parent each time, then read down.
    std::vector<std::string> line{last};
    std::vector<ChainLink> line_links;
    for (;;) {
      const auto up = std::find_if(links.begin(), links.end(),
                                   [&](const ChainLink& k) { return k.daughter == line.back(); });
      if (up == links.end()) break;
      line_links.insert(line_links.begin(), *up);
      line.push_back(up->parent);
    }
    std::reverse(line.begin(), line.end());
    ReactionChain c{line, members, line_links, ChainTotal::element, {}};
    line_total(c);
    // A path of a group that branches: its yields hold shares of the decay as well as mass
    // ratios, and only yields of 1 say plainly that the path's daughters took it in full.
    if (line.size() < members.size() && c.total == ChainTotal::equivalent) {
      c.total = ChainTotal::branches;
      c.weights.clear();
    }
    chains.push_back(std::move(c));
  }
  return chains;
}

// The value of a series at time t: linear between samples, its end values outside them.
double value_at(const std::vector<double>& time, const std::vector<double>& value, double t) {
  if (time.empty()) return 0.0;
  if (t <= time.front()) return value.front();
  if (t >= time.back()) return value.back();
  const std::size_t hi = std::size_t(std::upper_bound(time.begin(), time.end(), t) - time.begin());
  const std::size_t lo = hi - 1;
  if (time[hi] == time[lo]) return value[hi];
  const double f = (t - time[lo]) / (time[hi] - time[lo]);
  return value[lo] + f * (value[hi] - value[lo]);
}

}  // namespace

std::string ReactionChain::name() const {
  std::string out;
  for (const std::string& s : species) out += (out.empty() ? "" : "+") + s;
  return out;
}

std::vector<ReactionChain> reaction_chains(const std::vector<results::SpeciesLimits>& species) {
  const Links l = links_among(species);
  std::vector<std::size_t> up(species.size());
  std::iota(up.begin(), up.end(), std::size_t(0));
  for (const ChainLink& k : l.links) up[root_of(up, l.index.at(k.parent))] = root_of(up, l.index.at(k.daughter));
  // Groups in the order of their first member given.
  std::vector<std::vector<std::size_t>> groups;
  std::vector<std::size_t> group_root;
  for (std::size_t i = 0; i < species.size(); ++i) {
    const std::size_t r = root_of(up, i);
    const auto at = std::find(group_root.begin(), group_root.end(), r);
    if (at == group_root.end()) {
      group_root.push_back(r);
      groups.push_back({i});
    } else {
      groups[std::size_t(at - group_root.begin())].push_back(i);
    }
  }
  std::vector<ReactionChain> chains;
  for (const std::vector<std::size_t>& members : groups) {
    if (members.size() < 2) continue;
    std::vector<std::string> ordered;
    for (std::size_t m : chain_order(members, l.links, l.index)) ordered.push_back(species[m].name);
    // Links by their daughter's place in the chain, each daughter's in the order of its entries.
    std::vector<ChainLink> links;
    for (const std::string& s : ordered)
      for (const ChainLink& k : l.links)
        if (k.daughter == s) links.push_back(k);
    for (ReactionChain& c : group_chains(ordered, links)) chains.push_back(std::move(c));
  }
  // Ordered by the first member's place in the order given.
  std::stable_sort(chains.begin(), chains.end(), [&](const ReactionChain& a, const ReactionChain& b) {
    return l.index.at(a.species.front()) < l.index.at(b.species.front());
  });
  return chains;
}

const ReactionChain* chain_of(const std::vector<ReactionChain>& chains, const std::string& species) {
  for (const ReactionChain& c : chains)
    if (std::find(c.species.begin(), c.species.end(), species) != c.species.end()) return &c;
  return nullptr;
}

std::vector<double> chain_total(const std::vector<double>& weights, const std::vector<std::vector<double>>& times,
                                const std::vector<std::vector<double>>& values) {
  if (weights.empty() || times.size() != weights.size() || values.size() != weights.size())
    throw std::invalid_argument("a chain total needs one weight, time list and value list per member");
  for (std::size_t m = 0; m < weights.size(); ++m)
    if (times[m].size() != values[m].size())
      throw std::invalid_argument("a chain member's series has " + std::to_string(times[m].size()) + " times but " +
                                  std::to_string(values[m].size()) + " values");
  std::vector<double> total(times[0].size(), 0.0);
  for (std::size_t n = 0; n < total.size(); ++n) {
    const double t = times[0][n];
    for (std::size_t m = 0; m < weights.size(); ++m) {
      const bool same = times[m].size() == times[0].size() && times[m][n] == t;
      total[n] += weights[m] * (same ? values[m][n] : value_at(times[m], values[m], t));
    }
  }
  return total;
}

}  // namespace gwp::metrics
