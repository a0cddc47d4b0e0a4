import Foundation

/// The office to contact taken as the publisher of a report that prints no other name, where it cannot be another
/// body's: part 一's opening clause names exactly that body as its subject (冠县人社局 2023: no title, 请与冠县人力资源和
/// 社会保障局联系, then 一 opens `2023年,冠县人力资源和社会保障局认真贯彻…`). A contact alone is not a publisher (round
/// twenty-one: a 人民政府's report says 请与市政府办公室联系), and an office that speaks for a government is never taken,
/// whatever 一 says: its report may be the government's (保山市人民政府办公室 2024).
extension SignedAgency {
    /// The contact the text names, when part 一's first sentence opens with it and it is no office of a government's.
    static func contactOpeningPartOne(contact: String?, partOne: ArraySlice<SourceLine>) -> String? {
        guard let contact, !speaksForAGovernment(contact), let clause = openingClause(of: partOne) else { return nil }
        let name = LabelText.simplifying(contact)
        guard clause.hasPrefix(name) else { return nil }
        // 冠县人力资源和社会保障局办公室…, …局和县医保局…, …局所属单位…: a longer name or another body than the contact.
        let rest = clause.dropFirst(name.count)
        return lengthenings.contains(where: rest.hasPrefix) ? nil : contact
    }

    /// The bodies a government's report may name as its office to contact (请与市政府办公室联系, 请与县政务服务中心联系,
    /// 请与丽水市人民政府办公室政府信息公开中心联系): a 人民政府's 办公室 or 办公厅 (政府办 is in both), a 乡镇's 党政办,
    /// a 政务服务, 政务公开 or 政府信息公开 body, a 领导小组's office.
    static func speaksForAGovernment(_ name: String) -> Bool {
        ["政府办", "党政办", "政务服务", "政务公开", "政府信息公开", "政务数据", "大数据", "领导小组"]
            .contains(where: name.contains)
    }

    /// Words after a name that make it another body's: a division of it, a second body, its units.
    private static let lengthenings = nameEnds + ["党组", "党委", "所属", "下属", "直属", "机关", "系统", "各", "和", "与", "及", "、", "（", "("]

    /// Part 一's first sentence's first clause, past its year (2023年, 2023年度), in simplified characters: the first line
    /// under the heading that holds a sentence's punctuation (a sub-heading alone, （一）政府信息公开基本情况, holds none).
    private static func openingClause(of partOne: ArraySlice<SourceLine>) -> String? {
        for line in partOne.dropFirst() where line.cells == nil {
            let text = foldedText(line)
            guard text.contains(where: { "。，,；;".contains($0) }) else { continue }
            var sentence = Substring(text)
            if let year = sentence.range(of: #"^(19|20)[0-9]{2}年度?(以来)?[，,]?"#, options: .regularExpression) { sentence = sentence[year.upperBound...] }
            return String(sentence.prefix { !"。，,；;：:".contains($0) })
        }
        return nil
    }
}
