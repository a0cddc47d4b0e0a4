import PortalModel

/// Bodies renamed in reorganisations, as a hint only: a report printing a name the site does not have, whose place is
/// an agency's of the site and whose function is that agency's under its name before or after the rename (甲县卫生和计划
/// 生育局 beside the site's 甲县卫生健康局: the 2018 reorganisation of government departments; 甲乡 beside 甲镇, a 乡 made a
/// 镇). Never taken by itself — mergers and splits came with the renames (工商 and 质监 into 市场监管) and a county may
/// keep both names' bodies —, only named, with the step that joins them (`formerNames:`).
enum RenamedBodies {
    /// The endings of a department's name before and after, function by function.
    static let families: [(before: [String], after: [String])] = [
        (["卫生和计划生育委员会", "卫生和计划生育局", "卫生计生委员会", "卫生计生委", "卫生计生局", "卫计委", "卫计局"],
         ["卫生健康委员会", "卫生健康局", "卫生健康委", "卫健委", "卫健局"]),
        (["环境保护局", "环保局"], ["生态环境局", "生态环境分局"]),
        (["国土资源局", "国土局"], ["自然资源局", "自然资源和规划局"]),
        (["农业委员会", "农业局", "农委"], ["农业农村委员会", "农业农村局", "农业农村委"]),
        (["安全生产监督管理局", "安监局"], ["应急管理局"]),
        (["林业局"], ["林业和草原局", "林草局"]),
        (["文化广电新闻出版旅游局", "文化体育广电新闻出版局", "文化广电新闻出版局", "文化广电体育局"],
         ["文化广电体育和旅游局", "文化广电和旅游局", "文化和旅游局", "文化旅游体育局"]),
        (["工商行政管理局", "工商局", "食品药品监督管理局", "质量技术监督局"], ["市场监督管理局", "市场监管局"]),
        // A 乡 made a 镇 (撤乡设镇), compared without 人民政府 (`Agency.nameCore`).
        (["乡"], ["镇"]),
    ]

    enum Direction: Sendable, Equatable {
        /// The report prints the name before: the site's agency is the body under its name after.
        case renamedSince
        /// The report prints the name after: the site's agency is the body under its name before.
        case earlierName
    }

    /// The site's agencies that may be the body `name` names, renamed: slug → (its name, which way).
    static func candidates(for name: String, among existing: [String: String]) -> [String: (name: String, direction: Direction)] {
        let printed = Agency.nameCore(name)
        var found: [String: (name: String, direction: Direction)] = [:]
        for (slug, known) in existing {
            let other = Agency.nameCore(known)
            guard other != printed else { continue }
            for family in families {
                if renamed(printed, other, from: family.before, to: family.after) { found[slug] = (known, .renamedSince) }
                if renamed(other, printed, from: family.before, to: family.after) { found[slug] = (known, .earlierName) }
            }
        }
        return found
    }

    /// Whether `old` ends in a name before and `new` is its place with a name after.
    private static func renamed(_ old: String, _ new: String, from before: [String], to after: [String]) -> Bool {
        guard let ending = before.first(where: old.hasSuffix) else { return false }
        let place = old.dropLast(ending.count)
        // A place of two characters at least (甲县, 城关): a bare function (卫计局) names no body.
        return place.count >= 2 && after.contains { new == place + $0 }
    }
}
