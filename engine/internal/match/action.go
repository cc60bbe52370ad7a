package match

// Action reports whether an action name such as "s3:GetObject" matches a
// pattern from an Action or NotAction element. The match is a glob over the
// whole name with * and ? ("You can also use wildcards (* or ?) as part of
// the action name", IAM JSON policy elements: Action) and ignores case ("The
// prefix and the action name are case insensitive. For example,
// iam:ListAccessKeys is the same as IAM:listaccesskeys", same page;
// RULES.md#action-matching). So "s3:Get*Tagging" matches "s3:GetObjectTagging"
// but not "s3:GetObject", and "*" matches every action.
//
// Policy variables are not substituted in actions: AWS allows them only in
// Resource and in string and ARN conditions (RULES.md#policy-variables).
func Action(pattern, action string) bool {
	if pattern == "*" {
		return true
	}
	return globString(pattern, action, true, 0)
}
