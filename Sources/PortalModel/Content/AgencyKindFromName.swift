import Foundation

extension Agency.Kind {
    /// The kind an official name says: …街道办事处, …镇/乡人民政府 (内蒙古's 苏木, a 乡: …苏木人民政府; 宾县三宝乡政府, its
    /// contact's short form), …人民政府,
    /// …局/委员会/办公室 (a department).
    public static func from(name: String) -> Agency.Kind {
        if name.hasSuffix("街道办事处") || name.hasSuffix("街道") { return .subdistrict }
        if name.range(of: #"(镇|乡|苏木)((人民)?政府)?$"#, options: .regularExpression) != nil { return .town }
        if name.hasSuffix("人民政府") { return .government }
        if isRegionAlone(name) { return .government }
        if name.range(of: #"(局|委员会|委|办公室|办|厅|中心|署)$"#, options: .regularExpression) != nil { return .department }
        return .other
    }

    /// A county, banner, city or district named alone (江永县, 塔城市, 晋安区: a title 江永县2023年…报告): the region's own
    /// report, its government's, as 某县人民政府 would say; a zone or park of a region (高新技术产业开发区, 示范区, 园区,
    /// 新区, 片区; a customs district, 某海关关区) is a body of its own, still `other`.
    public static func isRegionAlone(_ name: String) -> Bool {
        name.range(of: #"(县|旗|市|区)$"#, options: .regularExpression) != nil
            && name.range(of: #"(开发|园|示范|保税|合作|试验|实验|高新|新|片|景|功能|管理|矿|林|特|度假|经济|综合|产业|关)区$"#,
                          options: .regularExpression) == nil
    }
}
