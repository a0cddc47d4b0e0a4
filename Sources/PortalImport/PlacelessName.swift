import Foundation

/// A title naming its agency without the place it serves (住建局 2025年…报告, 安阳县 2025; 县教育局2023年…报告,
/// 民和 2023; 水务局2020年…报告): every county has such a bureau, so the name alone publishes under no one.
extension SignedAgency {
    /// The words a place's level is printed with when a name opens with the level alone (县教育局, 区卫健局, 市政府办公室).
    private static let bareLevels: [Character] = ["省", "市", "县", "縣", "区", "區", "州", "旗", "盟"]
    /// Words opening with a level's character that are no level (市场监督管理局, 市政工程处, 区域…).
    private static let levelLikeWords = ["市场", "市政工程", "市政设施", "市容", "区域", "州府"]

    /// The words a department's name ends with: a name of these alone with no place's level in it is a department's
    /// common name (住建局, 农业农村局, 卫生健康委员会). A body's own name may hold a place without a level (義烏工商職業技術學院,
    /// 蒋湖农场): not such a name.
    private static let departmentEnds = ["局", "委员会", "委", "办公室", "厅", "办"]

    /// Whether a name says no place: a department's common name with none of a place's levels in it (农业农村局), or a
    /// level with no place's name before it (县教育局). A national body is named without one (自然资源部, 海关总署,
    /// 国家税务总局, 中国人民银行).
    static func printsNoPlace(_ name: String) -> Bool {
        let plain = LabelText.simplifying(name)
        if ["国家", "国务院", "中国", "中华", "全国"].contains(where: plain.hasPrefix)
            || ["部", "总局", "总署", "署"].contains(where: plain.hasSuffix) { return false }
        if plain.range(of: #"[省市县区旗盟州镇乡]|街道"#, options: .regularExpression) == nil {
            return departmentEnds.contains(where: plain.hasSuffix)
        }
        guard let first = name.first, bareLevels.contains(first) else { return false }
        return !levelLikeWords.contains(where: plain.hasPrefix)
    }

    /// `name` with the place the office to contact prints before exactly the same name (请与资溪县农业农村局联系 under
    /// 农业农村局2020年度…报告, 资溪 2020): the report's own body, with its place. Not a contact of another body
    /// (某县人民政府办公室), nor one whose name goes on after it (某县农业农村局办公室: compared whole).
    static func withContactsPlace(_ name: String, contact: String?) -> String? {
        guard printsNoPlace(name), let contact, contact.count > name.count else { return nil }
        let plainName = LabelText.simplifying(name), plainContact = LabelText.simplifying(contact)
        guard plainContact.hasSuffix(plainName) else { return nil }
        let place = String(contact.dropLast(name.count))
        // The place is a place's name (资溪县), not a level alone nor another body's (某局下属…).
        guard place.count >= 2, let last = place.last, bareLevels.contains(last) || ["镇", "乡", "鎮", "鄉"].contains(last),
              isAgencyName(place + name) else { return nil }
        return place + name
    }

    /// What the refusal says of a title naming no place.
    static func placelessTitleClue(_ name: String) -> String {
        "its title names it “\(name)”, without the place it serves, and neither its preamble, its signature nor its office to contact prints that place"
    }
}
