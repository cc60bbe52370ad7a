package stsserver

import (
	"net/http"

	"github.com/stsplay/stsplay/engine/sts"
)

// getFederationToken runs GetFederationToken through the engine's pipeline
// (sts.Simulate: validate, authorize, issue, render) with the signer as
// the caller. Session credentials may not call it: "Cannot call
// GetFederationToken with session credentials" (RULES.md#session-credentials).
func (h *Handler) getFederationToken(w http.ResponseWriter, c *call, fail func(*sts.Error)) {
	if c.session != nil {
		fail(sts.SessionCredentialsError())
		return
	}
	if len(h.key) == 0 {
		fail(sts.ServiceUnavailableError(h.noKey))
		return
	}
	req, err := sts.DecodeQuery(c.params)
	if err != nil {
		fail(sts.DecodeError(err))
		return
	}
	out := sts.Simulate(req, sts.Env{
		Caller:          c.owner.world.Caller,
		ManagedPolicies: c.owner.world.Managed,
		Authorize:       c.owner.world.Authorizer(c.now, nil),
		Key:             h.key,
		Now:             c.now,
		Random:          lockedRandom{h},
	})
	writeSTS(w, out.Status, out.Body, out.RequestID, c.now)
}
