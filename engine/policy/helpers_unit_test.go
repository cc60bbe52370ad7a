package policy

import (
	"encoding/json"
	"github.com/stsplay/stsplay/engine/internal/editdist"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestARNService(t *testing.T) {
	cases := []struct {
		arn     string
		service string
		ok      bool
	}{
		{"arn:aws:s3:::productionapp/*", "s3", true},
		{"arn:aws:sts::123456789012:federated-user/Carol", "sts", true},
		{"arn:aws:sqs:*", "sqs", true},
		{"arn:aws:*", "*", true},
		{"arn:aws:ec2:us-east-1:123456789012:instance/i-1:extra:colons", "ec2", true},
		{"arn:aws:s3", "", false},
		{"arn:aws:s3:::", "s3", true}, // an empty resource part passes IAM's format check (moto's emulation)
		{"arn:aws::::x", "", false},
		{"arn:", "", false},
		{"ARN:aws:s3:::b", "", false},
		{"s3:::b", "", false},
	}
	for _, c := range cases {
		t.Run(c.arn, func(t *testing.T) {
			service, ok := arnService(c.arn)
			assert.Equal(t, c.ok, ok)
			assert.Equal(t, c.service, service)
		})
	}
}

func TestSuggest(t *testing.T) {
	cases := []struct{ name, want string }{
		{"effect", "Effect"},
		{"EFFECT", "Effect"},
		{"Efect", "Effect"},
		{"Actions", "Action"},
		{"NotActoin", "NotAction"},
		{"Conditon", "Condition"},
		{"Sids", "Sid"},
		{"Foo", ""},
		{"Principle", "Principal"},
		{"X", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, suggest(c.name, statementElements))
		})
	}
	assert.Equal(t, "ForAllValues:StringLikeIfExists", suggestOperator("ForAllValue:StringLkeIfExists"))
	assert.Equal(t, "", suggestOperator("NulIfExists"), "Null takes no IfExists")
	assert.Equal(t, 3, editdist.Distance("kitten", "sitting"))
}

func TestJSONPath(t *testing.T) {
	assert.Equal(t, "Statement[2].Action[1]", at("Statement").item(2).child("Action").item(1).String())
	assert.Equal(t, "Statement.Condition.StringEquals.aws:SourceIp", at("Statement").child("Condition").child("StringEquals").child("aws:SourceIp").String())
	assert.Equal(t, "Version", at("").child("Version").String())
	assert.Equal(t, "", at("").String())
	assert.Equal(t, "a[0][1]", at("a").item(0).item(1).String())
	assert.Equal(t, "a.b.c.d.e[3].f", at("a").child("b").child("c").child("d").child("e").item(3).child("f").String(), "longer paths fold")
	assert.Equal(t, "[2]", at("").item(2).String())
}

// TestCheckJSONAgreesWithEncodingJSON compares the syntax checker with
// encoding/json on hand-picked edge cases (the fuzz test does so on random
// input).
func TestCheckJSONAgreesWithEncodingJSON(t *testing.T) {
	for _, text := range []string{
		`{}`, `[]`, `""`, `0`, `-0`, `-0.5e+10`, `1E5`, `01`, `1.`, `.5`, `-`, `+1`, `1e`, `tru`, `truex`, `nul`, `null`,
		`{"a":1,}`, `[1,]`, `[,1]`, `{"a" 1}`, `{"a":}`, `{,}`, `{"a":1 "b":2}`, `"\u00e9"`, `"\u00g9"`, `"\x"`,
		"\"a\tb\"", "\"a\nb\"", " \t\r\n{} \n", "{}\x00", `[[[]]]`, `[[[]]`, `{"a":[{"b":[]}]}`, "\xef\xbb\xbf{}", `"é"`,
		"\"\xff\"", `{"a":1}}`, `[1]]`, `{"a":true,"b":false,"c":null}`, `1 2`, ``, ` `,
	} {
		t.Run(text, func(t *testing.T) {
			assert.Equal(t, json.Valid([]byte(text)), checkJSON(text) == nil)
		})
	}
}
