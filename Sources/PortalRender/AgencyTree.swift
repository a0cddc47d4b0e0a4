import PortalModel

/// The agencies in the order of their `parent` tree (市 › 区 › 部门/街道):
/// each region (an agency at the top of a tree with agencies under it)
/// followed by everything under it, depth first; agencies with neither a
/// parent nor children in the portal come last, as one group. The agencies
/// list pages in this order, and search numbers its documents by it, so
/// that one region's agencies sit side by side.
public struct AgencyTree: Sendable {
    public struct Entry: Sendable {
        public let agency: Agency
        /// 0 for a region or a lone agency, 1 for the agencies directly under a region…
        public let depth: Int
        /// Slug of the region at the top of this agency's tree; nil for a lone agency.
        public let region: String?
    }

    /// Every agency once, in tree order.
    public let entries: [Entry]
    /// Region slugs, in the order of `entries`.
    public let regions: [String]

    init(agencies: [Agency], bySlug: [String: Agency], children: [String: [Agency]]) {
        var entries: [Entry] = []
        var placed = Set<String>()
        var regions: [String] = []
        func place(_ agency: Agency, depth: Int, region: String) {
            // A parent loop (a › b › a) must not recurse forever: each agency is placed once.
            guard placed.insert(agency.slug).inserted else { return }
            entries.append(Entry(agency: agency, depth: depth, region: region))
            for child in children[agency.slug] ?? [] { place(child, depth: depth + 1, region: region) }
        }
        let tops = agencies.filter { $0.parent.flatMap { bySlug[$0.value] } == nil }
        for top in tops where !(children[top.slug] ?? []).isEmpty {
            regions.append(top.slug)
            place(top, depth: 0, region: top.slug)
        }
        for top in tops where (children[top.slug] ?? []).isEmpty {
            placed.insert(top.slug)
            entries.append(Entry(agency: top, depth: 0, region: nil))
        }
        // Agencies only reachable through a parent loop: shown as lone ones rather than lost.
        for agency in agencies where placed.insert(agency.slug).inserted {
            entries.append(Entry(agency: agency, depth: 0, region: nil))
        }
        self.entries = entries
        self.regions = regions
    }
}
