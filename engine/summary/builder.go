package summary

import (
	"strings"

	"github.com/stsplay/stsplay/engine/catalog"
	"github.com/stsplay/stsplay/engine/eval"
	"github.com/stsplay/stsplay/engine/internal/match"
	"github.com/stsplay/stsplay/engine/internal/reqctx"
	"github.com/stsplay/stsplay/engine/policy"
)

// builder holds what Build computes once per session.
type builder struct {
	cat *catalog.Catalog
	s   *eval.Session
	c   *eval.Caller
	// relaxed is s with the conditions of every Allow statement removed:
	// an action it allows and s does not is allowed conditionally.
	relaxed *eval.Session
	// resources are the patterns to evaluate, "*" first; compiled are
	// the same, read for catalog.ResourceType.FitsPattern.
	resources []string
	compiled  []*catalog.ResourcePattern
	// fits caches, per service and resource type, the set of resources
	// that fit it (a bit mask over resources).
	fits map[*catalog.Service][]uint64
	// The Allow statements of the session side (session and resource
	// policies), of the user side (identity policies), and the Deny
	// statements of every policy, for the per-service prefilter.
	sessionAllows, userAllows, denies []stmt
	root                              bool
}

// stmt is one statement with the policy it belongs to.
type stmt struct {
	st   *policy.Statement
	vars bool
}

func newBuilder(cat *catalog.Catalog, s *eval.Session, c *eval.Caller) *builder {
	b := &builder{cat: cat, s: s, c: c, fits: map[*catalog.Service][]uint64{}, root: c.IsRoot()}
	b.relaxed = relax(s)
	b.resources = collectResources(s)
	b.compiled = make([]*catalog.ResourcePattern, len(b.resources))
	for i, r := range b.resources {
		b.compiled[i] = catalog.CompilePattern(r)
	}
	add := func(list *[]stmt, ref *eval.PolicyRef, effect policy.Effect) {
		if ref == nil || ref.Policy == nil {
			return
		}
		for _, st := range ref.Policy.Statements {
			if st.Effect == effect {
				*list = append(*list, stmt{st, ref.Policy.VariablesEnabled()})
			}
		}
	}
	for i := range s.SessionPolicies {
		add(&b.sessionAllows, &s.SessionPolicies[i], policy.Allow)
		add(&b.denies, &s.SessionPolicies[i], policy.Deny)
	}
	for i := range s.Resources {
		add(&b.sessionAllows, &s.Resources[i].PolicyRef, policy.Allow)
		add(&b.denies, &s.Resources[i].PolicyRef, policy.Deny)
	}
	for i := range c.Identity {
		add(&b.userAllows, &c.Identity[i], policy.Allow)
		add(&b.denies, &c.Identity[i], policy.Deny)
	}
	add(&b.denies, c.Boundary, policy.Deny)
	return b
}

// relax returns a copy of s whose Allow statements have no conditions.
func relax(s *eval.Session) *eval.Session {
	r := *s
	strip := func(refs []eval.PolicyRef) []eval.PolicyRef {
		out := make([]eval.PolicyRef, len(refs))
		for i, ref := range refs {
			out[i] = ref
			out[i].Policy = relaxPolicy(ref.Policy)
		}
		return out
	}
	r.Identity = strip(s.Identity)
	r.SessionPolicies = strip(s.SessionPolicies)
	if s.Boundary != nil {
		b := *s.Boundary
		b.Policy = relaxPolicy(b.Policy)
		r.Boundary = &b
	}
	r.Resources = make([]eval.ResourcePolicy, len(s.Resources))
	for i, rp := range s.Resources {
		r.Resources[i] = rp
		r.Resources[i].Policy = relaxPolicy(rp.Policy)
	}
	return &r
}

func relaxPolicy(p *policy.Policy) *policy.Policy {
	if p == nil {
		return nil
	}
	q := *p
	q.Statements = make([]*policy.Statement, len(p.Statements))
	for i, st := range p.Statements {
		if st.Effect == policy.Allow && len(st.Conditions) > 0 {
			c := *st
			c.Conditions = nil
			st = &c
		}
		q.Statements[i] = st
	}
	return &q
}

// collectResources returns "*" and every Resource value of the session's
// policies (with policy variables replaced by the session's values), and
// the ARNs resource-based policies are attached to, without repeats, up to
// MaxResources.
func collectResources(s *eval.Session) []string {
	out := []string{"*"}
	seen := map[string]bool{"*": true}
	add := func(v string) {
		if v == "" || seen[v] || len(out) >= MaxResources {
			return
		}
		seen[v] = true
		out = append(out, v)
	}
	from := func(p *policy.Policy) {
		if p == nil {
			return
		}
		for _, st := range p.Statements {
			if st.Resource.Not {
				continue
			}
			for _, v := range st.Resource.Values {
				text := v.Value
				if p.VariablesEnabled() && match.HasVariables(text) {
					if exp, ok := match.ExpandResource(text, true, s.Context); ok {
						text = exp.String()
					}
				}
				add(text)
			}
		}
	}
	for i := range s.Identity {
		from(s.Identity[i].Policy)
	}
	if s.Boundary != nil {
		from(s.Boundary.Policy)
	}
	for i := range s.SessionPolicies {
		from(s.SessionPolicies[i].Policy)
	}
	for i := range s.Resources {
		add(s.Resources[i].AttachedTo)
		from(s.Resources[i].Policy)
	}
	return out
}

