import Foundation
import PortalLoader
import PortalModel
@testable import PortalRender
import PortalTestSupport
import Testing

/// The sharded search index: its keys, its lists, and what the example
/// portal's index holds.
@Suite("Search index")
struct SearchIndexTests {
    static func keys(_ text: String) -> [String] {
        var bigrams = Set<UInt64>()
        var terms = Set<String>()
        SearchTerms.keys(of: text, bigrams: &bigrams, terms: &terms)
        return (bigrams.map(SearchTerms.bigramText) + terms).sorted()
    }

    @Test func chineseGivesBigramsAndLatinAndDigitsGiveTerms() {
        #expect(Self.keys("下沙街道") == ["下沙", "沙街", "街道"])
        // Punctuation and spaces separate runs; full-width digits and capitals are folded (NFKC, lower case).
        #expect(Self.keys("COVID-19疫情，２０２１年") == ["19", "2021", "covid", "疫情"])
        // Text that skips the normaliser gives the keys it would: full-width letters, a compatibility
        // ideograph (U+F9DC 隆 → 隆) and a circled digit (① → 1) that need it.
        #expect(Self.keys("ＡＢＣ１２") == ["abc12"])
        #expect(Self.keys("\u{F9DC}盛") == ["隆盛"])
        #expect(Self.keys("第①号") == ["1"])
        // A lone character gives no key: search asks for two.
        #expect(Self.keys("市 区") == [])
    }

    @Test func postingListsRoundTripAsGapsOrBitmap() throws {
        for ids: [Int32] in [[], [0], [3, 4, 900, 70_000], Array(0..<5_000).map(Int32.init), Array(stride(from: 1, to: 9_000, by: 3)).map(Int32.init)] {
            var bytes: [UInt8] = []
            PostingList.encode(ids, into: &bytes)
            var offset = 0
            #expect(PostingList.decode(bytes, at: &offset) == ids)
            #expect(offset == bytes.count)
        }
        // A key in every document costs a bit per document, not a byte.
        var dense: [UInt8] = []
        PostingList.encode(Array(0..<50_000).map(Int32.init), into: &dense)
        #expect(dense.first == 2 && dense.count < 6_300)
    }

    @Test func markdownBecomesLinesOfWords() {
        #expect(SearchIndex.plainLines("## 一、总体情况\n\n　　本机关**坚持**公开。 \r\n> 引文 [链接]\n") == ["一、总体情况", "本机关坚持公开。", "引文 链接"])
    }

