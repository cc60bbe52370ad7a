package operator

import (
	"strconv"
	"strings"
)

// Number is a value of the Numeric operators: "integer or decimal"
// (RULES.md#numeric-operators). Plain decimals are compared exactly, digit by
// digit; a value with an exponent (JSON allows 1e3) is compared as a
// float64.
type Number struct {
	neg     bool
	intPart string // digits without leading zeros
	frac    string // digits without trailing zeros
	text    string // the value as written, for the float path
	expo    bool
}

// ParseNumber reads an optionally signed decimal such as "10", "-3.25",
// ".5" or "1e3". Spaces, hexadecimal (0x1p-2), digit separators (1_000),
// "NaN" and "Inf" are refused: none is an integer or a decimal [RULES.md#numeric-operators], though
// Go's strconv.ParseFloat reads them all.
func ParseNumber(s string) (Number, bool) {
	n := Number{text: s}
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		n.neg = s[i] == '-'
		i++
	}
	start := i
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	n.intPart = strings.TrimLeft(s[start:i], "0")
	digits := i - start
	if i < len(s) && s[i] == '.' {
		i++
		fs := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		n.frac = strings.TrimRight(s[fs:i], "0")
		digits += i - fs
	}
	if digits == 0 {
		return Number{}, false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		es := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i == es {
			return Number{}, false
		}
		n.expo = true
	}
	if i != len(s) {
		return Number{}, false
	}
	if n.expo {
		if _, err := strconv.ParseFloat(s, 64); err != nil {
			return Number{}, false
		}
	}
	return n, true
}

// CompareNumbers returns -1, 0 or +1 as x is less than, equal to or
// greater than y.
func CompareNumbers(x, y Number) int {
	if x.expo || y.expo {
		a, _ := strconv.ParseFloat(x.text, 64)
		b, _ := strconv.ParseFloat(y.text, 64)
		switch {
		case a < b:
			return -1
		case a > b:
			return 1
		}
		return 0
	}
	xn := x.neg && !x.isZero()
	yn := y.neg && !y.isZero()
	if xn != yn {
		if xn {
			return -1
		}
		return 1
	}
	m := compareMagnitude(x, y)
	if xn {
		return -m
	}
	return m
}

// isZero reports whether the number is zero (all its digits are zeros).
func (n Number) isZero() bool { return n.intPart == "" && n.frac == "" }

// compareMagnitude compares |x| and |y|.
func compareMagnitude(x, y Number) int {
	if len(x.intPart) != len(y.intPart) {
		if len(x.intPart) < len(y.intPart) {
			return -1
		}
		return 1
	}
	if c := strings.Compare(x.intPart, y.intPart); c != 0 {
		return c
	}
	return strings.Compare(x.frac, y.frac)
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// HasExponent reports whether the number was written with an exponent
// (1e3), so that it compares as a float64.
func (n Number) HasExponent() bool { return n.expo }

// Key returns a text that is the same for two numbers exactly when
// CompareNumbers says they are equal, such as "-12.5" for "-012.50"; ok is
// false for a number written with an exponent, which compares as a float.
func (n Number) Key() (key string, ok bool) {
	if n.expo {
		return "", false
	}
	if n.isZero() {
		return "0", true
	}
	sign := ""
	if n.neg {
		sign = "-"
	}
	return sign + n.intPart + "." + n.frac, true
}
