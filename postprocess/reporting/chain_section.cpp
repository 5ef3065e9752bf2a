// The report's section on reaction chains: each chain's members shown together, parents first,
// with the chain's mass budget, the balance of its total, and its members and total at each
// monitoring point and receptor.
#include <algorithm>
#include <cmath>

#include "postprocess/reporting/chain_budget.hpp"
#include "postprocess/reporting/chain_figures.hpp"
#include "postprocess/reporting/chain_pictures.hpp"
#include "postprocess/reporting/number_format.hpp"
#include "postprocess/reporting/report_sections.hpp"

namespace gwp::reporting {

namespace {

constexpr int kBudgetDigits = 6;  // as the species' own budgets: enough to see in and out agree

const MassBudgetSummary* budget_of(const ReportInput& input, const std::string& species) {
  for (const MassBudgetSummary& m : input.mass)
    if (m.species == species) return &m;
  return nullptr;
}

std::string members_text(const ReportInput& input, const metrics::ReactionChain& chain, const Wording& w) {
  std::string text;
  for (const std::string& name : chain.species)
    text += (text.empty() ? "" : " → ") + w.species(species_limits(input.figures, name));
  return text;
}

Msg total_message(metrics::ChainTotal total) {
  switch (total) {
    case metrics::ChainTotal::element: return Msg::chain_total_element;
    case metrics::ChainTotal::equivalent: return Msg::chain_total_equivalent;
    case metrics::ChainTotal::branches: return Msg::chain_no_total_branches;
    case metrics::ChainTotal::merges: return Msg::chain_no_total_merges;
  }
  return Msg::chain_no_total_merges;
}

DocumentTable budget_table(const ReportInput& input, const metrics::ReactionChain& chain, const ChainBudget& b,
                           const Wording& w) {
  const bool weighted = chain.total == metrics::ChainTotal::equivalent;
  DocumentTable t;
  t.header = {w(Msg::col_species)};
  if (weighted) t.header.push_back(w(Msg::col_weight));
  for (Msg m : {Msg::col_produced_g, Msg::col_decayed_g, Msg::col_net_flow_in_g, Msg::col_change_g})
    t.header.push_back(w(m));
  t.numeric.assign(t.header.size(), true);
  t.numeric[0] = false;
  std::vector<ChainMemberBudget> rows = b.members;
  if (b.has_total) rows.push_back(b.total);
  std::vector<double> all;
  for (const ChainMemberBudget& m : rows)
    all.insert(all.end(), {m.produced, m.decayed, m.flow_in, m.flow_out, m.released, m.stored});
  double scale = 0.0;
  for (double v : all) scale = std::max(scale, std::fabs(v));
  const FigureStyle style = aligned_style(all, scale, kBudgetDigits);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const ChainMemberBudget& m = rows[i];
    const bool total = i == b.members.size();
    std::vector<Cell> row{total ? w(Msg::chain_total_row) : w.species(species_limits(input.figures, m.species))};
    if (weighted) row.emplace_back(total ? std::string() : format_figure(chain.weights[i], 6));
    for (double v : {m.produced, m.decayed, m.net_in(), m.change()}) row.emplace_back(format_styled(v, style));
    t.rows.push_back(std::move(row));
  }
  t.caption = w(Msg::chain_budget_caption, {w.time(b.time)});
  return t;
}

}  // namespace

void add_chain_sections(Document& doc, const ReportInput& input, const std::vector<PictureOutcome>& pictures,
                        const Wording& w) {
  if (input.figures.chains.empty()) return;
  doc.heading(2, w(Msg::chains_heading), "chains");
  doc.paragraph(w(Msg::chains_intro));
  const std::vector<PictureRequest> requests = chain_pictures(input, w.language);
  for (const metrics::ReactionChain& chain : input.figures.chains) {
    doc.heading(3, w(Msg::chain_heading, {members_text(input, chain, w)}));
    const std::string first = w.species(species_limits(input.figures, chain.species.front()));
    std::vector<std::string> group;
    for (const std::string& name : chain.group) group.push_back(w.species(species_limits(input.figures, name)));
    std::string about;
    // A path of a group that branches says so first; without a total, that is why.
    if (chain.group.size() > chain.species.size() && chain.has_total())
      about = w(Msg::chain_path_of_group, {w.join(group), first}) + (w.language == Language::zh ? "" : " ");
    about += w(total_message(chain.total), {chain.total == metrics::ChainTotal::branches ? w.join(group) : first});
    doc.paragraph(about);
    std::vector<std::vector<MassBudgetEntry>> rows;
    double time = NAN;
    for (const std::string& name : chain.species) {
      const MassBudgetSummary* m = budget_of(input, name);
      rows.push_back(m ? m->rows : std::vector<MassBudgetEntry>{});
      if (m && std::isnan(time)) time = m->time;
    }
    const ChainBudget budget = chain_budget(chain, rows, time);
    doc.table(budget_table(input, chain, budget, w));
    if (budget.has_total) {
      const ChainBalance& b = budget.balance;
      const double scale = std::max({std::fabs(b.flow_in), std::fabs(b.flow_out), std::fabs(b.decay_out), std::fabs(b.change)});
      const FigureStyle style = aligned_style({b.flow_in, b.flow_out, b.decay_out, b.change}, scale, kBudgetDigits);
      doc.paragraph(w(Msg::chain_balance,
                      {w.time(budget.time), format_styled(b.flow_in, style), format_styled(b.flow_out, style),
                       format_styled(b.decay_out, style), format_styled(b.flow_in - b.flow_out - b.decay_out, style),
                       format_styled(b.change, style), format_figure(b.discrepancy_percent, 3)}));
    }
    const std::vector<const PictureRequest*> mine = pictures_of_chain(requests, chain);
    if (mine.empty()) doc.paragraph(w(Msg::chain_no_points));
    for (const PictureRequest* r : mine) doc.picture({r->file, r->caption, outcome_for(pictures, r->file).missing});
  }
}

}  // namespace gwp::reporting
