import PortalModel

/// Whether a report was published by its deadline. A report without a
/// publication date is “date unknown”, never assumed on time.
public struct Timeliness: Sendable, Equatable {
    public enum Status: String, Sendable {
        case onTime = "on-time"
        case late
        case unknown
    }

    public var status: Status
    /// The day the report was due.
    public var deadline: CivilDate
    /// The day it was published, when known.
    public var published: CivilDate?
    /// Days after the deadline (0 when on time), when known.
    public var daysLate: Int?

    public init(published: String?, year: Int, deadline: Deadline) {
        self.deadline = deadline.due(forReportOf: year)
        self.published = published.flatMap(CivilDate.init)
        guard let date = self.published else {
            status = .unknown
            return
        }
        let days = date.dayNumber - self.deadline.dayNumber
        status = days > 0 ? .late : .onTime
        daysLate = max(days, 0)
    }

    /// As it was worked out (a build's cache keeps it).
    package init(status: Status, deadline: CivilDate, published: CivilDate?, daysLate: Int?) {
        self.status = status
        self.deadline = deadline
        self.published = published
        self.daysLate = daysLate
    }

    /// As pages say it: 按时发布, 逾期 3 天, 发布日期未知.
    public var label: String {
        switch status {
        case .onTime: "按时发布"
        case .late: "逾期 \(daysLate ?? 0) 天"
        case .unknown: "发布日期未知"
        }
    }
}
