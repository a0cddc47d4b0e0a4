import Foundation
import PortalModel

/// A folder name for a new agency, made from the official name it prints,
/// so that a folder of reports imports without a names file:
/// 杭州市钱塘区人民政府下沙街道办事处 → `hangzhoushi-qiantangqu-renminzhengfu-xiashajiedaobanshichu`.
/// Pinyin comes from ICU's Han-Latin transliteration (Foundation's
/// `applyingTransform`), tones dropped; the name is cut into words after the
/// units of its place in the hierarchy (市, 区, 人民政府, 街道…) so the
/// address reads as the name does.
enum AgencySlug {
    /// Words that end a part of an agency's name, longest first.
    static let partEnds = ["街道办事处", "人民政府", "办事处", "自治区", "自治州", "自治县", "委员会", "街道", "苏木",
                           "地区", "省", "市", "州", "盟", "区", "县", "旗", "镇", "乡"]

    /// Words that begin with a unit's character but are not that unit.
    static let wordsStartingWithAUnit = ["市场", "市政", "市容", "市府", "区域", "县城", "州府", "乡村", "乡镇"]

    /// The slug for `name`, or nil when it holds nothing to spell one with.
    /// `taken` holds the slugs in use by other agencies: a clash gets `-2`, `-3`….
    static func derived(from printed: String, taken: Set<String>) -> String? {
        // A name in traditional characters (a 繁體 mirror's 徐聞縣公安局) is spelled as its simplified form: 縣 and 區 end
        // parts as 县 and 区 do, and Han-Latin reads 重慶 and 廈門 zhongqing and shamen, 重庆 and 厦门 chongqing and xiamen.
        // (`LabelText.simplified` leaves out the characters simplified text also uses: 乾安县 stays, ICU's
        // Traditional-Simplified would make it 干安县.)
        let name = LabelText.simplifying(Agency.Kind.simplifiedEndings(printed))
        let words = parts(of: name).compactMap(spelled).filter { !$0.isEmpty }
        guard !words.isEmpty else { return nil }
        var base = words.joined(separator: "-")
        if base.count > 80 { base = String(base.prefix(80)).trimmingCharacters(in: CharacterSet(charactersIn: "-")) }
        guard taken.contains(base) else { return base }
        return (2...).lazy.map { "\(base)-\($0)" }.first { !taken.contains($0) }
    }

    /// The name cut after each part's last word (a part is at least two
    /// characters, so 市 in 杭州市市场监督管理局 ends 杭州市 but not 市场…).
    static func parts(of name: String) -> [String] {
        let characters = Array(name)
        var parts: [String] = []
        var start = 0, index = 0
        while index < characters.count {
            let rest = String(characters[index...])
            if let end = partEnds.first(where: { rest.hasPrefix($0) }) {
                let stop = index + end.count
                // 市场, 市政, 区域, 县城: a unit character that starts a word of its own;
                // 杭州市: 州 is part of the place's name when a unit follows it.
                let startsWord = end.count == 1 && wordsStartingWithAUnit.contains { rest.hasPrefix($0) }
                let after = String(characters[stop...])
                let unitFollows = end.count == 1 && partEnds.contains { $0.count == 1 && after.hasPrefix($0) }
                    && !wordsStartingWithAUnit.contains { after.hasPrefix($0) }
                if stop - start >= 2, !startsWord, !unitFollows {
                    parts.append(String(characters[start..<stop]))
                    start = stop
                    index = stop
                    continue
                }
            }
            index += 1
        }
        if start < characters.count { parts.append(String(characters[start...])) }
        return parts
    }

    /// Places whose names ICU reads otherwise than they are called (厦门 as shàmén), each with characters ICU reads as the
    /// place is called (夏门: xiàmén): the common readings of the characters, not the places'.
    static let placeReadings: [(name: String, readAs: String)] = [
        ("厦门", "夏门"), ("六安", "陆安"), ("蚌埠", "泵埠"), ("番禺", "潘禺"), ("涡阳", "郭阳"), ("铅山", "沿山"), ("乐亭", "涝亭"),
        ("东阿", "东婀"), ("洪洞", "洪同"), ("单县", "善县"), ("长子", "掌子"), ("蔚县", "玉县"), ("枞阳", "宗阳"), ("犍为", "前为"),
        ("筠连", "军连"), ("西藏", "西葬"),
    ]

    /// One part in plain lower-case ASCII: pinyin without tones or spaces.
    static func spelled(_ part: String) -> String? {
        var part = part
        for (name, reading) in placeReadings where part.contains(name) { part = part.replacingOccurrences(of: name, with: reading) }
        // ICU reads 长 as zhǎng (to grow); in a place's name it is cháng (长沙, 长春, 长安区, 延长县).
        part = String(part.map { $0 == "长" || $0 == "長" ? "常" : $0 })
        // ICU reads 都 as dōu (all); ending a place's name it is dū (丰都县, 成都市, 江都区, 花都区).
        part = part.replacingMatches(ofPattern: #"都(?=[县市区镇乡])"#, with: "督")
        // ICU reads 勒 as lēi (to tie); in the places' names it spells it is lè (锡林郭勒盟, 温图高勒苏木, 阿勒泰).
        part = String(part.map { $0 == "勒" ? "乐" : $0 })
        guard let latin = part.applyingTransform(.toLatin, reverse: false)?
            .applyingTransform(.stripDiacritics, reverse: false) else { return nil }
        return String(latin.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }.map(Character.init))
    }
}
