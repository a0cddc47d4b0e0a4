import Foundation

/// A number a narrative states with a unit: 12件, 二十三件, １２件, 0.5万元,
/// 45.3%. Only numbers with one of these units are figures; 2021年 or
/// 第二十条 are not.
struct StatedNumber {
    enum Unit {
        /// 件, 个, 起, 宗, 份, 条, 次
        case count
        /// 万元
        case tenThousandYuan
        /// % or ％
        case percent
    }

    /// Where the digits are, in the text's scalars.
    var start: Int
    var end: Int
    var value: Decimal
    /// Digits after the decimal point, as printed: 45.3% is read to 0.1.
    var decimals: Int
    var unit: Unit
    /// Index just after the unit.
    var unitEnd: Int
    /// 100余件, 100多件: not an exact figure.
    var approximate: Bool

    /// The smallest step the printed figure can tell apart.
    var precision: Decimal {
        var step = Decimal(1)
        for _ in 0..<decimals { step /= 10 }
        return step
    }
}

/// Reads numbers as Chinese reports print them: Arabic or full-width digits,
/// or Chinese numerals (二十三, 一百零五, 两).
enum NumberReader {
    static let chineseDigits: [Unicode.Scalar: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let chineseMultipliers: [Unicode.Scalar: Int] = ["十": 10, "百": 100, "千": 1000, "万": 10_000]
    // 条, 次 and 项 too: 收到依申请公开信息5条, 行政复议0次, 收到依申请公开16项.
    static let countUnits: Set<Unicode.Scalar> = ["件", "个", "起", "宗", "份", "条", "次", "项"]

    /// 0–9 for an Arabic or full-width digit.
    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: Int(scalar.value - 0xFF10)
        default: nil
        }
    }

    /// Called for every character of every narrative: a switch, not a lookup.
    static func isChineseNumeral(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "零", "〇", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万": true
        default: false
        }
    }

    /// The digits starting at `index`: value, decimals and where they end;
    /// nil when there is no number there.
    static func arabic(in text: [Unicode.Scalar], at index: Int) -> (value: Decimal, decimals: Int, end: Int)? {
        var i = index
        var digits = ""
        var decimals = 0
        var inFraction = false
        while i < text.count {
            let s = text[i]
            if let d = digit(s) {
                digits += String(d)
                if inFraction { decimals += 1 }
                i += 1
            } else if !inFraction, s == "." || s == "．", i + 1 < text.count, digit(text[i + 1]) != nil {
                digits += "."
                inFraction = true
                i += 1
            } else if !inFraction, s == ",", i + 3 < text.count, (1...3).allSatisfy({ digit(text[i + $0]) != nil }),
                      i + 4 >= text.count || digit(text[i + 4]) == nil {
                i += 1 // a thousands separator: 14,283
            } else {
                break
            }
        }
        guard !digits.isEmpty, let value = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        return (value, decimals, i)
    }

    /// The value of a run of Chinese numerals in the usual notation
    /// (二十三, 一百零五, 十二, 三万); nil for a run that is not one number
    /// (二〇二一, 一二).
    static func chinese(_ run: ArraySlice<Unicode.Scalar>) -> Int? {
        var total = 0, section = 0
        var pending: Int?
        for scalar in run {
            if let d = chineseDigits[scalar] {
                if let p = pending, p != 0 || d == 0 { return nil } // two digits in a row
                pending = d
            } else if let m = chineseMultipliers[scalar] {
                if m == 10_000 {
                    total += (section + (pending ?? 0)) * m
                    section = 0
                } else {
                    section += (pending ?? (m == 10 ? 1 : 0)) * m
                    if pending == nil, m != 10 { return nil }
                }
                pending = nil
            }
        }
        return total + section + (pending ?? 0)
    }
}
