import Foundation
@testable import PortalRender
import Testing

/// The search shards are cut where their content says (`ShardCutter`), so
/// a rebuild patches the kept shards (`ShardPatch`) instead of writing
/// every one again; whatever it patches must be the bytes a clean cut
/// of the same documents makes.
@Suite("Search shards")
struct ShardPatchTests {
    /// A repeatable generator (SplitMix64).
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    /// Characters whose UTF-16 order differs from their code points' (a
    /// compatibility ideograph, U+F900…, against one beyond U+FFFF), and common ones.
    static let characters: [UInt32] = [0x4E00, 0x516C, 0x5F00, 0x8857, 0x9053, 0x9FA5, 0xF900, 0xF9DC, 0xFA2D, 0x2_0000, 0x2_0B9F, 0x3_0000]

    /// A vocabulary of bigrams and terms.
    static func vocabulary(_ random: inout Random, count: Int) -> [String] {
        var keys = Set<String>()
        while keys.count < count {
            if random.next(5) == 0 {
                let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
                keys.insert(String((0..<(1 + random.next(6))).map { _ in letters[random.next(letters.count)] }))
            } else {
                let first = random.next(3) == 0 ? characters[random.next(characters.count)] : UInt32(0x4E00 + random.next(3_000))
                let second = random.next(3) == 0 ? characters[random.next(characters.count)] : UInt32(0x4E00 + random.next(3_000))
                keys.insert(SearchTerms.bigramText(SearchTerms.bigram(first, second)))
            }
        }
        return keys.sorted()
    }

    static func document(_ keys: [String], _ random: inout Random, size: Int) -> SearchIndex.Document {
        var document = SearchIndex.Document()
        for _ in 0..<size { add(keys[random.next(keys.count)], to: &document, name: random.next(40) == 0) }
        // 公开 is in every document: its lists are bitmaps.
        add("公开", to: &document, name: false)
        return document
    }

    static func add(_ key: String, to document: inout SearchIndex.Document, name: Bool) {
        let scalars = Array(key.unicodeScalars)
        if scalars.count == 2, SearchTerms.isHan(scalars[0].value), SearchTerms.isHan(scalars[1].value) {
            let bigram = SearchTerms.bigram(scalars[0].value, scalars[1].value)
            if name { document.nameBigrams.insert(bigram) } else { document.textBigrams.insert(bigram) }
        } else if name {
            document.nameTerms.insert(key)
        } else {
            document.textTerms.insert(key)
        }
    }

    static func postings(_ documents: [SearchIndex.Document]) -> SearchPostings {
        var postings = SearchPostings()
        for (id, document) in documents.enumerated() { postings.add(document, id: Int32(id)) }
        return postings
    }

