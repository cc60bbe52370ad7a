package scenario

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/policy"
	"github.com/stsplay/stsplay/engine/sts"
)

// TestRunnerPanicIsInternalFailure: a panic inside Runner.Run (here from a
// poisoned policy cache) gives the one internal-failure code of every
// boundary, as Run does.
func TestRunnerPanicIsInternalFailure(t *testing.T) {
	p, ok := PresetByName("jean-api-example")
	require.True(t, ok)
	doc, err := Decode(p.Scenario)
	require.NoError(t, err)
	require.NotNil(t, doc.Request.Policy)
	var r Runner
	r.policies = map[policyKey]parsedPolicy{{policy.Session, *doc.Request.Policy}: {policy: &policy.Policy{Statements: []*policy.Statement{nil}}}}
	res := r.Run(p.Scenario, Options{})
	require.NotNil(t, res.Error)
	assert.Equal(t, sts.CodeInternalFailure, res.Error.Code)
	assert.Contains(t, res.Error.Message, "this is a bug in stsplay")
}
