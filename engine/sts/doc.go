// Package sts simulates AWS STS GetFederationToken: it validates a request
// the way STS does, authorizes the caller through an injected callback,
// issues a federated-user session whose credentials can later be recognised
// without storage, and renders the XML a real SDK receives.
//
// The AWS behaviour encoded here is described in the rule book
// (RULES.md#getfederationtoken-on-the-wire and the rules after it), which
// quotes the STS service model in
// boto/botocore (service-2.json), the STS API Reference page
// "GetFederationToken", the IAM User Guide and public issue threads. Rules
// that AWS has not stated outright are marked UNCONFIRMED next to the code.
//
// The pipeline is Validate (model constraints, session tags, session
// policies) → Authorize (sts:GetFederationToken and sts:TagSession for the
// caller) → Issue (packing, credentials, session token) → Render*. Simulate
// runs all of it and always produces an HTTP status and an XML body.
package sts
