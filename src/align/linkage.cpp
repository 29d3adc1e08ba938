// Components, then average linkage with a lazy max-heap of group pairs (see linkage.hpp). The heap
// holds versioned entries, so a merged group's stale pairs are skipped instead of searched for.
#include "align/linkage.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <queue>
#include <unordered_map>

namespace claimdiff::detail {
namespace {

// Union-find with path halving.
struct Components {
  std::vector<std::uint32_t> parent;
  explicit Components(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  std::uint32_t find(std::uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void unite(std::uint32_t a, std::uint32_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

constexpr std::uint32_t kNoGroup = 0xFFFFFFFFu;

// Average linkage over the sparse graph of one component: missing pairs count as 0 and vetoes as
// negative, so a merge needs most member pairs to agree (no chaining through one bridge pair).
// Nodes of one settled group start as one cluster, and two clusters that hold settled groups never
// merge (extend: the claims of an earlier run stay as they were).
std::vector<std::vector<std::uint32_t>> average_linkage(const std::vector<std::uint32_t>& nodes, const std::vector<Edge>& edges,
                                                        double threshold, const std::vector<std::uint32_t>& group_of) {
  // Initial clusters: one per settled group, one per other node.
  std::unordered_map<std::uint32_t, std::uint32_t> cluster_of_node;
  std::unordered_map<std::uint32_t, std::uint32_t> cluster_of_group;
  std::vector<std::vector<std::uint32_t>> members;
  std::vector<char> settled;
  for (const std::uint32_t node : nodes) {
    const std::uint32_t group = group_of.empty() ? kNoGroup : group_of[node];
    if (group != kNoGroup) {
      const auto [it, inserted] = cluster_of_group.try_emplace(group, static_cast<std::uint32_t>(members.size()));
      if (inserted) {
        members.emplace_back();
        settled.push_back(1);
      }
      cluster_of_node.emplace(node, it->second);
      members[it->second].push_back(node);
      continue;
    }
    cluster_of_node.emplace(node, static_cast<std::uint32_t>(members.size()));
    members.push_back({node});
    settled.push_back(0);
  }
  const std::size_t n = members.size();
  std::vector<std::map<std::uint32_t, double>> sums(n);
  for (const Edge& e : edges) {
    const std::uint32_t a = cluster_of_node.at(e.a);
    const std::uint32_t b = cluster_of_node.at(e.b);
    if (a == b) continue;
    sums[a][b] += e.score;
    sums[b][a] += e.score;
  }
  std::vector<std::uint32_t> size(n);
  for (std::size_t i = 0; i < n; ++i) size[i] = static_cast<std::uint32_t>(members[i].size());
  std::vector<std::uint32_t> version(n, 0);
  struct Entry {
    double average;
    std::uint32_t a, b, version_a, version_b;
    bool operator<(const Entry& o) const {  // max-heap on average, then the lowest ids first
      if (average != o.average) return average < o.average;
      return a != o.a ? a > o.a : b > o.b;
    }
  };
  auto average = [&](std::uint32_t a, std::uint32_t c, double sum) {
    return sum / (static_cast<double>(size[a]) * static_cast<double>(size[c]));
  };
  std::priority_queue<Entry> heap;
  for (std::uint32_t a = 0; a < n; ++a)
    for (const auto& [b, sum] : sums[a])
      if (a < b && !(settled[a] && settled[b]) && average(a, b, sum) >= threshold) heap.push({average(a, b, sum), a, b, 0, 0});
  while (!heap.empty()) {
    const Entry top = heap.top();
    heap.pop();
    if (top.average < threshold) break;
    if (version[top.a] != top.version_a || version[top.b] != top.version_b) continue;
    // Merge b into a (a < b keeps the lower id alive).
    const std::uint32_t a = top.a;
    const std::uint32_t b = top.b;
    for (const auto& [c, sum] : sums[b]) {
      if (c == a) continue;
      sums[a][c] += sum;
      sums[c][a] += sum;
      sums[c].erase(b);
    }
    sums[a].erase(b);
    sums[b].clear();
    size[a] += size[b];
    settled[a] = settled[a] || settled[b];
    members[a].insert(members[a].end(), members[b].begin(), members[b].end());
    members[b].clear();
    ++version[a];
    ++version[b];
    for (const auto& [c, sum] : sums[a]) {
      if (settled[a] && settled[c]) continue;
      if (average(a, c, sum) < threshold) continue;
      const std::uint32_t x = std::min(a, c);
      const std::uint32_t y = std::max(a, c);
      heap.push({average(a, c, sum), x, y, version[x], version[y]});
    }
  }
  std::vector<std::vector<std::uint32_t>> clusters;
  for (auto& cluster : members) {
    if (cluster.empty()) continue;
    std::sort(cluster.begin(), cluster.end());
    clusters.push_back(std::move(cluster));
  }
  return clusters;
}

}  // namespace

std::vector<std::vector<std::uint32_t>> cluster_edges(std::uint32_t n, const std::vector<Edge>& edges, double threshold,
                                                      const std::vector<std::vector<std::uint32_t>>& settled) {
  Components components(n);
  std::vector<std::uint32_t> group_of;
  if (!settled.empty()) {
    group_of.assign(n, kNoGroup);
    for (std::uint32_t g = 0; g < settled.size(); ++g)
      for (const std::uint32_t m : settled[g]) {
        group_of[m] = g;
        components.unite(m, settled[g].front());
      }
  }
  for (const Edge& e : edges)
    if (e.score >= threshold) components.unite(e.a, e.b);
  std::vector<std::vector<std::uint32_t>> nodes_of(n);
  for (std::uint32_t i = 0; i < n; ++i) nodes_of[components.find(i)].push_back(i);
  std::vector<std::vector<Edge>> edges_of(n);
  for (const Edge& e : edges)
    if (components.find(e.a) == components.find(e.b)) edges_of[components.find(e.a)].push_back(e);
  std::vector<std::vector<std::uint32_t>> clusters;
  for (std::uint32_t root = 0; root < n; ++root) {
    if (nodes_of[root].empty()) continue;
    if (nodes_of[root].size() == 1) {
      clusters.push_back(nodes_of[root]);
      continue;
    }
    for (auto& c : average_linkage(nodes_of[root], edges_of[root], threshold, group_of)) clusters.push_back(std::move(c));
  }
  std::sort(clusters.begin(), clusters.end(), [](const auto& x, const auto& y) { return x.front() < y.front(); });
  return clusters;
}

}  // namespace claimdiff::detail