    /// 600 documents of 300 keys out of 20,000: about 400 KB of index, a dozen segments.
    static func corpus(seed: UInt64) -> (keys: [String], documents: [SearchIndex.Document], random: Random) {
        var random = Random(state: seed)
        let keys = vocabulary(&random, count: 20_000)
        let documents = (0..<600).map { _ in document(keys, &random, size: 300) }
        return (keys, documents, random)
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func aPatchCutsWhatACleanCutCuts(seed: UInt64) throws {
        var (keys, documents, random) = Self.corpus(seed: seed)
        let kept = SearchIndex.cut(Self.postings(documents))
        #expect(kept.count > 12)
        #expect(kept.allSatisfy { $0.count <= SearchIndex.shardBytes })
        // One document edited a little (a sentence added: a few keys, one new to the index), then
        // a few rewritten whole, then one emptied, then a key of every document taken out.
        var edits: [[Int]] = [[417], [3, 250, 599], [0]]
        edits.append([])
        for (round, ids) in edits.enumerated() {
            var changed: [(id: Int32, document: SearchIndex.Document)] = []
            let before = SearchIndex.cut(Self.postings(documents))
            for id in ids {
                var document = documents[id]
                switch round {
                case 0:
                    for key in ["新增", "word\(seed)", keys[random.next(keys.count)]] { Self.add(key, to: &document, name: false) }
                case 1: document = Self.document(keys, &random, size: 300)
                default: document = SearchIndex.Document()
                }
                documents[id] = document
                changed.append((Int32(id), document))
            }
            if round == 3 {
                for id in documents.indices {
                    documents[id].textBigrams.remove(SearchTerms.bigram(0x516C, 0x5F00))
                    changed.append((Int32(id), documents[id]))
                }
            }
            let clean = SearchIndex.cut(Self.postings(documents))
            let patched = try #require(ShardPatch.apply(to: before, changed: changed), "round \(round)")
            #expect(patched == clean, "round \(round)")
            if round == 0 {
                // A few keys changed: the shards of their segments only.
                let same = zip(before, patched).filter { $0 == $1 }.count
                #expect(same >= before.count - 6, "\(same) of \(before.count) shards kept")
            }
        }
    }

    @Test func aPatchWithNothingChangedKeepsEveryShard() throws {
        let (_, documents, _) = Self.corpus(seed: 7)
        let kept = SearchIndex.cut(Self.postings(documents))
        #expect(ShardPatch.apply(to: kept, changed: []) == kept)
        // The same keys, indexed again: nothing moves either.
        #expect(ShardPatch.apply(to: kept, changed: [(5, documents[5]), (6, documents[6])]) == kept)
    }

    @Test func keysCompareAsJavaScriptComparesThem() {
        var random = Random(state: 11)
        let keys = Self.vocabulary(&random, count: 400) + ["a", "ab", "b", "\u{F900}", "\u{20000}", "\u{FFFD}", "z\u{F900}", "z\u{20000}"]
        for a in keys {
            for _ in 0..<20 {
                let b = keys[random.next(keys.count)]
                let order = SearchEntry.order(Array(a.utf8)[...], Array(b.utf8)[...])
                #expect((order < 0) == SearchTerms.precedes(a, b) && (order == 0) == (a == b), "\(a) against \(b)")
            }
        }
    }

    @Test func shardsThatACleanCutDoesNotMakeAreRefused() throws {
        let (_, documents, _) = Self.corpus(seed: 5)
        let kept = SearchIndex.cut(Self.postings(documents))
        let edit: [(id: Int32, document: SearchIndex.Document)] = [(9, SearchIndex.Document())]
        var swapped = kept
        swapped.swapAt(2, 3)
        #expect(ShardPatch.apply(to: swapped, changed: edit) == nil, "keys out of order")
        var truncated = kept
        truncated[4].removeLast(3)
        #expect(ShardPatch.apply(to: truncated, changed: edit) == nil, "an entry cut short")
        #expect(ShardPatch.apply(to: kept + [[]], changed: edit) == nil, "an empty shard")
        // Two shards joined: a segment ends inside the joined one.
        let ends = try #require(kept.indices.dropLast().first { number in
            var offset = 0
            var last = 0
            while offset < kept[number].count, let entry = SearchEntry(kept[number], at: offset) {
                last = offset
                offset = entry.end
            }
            return ShardCutter.endsSegment(kept[number][last...])
        })
        var joined = kept
        joined[ends] += joined.remove(at: ends + 1)
        #expect(ShardPatch.apply(to: joined, changed: edit) == nil, "a segment's end inside a shard")
        // A shard closed before its size called for it: its first entry alone.
        let first = try #require(SearchEntry(kept[0], at: 0))
        try #require(!ShardCutter.endsSegment(kept[0][..<first.end]))
        let split = [Array(kept[0][..<first.end]), Array(kept[0][first.end...])] + kept.dropFirst()
        #expect(ShardPatch.apply(to: split, changed: edit) == nil, "a shard closed early")
        var badList = kept
        badList[0][try #require(SearchEntry(badList[0], at: 0)).name] = 7
        #expect(ShardPatch.apply(to: badList, changed: edit) == nil, "a list of no known encoding")
    }

    @Test func theStateReadsBackItsShardsAndLists() throws {
        let (_, documents, _) = Self.corpus(seed: 3)
        let postings = Self.postings(documents)
        let state = SearchState(documents: documents.indices.map { .init(folder: "gen-\($0)/2021", key: "k\($0)", parts: $0 % 3) },
                                shards: SearchIndex.cut(postings))
        let bytes = state.encoded()
        let read = try #require(SearchState(decoding: bytes))
        #expect(read.documents == state.documents && read.shards == state.shards)
        #expect(read.encoded() == bytes)
        let lists = try #require(read.postings())
        #expect(SearchIndex.cut(lists) == state.shards)
        #expect(lists.bigrams.count == postings.bigrams.count && lists.terms.count == postings.terms.count)
        for cut in [1, bytes.count / 2, bytes.count - 1] { #expect(SearchState(decoding: Array(bytes.prefix(cut))) == nil) }
        #expect(SearchState(decoding: bytes + [0]) == nil)
        // Lists naming a document the state does not have.
        var fewer = state
        fewer.documents.removeLast(300)
        #expect(fewer.postings() == nil)
    }
}
