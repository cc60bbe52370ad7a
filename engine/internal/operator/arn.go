package operator

import "github.com/stsplay/stsplay/engine/internal/match"

// MatchARN compares a request value with an Arn policy value: "Case-
// sensitive matching of the ARN. Each of the six colon-delimited components
// of the ARN is checked separately and each can include multi-character
// match wildcards (*) or single-character match wildcards (?)" [RULES.md#arn-operators].
// ArnEquals and ArnLike "behave identically".
func MatchARN(v, p string) bool { return match.ARN(p, v) }

// MatchARNPattern is MatchARN for a policy value whose policy variables
// have been substituted.
func MatchARNPattern(v string, p *match.Pattern) bool { return p.MatchARN(v) }
