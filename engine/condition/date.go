package condition

import (
	"strconv"
	"time"
)

// parseDate reads a value of the Date operators: "W3C implementations of
// the ISO 8601 date formats or in epoch (UNIX) time" [RULES.md#date-operators]. Accepted:
//   - epoch seconds, optionally negative and with a fraction:
//     "1700000000", "1700000000.25";
//   - the W3C forms YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm, YYYY-MM-DDThh:mm:ss
//     and YYYY-MM-DDThh:mm:ss.s… (any number of fraction digits), each
//     with a zone designator Z or ±hh:mm (also ±hhmm and ±hh).
//
// A bare year YYYY is read as epoch seconds, since the two cannot be told
// apart. A time without a zone designator is read as UTC (W3C requires the
// designator; we are lenient). It does not allocate on success.
func parseDate(s string) (time.Time, bool) {
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
	if p.byte('T') || p.byte('t') {
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

// parseEpoch reads epoch seconds. isEpoch is false when s does not look
// like a number at all, so that the ISO 8601 parser can try it.
func parseEpoch(s string) (t time.Time, ok, isEpoch bool) {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	start := i
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	end := i
	if end == start {
		return time.Time{}, false, false
	}
	nsec := 0
	if i < len(s) && s[i] == '.' {
		p := dateParser{s: s, i: i + 1}
		nsec = p.fraction()
		if p.bad {
			return time.Time{}, false, true
		}
		i = p.i
	}
	if i != len(s) {
		return time.Time{}, false, false
	}
	sec, err := strconv.ParseInt(s[:end], 10, 64)
	if err != nil {
		return time.Time{}, false, true
	}
	if s[0] == '-' && nsec > 0 {
		sec, nsec = sec-1, int(time.Second)-nsec
	}
	return time.Unix(sec, int64(nsec)).UTC(), true, true
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

// zone reads an optional zone designator and returns its offset east of
// UTC in seconds.
func (p *dateParser) zone() int {
	if p.byte('Z') || p.byte('z') {
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
	m := 0
	if p.byte(':') {
		m = p.digits(2)
	} else if p.i < len(p.s) {
		m = p.digits(2)
	}
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
