package eval

// The service control policies of an organization (RULES.md#service-control-policies).

// SetSCP is the set of the service control policies on the path of the
// principal's account.
const SetSCP = "scp"

// FullAWSAccess is the text of AWS's managed SCP FullAWSAccess, which AWS
// attaches to every root, OU and account when SCPs are enabled.
const FullAWSAccess = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}`

// EnableSCPs records that the organization has SCPs enabled; without it
// SCPs restrict nothing.
func (o *Organization) EnableSCPs() { o.scps = map[string][]PolicyRef{} }

// AttachSCPs records the policies attached to target (the root, an OU or
// an account), exactly as listed: a target without an entry has AWS's
// default FullAWSAccess.
func (o *Organization) AttachSCPs(target string, refs []PolicyRef) {
	if o.scps == nil {
		o.EnableSCPs()
	}
	o.scps[target] = refs
}

// scpsApply reports whether SCPs bound principals of account: SCPs are
// enabled, the account is a member, and it is not the management account,
// which SCPs do not affect.
func (o *Organization) scpsApply(account string) bool {
	return o != nil && o.scps != nil && o.Member(account) && account != o.Management
}

// LevelTrace is the verdict of the SCPs of one level of the account's path.
type LevelTrace struct {
	// Target is the root, an OU or the account.
	Target string `json:"target"`
	// Verdict is "allow", "deny" or "noMatch", as for a set.
	Verdict string `json:"verdict"`
	// Default is true when the scenario attaches nothing at this level, so
	// that AWS's FullAWSAccess applies.
	Default bool `json:"default,omitempty"`
}

// scp evaluates the SCPs on the path of account into v: v.allow is true
// when every level allows, v.deny when a Deny applies at any level. With a
// recorder the set and each level are traced.
func (e *evaluator) scp(v *verdict, o *Organization, account string, rec *recorder) {
	v.present = true
	v.allow = true
	var levels []LevelTrace
	rec.beginSet(SetSCP)
	for _, target := range o.Levels(account) {
		refs, attached := o.scps[target]
		lv := verdict{present: true}
		if !attached {
			lv.allow = true
		}
		for i := range refs {
			e.policy(&lv, &refs[i], SetSCP, false, rec)
		}
		v.deny = v.deny || lv.deny
		v.allow = v.allow && lv.allow
		if rec != nil {
			levels = append(levels, LevelTrace{Target: target, Verdict: lv.word(), Default: !attached})
		}
	}
	if rec != nil {
		rec.endSet(*v, "")
		rec.sets[len(rec.sets)-1].Levels = levels
	}
}

// SetRCP is the set of the resource control policies on the path of the
// resource owner's account (RULES.md#resource-control-policies).
const SetRCP = "rcp"

// AttachRCPs records the RCPs attached to target besides AWS's
// RCPFullAWSAccess, which is attached everywhere and cannot be detached.
// RCPs only Deny, so a level without an entry restricts nothing.
func (o *Organization) AttachRCPs(target string, refs []PolicyRef) {
	if o.rcps == nil {
		o.rcps = map[string][]PolicyRef{}
	}
	o.rcps[target] = refs
}

// rcpsApply reports whether RCPs bound a request for a resource of account
// with action: the account is a member other than the management account,
// and the action's service supports RCPs.
func (o *Organization) rcpsApply(account, action string) bool {
	if o == nil || o.rcps == nil || !o.Member(account) || account == o.Management {
		return false
	}
	s, ok := ServiceOf(action)
	return ok && s.RCP
}

// rcp evaluates the RCPs on the path of account, as resource-based
// policies (their Principal names whom they deny), into v: v.deny is true
// when a Deny applies at any level.
func (e *evaluator) rcp(v *verdict, o *Organization, account string, rec *recorder) {
	v.present = true
	var levels []LevelTrace
	rec.beginSet(SetRCP)
	for _, target := range o.Levels(account) {
		refs, attached := o.rcps[target]
		lv := verdict{present: true}
		for i := range refs {
			e.policy(&lv, &refs[i], SetRCP, true, rec)
		}
		v.deny = v.deny || lv.deny
		if rec != nil {
			w := "noMatch"
			if lv.deny {
				w = "deny"
			}
			levels = append(levels, LevelTrace{Target: target, Verdict: w, Default: !attached})
		}
	}
	if rec != nil {
		rec.endSet(*v, "")
		rec.sets[len(rec.sets)-1].Levels = levels
	}
}
