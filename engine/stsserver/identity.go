package stsserver

import (
	"encoding/xml"
	"net/http"
	"strings"

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
	writeSTS(w, http.StatusOK, renderIdentity(p.arn(), p.userID(), p.world.Caller.Account, id), id, c.now)
}

// renderIdentity renders GetCallerIdentityResponse for a long-term
// principal in the layout of sts.RenderGetCallerIdentity (Arn, UserId,
// Account; two-space indentation, no XML declaration, RULES.md#caller-identity-document), which
// renders only federated sessions.
func renderIdentity(arn, userID, account, requestID string) string {
	var b strings.Builder
	b.WriteString(`<GetCallerIdentityResponse xmlns="` + sts.Namespace + `">` + "\n")
	b.WriteString("  <GetCallerIdentityResult>\n")
	leaf(&b, 4, "Arn", arn)
	leaf(&b, 4, "UserId", userID)
	leaf(&b, 4, "Account", account)
	b.WriteString("  </GetCallerIdentityResult>\n")
	b.WriteString("  <ResponseMetadata>\n")
	leaf(&b, 4, "RequestId", requestID)
	b.WriteString("  </ResponseMetadata>\n")
	b.WriteString("</GetCallerIdentityResponse>\n")
	return b.String()
}

// leaf writes one indented text element.
func leaf(b *strings.Builder, indent int, name, text string) {
	b.WriteString(strings.Repeat(" ", indent) + "<" + name + ">")
	_ = xml.EscapeText(b, []byte(text))
	b.WriteString("</" + name + ">\n")
}
