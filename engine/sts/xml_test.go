package sts

import (
	"encoding/xml"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/principal"
)

// TestGolden pins every XML shape with a fixed clock and seed.
func TestGolden(t *testing.T) {
	managedARN := "arn:aws:iam::123456789012:policy/S3Read"
	managed := map[string]string{managedARN: `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}`}
	tests := []struct {
		file   string
		req    Request
		caller principal.Caller
		auth   Authorizer
	}{
		{"jean.xml", jeanRequest(), tokenApp(), allowAll},
		{"botocore_example.xml", Request{Name: String("Bob"), Policy: String(botocorePolicy), DurationSeconds: Int32(3600),
			Tags: []Tag{NewTag("Project", "Pegasus"), NewTag("Cost-Center", "98765")}}, tokenApp(), allowAll},
		{"root_capped.xml", Request{Name: String("Susan"), PolicyArns: []string{managedARN}}, principal.Caller{Type: principal.Root, Account: testAccount}, nil},
		{"error_validation.xml", Request{Name: String("x.dwornikowski@example-company.com"), DurationSeconds: Int32(600)}, tokenApp(), allowAll},
		{"error_name_null.xml", Request{}, tokenApp(), allowAll},
		{"error_malformed_json.xml", Request{Name: String("Jean"), Policy: String(`{"Statement":[`)}, tokenApp(), allowAll},
		{"error_principal.xml", Request{Name: String("Jean"), Policy: String(`{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}]}`)}, tokenApp(), allowAll},
		{"error_access_denied.xml", jeanRequest(), tokenApp(), func(AuthRequest) AuthDecision { return AuthDecision{} }},
		{"error_tag_session_denied.xml", Request{Name: String("Jean"), Tags: []Tag{NewTag("Project", "Pegasus")}}, tokenApp(),
			func(r AuthRequest) AuthDecision { return AuthDecision{Allowed: r.Action == ActionGetFederationToken} }},
		{"error_packed_policy.xml", Request{Name: String("Jean"), Policy: String(padPolicy(randomPolicy("a", 2000), 2040)), PolicyArns: []string{"arn:aws:iam::123456789012:policy/Big"}}, tokenApp(), allowAll},
		{"error_escaping.xml", Request{Name: String("<Jean & \"Bob\">"), Policy: String("{\x01}")}, tokenApp(), allowAll},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			env := seededEnv(tc.caller)
			env.Authorize = tc.auth
			env.ManagedPolicies = map[string]string{
				managedARN:                             managed[managedARN],
				"arn:aws:iam::123456789012:policy/Big": randomPolicy("b", 1000),
			}
			out := Simulate(tc.req, env)
			golden(t, tc.file, out.Body)
			requireWellFormed(t, out.Body)
		})
	}
	t.Run("get_caller_identity.xml", func(t *testing.T) {
		s := issueJean(t, nil)
		body := RenderGetCallerIdentity(&s.Claims, "c6104cbe-af31-11e0-8154-cbc7ccf896c7")
		golden(t, "get_caller_identity.xml", body)
		requireWellFormed(t, body)
	})
	t.Run("error_expired_token.xml", func(t *testing.T) {
		golden(t, "error_expired_token.xml", RenderError(ExpiredTokenError(), "c6104cbe-af31-11e0-8154-cbc7ccf896c7"))
	})
	t.Run("error_session_credentials.xml", func(t *testing.T) {
		golden(t, "error_session_credentials.xml", RenderError(SessionCredentialsError(), "c6104cbe-af31-11e0-8154-cbc7ccf896c7"))
	})
}

// requireWellFormed checks that body is one well-formed XML document.
func requireWellFormed(t *testing.T, body string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(body))
	for {
		_, err := d.Token()
		if err != nil {
			require.Equal(t, "EOF", err.Error())
			return
		}
	}
}

func TestEscapeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{`<a & 'b' "c">`, `&lt;a &amp; 'b' "c"&gt;`},
		{"tab\tnewline\ncr\r", "tab\tnewline\ncr&#xD;"},
		{"nul\x00bell\x07", "nul\uFFFDbell\uFFFD"},
		{"bad utf8 \xff", "bad utf8 \uFFFD"},
		{"é€😀", "é€😀"},
		{"\uFFFE", "\uFFFD"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var b strings.Builder
			escapeText(&b, tc.in)
			assert.Equal(t, tc.want, b.String())
			var v struct {
				S string `xml:",chardata"`
			}
			require.NoError(t, xml.Unmarshal([]byte("<x>"+b.String()+"</x>"), &v))
			//lint:ignore SA1011 the set holds an invalid UTF-8 byte on purpose: such inputs do not round-trip.
			if !strings.ContainsAny(tc.in, "\x00\x07\xff\uFFFE") {
				assert.Equal(t, tc.in, v.S, "the text round-trips through an XML parser")
			}
		})
	}
}

// TestRenderCallerIdentity checks the one GetCallerIdentity renderer for
// a long-term caller: the element order of real traffic and the same
// escaping as every other STS document (a quote stays a quote).
func TestRenderCallerIdentity(t *testing.T) {
	got := RenderCallerIdentity("arn:aws:iam::123456789012:user/o'brien&co", "AIDAEXAMPLE", "123456789012", "req-1")
	assert.Equal(t, `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult>
    <Arn>arn:aws:iam::123456789012:user/o'brien&amp;co</Arn>
    <UserId>AIDAEXAMPLE</UserId>
    <Account>123456789012</Account>
  </GetCallerIdentityResult>
  <ResponseMetadata>
    <RequestId>req-1</RequestId>
  </ResponseMetadata>
</GetCallerIdentityResponse>
`, got)
}
