/// How a form's narratives state the figures its tables hold: which words
/// name which table quantity, which words make a figure approximate or about
/// something else. Read from the form file (`narrativeClaims:`); one engine
/// in PortalChecks matches them against every narrative.
public struct NarrativeClaims: Sendable, Hashable {
    /// The quantities a narrative may state, each with its phrases.
    public var claims: [NarrativeClaim]
    /// Words just before a number that make it approximate (约, 近, 超过).
    public var approximateBefore: [String]
    /// Words just after a number (before or after its unit) that make it
    /// approximate (余, 多, 左右).
    public var approximateAfter: [String]
    /// Words that, anywhere in the clause, put its figure out of scope: a
    /// part of the whole (其中), a comparison (同比), another kind of request (咨询).
    public var outOfScope: [String]
    /// Characters read as another before matching, one for one (traditional
    /// characters in mirrored reports: 請 → 请), so positions do not move.
    public var folding: [Character: Character]
    /// Words that, anywhere in the sentence up to a figure's clause, make
    /// the verbs about something other than applications for information:
    /// “区长信箱”共受理来信6件，已办结6件 (letters, hotlines, proposals).
    public var otherMatters: [String] = []
    /// Words of `outOfScope` that make a figure a part of a whole (其中),
    /// and the claims whose figure is still the table's after them, as in a
    /// list of outcomes (其中予以公开5件): read as probable (a warning).
    public var partWords: [String] = []
    public var listedParts: [String] = []
    /// Claims after whose certain figure a list of `listedParts` is the
    /// rows' own (办结12件，其中予以公开5件、部分公开3件): an error, not a warning.
    public var listedAfter: [String] = []
    /// Claims whose figure in the clause right after a part word standing
    /// alone (…结转上年度办理3件。其中，答复…75件) is probable: the part may
    /// be one year's applications, not the table's total.
    public var probableAfterPartWord: [String] = []
    /// Sub-rows read after 其中 as parts too (无法提供4件，其中本机关不掌握
    /// 相关政府信息2件: probable), but never taken for an unread part's outcome.
    public var listedSubRows: [String] = []
    /// Words right after a sub-row's reason (past a closing quote) that make
    /// it one reason among others: 因“属于国家秘密”等原因不予公开21件 (渭南市
    /// 2023) is the row's figure, the reason then names nothing.
    public var otherReasons: [String] = []
    /// Words ending a list of ways in (通过信函、电子邮件等方式受理…申请2件 —
    /// 东城区审计局 2024): the ways listed before them are every way, not one
    /// channel, so a claim's `unless` or `unlessBeforeFigure` word among them
    /// does not put the figure out; it is read as probable.
    public var everyWayWords: [String] = []
    /// Words saying every application of a total came one way (收到依申请公开
    /// 信件2件，均为网络申请 — 宁夏应急管理厅 2023): a channel right after one
    /// names no part, so it does not put the total out where the sentence is
    /// searched for another way in.
    public var allOfTotalWords: [String] = []
    /// Claims whose bare phrases may take their `certainWith` words from the
    /// sentence before (收到依申请公开件1件。涉及复议0件: probable then).
    public var bareAfterSentence: [String] = []
    /// Appeals' totals whose figure after a part word in its clause is read,
    /// probable (其中涉及行政复议4件 after 答复办理…申请56件 — 嵊州市政府办 2022):
    /// the appeals a part of the year's applications led to, perhaps not all
    /// table 四 counts; their outcomes after it in the sentence are probable too.
    public var appealsOfAPart: [String] = []
    /// Words opening a part of the appeals named by the answer appealed (涉及, 针对: …被申请行政复议5件，其中，维持2件，
    /// 涉及不予公开3件): a clause opening with one, in a chain of the appeals' parts and outcomes after their
    /// total, counts appeals, not table 三's applications.
    public var appealedAnswerWords: [String] = []
    /// Rule narrative-change: words that make a figure a change from last
    /// year (同比, 较上年), the verbs of a rise (增长, 增加) and of a fall
    /// (下降, 减少) just before it, and words that make it the change of
    /// something else (办结率, 百分点).
    public var lastYearWords: [String] = []
    public var riseWords: [String] = []
    public var fallWords: [String] = []
    public var notChangeWords: [String] = []
    /// Claim ids whose table value a share (占X%) may be a share of.
    public var shareOf: [String]
    /// Words that introduce the statistics period (统计期限): every year in
    /// the rest of the sentence is the report's.
    public var periodWords: [String] = []
    /// The report's own title after a year (2021年政府信息公开工作年度报告):
    /// that year is the report's.
    public var reportTitles: [String] = []
    /// Words just before such a year that make it another report's
    /// (发布2020年政府信息公开工作年度报告).
    public var otherReportWords: [String] = []
    /// Words that, in the sentence before a figure, make it the report
    /// year's (本年, 全年), so that a claim's `inYear` words do not put it
    /// out of scope (2021年累计收到申请6件), unless words of a span of
    /// years are there too (`acrossYearWords`: 自…以来, 历年, 截至).
    public var thisYearWords: [String] = []
    public var acrossYearWords: [String] = []
    /// Part of the year (2021年1月至11月, 1-11月, 截至11月底): a month before
    /// December after one of `monthSpanWords` or before one of
    /// `monthEndWords`, in the sentence before a figure, puts it out.
    public var monthSpanWords: [String] = []
    public var monthEndWords: [String] = []
    /// Words of a period other than the report's year (上半年, 季度, 近三年): in a clause stating no figure before a
    /// figure's clause in its sentence — a time heading the sentence, 2021年上半年，共收到…申请5件 — they put the
    /// figures after them out, unless the figure's clause names the year itself (全年, 本年).
    public var otherPeriodWords: [String] = []
    /// Agency names holding a claim's `unless` words (行政审批服务局, 信访局):
    /// read as a name, not as the matter those words are about.
    public var agencyNames: [String] = []
    /// Words of a government's whole area (全区, 全市): in the report of an
    /// agency that is not that government (a department, a 街道), a figure
    /// in their sentence is the region's, not the agency's table (probable).
    public var regionWords: [String] = []
    /// Region words a zone's own body (a 开发区's 管委会, a 高新区 named alone: `Agency.Kind.namesAZone`) names itself
    /// with (我区): in its report no region's word, its figures its own as before; in any other agency's (a 区's
    /// department, a 街道) the region's.
    public var zoneSelfWords: [String] = []
    /// Verbs of a task the agency sets the region's bodies (组织, 指导, 按照):
    /// a region word after one in its clause is the task's object, not the
    /// subject of the figures after it (组织各镇（街道）开展培训，全年共受理申请12件
    /// is the department's own 12), unless its clause states figures after it.
    public var taskVerbs: [String] = []
    /// Words naming the government's own level apart from its region
    /// (区政府本级, 市本级): a narrative naming it tells the region's figures
    /// from the level's own (全区共受理申请公开800件…区政府本级共受理206件 —
    /// 东城区 2023), so in a government's report too a figure in a sentence
    /// of `regionWords` is the region's, probable at most.
    public var ownLevelWords: [String] = []
    /// Words of applications, appeals and their handling (申请, 受理, 复议):
    /// a level's word scopes the figures (of the report, and of a sentence in
    /// a department's report) only where one of these follows it in its
    /// clause (区政府本级共受理206件), not where it names another matter of
    /// the level (对旗本级有关信息进行收集 — 乌拉特前旗 2021; 其中区政府本级文件
    /// 344件 — 东城区 2023). Empty: every level's word scopes.
    public var ownLevelFigureWords: [String] = []
    /// Words of the reporting agency naming itself (我局, 本机关): in a
    /// department's report a sentence naming it after the region's
    /// (全市共收到…100件。我局收到12件) states the agency's own figures, so
    /// the region's scope carries no further, and a figure after it (where
    /// one of `ownLevelFigureWords` follows it in its clause: 其中我局受理12件)
    /// is the agency's, not the region's.
    public var ownAgencyWords: [String] = []
    /// Words naming a part of the whole's agencies (部门, 乡镇) opening a
    /// clause with that part's figures (政府新收…2件；部门新收…4件 — 荔浦市
    /// 2022): the sentence, to its full stop, splits the whole, so each of
    /// its figures is probable at most. Where one of `ownLevelFigureWords`
    /// and a figure follow the word in its clause; inside a clause
    /// (县政府及相关部门共受理…) the word names the whole.
    public var partAgencyWords: [String] = []
    /// Phrases of a preamble saying the report is compiled from the whole
    /// region's (汇总…编制: 本报告…汇总南平市各县（市、区）、市政府各有关部门
    /// 政府信息公开工作情况编制而成 — 南平市 2012), each word in order within
    /// one sentence: a government's report so scoped is the region's, so its
    /// region's figures are its tables' own and a figure after one of
    /// `ownLevelWords` (区政府本级共受理206件) is the level's, probable.
    public var regionReportWords: [String] = []
    /// Phrases of a preamble saying the report is the government's own
    /// level (本级政府（机关）信息公开年度报告 — 湖里区 2018): as a narrative
    /// naming one of `ownLevelWords`, the region's figures are the region's.
    public var ownLevelReportWords: [String] = []
    /// Words that hold a scoping word without its sense: 今年以来 is the
    /// year so far (not 以来, a span of years), 申请办件 an application's
    /// file (not 办件, another matter's). A scoping word (`outOfScope`,
    /// `acrossYearWords`, `otherMatters`) inside one of them puts nothing out.
    public var notScopingWords: [String] = []
    /// Words naming the applicant (申请人): a `none` phrase's 申请 is not
    /// looked for inside them, so 未收到申请人不满意评价 states no none of
    /// applications, while 未收到申请人提出的…申请 (its own 申请 after) still does.
    public var applicantWords: [String] = []
    /// Words listing every kind of applicant (公民、法人或其他组织: the
    /// table's columns together), read as no kind: the kinds inside them
    /// (自然人, 法人) name no column's part and put no total out, so 收到
    /// 自然人、法人或其他组织…申请0件 (卫子镇 2022) is the total.
    public var everyApplicantWords: [String] = []
    /// A government's report quoting a region above its own level (2021年，全省共收到…申请5000件 in a 市's or a 县's
    /// report): the words of such regions, by the level its name ends with once `governmentNameSuffixes` are left off
    /// (临夏回族自治州永靖县人民政府: 县). A figure they scope is that region's, probable at most, as a department's.
    public var higherRegions: [HigherRegion] = []
    public var governmentNameSuffixes: [String] = []

