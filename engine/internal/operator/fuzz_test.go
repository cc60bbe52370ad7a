package operator

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// FuzzParseDate checks ParseDate against Go's RFC 3339 parser, which reads
// the full W3C forms (date, time with seconds and a zone designator) the
// same way: whenever ParseDate reads such a form, time.Parse reads the same
// instant.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-01-31T12:30:45Z", "2026-01-31T12:30:45.5+01:00", "1767225600", "2026-01", "2026-01-31t12:30:45z", "-1", "1.5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := ParseDate(s)
		if !ok || len(s) < len("2006-01-02T15:04:05Z") || s[10] != 'T' || s[16] != ':' || !hasZone(s) {
			return
		}
		want, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			t.Fatalf("ParseDate reads %q, time.Parse refuses it: %v", s, err)
		}
		if !want.Equal(got) {
			t.Fatalf("%q: ParseDate %v, time.Parse %v", s, got, want)
		}
	})
}

// hasZone reports whether s ends with a zone designator, Z or ±hh:mm.
func hasZone(s string) bool {
	n := len(s)
	return s[n-1] == 'Z' || n > 6 && (s[n-6] == '+' || s[n-6] == '-') && s[n-3] == ':'
}

// FuzzParseNumber checks ParseNumber against strconv.ParseFloat: every
// value it reads is a float Go reads too, CompareNumbers orders it like
// the floats when they differ, and it refuses what is not an integer or a
// decimal.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"10", "-3.25", ".5", "1e3", "Inf", "NaN", "0x1p-2", "1_000", "+0"} {
		f.Add(s, "1")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		x, okA := ParseNumber(a)
		y, okB := ParseNumber(b)
		if okA {
			if _, err := strconv.ParseFloat(a, 64); err != nil {
				t.Fatalf("ParseNumber reads %q, ParseFloat refuses it: %v", a, err)
			}
			if strings.ContainsAny(a, "xXnN_pP") {
				t.Fatalf("ParseNumber reads %q, which is not an integer or a decimal", a)
			}
			if CompareNumbers(x, x) != 0 {
				t.Fatalf("%q is not equal to itself", a)
			}
		}
		if okA && okB {
			fa, _ := strconv.ParseFloat(a, 64)
			fb, _ := strconv.ParseFloat(b, 64)
			c := CompareNumbers(x, y)
			if c != -CompareNumbers(y, x) {
				t.Fatalf("CompareNumbers(%q, %q) is not antisymmetric", a, b)
			}
			if fa < fb && c > 0 || fa > fb && c < 0 {
				t.Fatalf("CompareNumbers(%q, %q) = %d, but the floats are %v and %v", a, b, c, fa, fb)
			}
			ka, exactA := x.Key()
			kb, exactB := y.Key()
			if exactA != !x.HasExponent() || exactB != !y.HasExponent() {
				t.Fatalf("Key and HasExponent disagree on %q or %q", a, b)
			}
			if exactA && exactB && (ka == kb) != (c == 0) {
				t.Fatalf("%q and %q: keys %q and %q, CompareNumbers %d", a, b, ka, kb, c)
			}
		}
	})
}

// FuzzValid checks that Family.Valid never panics and that String and Arn
// accept any text.
func FuzzValid(f *testing.F) {
	f.Add("10.0.0.0/8")
	f.Fuzz(func(t *testing.T, s string) {
		for fam := Unknown; fam <= Null; fam++ {
			fam.Valid(s)
		}
		if !String.Valid(s) || !Arn.Valid(s) {
			t.Fatalf("%q refused as text", s)
		}
	})
}
