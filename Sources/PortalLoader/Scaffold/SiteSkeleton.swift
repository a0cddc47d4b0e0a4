import Foundation

/// A new site (`portal new site`): site.yaml with the required keys and the
/// optional ones as comments, an empty agencies folder, the starter theme
/// and a .gitignore for what builds make.
struct SiteSkeleton {
    var title: String
    var baseURL: String?

    var siteYAML: String {
        """
        # The portal's settings (see the README's “site.yaml”).
        title: \(AgencySkeleton.scalar(title))
        # description: 汇集本地区各机关政府信息公开工作年度报告及其数据。
        \(baseURL.map { "baseURL: \(AgencySkeleton.scalar($0))" } ?? "# baseURL: https://gk.example.gov.cn/   # the address it is published at (feeds, sitemap, canonical links)")
        language: zh-CN
        # publisher: 某市人民政府办公室
        output: public
        # When reports are due, as MM-DD of the year after the report's year, by
        # agency kind (政府信息公开条例 第四十九条). These are the defaults.
        # deadlines:
        #   government: "03-31"
        #   department: "01-31"
        #   subdistrict: "01-31"
        #   town: "01-31"
        #   other: "01-31"

        """
    }

    static let gitignore = """
        # Made by portal build; rebuilt from content/ and theme/ at will.
        /public/
        /.public.*/
        .portal-cache/

        """

    /// The starter theme's files: path under theme/ and bytes.
    static var themeFiles: [(path: String, data: Data)] {
        StarterTheme.files.compactMap { file in Data(base64Encoded: file.base64).map { (file.path, $0) } }
    }
}
