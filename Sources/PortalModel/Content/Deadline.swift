/// When a report is due: a month and day of the year after the report's
/// year (政府信息公开条例 第四十九条). Kept as data in `site.yaml`
/// (`deadlines:`), keyed by agency kind, so a site can change them.
public struct Deadline: Sendable, Hashable, CustomStringConvertible {
    public var month: Int
    public var day: Int

    public init(month: Int, day: Int) {
        self.month = month
        self.day = day
    }

    /// `MM-DD`, e.g. `03-31`; nil when it is not a day of a leap year.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let month = Int(parts[0]), let day = Int(parts[1]),
              (1...12).contains(month), (1...CivilDate.days(inMonth: month, year: 2000)).contains(day) else { return nil }
        self.init(month: month, day: day)
    }

    public var description: String { CivilDate.twoDigits(month) + "-" + CivilDate.twoDigits(day) }

    /// The day a report for `year` is due: in the following year. (29
    /// February in a common year falls back to the 28th.)
    public func due(forReportOf year: Int) -> CivilDate {
        CivilDate(year: year + 1, month: month, day: min(day, CivilDate.days(inMonth: month, year: year + 1)))
    }

    /// 条例第四十九条: a government publishes its own level's report by 31
    /// March, its departments by 31 January. Subdistricts, towns and other
    /// bodies report to a government that publishes by 31 March, so they
    /// are due with departments.
    public static let defaults: [Agency.Kind: Deadline] = [
        .government: Deadline(month: 3, day: 31),
        .department: Deadline(month: 1, day: 31),
        .subdistrict: Deadline(month: 1, day: 31),
        .town: Deadline(month: 1, day: 31),
        .other: Deadline(month: 1, day: 31),
    ]
}

/// A calendar day without time or time zone: report dates are days, and
/// counting days between them must not depend on where the build runs.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`; nil for anything else, or a day that does not exist.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...Self.days(inMonth: month, year: year)).contains(day) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var description: String { "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day))" }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }

    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
