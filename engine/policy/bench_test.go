package policy

import (
	"fmt"
	"strings"
	"testing"
)

// policy2KB is a realistic identity policy of about 2 KB: several
// statements with lists, ARNs, variables and conditions.
var policy2KB = func() string {
	var b strings.Builder
	b.WriteString("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n")
	for i := 0; b.Len() < 1900; i++ {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `    {
      "Sid": "Stmt%d",
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:PutObject", "s3:List*"],
      "Resource": ["arn:aws:s3:::productionapp-%d/home/${aws:userid}/*", "arn:aws:s3:::productionapp-%d"],
      "Condition": {"StringEquals": {"aws:PrincipalTag/team": "blue"}, "IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}
    }`, i, i, i)
	}
	b.WriteString("\n  ]\n}\n")
	return b.String()
}()

func BenchmarkParse(b *testing.B) {
	cases := []struct {
		name string
		text string
		kind Kind
	}{
		{"token-app", seedTokenApp, Identity},
		{"productionapp", seedProductionApp, Session},
		{"carol-bucket", seedCarolBucket, Resource},
		{fmt.Sprintf("identity-%dB", len(policy2KB)), policy2KB, Identity},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			if _, diags := Parse(c.text, c.kind); HasErrors(diags) {
				b.Fatalf("benchmark policy has errors: %+v", diags)
			}
			b.SetBytes(int64(len(c.text)))
			b.ReportAllocs()
			for b.Loop() {
				Parse(c.text, c.kind)
			}
		})
	}
}

func BenchmarkCheckJSON(b *testing.B) {
	b.SetBytes(int64(len(policy2KB)))
	for b.Loop() {
		if checkJSON(policy2KB) != nil {
			b.Fatal("invalid")
		}
	}
}

// BenchmarkDeepNesting parses the documents of 100,000 nested brackets of
// TestDeepNesting.
func BenchmarkDeepNesting(b *testing.B) {
	for _, c := range deepNesting() {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				Parse(c.text, Identity)
			}
		})
	}
}

// BenchmarkLargeInput parses the 1 MB policies of TestLargeInput; the time
// per byte stays the same as the size grows.
func BenchmarkLargeInput(b *testing.B) {
	for name, text := range largeInputs() {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Parse(text, Identity)
			}
		})
	}
}

// BenchmarkManyKeys parses a condition block of 50,000 keys.
func BenchmarkManyKeys(b *testing.B) {
	text := manyKeys()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Parse(text, Identity)
	}
}

// BenchmarkManyFindings parses the 1 MB documents of TestManyFindings.
func BenchmarkManyFindings(b *testing.B) {
	for _, c := range manyFindings() {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				Parse(c.text, Identity)
			}
		})
	}
}
