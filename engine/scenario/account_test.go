package scenario

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const accountDoc = `{
  "account": "123456789012",
  "users": [
    {"name": "alice", "accessKeys": [{"accessKeyId": "AKIAALICE0000000000", "secretAccessKey": "s"}],
     "policies": [{"Version": "2012-10-17",
                   "Statement": [{"Effect": "Allow", "Action": "sts:GetFederationToken", "Resource": "*"}]}]},
    {"type": "Root", "accessKeys": []}
  ],
  "managedPolicies": {"arn:aws:iam::123456789012:policy/S3Read": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:Get*", "Resource": "*"}]}}
}`

func TestDecodeAccount(t *testing.T) {
	a, err := DecodeAccount([]byte(accountDoc), "accessKeys")
	require.NoError(t, err)
	assert.Equal(t, "123456789012", a.Account)
	assert.Equal(t, "us-east-1", a.Region)
	assert.Equal(t, "aws", a.Partition)
	require.Len(t, a.Users, 2)
	assert.Equal(t, "IAMUser", a.Users[0].Type)
	assert.Equal(t, "alice", a.Users[0].Name)
	require.Len(t, a.Users[0].Policies, 1)
	p := a.Users[0].Policies[0]
	assert.Equal(t, "users[0].policies[0]", p.Source)
	assert.True(t, p.Verbatim)
	assert.Equal(t, p.Text, accountDoc[p.Offset:p.Offset+len(p.Text)], "a policy object is the document's own bytes at Offset")
	assert.Equal(t, "Root", a.Users[1].Type)
	require.Len(t, a.ManagedPolicies, 1)
	doc := a.Document(0)
	assert.Equal(t, a.Users[0].Name, doc.Caller.Name)
	assert.Equal(t, a.ManagedPolicies, doc.ManagedPolicies)
}

func TestDecodeAccountErrors(t *testing.T) {
	tests := []struct {
		name, doc, path, msg string
		line, column         int
	}{
		{"unknown user field", "{\n  \"users\": [\n    {\"name\": \"a\", \"acessKeys\": []}\n  ]\n}", "users[0].acessKeys", `unknown field "acessKeys"`, 3, 19},
		{"user without a name", "{\"users\": [{}]}", "users[0].name", "an IAM user caller needs a name", 1, 12},
		{"users not an array", "{\"users\": {}}", "users", "expected an array of users, found an object.", 1, 11},
		{"no users", "{}", "users", `the field "users" is required`, 1, 1},
		{"bad tag on line 4", "{\"users\": [\n  {\"name\": \"a\",\n   \"tags\": [\n     {\"Key\": 1, \"Value\": \"v\"}]}]}", "users[0].tags[0].Key", "expected a string, found a number.", 4, 14},
		{"a scenario field", "{\"users\": [{\"name\": \"a\"}], \"request\": {}}", "request", `unknown field "request"`, 1, 28},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeAccount([]byte(tc.doc), "accessKeys")
			var de *DecodeError
			require.True(t, errors.As(err, &de), "%v", err)
			f := de.Fields[0]
			assert.Equal(t, tc.path, f.Path)
			assert.Contains(t, f.Message, tc.msg)
			assert.Equal(t, tc.line, f.Line, "line")
			assert.Equal(t, tc.column, f.Column, "column")
		})
	}
}

func FuzzDecodeAccount(f *testing.F) {
	f.Add([]byte(accountDoc))
	f.Add([]byte(`{"users":[{"name":"a","tags":[{"Key":"k"}]}]}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := DecodeAccount(data, "accessKeys")
		if err != nil {
			var de *DecodeError
			require.True(t, errors.As(err, &de))
			require.NotEmpty(t, de.Fields)
			for _, fe := range de.Fields {
				require.NotEmpty(t, fe.Message)
				require.LessOrEqual(t, fe.Offset, len(data))
			}
			return
		}
		for _, u := range a.Users {
			for _, p := range u.Policies {
				if p.Verbatim {
					require.Equal(t, p.Text, string(data[p.Offset:p.Offset+len(p.Text)]))
				}
			}
		}
	})
}
