extension Int {
    /// 1,048,576: digits grouped by thousands, the same in every locale
    /// (messages about sizes, the progress line's counts).
    public var groupedDigits: String {
        let digits = String(self.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (self < 0 ? "-" : "") + out
    }
}
