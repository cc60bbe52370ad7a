package scenario

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// resourcesDoc is a scenario whose "resources" lists n buckets, the first
// with tags tags, one per line.
func resourcesDoc(n, tags int) string {
	var b strings.Builder
	b.WriteString(`{"caller": {"name": "u", "policies": [{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}]},` + "\n")
	b.WriteString(`"request": {"Name": "Carol", "Policy": "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}}"},` + "\n")
	b.WriteString(`"checks": [{"action": "s3:GetObject", "resource": "arn:aws:s3:::bucket0/k", "expect": "implicitDeny"}],` + "\n")
	b.WriteString(`"resources": [` + "\n")
	for i := range n {
		var ts []string
		for j := range tags {
			if i == 0 {
				ts = append(ts, fmt.Sprintf(`{"Key": "k%d", "Value": "v"}`, j))
			}
		}
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `{"arn": "arn:aws:s3:::bucket%d", "account": "999999999999", "tags": [%s]}`, i, strings.Join(ts, ", "))
	}
	b.WriteString("\n]}\n")
	return b.String()
}

// TestResourcesLimits runs documents at and beyond MaxResources and
// MaxResourceTags.
func TestResourcesLimits(t *testing.T) {
	tests := []struct {
		name        string
		n, tags     int
		path        string
		line        int
		says        string
		wantRunning bool
	}{
		{"resources at the limit", MaxResources, MaxResourceTags, "", 0, "", true},
		{"resources over the limit", MaxResources + 1, 1, "resources[100]", 5 + MaxResources, "101 resources", false},
		{"tags over the limit", 1, MaxResourceTags + 1, "resources[0].tags", 5, "51 tags", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Run([]byte(resourcesDoc(tt.n, tt.tags)))
			if tt.wantRunning {
				require.Nil(t, res.Error)
				require.Len(t, res.Checks, 1)
				assert.True(t, res.Checks[0].Pass, "the bucket of another account without a policy is denied")
				return
			}
			require.NotNil(t, res.Error)
			assert.Equal(t, CodeInvalidScenario, res.Error.Code)
			assert.Contains(t, res.Error.Message, tt.says)
			var found bool
			for _, d := range res.Diagnostics {
				if d.Code == CodeLimitResources {
					found = true
					assert.Equal(t, tt.path, d.Path)
					assert.Equal(t, tt.line, d.Pos.Line)
					assert.Equal(t, 1, d.Pos.Column)
				}
			}
			assert.True(t, found, "a %s diagnostic", CodeLimitResources)
		})
	}
}
