package condition

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDate(t *testing.T) {
	utc := func(y int, mo time.Month, d, h, mi, s, ns int) time.Time {
		return time.Date(y, mo, d, h, mi, s, ns, time.UTC)
	}
	tests := []struct {
		in   string
		ok   bool
		want time.Time
	}{
		{"2026-01-31", true, utc(2026, 1, 31, 0, 0, 0, 0)},
		{"2026-01", true, utc(2026, 1, 1, 0, 0, 0, 0)},
		{"2026-01-31T12:30Z", true, utc(2026, 1, 31, 12, 30, 0, 0)},
		{"2026-01-31T12:30:45Z", true, utc(2026, 1, 31, 12, 30, 45, 0)},
		{"2026-01-31T12:30:45.123456789123Z", true, utc(2026, 1, 31, 12, 30, 45, 123456789)},
		{"2026-01-31t12:30:45z", true, utc(2026, 1, 31, 12, 30, 45, 0)},
		{"2026-01-31T12:30:45+01:00", true, utc(2026, 1, 31, 11, 30, 45, 0)},
		{"2026-01-31T12:30:45-0130", true, utc(2026, 1, 31, 14, 0, 45, 0)},
		{"2026-01-31T12:30:45+05", true, utc(2026, 1, 31, 7, 30, 45, 0)},
		{"2026-01-31T12:30:45", true, utc(2026, 1, 31, 12, 30, 45, 0)},
		{"2024-02-29", true, utc(2024, 2, 29, 0, 0, 0, 0)},
		{"1767225600", true, utc(2026, 1, 1, 0, 0, 0, 0)},
		{"0", true, utc(1970, 1, 1, 0, 0, 0, 0)},
		{"-1.5", true, utc(1969, 12, 31, 23, 59, 58, 500000000)},
		{"1.25", true, utc(1970, 1, 1, 0, 0, 1, 250000000)},
		{"2026", true, utc(1970, 1, 1, 0, 33, 46, 0)}, // epoch seconds, not a year
		{"2100-02-29", false, time.Time{}},
		{"2026-04-31", false, time.Time{}},
		{"2026-00-10", false, time.Time{}},
		{"2026-01-31T24:00Z", false, time.Time{}},
		{"2026-01-31T12:60Z", false, time.Time{}},
		{"2026-01-31T12:30:61Z", false, time.Time{}},
		{"2026-01-31T12Z", false, time.Time{}},
		{"2026-01-31T12:30:45.Z", false, time.Time{}},
		{"2026-01-31T12:30:45+25:00", false, time.Time{}},
		{"2026-01-31 12:30:45Z", false, time.Time{}},
		{"1.", false, time.Time{}},
		{"99999999999999999999", false, time.Time{}},
		{"", false, time.Time{}},
		{"now", false, time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := parseDate(tt.in)
			require.Equal(t, tt.ok, ok)
			if ok {
				assert.True(t, tt.want.Equal(got), "got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCompareNumbers(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"1", "2", -1},
		{"10", "9", 1},
		{"10", "10.0", 0},
		{"0010.500", "10.5", 0},
		{"-1", "1", -1},
		{"-2", "-1", -1},
		{"-0", "+0.000", 0},
		{".5", "0.49", 1},
		{"0.05", "0.5", -1},
		{"123456789012345678901234567890", "123456789012345678901234567891", -1},
		{"1e2", "100", 0},
		{"1E-2", "0.02", -1},
	}
	for _, tt := range tests {
		t.Run(tt.a+" vs "+tt.b, func(t *testing.T) {
			a, ok := parseNumber(tt.a)
			require.True(t, ok)
			b, ok := parseNumber(tt.b)
			require.True(t, ok)
			assert.Equal(t, tt.want, compareNumbers(a, b))
			assert.Equal(t, -tt.want, compareNumbers(b, a))
		})
	}
	for _, bad := range []string{"", "-", ".", "1..2", "1e", "1e+", "0x10", "NaN", "Inf", " 1", "1 ", "1_000", "1e999"} {
		t.Run("bad "+bad, func(t *testing.T) {
			_, ok := parseNumber(bad)
			assert.False(t, ok)
		})
	}
}
