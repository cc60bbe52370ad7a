package operator

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
		{"2026-01-31T12:30:45+01:00", true, utc(2026, 1, 31, 11, 30, 45, 0)},
		{"2026-01-31T12:30:45-01:30", true, utc(2026, 1, 31, 14, 0, 45, 0)},
		{"2026-01-31T12:30:45", true, utc(2026, 1, 31, 12, 30, 45, 0)},
		{"2024-02-29", true, utc(2024, 2, 29, 0, 0, 0, 0)},
		{"1767225600", true, utc(2026, 1, 1, 0, 0, 0, 0)},
		{"0", true, utc(1970, 1, 1, 0, 0, 0, 0)},
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
			got, ok := ParseDate(tt.in)
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
			a, ok := ParseNumber(tt.a)
			require.True(t, ok)
			b, ok := ParseNumber(tt.b)
			require.True(t, ok)
			assert.Equal(t, tt.want, CompareNumbers(a, b))
			assert.Equal(t, -tt.want, CompareNumbers(b, a))
		})
	}
	for _, bad := range []string{"", "-", ".", "1..2", "1e", "1e+", "0x10", "NaN", "Inf", " 1", "1 ", "1_000", "1e999"} {
		t.Run("bad "+bad, func(t *testing.T) {
			_, ok := ParseNumber(bad)
			assert.False(t, ok)
		})
	}
}

// TestAWSChoices records, for values whose reading AWS's pages leave open
// to interpretation, which reading this engine takes and why. The policy
// validator and the condition evaluator both read values with these
// parsers, so the verdict is the same for both.
func TestAWSChoices(t *testing.T) {
	const (
		ops = `IAM User Guide, "IAM JSON policy elements: Condition operators", https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html`
		w3c = `W3C, "Date and Time Formats", https://www.w3.org/TR/NOTE-datetime`
	)
	tests := []struct {
		family Family
		value  string
		valid  bool
		why    string
	}{
		{Date, "-1700000000", false, ops + ": \"epoch (UNIX) time\" counts seconds since 1970; a sign is not part of it (inferred)"},
		{Date, "1700000000.25", false, ops + ": epoch time is whole seconds (inferred)"},
		{Date, "99999999999999999999", false, "more seconds than a time can hold"},
		{Date, "2026-01-31T12:30:45+0100", false, w3c + ": TZD is \"Z or +hh:mm or -hh:mm\""},
		{Date, "2026-01-31T12:30:45+01", false, w3c + ": TZD is \"Z or +hh:mm or -hh:mm\""},
		{Date, "2026-01-31t12:30:45Z", false, w3c + ": T is the letter T"},
		{Date, "2026-01-31T12:30:45z", false, w3c + ": TZD is \"Z or +hh:mm or -hh:mm\""},
		{Date, "2026-01-31T12:30:45,5Z", false, w3c + ": the fraction follows a period"},
		{Date, "2026-01-31T12:30:45+01:00", true, w3c},
		{Date, "2026-01-31T12:30:45", true, "a time without its zone is read as UTC (UNCONFIRMED)"},
		{Date, "1700000000", true, ops + ": epoch (UNIX) time"},
		{Numeric, "Inf", false, ops + ": \"an integer or decimal value\""},
		{Numeric, "NaN", false, ops + ": \"an integer or decimal value\""},
		{Numeric, "0x1p-2", false, ops + ": \"an integer or decimal value\""},
		{Numeric, "1_000", false, ops + ": \"an integer or decimal value\""},
		{Numeric, "1e3", true, "JSON's number syntax allows an exponent"},
		{IP, "fe80::1%eth0", false, ops + ": an IPv6 zone is not part of an address or a CIDR range"},
		{Binary, "QmluYXJ5VmFsdWVJbkJhc2U2NA", true, ops + " says only \"base-64 encoded\"; the padding may be left out (UNCONFIRMED)"},
	}
	for _, tt := range tests {
		t.Run(tt.family.String()+" "+tt.value, func(t *testing.T) {
			assert.Equal(t, tt.valid, tt.family.Valid(tt.value), tt.why)
		})
	}
}