// live returns the statements of list whose Action element may cover an
// action of the service.
func live(list []stmt, prefix string) []stmt {
	var out []stmt
	for _, s := range list {
		if s.st.Action.Not {
			out = append(out, s)
			continue
		}
		for _, v := range s.st.Action.Values {
			p, _, _ := strings.Cut(v.Value, ":")
			if v.Value == "*" || match.Glob(p, prefix, true) {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

// covers reports whether one of the statements' Action elements covers the
// action.
func covers(list []stmt, a *catalog.Action) bool {
	for _, s := range list {
		hit := false
		for _, v := range s.st.Action.Values {
			if actionMatches(v.Value, a) {
				hit = true
				break
			}
		}
		if hit != s.st.Action.Not {
			return true
		}
	}
	return false
}

// actionMatches is match.Action on "prefix:Name" without building the
// name: a pattern for another service prefix fails at once.
func actionMatches(pattern string, a *catalog.Action) bool {
	if pattern == "*" {
		return true
	}
	p, n, ok := strings.Cut(pattern, ":")
	if !ok {
		return false
	}
	if !strings.ContainsAny(p, "*?") {
		if !strings.EqualFold(p, a.Service.Prefix) {
			return false
		}
		if !strings.ContainsAny(n, "*?") {
			return strings.EqualFold(n, a.Name)
		}
		return match.Glob(n, a.Name, true)
	}
	return match.Action(pattern, a.FullName())
}

// candidates returns the set of resources to evaluate the action on, as a
// bit mask over b.resources: "*" (bit 0) and those that fit one of its
// resource types.
func (b *builder) candidates(svc *catalog.Service, a *catalog.Action) uint64 {
	mask := uint64(1)
	fits := b.fits[svc]
	if fits == nil {
		fits = make([]uint64, len(svc.Resources))
		for t := range svc.Resources {
			rt := &svc.Resources[t]
			for i := 1; i < len(b.resources); i++ {
				if rt.FitsPattern(b.compiled[i]) {
					fits[t] |= 1 << i
				}
			}
		}
		b.fits[svc] = fits
	}
	for _, r := range a.Resources {
		mask |= fits[r.Type]
	}
	return mask
}

// service summarises one service; ok is false when nothing is allowed or
// denied on it.
func (b *builder) service(svc *catalog.Service) (Service, bool) {
	sessLive, userLive, denyLive := live(b.sessionAllows, svc.Prefix), live(b.userAllows, svc.Prefix), live(b.denies, svc.Prefix)
	restricted := strings.EqualFold(svc.Prefix, "iam") || strings.EqualFold(svc.Prefix, "sts")
	isSTS := strings.EqualFold(svc.Prefix, "sts")
	if len(sessLive) == 0 && len(userLive) == 0 && !b.root && !isSTS {
		return Service{}, false
	}
	out := Service{Service: svc.Prefix, Name: svc.Name, Actions: len(svc.Actions), Session: SessionSide{Entries: []Entry{}}}
	var sessLevels, userLevels [5]int
	narrower := false
	for i := range svc.Actions {
		a := &svc.Actions[i]
		gci := isSTS && strings.EqualFold(a.Name, "GetCallerIdentity")
		userPre := b.root || (len(userLive) > 0 && covers(userLive, a))
		sessPre := len(sessLive) > 0 && covers(sessLive, a)
		denyPre := len(denyLive) > 0 && covers(denyLive, a)
		if !userPre && !sessPre && !gci {
			continue
		}
		if b.root && !sessPre && !gci && !restricted && !denyPre {
			// The root user may do everything and nothing can allow or
			// deny the session: count it for the caller only.
			userLevels[a.Level]++
			out.User.Allowed++
			continue
		}
		cands := b.candidates(svc, a)
		name := a.FullName()
		var userOn, sessOn, condOn, deniedOn uint64
		rule, denyRule := "", ""
		for ri := 0; ri < len(b.resources); ri++ {
			bit := uint64(1) << ri
			if cands&bit == 0 {
				continue
			}
			r := eval.Request{Action: name, Resource: b.resources[ri]}
			// sts:GetCallerIdentity needs no permission, for the user as
			// for the session.
			userOK := gci
			if userPre && !gci {
				userOK = b.root || eval.DecideCaller(b.c, r) == eval.Allowed
			}
			if userOK {
				userOn |= bit
			}
			if !sessPre && !gci && !(userOK && (restricted || denyPre)) {
				continue
			}
			d, why := eval.DecideRule(b.s, r)
			switch {
			case d == eval.Allowed:
				sessOn |= bit
				if rule == "" {
					rule = why
				}
			case userOK && (d == eval.ExplicitDeny || why == eval.RuleServiceRestriction):
				deniedOn |= bit
				if denyRule == "" {
					denyRule = why
				}
			case sessPre:
				if d2, why2 := eval.DecideRule(b.relaxed, r); d2 == eval.Allowed {
					condOn |= bit
					if rule == "" {
						rule = why2
					}
				}
			}
		}
		level := a.Level.String()
		if userOn != 0 {
			out.User.Allowed++
			userLevels[a.Level]++
		}
		var granted uint64
		switch {
		case sessOn != 0:
			granted = widest(sessOn)
			out.Session.Entries = append(out.Session.Entries, Entry{Action: name, AccessLevel: level, Resources: b.names(granted), Rule: rule})
		case condOn != 0:
			granted = widest(condOn)
			res := b.names(granted)
			out.Session.Entries = append(out.Session.Entries, Entry{Action: name, AccessLevel: level, Resources: res, Rule: rule,
				Conditional: true, ConditionKeys: b.conditionKeys(a, res)})
		}
		if granted != 0 {
			out.Session.Allowed++
			sessLevels[a.Level]++
			if userOn != 0 && widest(userOn) != granted {
				narrower = true
			}
		}
		if deniedOn != 0 {
			out.Session.Denied = append(out.Session.Denied, Denied{Action: name, AccessLevel: level, Resources: b.names(widest(deniedOn)), Rule: denyRule})
		}
	}
	if out.Session.Allowed == 0 && out.User.Allowed == 0 && len(out.Session.Denied) == 0 {
		return Service{}, false
	}
	out.Session.ByAccessLevel, out.User.ByAccessLevel = byLevel(sessLevels), byLevel(userLevels)
	out.Change = change(out.Session.Allowed, out.User.Allowed, narrower, restricted && !isSTS)
	return out, true
}

// byLevel turns counts per access level into the JSON map, without zeros.
func byLevel(n [5]int) map[string]int {
	m := map[string]int{}
	for _, l := range catalog.Levels {
		if n[l] > 0 {
			m[l.String()] = n[l]
		}
	}
	return m
}

// widest returns just "*" (bit 0) when it is in the set, else the set.
func widest(set uint64) uint64 {
	if set&1 != 0 {
		return 1
	}
	return set
}

// names returns the resources of a set, in order.
func (b *builder) names(set uint64) []string {
	var out []string
	for i := range b.resources {
		if set&(1<<i) != 0 {
			out = append(out, b.resources[i])
		}
	}
	return out
}

// conditionKeys names the condition keys of the Allow statements that
// cover the action on one of the resources, ignoring their conditions.
func (b *builder) conditionKeys(action *catalog.Action, resources []string) []string {
	keys := map[string]bool{}
	var ctx reqctx.Getter = b.s.Context
	for _, list := range [][]stmt{b.sessionAllows, b.userAllows} {
		for _, s := range list {
			if len(s.st.Conditions) == 0 || !covers([]stmt{s}, action) {
				continue
			}
			for _, res := range resources {
				if resourceCovers(s, res, ctx) {
					for _, c := range s.st.Conditions {
						keys[c.Key.Value] = true
					}
					break
				}
			}
		}
	}
	return sortedKeys(keys)
}

// resourceCovers reports whether the statement's Resource element covers
// the resource (a statement without one, in a resource-based policy,
// covers the resource it is attached to).
func resourceCovers(s stmt, res string, ctx reqctx.Getter) bool {
	if len(s.st.Resource.Values) == 0 {
		return true
	}
	hit := false
	for _, v := range s.st.Resource.Values {
		if match.Resource(v.Value, res, s.vars, ctx) {
			hit = true
			break
		}
	}
	return hit != s.st.Resource.Not
}

// resourceChars is the characters of the resource patterns b evaluates,
// each counted plus one.
func (b *builder) resourceChars() int {
	n := 0
	for _, r := range b.resources {
		n += len(r) + 1
	}
	return n
}

// valueChars is the characters of the Action, Resource and Condition
// values of the statements b reads, each counted plus one.
func (b *builder) valueChars() int {
	n := 0
	for _, list := range [][]stmt{b.sessionAllows, b.userAllows, b.denies} {
		for _, st := range list {
			for _, v := range st.st.Action.Values {
				n += len(v.Value) + 1
			}
			for _, v := range st.st.Resource.Values {
				n += len(v.Value) + 1
			}
			for _, c := range st.st.Conditions {
				for _, v := range c.Values {
					n += len(v.Value) + 1
				}
			}
		}
	}
	return n
}

// work is the matching Build does for each action at most, the product of
// resourceChars and valueChars; Build refuses a session over MaxWork.
func (b *builder) work() int {
	return b.resourceChars() * b.valueChars()
}
