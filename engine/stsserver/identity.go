package stsserver

import (
	"net/http"

	"github.com/stsplay/stsplay/engine/sts"
)

// getCallerIdentity answers GetCallerIdentity, which needs no permission
// ("No permissions are required to perform this operation", STS API
// Reference) and is the one STS action a federated session may call
// (RULES.md#caller-identity-document). For a session it reports the federated user
// (arn:aws:sts::ACCT:federated-user/NAME, ACCT:NAME, ACCT); for a long-term
// key the IAM user or the root user.
func (h *Handler) getCallerIdentity(w http.ResponseWriter, c *call) {
	id := sts.NewRequestID(lockedRandom{h})
	if c.session != nil {
		writeSTS(w, http.StatusOK, sts.RenderGetCallerIdentity(c.session, id), id, c.now)
		return
	}
	p := c.owner
	writeSTS(w, http.StatusOK, sts.RenderCallerIdentity(p.arn(), p.userID(), p.world.Caller.Account, id), id, c.now)
}
