/// How narratives list the parts of a total (共收到申请50件，其中当面申请12件、
/// 网上申请30件、信函申请5件), for rule narrative-consistency. Read from the
/// form file (`narrativeBreakdowns:`): the words are the format's, so a new
/// format is a new file.
public struct NarrativeBreakdowns: Sendable, Hashable {
    /// Words that open a list of parts after a total: 其中, 分别为.
    public var openers: [String] = []
    /// The divisions whose kinds, listed together, make up the whole: how an
    /// application came in, who made it.
    public var divisions: [NarrativeDivision] = []
    /// Words of a part that belongs to whichever division the list is
    /// about: 其他形式, 其他组织.
    public var other: [String] = []
    /// Words between a total and its opener that make the total count last
    /// year's applications too (含上年结转3件): its parts may be of either.
    public var including: [String] = []
    /// Words between 占 and a share that make it a share of something other
    /// than the total stated (占全市申请总量的20%), unless the total's own
    /// clause says them too.
    public var otherBases: [String] = []
    /// Claim ids whose stated total the kinds of one division add up to
    /// (new applications, applications closed; not 上年结转 1件，其中… of both years).
    public var totals: [String] = []
    /// Words just before 办结率 that make it an on-time rate (按时办结率100%),
    /// which says nothing of applications carried over.
    public var onTime: [String] = []
    /// Words that say every application was closed (已全部办结, 均已办结):
    /// not so while the table carries applications over to next year.
    public var allClosed: [String] = []
    /// Words that, before them in the sentence, make them about a part or
    /// another year's applications (其余均已办结, 上年结转的2件已全部办结).
    public var allClosedUnless: [String] = []
    /// Words that, before a 办结率 in the sentence, make it another
    /// matter's rate (被申请行政复议2件，办结率100%).
    public var rateUnless: [String] = []

    public init() {}
}

/// One division of applications into kinds (channels: 当面, 网上, 信函…).
public struct NarrativeDivision: Sendable, Hashable {
    public var id: String
    public var kinds: [String]
    /// True when a list may leave kinds out (the outcomes of table 四: 其中维持3件、
    /// 纠正1件 of 5, the rest pending or other): its parts are only too many
    /// when they add up to more than the total.
    public var partial: Bool

    public init(id: String, kinds: [String], partial: Bool = false) {
        self.id = id
        self.kinds = kinds
        self.partial = partial
    }
}