    public init(claims: [NarrativeClaim] = [], approximateBefore: [String] = [], approximateAfter: [String] = [],
                outOfScope: [String] = [], folding: [Character: Character] = [:], shareOf: [String] = []) {
        self.claims = claims
        self.approximateBefore = approximateBefore
        self.approximateAfter = approximateAfter
        self.outOfScope = outOfScope
        self.folding = folding
        self.shareOf = shareOf
    }

    public func claim(_ id: String) -> NarrativeClaim? {
        claims.first { $0.id == id }
    }
}

/// One quantity of the tables a narrative may state, e.g. 本年新收申请 =
/// 三 一 总计, and the phrases that name it.
public struct NarrativeClaim: Sendable, Hashable {
    public enum Unit: String, Sendable, Hashable {
        /// 件, 个, 起…
        case count
        /// 万元
        case tenThousandYuan
    }

    public var id: String
    /// The quantity in the report's words, for messages: 本年新收申请.
    public var label: String
    /// The cells that add up to the quantity.
    public var cells: [CellRef]
    public var unit: Unit
    /// Phrases before the number that name the quantity unambiguously
    /// (a mismatch is an error). `…` stands for a short gap: 受理…申请.
    public var phrases: [String]
    /// Phrases that probably name it (a mismatch is a warning).
    public var weakPhrases: [String]
    /// Phrases right after the number's unit that name it: 58件顺延到下年度.
    public var after: [String]
    /// Phrases that state the quantity is zero: 未收到…申请.
    public var none: [String]
    /// Words that, in the clause, mean the phrase is about something else
    /// (收到行政复议申请 is not an application for information).
    public var unless: [String]
    /// Words of which one must be in the sentence before a figure for its
    /// phrase to be unambiguous (信息公开 for 行政复议: an agency's reviews
    /// of every kind are another figure); without them, a warning.
    public var certainWith: [String] = []
    /// Words of which one must be the last of every claim's `kindOf` words
    /// in the sentence before the figure, and the only kind named there,
    /// for the phrase to name this quantity: 维持2件 is 行政复议 结果维持
    /// after 被申请行政复议3件, 复议后起诉 结果维持 after 复议后起诉1件, and
    /// nothing after 行政复议2件、行政诉讼1件 (either may be meant).
    public var kindOf: [String] = []
    /// Phrases (`…` a gap) that, anywhere in the sentence before the figure,
    /// mean it is about something else: 受理行政复议2件，维持2件 is a review
    /// body's caseload.
    public var unlessBefore: [String] = []
    /// Words that, later in the same sentence after the figure, make it
    /// one outcome among others: 受理12件，答复7件，不予受理4件 (答复 is
    /// not every application closed).
    public var unlessAfter: [String] = []
    /// Words that, in the figure's own clause before it, make it a count of
    /// one part (全年在线受理申请5件, 收到网上政府信息公开申请5件: a channel);
    /// after the figure they do not (收到0件申请和通过网上提交的…).
    public var unlessBeforeFigure: [String] = []
    /// Words that, in the figure's clause, make the phrase only probable,
    /// where no `unless` word is anywhere in the sentence: 通过依申请公开平台
    /// 收到申请6件 is the total when the platform is the only way named.
    public var probableWith: [String] = []
    /// Words that, anywhere in the sentence, put a probable figure out: the
    /// other ways in (通过平台收到申请6件，通过信函收到2件). Empty: the
    /// claim's `unless` words. Narrower than `unless`, which is looked for in
    /// the figure's clause only: 复议 of a later none (…信件2件，…，没有…
    /// 被申请行政复议) says nothing of the letters' total.
    public var probableUnless: [String] = []
    /// Words of `outOfScope` that are no longer so in a sentence about the
    /// report's year (累计 for received: 本年累计收到申请6件 is 本年新收).
    public var inYear: [String] = []
    /// Phrases too short to name the claim anywhere (复议, 诉讼): they name
    /// it only right before the figure (涉及复议0件、诉讼0件) in a sentence
    /// with a `certainWith` word.
    public var barePhrases: [String] = []
    /// Words just after the figure (past （ or ，) that make it this
    /// quantity together with last year's, read as the claim `includingAs`:
    /// 受理申请15件（含上年结转3件） is 一 + 二, not 一.
    public var including: [String] = []
    public var includingAs: String?
    /// Words opening a bracket right after the figure, without `including`'s
    /// 含: the bracket may count last year's within the figure or beside it
    /// (收到申请1466件（上年度结转16件，结转下年度9件）), so the figure is only probable.
    public var bracketed: [String] = []
    /// Phrases that, after a figure of the claim `allOf` in the same
    /// sentence and before any other figure, state this quantity equals it:
    /// 被申请行政复议2件，均维持原行政行为 (行政复议 结果维持 = 行政复议 总计).
    public var all: [String] = []
    public var allOf: String?

    public init(id: String, label: String, cells: [CellRef], unit: Unit = .count, phrases: [String] = [],
                weakPhrases: [String] = [], after: [String] = [], none: [String] = [], unless: [String] = []) {
        self.id = id
        self.label = label
        self.cells = cells
        self.unit = unit
        self.phrases = phrases
        self.weakPhrases = weakPhrases
        self.after = after
        self.none = none
        self.unless = unless
    }
}

/// The regions above a government whose name ends with one of `levels` (县, 区) but none of `except` (自治区): `words`
/// (全省, 全市) scope figures not its own.
public struct HigherRegion: Sendable, Hashable {
    public var levels: [String]
    public var except: [String]
    public var words: [String]

    public init(levels: [String], except: [String] = [], words: [String]) {
        self.levels = levels
        self.except = except
        self.words = words
    }

    /// Whether a government named `name` (its suffixes left off) is of one of the levels.
    public func holds(forLevelNamed name: String) -> Bool {
        levels.contains(where: name.hasSuffix) && !except.contains(where: name.hasSuffix)
    }
}
