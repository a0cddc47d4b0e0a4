import Foundation
import PortalModel

/// One sentence's statements settled against each other: of one quantity stated twice, of a part's appeals'
/// outcomes, and of one value said twice.
extension NarrativeMatcher {
    /// The statements of a text, each once, with their certainty as their sentence allows: settled sentence by sentence,
    /// as every rule compares statements of one sentence — compared each with each over the whole text, a narrative of
    /// 3,000 figures took minutes to check.
    func settled(_ statements: [NarrativeStatement], in text: NarrativeText) -> [NarrativeStatement] {
        var sentences: [Int: [NarrativeStatement]] = [:]
        var starts: [Int] = []
        for statement in statements {
            let start = text.start(of: statement.range.lowerBound, ends: NarrativeText.sentenceEnds)
            if sentences[start] == nil { starts.append(start) }
            sentences[start, default: []].append(statement)
        }
        return starts.flatMap { settledInASentence(sentences[$0] ?? []) }.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// One sentence's statements settled against each other.
    private func settledInASentence(_ statements: [NarrativeStatement]) -> [NarrativeStatement] {
        var found = statements
        // 共办理申请6件……办结5件: where the sentence names a quantity for
        // certain, a probable phrase of it (办理) counts something else.
        let certain = found.filter(\.certain)
        found.removeAll { s in
            !s.certain && certain.contains { $0.claim.id == s.claim.id && $0.value != s.value }
        }
        // 全区共受理…，结转下年度办理39件，区政府本级…，结转下年度办理6件 (东城区
        // 2023): two figures of one quantity in a sentence cannot both be the
        // table's (the region's and the agency's own): each only probable.
        for index in found.indices where found[index].certain && certain.contains(where: { other in
            other.claim.id == found[index].claim.id && other.value != found[index].value
        }) {
            found[index].certain = false
        }
        // 其中涉及行政复议4件，被纠错2件 (嵊州市政府办 2022): the outcomes after a part's appeals are that part's.
        for index in found.indices where found[index].certain {
            guard let claim = claims.claims.firstIndex(where: { $0.id == found[index].claim.id }), let kind = kindOf[claim] else { continue }
            if found.contains(where: { part in
                part.ofAPart && totalKinds[part.claim.id] == kind && part.range.lowerBound < found[index].range.lowerBound
            }) { found[index].certain = false }
        }
        outcomesBeyondTheirTotal(in: &found)
        // 街道未收到政府信息公开申请，依申请公开受理量为0件 (马鞍山 某街道 2025):
        // a none and a figure, or two figures, saying one value of one claim in
        // a sentence are one statement, or a mismatch would be reported twice.
        // The certain one (else the first) is kept, with a share if either has one.
        var inOrder = found.sorted { $0.range.lowerBound < $1.range.lowerBound }
        guard inOrder.count > 1 else { return inOrder }
        var dropped = IndexSet()
        for later in 1..<inOrder.count {
            let statement = inOrder[later]
            guard let first = (0..<later).first(where: { !dropped.contains($0) && inOrder[$0].claim.id == statement.claim.id
                && inOrder[$0].value == statement.value }) else { continue }
            let (keep, drop) = statement.certain && !inOrder[first].certain ? (later, first) : (first, later)
            inOrder[keep].share = inOrder[keep].share ?? inOrder[drop].share
            dropped.insert(drop)
        }
        return dropped.isEmpty ? inOrder : inOrder.indices.filter { !dropped.contains($0) }.map { inOrder[$0] }
    }
}

extension NarrativeMatcher {
    /// 全区共发生行政复议案件120件，其中涉及政府信息公开行政复议4件，维持80件: table 四's outcomes of a kind add up
    /// to its total at most, so outcomes after a total of their kind in its sentence (up to the next one) adding up
    /// to more than it are not all that total's — the whole's, before the part, perhaps: none of them is certain.
    /// Each outcome counted once (a value said twice is one statement). `found`: one sentence's statements.
    func outcomesBeyondTheirTotal(in found: inout [NarrativeStatement]) {
        let kindOfClaim = { (s: NarrativeStatement) -> Int? in
            self.claims.claims.firstIndex { $0.id == s.claim.id }.flatMap { self.kindOf[$0] }
        }
        for total in found {
            guard let kind = totalKinds[total.claim.id] else { continue }
            let next = found.filter { totalKinds[$0.claim.id] == kind && $0.range.lowerBound > total.range.lowerBound }
                .map(\.range.lowerBound).min() ?? Int.max
            let outcomes = found.indices.filter { i in
                found[i].range.lowerBound > total.range.lowerBound && found[i].range.lowerBound < next
                    && kindOfClaim(found[i]) == kind
            }
            var seen = Set<String>()
            let sum = outcomes.reduce(Decimal(0)) { sum, i in seen.insert(found[i].claim.id).inserted ? sum + found[i].value : sum }
            guard sum > total.value else { continue }
            for i in outcomes { found[i].certain = false }
        }
    }
}
