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
    /// Words of a rate that says how many applications were closed
    /// (办结率, 答复率, 办复率): 100% while applications are carried over
    /// to next year is a contradiction.
    public var closedRates: [String] = []
    /// Rule narrative-figure: the kinds of applicant a part after a total
    /// may name (其中自然人申请8件、法人或其他组织申请4件), each with its
    /// columns of table 三; the parts are read in the total's row.
    public var columnParts: [NarrativeColumnPart] = []
    /// Claim ids whose parts by column are read (本年新收, 办结, 上年结转).
    public var columnTotals: [String] = []
    /// Words a part may hold besides its kind (申请, 提出, 的): anything
    /// else makes it another figure (其中自然人申请予以公开3件).
    public var columnFillers: [String] = []
    /// Words that make a kind the whole of the total (均为自然人申请).
    public var columnAll: [String] = []
    /// Words right before a part's share when it states no figure
    /// (自然人申请占比90%): the share of its column in the total's row.
    public var columnShareWords: [String] = []

    public init() {}
}

/// A kind of applicant as a narrative names it (自然人, 公民, 法人或其他组织,
/// 律师事务所) and the columns of the applications table it stands for.
public struct NarrativeColumnPart: Sendable, Hashable {
    public var words: [String]
    /// Column ids (naturalPersons; the five of 法人或其他组织).
    public var columns: [String]
    /// The label for messages: 自然人.
    public var label: String

    public init(words: [String], columns: [String], label: String) {
        self.words = words
        self.columns = columns
        self.label = label
    }
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
