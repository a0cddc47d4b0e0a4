import PortalModel

/// A report whose parts the national form names, numbered otherwise (杭州市公安局 2019: `一、主动公开政府信息情况`, the form's
/// part 二, first — a layout of the agency's own, without 总体情况): no section heading is found, and “is this the report
/// itself?” is the wrong question: it is, in a layout the form does not describe.
enum RenumberedParts {
    /// The first line heading a part with one of the form's parts' titles (or aliases) under a number that is not that part's.
    static func line(in lines: [SourceLine], form: FormDefinition) -> (line: SourceLine, section: FormSection)? {
        for line in lines where line.cells == nil {
            let text = LabelText.simplifying(line.text.filter { !$0.isWhitespace })
            guard let match = text.wholeMatch(of: /([一二三四五六七八九十])[、.．](\p{Han}{4,30})/) else { continue }
            let (number, title) = (String(match.output.1), String(match.output.2))
            if let section = form.sections.first(where: { ([$0.title] + $0.aliases).contains(title) }), section.number != number {
                return (line, section)
            }
        }
        return nil
    }
}
