import Foundation

/// A body part 一 names once only, opening one of its sentences, in a report that prints no publisher's name anywhere else
/// (抚远市生态环境局 2020: the passage opens at 一, `2020年,抚远市生态环境局认真贯彻…` once; 宣汉 2019: `县退役军人事务局自
/// 2019年3月15日挂牌成立以来…`, its county only in `宣汉县退役军人事务局工作QQ群`). Said in the refusal, never taken: a
/// sentence telling the year's work is no byline, and once is less than the twice a part 一's subject must be printed to be
/// said as the body whose work it tells (`subjectOfPartOne`).
struct NamedOnceInPartOne: Equatable {
    let name: String
    let line: Int
    /// The name prints no place (县退役军人事务局): which one, the text does not say.
    let placeless: Bool
    /// A placeless name printed with words before it only in a channel's name (`宣汉县退役军人事务局工作QQ群`).
    var channel: PlacelessNameInAChannel?

    /// The refusal's words.
    var message: String {
        placeless
            ? "part 一 opens one sentence only with “\(name)” (line \(line)), without its place (which \(name.prefix(1)), the text does not say)"
                + (channel.map { "; \($0.said(name))" } ?? "")
            : "part 一 opens one sentence only with “\(name)” (line \(line)), as the body whose work it tells: a sentence of the year's work is no byline (a report tells other bodies' work too), so the name is not taken as the publisher's"
    }

    /// The first name a clause of part 一 opens with: a name with its place (`openingName`), or a department's level and common
    /// name alone (`placelessOpeningName`); nil if no clause opens with one.
    static func find(in lines: ArraySlice<SourceLine>, channelsIn searched: ArraySlice<SourceLine>) -> NamedOnceInPartOne? {
        for line in lines where line.cells == nil {
            for clause in SignedAgency.clauses(of: line) {
                if let name = SignedAgency.openingName(clause) {
                    return NamedOnceInPartOne(name: name, line: line.position.line, placeless: false)
                }
                if let name = SignedAgency.placelessOpeningName(clause) {
                    return NamedOnceInPartOne(name: name, line: line.position.line, placeless: true,
                                              channel: PlacelessNameInAChannel.find(name, in: searched))
                }
            }
        }
        return nil
    }
}
