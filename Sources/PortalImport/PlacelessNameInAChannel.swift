import Foundation

/// A placeless title's name printed with words before it only as a channel's name (`主要通过“德安县政府信息公开平台”以及
/// 德安县应急管理局微信公众号的形式给予公开`, under `县应急管理局2020年…报告`, 德安 2020). Said in the refusal, not taken: in
/// running text the words before the name run on into the sentence's (以及德安, 及德安 or 德安?), and no list of places
/// says where the place starts; a channel's owner is no byline either (round sixty-nine's website owner is said so too).
struct PlacelessNameInAChannel: Equatable {
    /// The clause that prints it, from the last stop, quote or bracket before it to the channel's word.
    let words: String
    let line: Int

    /// The words, for the refusal.
    func said(_ name: String) -> String {
        "the text prints “\(name)” with words before it only in a channel's name, “\(words)” (line \(line)), where the importer cannot tell which of those words are its place"
    }

    /// The channels a body is named as the owner of.
    /// (A work group's chat, 宣汉县退役军人事务局工作QQ群 (宣汉 2019), is one too.)
    private static let channels = #"(微信公众号|微信公众平台|公众号|政务微博|微博|门户网站|网站|官网|(工作)?(QQ|ＱＱ|微信)群)"#

    /// The first line printing `name` after at least one Chinese character (not a joining word's) and before a channel's word.
    static func find(_ name: String, in lines: ArraySlice<SourceLine>) -> PlacelessNameInAChannel? {
        let plainName = LabelText.simplifying(name)
        guard SignedAgency.printsNoPlace(name),
              // (A word joining the name to the sentence, 以及县应急管理局微信公众号, is no place's end: 及, 和, 通过…)
              let pattern = try? NSRegularExpression(pattern: #"[^\s。，,；;：:、“”"《》（）()]*\p{Han}(?<![及和与的在过由向对从以我本全该各])"#
                                                     + NSRegularExpression.escapedPattern(for: plainName) + channels)
        else { return nil }
        for line in lines {
            let plain = LabelText.simplifying(line.text)
            guard plain.contains(plainName), let match = pattern.firstMatch(in: plain, range: NSRange(plain.startIndex..., in: plain)),
                  let range = Range(match.range, in: plain) else { continue }
            // Printed as the page prints it (a 繁體 mirror's characters), character for character.
            let start = plain.distance(from: plain.startIndex, to: range.lowerBound), count = plain[range].count
            return PlacelessNameInAChannel(words: String(line.text.dropFirst(start).prefix(count)), line: line.position.line)
        }
        return nil
    }
}
