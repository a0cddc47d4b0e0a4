import Foundation

extension SignedAgency {
    /// The name on the line above a title naming no one, where it is a government's (`金口河区人民政府` over `2025年度政府信息公开年报`,
    /// a 区交通运输局's 2025 report on jkh.gov.cn) and the report's publishing sentence names one of that government's departments
    /// by its level's word alone (`现将本年度区交通运输局政府信息公开情况公布如下`, the page's `信息来源:区交通运输局`): the page's
    /// header, the site's name, not the publisher's. Nil where the line above may be the publisher (no such sentence, or one
    /// naming the government, its office, or a body of another level).
    static func sitesGovernment(above title: ReportTitle, publisher: String?) -> String? {
        guard title.nameIsLineAbove, let name = title.agencyName, let publisher,
              let match = LabelText.simplifying(name).firstMatch(of: /^\p{Han}{2,12}?([市县区旗])人民政府$/),
              publisher.first == match.output.1.first, !publisher.contains("政府"), isAgencyName(publisher, shortest: 3) else { return nil }
        return name
    }
}
