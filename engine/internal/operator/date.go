package operator

import (
	"strconv"
	"time"
)

// ParseDate reads a value of the Date operators: "You must specify
// date/time values with one of the W3C implementations of the ISO 8601 date
// formats or in epoch (UNIX) time" [RULES.md#date-operators]. The W3C profile ("Date and Time
// Formats", https://www.w3.org/TR/NOTE-datetime) allows YYYY, YYYY-MM,
// YYYY-MM-DD, YYYY-MM-DDThh:mmTZD, YYYY-MM-DDThh:mm:ssTZD and
// YYYY-MM-DDThh:mm:ss.sTZD, where T is the letter T and the zone
// designator TZD is "Z or +hh:mm or -hh:mm". Accepted:
//   - epoch seconds, a run of digits: "1700000000". A sign or a fraction
//     ("-1700000000", "1700000000.25") is refused: UNIX time counts whole
//     seconds since 1970 and AWS shows nothing else (inferred);
//   - the W3C forms from YYYY-MM on, with any number of fraction digits,
//     also with the zone designator left out, read as UTC (W3C requires
//     the designator and AWS's examples always write Z; whether IAM
//     accepts a time without one is UNCONFIRMED).
//
// Refused, because the W3C profile does not have them: a lowercase t or z,
// a zone written +hhmm or +hh, a comma before the fraction. A bare year
// YYYY is read as epoch seconds, since the two cannot be told apart. It
// does not allocate.
func ParseDate(s string) (time.Time, bool) {
	if t, ok, isEpoch := parseEpoch(s); isEpoch {
		return t, ok
	}
	p := dateParser{s: s}
	year := p.digits(4)
	if !p.byte('-') {
		return time.Time{}, false
	}
	month := p.digits(2)
	day := 1
	if p.byte('-') {
		day = p.digits(2)
	}
	hour, minute, sec, nsec := 0, 0, 0, 0
	offset := 0
	if p.byte('T') {
		hour = p.digits(2)
		if !p.byte(':') {
			return time.Time{}, false
		}
		minute = p.digits(2)
		if p.byte(':') {
			sec = p.digits(2)
			if p.byte('.') {
				nsec = p.fraction()
			}
		}
		offset = p.zone()
	}
	if p.bad || p.i != len(s) || month < 1 || month > 12 || day < 1 || day > daysIn(month, year) ||
		hour > 23 || minute > 59 || sec > 59 {
		return time.Time{}, false
	}
	t := time.Date(year, time.Month(month), day, hour, minute, sec, nsec, time.UTC)
	return t.Add(-time.Duration(offset) * time.Second), true
}

// CompareDates returns -1, 0 or +1 as x is before, at or after y.
func CompareDates(x, y time.Time) int { return x.Compare(y) }

// parseEpoch reads epoch seconds, a non-empty run of ASCII digits. isEpoch
// is false when s is not all digits, so that the ISO 8601 parser can try
// it.
func parseEpoch(s string) (t time.Time, ok, isEpoch bool) {
	if s == "" {
		return time.Time{}, false, false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return time.Time{}, false, false
		}
	}
	sec, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return time.Time{}, false, true
	}
	return time.Unix(sec, 0).UTC(), true, true
}

// dateParser reads the fields of an ISO 8601 date; bad records any error.
type dateParser struct {
	s   string
	i   int
	bad bool
}

// digits reads exactly n digits.
func (p *dateParser) digits(n int) int {
	v := 0
	for k := 0; k < n; k++ {
		if p.i >= len(p.s) || !isDigit(p.s[p.i]) {
			p.bad = true
			return 0
		}
		v = v*10 + int(p.s[p.i]-'0')
		p.i++
	}
	return v
}

// byte consumes c if it comes next.
func (p *dateParser) byte(c byte) bool {
	if p.i < len(p.s) && p.s[p.i] == c {
		p.i++
		return true
	}
	return false
}

// fraction reads one or more fraction digits as nanoseconds (digits past
// the ninth are ignored).
func (p *dateParser) fraction() int {
	v, n := 0, 0
	for p.i < len(p.s) && isDigit(p.s[p.i]) {
		if n < 9 {
			v = v*10 + int(p.s[p.i]-'0')
		}
		n++
		p.i++
	}
	if n == 0 {
		p.bad = true
	}
	for ; n < 9; n++ {
		v *= 10
	}
	return v
}

// zone reads an optional zone designator, Z or ±hh:mm, and returns its
// offset east of UTC in seconds.
func (p *dateParser) zone() int {
	if p.byte('Z') {
		return 0
	}
	sign := 0
	switch {
	case p.byte('+'):
		sign = 1
	case p.byte('-'):
		sign = -1
	default:
		return 0
	}
	h := p.digits(2)
	if !p.byte(':') {
		p.bad = true
		return 0
	}
	m := p.digits(2)
	if h > 23 || m > 59 {
		p.bad = true
	}
	return sign * (h*3600 + m*60)
}

// daysIn returns the number of days of a month.
func daysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
