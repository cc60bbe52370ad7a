package condition

import (
	"strconv"
	"strings"
)

// number is a value of the Numeric operators: "integer or decimal"
// (RULES.md#condition-operators). Plain decimals are compared exactly, digit by
// digit; a value with an exponent (JSON allows 1e3) is compared as a
// float64.
type number struct {
	neg     bool
	intPart string // digits without leading zeros
	frac    string // digits without trailing zeros
	text    string // the value as written, for the float path
	expo    bool
}

// parseNumber reads an optionally signed decimal such as "10", "-3.25",
// ".5" or "1e3". Spaces, hexadecimal, "NaN" and "Inf" are refused.
func parseNumber(s string) (number, bool) {
	n := number{text: s}
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
		return number{}, false
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
			return number{}, false
		}
		n.expo = true
	}
	if i != len(s) {
		return number{}, false
	}
	if n.expo {
		if _, err := strconv.ParseFloat(s, 64); err != nil {
			return number{}, false
		}
	}
	return n, true
}

// compareNumbers returns -1, 0 or +1 as x is less than, equal to or
// greater than y.
func compareNumbers(x, y number) int {
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
func (n number) isZero() bool { return n.intPart == "" && n.frac == "" }

// compareMagnitude compares |x| and |y|.
func compareMagnitude(x, y number) int {
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
