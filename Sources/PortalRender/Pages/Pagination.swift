import Foundation

/// The pages of a long list: page 1 at the list's own folder, the next at
/// `<folder>page/2/`… (stable URLs, linked with rel=prev/next). A list of
/// 50,000 rows on one page would weigh megabytes.
struct Pagination {
    struct Link {
        var number: Int
        var url: String?
        var current: Bool?
        /// A run of pages left out between two shown.
        var gap: Bool?
    }

    var number: Int
    var count: Int
    var previousURL: String?
    var nextURL: String?
    var pages: [Link]

    /// Rows on one page of the agencies list or a year's agency table.
    static let rowsPerPage = 200
    /// Page numbers shown on either side of the current one.
    static let window = 3

    /// Which rows page `number` shows, of `total`.
    static func rows(of number: Int, total: Int) -> Range<Int> {
        let start = min((number - 1) * rowsPerPage, total)
        return start..<min(start + rowsPerPage, total)
    }

    static func pageCount(_ total: Int) -> Int { max(1, (total + rowsPerPage - 1) / rowsPerPage) }

    /// The links of page `number` of `count`, from a page whose root prefix is `root`; nil when there is one page.
    init?(number: Int, count: Int, list folder: String, root: String) {
        guard count > 1 else { return nil }
        func url(_ page: Int) -> String { root + SitePaths.listPage(folder, page) }
        self.number = number
        self.count = count
        previousURL = number > 1 ? url(number - 1) : nil
        nextURL = number < count ? url(number + 1) : nil
        var pages: [Link] = []
        for page in 1...count {
            let shown = page == 1 || page == count || abs(page - number) <= Self.window
            if shown {
                pages.append(Link(number: page, url: page == number ? nil : url(page), current: page == number ? true : nil))
            } else if pages.last?.gap != true {
                pages.append(Link(number: page, gap: true))
            }
        }
        self.pages = pages
    }
}
