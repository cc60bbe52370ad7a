// Package stsserver is an STS-compatible HTTP endpoint for the playground's
// engine. It speaks the STS Query protocol (POST / with a form body, or
// GET /?Action=…&Version=2011-06-15), authenticates every call with AWS
// Signature Version 4 against the IAM users of its configuration or against
// the temporary credentials it issued itself (recognised from the session
// token alone, with no storage), and answers GetFederationToken and
// GetCallerIdentity with the XML real STS sends, so that the AWS SDKs and
// the AWS CLI work against it unchanged.
//
// It also serves the playground's JSON API: POST /v1/run runs a scenario
// document and GET /v1/presets lists the embedded presets.
//
// The same handler runs natively (engine/cmd/stsplay-server) and on
// Cloudflare Workers (wasm/worker). It does no I/O of its own besides the
// request and the response.
package stsserver
