import PortalModel

/// A university's report under 高等学校信息公开办法 (中山大学2021—2022学年信息公开年度报告: a school year's, or a calendar
/// year's to its close in autumn,
/// 一、概述 … 依申请公开和不予公开情况, no national tables): another regime's report, which no form describes.
/// Said as such, not as a government report missing five sections.
enum SchoolYearReport {
    static func refusal(_ lines: [SourceLine], forms: [FormDefinition], path: String) -> Diagnostic? {
        let opening = lines.prefix(40).filter { $0.cells == nil }
        let schoolYear = { (line: SourceLine) in
            line.text.filter { !$0.isWhitespace }.range(ofPattern: #"(19|20)[0-9]{2}[-—–－~至]+(19|20)[0-9]{2}学年"#) != nil
        }
        guard let line = opening.first(where: { line in
            // (The regime misnamed, 《高等学院信息公开办法》(教育部令第29号), or its yearly report named as the 高校's: nczy.edu.cn's 2025.)
            line.text.filter { !$0.isWhitespace }.range(ofPattern: #"高等学[校院]信息公开办法|高校信息公开年度报告"#) != nil || schoolYear(line)
        }), !forms.contains(where: { EarlierFormat.printsTables($0, lines) }) else { return nil }
        // A school year's (2021—2022学年) only where the page prints one: a 职业学院's 2025 runs from January to 31 October.
        let period = opening.contains(where: schoolYear) ? "a school year's, " : ""
        return .error(.importNoReport, at: SourceLocation(path: path, line: line.position.line),
            "the file is a school's report under 高等学校信息公开办法 (\(period)“\(line.text.trimmingCharacters(in: .whitespaces).prefix(40))”), not a government information disclosure annual report in the national format: no form describes it",
            hint: "leave it out; if the school also publishes a 政府信息公开工作年度报告 in the national format (国办公开办函〔2021〕30号), import that one")
    }
}
