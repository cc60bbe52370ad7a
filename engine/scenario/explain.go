package scenario

import (
	"github.com/stsplay/stsplay/engine/eval"
	"github.com/stsplay/stsplay/engine/internal/render"
	"github.com/stsplay/stsplay/engine/sts"
)

// Options say how much of a result a run writes. The zero value gives the
// decisions only: every check's and authorization check's decision, no
// explanation (the page asks for the one it shows with Explain).
type Options struct {
	// ExplainAll explains every check and every authorization check.
	ExplainAll bool
	// ExplainChecks lists the checks (indexes into the document's checks)
	// to explain; out-of-range indexes are ignored.
	ExplainChecks []int
	// ExplainAuthorization explains the caller's authorization checks.
	ExplainAuthorization bool
}

// Everything is the Options of a full result: every explanation. The CLI
// and the HTTP endpoint's /v1/run use it.
var Everything = Options{ExplainAll: true}

func (o Options) explainsCheck(i int) bool {
	if o.ExplainAll {
		return true
	}
	for _, j := range o.ExplainChecks {
		if j == i {
			return true
		}
	}
	return false
}

func (o Options) explainsAuthorization() bool { return o.ExplainAll || o.ExplainAuthorization }

// explainSession is the one place a check of a session is explained: the
// decision and the explanation the page shows (render's words for eval's
// trace). decideSession gives the same decision without the trace.
func explainSession(s *eval.Session, r eval.Request) (eval.Decision, *render.Explanation) {
	x := eval.Explain(s, r)
	return x.Decision, render.Explain(&x.Explanation)
}

func decideSession(s *eval.Session, r eval.Request) eval.Decision {
	return eval.Decide(s, r)
}

// explainCaller is the one place a permission check of the caller is
// explained: the decision as STS needs it (authDecision), the decision and
// the explanation; decideCaller gives the same decision without the trace.
func explainCaller(c *eval.Caller, r eval.Request) (sts.AuthDecision, eval.Decision, *render.Explanation) {
	x := eval.ExplainCaller(c, r)
	return authDecision(&x), x.Decision, render.Explain(&x.Explanation)
}

func decideCaller(c *eval.Caller, r eval.Request) eval.Decision {
	return eval.DecideCaller(c, r)
}