    /// The passage a search prints reads as the page shows the narrative (VARIANTS.md, “Narratives as published”): the
    /// characters the import escapes come without their backslash, `#` and `>` inside a line stay, a table's hard line
    /// break leaves no backslash. Before: `带\号`, `1\. 加强培训`, `印发<中华人民共和国…格式的通知` (its `>` lost), `1楼`.
    @Test func escapedMarksAreTheTextsCharacters() {
        let markdown = "注：带\\*号的数据\n\n1\\. 加强培训\n\n《关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》\n\n"
            + "\\#1楼设查阅点，#2楼\n\n政务动态 | 800\\\n信息公开 | 12\n\n路径 D:\\\\公开\\\\ 与 C\\中"
        #expect(SearchIndex.plainLines(markdown) == ["注：带*号的数据", "1. 加强培训", "《关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》",
                                                     "#1楼设查阅点，#2楼", "政务动态 | 800", "信息公开 | 12", "路径 D:\\公开\\ 与 C\\中"])
    }

    @Test func longTextIsCutIntoPartsThatOverlap() throws {
        let paragraph = String(repeating: "本机关坚持以公开为常态、不公开为例外。", count: 300)
        let parts = SearchIndex.parts(["第一段。", paragraph, "最后一段。"])
        #expect(parts.count > 3)
        #expect(parts.allSatisfy { $0.utf8.count <= SearchIndex.partBytes })
        // A short paragraph stays whole; the long one starts a part of its own.
        #expect(parts.first == "第一段。")
        #expect(parts.last?.hasSuffix("\n最后一段。") == true)
        // The cut repeats a few characters, so a query across it is found in the next part.
        try #require(parts.count > 2)
        #expect(parts[2].hasPrefix(String(parts[1].suffix(SearchIndex.partOverlap))))
    }

    /// Two documents a text file, in id order: each holds its documents'
    /// parts as their `docs` rows count them; no file is left over, and
    /// nothing else is under search/text/ (search@1 had a folder per agency).
    @Test func textFilesHoldTwoDocumentsEach() throws {
        let files = try ExamplePortal.render().files
        let count = try #require(try Self.json("search/manifest.json", in: files, as: [String: Any].self)["documents"] as? Int)
        let per = SearchIndex.documentsPerText
        #expect(files.keys.filter { $0.hasPrefix("search/text/") }.sorted() == (0..<(count + per - 1) / per).map(SitePaths.searchText).sorted())
        for id in 0..<count {
            let texts = try Self.json(SitePaths.searchText(id / per), in: files, as: [[String]].self)
            #expect(texts.count == min(per, count - id / per * per))
            let row = try Self.document(Int32(id), in: files)
            #expect(texts[id % per].count == row[5] as? Int)
            #expect(!texts[id % per].isEmpty && texts[id % per].allSatisfy { !$0.isEmpty && $0.utf8.count <= SearchIndex.partBytes })
        }
    }

    /// The index fed report by report in another order (the downloads',
    /// here backwards) writes the files the index reading in its own order
    /// writes: with every text file's documents waiting for each other, and
    /// with none kept waiting (each file written by the search step instead).
    @Test func anIndexFedInAnotherOrderWritesTheSameFiles() throws {
        let result = SiteLoader(root: Repository.exampleSite).load()
        let index = SiteIndex(try #require(result.portal))
        let own = MemorySink()
        try SearchIndex(index).write(into: own)
        #expect(own.files.keys.contains { $0.hasPrefix("search/text/") })
        for limit in [512, 1, 0] {
            let fed = SearchFeed(SearchIndex(index), waitingLimit: limit)
            let sink = MemorySink()
            for report in index.portal.reports.reversed() { try fed.add(report, index: index, sink: sink) }
            let writtenByFeed = sink.files.count
            if limit == 512 { #expect(writtenByFeed == (index.portal.reports.count + 1) / 2) }
            if limit == 0 { #expect(writtenByFeed <= 1) }
            try fed.search.write(into: sink, fed: fed)
            #expect(sink.files == own.files, "limit \(limit)")
        }
    }

    @Test func fedListsHeldAsIdsOrBitsCutTheShardsOfSortedLists() {
        // Keys in every document, in every third, in a few, in one: lists that turn
        // into bits and lists that stay ids, fed in a shuffled order.
        let count = 1_000
        var generator = SystemRandomNumberGenerator()
        var documents: [SearchIndex.Document] = []
        for id in 0..<count {
            var document = SearchIndex.Document()
            document.nameBigrams = [SearchTerms.bigram(0x516C, 0x5F00), UInt64(0x4E00 + id % 50) << 21 | 0x4E01]
            document.textBigrams = Set((0..<40).map { UInt64(0x5000 + ($0 * 7 + id) % 300) << 21 | 0x5001 })
            if id % 3 == 0 { document.textBigrams.insert(SearchTerms.bigram(0x8857, 0x9053)) }
            document.nameTerms = id == 17 ? ["covid"] : []
            document.textTerms = ["\(2019 + id % 4)", "t\(id % 97)"]
            documents.append(document)
        }
        var sorted = SearchPostings()
        for (id, document) in documents.enumerated() { sorted.add(document, id: Int32(id)) }
        var fed = FedPostings(documentCount: count)
        for id in (0..<count).shuffled(using: &generator) { fed.append(documents[id], id: Int32(id)) }
        let shards = fed.cut()
        #expect(shards == SearchIndex.cut(sorted))
        #expect(shards.count > 1)
        // Cut once: the lists are let go of as they are encoded.
        #expect(fed.cut().isEmpty)
    }

    /// A JSON file of a rendered site.
    static func json<Shape>(_ path: String, in files: [String: Data], as shape: Shape.Type) throws -> Shape {
        let data = try #require(files[path], "\(path) is written")
        let object = try JSONSerialization.jsonObject(with: data)
        return try #require(object as? Shape, "\(path) is a \(shape)")
    }

    /// The lists of `key` in a rendered site, read as search.js reads them.
    static func lists(_ key: String, in files: [String: Data]) throws -> (name: [Int32], text: [Int32]) {
        let manifest = try Self.json("search/manifest.json", in: files, as: [String: Any].self)
        let firsts = try #require(manifest["shards"] as? [String])
        let shard = firsts.lastIndex { !SearchTerms.precedes(key, $0) } ?? 0
        let bytes = [UInt8](try #require(files[SitePaths.searchShard(shard)]))
        var offset = 0
        while offset < bytes.count {
            let length = try #require(PostingList.readVarint(bytes, at: &offset))
            let found = String(decoding: bytes[offset..<offset + Int(length)], as: UTF8.self)
            offset += Int(length)
            let name = try #require(PostingList.decode(bytes, at: &offset))
            let text = try #require(PostingList.decode(bytes, at: &offset))
            if found == key { return (name, text) }
        }
        return ([], [])
    }

    /// Document `id`'s row in search/docs/.
    static func document(_ id: Int32, in files: [String: Data]) throws -> [Any] {
        let chunk = Int(id) / SearchIndex.documentsPerChunk
        let rows = try Self.json(SitePaths.searchDocuments(chunk), in: files, as: [[Any]].self)
        return rows[Int(id) % SearchIndex.documentsPerChunk]
    }

    @Test func theExampleIndexFindsNamesAndNarrative() throws {
        let files = try ExamplePortal.render().files
        let manifest = try Self.json("search/manifest.json", in: files, as: [String: Any].self)
        #expect(manifest["format"] as? String == "transparency-portal/search@2")
        #expect(manifest["documentsPerText"] as? Int == SearchIndex.documentsPerText)
        #expect(manifest["documents"] as? Int == 10)
        // Newest year first: 2022's two reports are ids 0 and 1, 2021's five 2 to 6.
        let years = try #require(manifest["years"] as? [[String: Int]])
        #expect(years.map { $0["year"] } == [2022, 2021, 2020] && years.map { $0["first"] } == [0, 2, 7])
        // 沙街, inside 下沙街道's name: a name match, the reference report.
        let xiasha = try Self.lists("沙街", in: files)
        #expect(xiasha.name.count == 1)
        let row = try Self.document(try #require(xiasha.name.first), in: files)
        #expect(row[0] as? String == "xiasha" && row[1] as? String == "杭州市钱塘区人民政府下沙街道办事处" && row[4] as? Int == 2021)
        // 下沙发布, its WeChat account, is in its narrative only; the text says where.
        let account = try Self.lists("发布", in: files)
        #expect(account.text.contains(try #require(xiasha.name.first)))
        let parts = try #require(row[5] as? Int)
        let id = Int(try #require(xiasha.name.first))
        let texts = try Self.json(SitePaths.searchText(id / SearchIndex.documentsPerText), in: files, as: [[String]].self)
        #expect(texts[id % SearchIndex.documentsPerText].count == parts)
        let text = texts[id % SearchIndex.documentsPerText].joined()
        #expect(text.contains("通过街道官方微信公众号“下沙发布”及时发布和更新政务动态1229条。"))
        #expect(!text.contains("###"))
        // The year is a name key: 2021 matches every 2021 report by name.
        #expect(try Self.lists("2021", in: files).name == [2, 3, 4, 5, 6])
        // The kind filter's bitmap has a bit for 下沙街道 (a subdistrict).
        let street = [UInt8](try #require(files[SitePaths.searchKind("subdistrict")]))
        #expect(street[id >> 3] & (1 << UInt8(id & 7)) != 0)
        #expect(try Self.lists("鲸鱼", in: files).text.isEmpty)
    }
}
