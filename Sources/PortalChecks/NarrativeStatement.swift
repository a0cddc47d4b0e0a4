import Foundation
import PortalModel

/// What one place of a narrative states about a table quantity.
struct NarrativeStatement {
    var claim: NarrativeClaim
    var value: Decimal
    /// The smallest step the printed figure tells apart (1 for 12件).
    var precision: Decimal
    /// Where the figure (or the 未/无 of a zero) is, in scalars.
    var range: Range<Int>
    /// Just after the figure's unit (the figure's own end for a zero).
    var unitEnd: Int
    /// True when the phrase names the quantity unambiguously.
    var certain: Bool
    /// Stated in words (未收到申请), not as 0.
    var writtenAsNone = false
    /// A share stated right after the figure: 占45.3%.
    var share: StatedNumber?
    /// One figure stated for each of the quantities listed before it
    /// (行政复议、行政诉讼各1件): each statement's kind is its claim's own.
    var distributed = false
    /// An appeal's total read after a part word (其中涉及行政复议4件): a part's,
    /// so its kind's outcomes after it in the sentence are probable too.
    var ofAPart = false
}
