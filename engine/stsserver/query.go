package stsserver

import (
	"errors"
	"net/http"
	"net/url"
	"time"

	"github.com/stsplay/stsplay/engine/internal/sigv4"
	"github.com/stsplay/stsplay/engine/sts"
)

// call is one authenticated STS request.
type call struct {
	now    time.Time
	params url.Values
	// owner is the IAM user (or root) whose long-term key signed the
	// request; nil for session credentials.
	owner *principal
	// session holds the claims of the session token that signed the
	// request; nil for long-term keys.
	session *sts.TokenClaims
}

// serveSTS answers the STS Query API: read the body (capped), collect the
// parameters, authenticate, then dispatch on Action and Version.
func (h *Handler) serveSTS(w http.ResponseWriter, r *http.Request) {
	now := h.now()
	fail := func(e *sts.Error) {
		writeSTSError(w, e, sts.NewRequestID(lockedRandom{h}), now)
	}
	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		w.Header().Set("Allow", "GET, POST, OPTIONS")
		fail(sts.MethodNotAllowedError(r.Method))
		return
	}
	body, err := readBody(w, r, h.maxBody)
	if err != nil {
		if errors.Is(err, errTooLarge) {
			fail(sts.RequestEntityTooLargeError(tooLargeMessage(h.maxBody)))
		} else {
			fail(sts.InvalidQueryParameterError("The request body could not be read: " + err.Error()))
		}
		return
	}
	n := countParams(r.URL.RawQuery)
	if r.Method == http.MethodPost {
		n += countParams(string(body))
	}
	if n > MaxParameters {
		fail(sts.ValidationError(tooManyParametersMessage(n)))
		return
	}
	urlQuery, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		fail(sts.InvalidQueryParameterError("The query string is malformed: " + err.Error()))
		return
	}
	params, err := queryParams(r, urlQuery, body)
	if err != nil {
		fail(sts.InvalidQueryParameterError(capitalize(err.Error()) + "."))
		return
	}
	c := &call{now: now, params: params}
	v := sigv4.Verifier{Service: "sts", Region: h.region, Now: func() time.Time { return now }, Secret: h.secretFor(c)}
	if _, err := v.Verify(r, urlQuery, body); err != nil {
		fail(authError(err))
		return
	}
	h.dispatch(w, c, fail)
}

// secretFor returns the SecretFunc of one request. Long-term keys come from
// the configuration; temporary credentials are recognised from the session
// token alone: ParseToken authenticates it with the endpoint's key and
// recomputes the secret, so nothing is stored. The token must belong to the
// access key that signed the request.
func (h *Handler) secretFor(c *call) sigv4.SecretFunc {
	return func(claim sigv4.Claim) (string, error) {
		if claim.SessionToken != "" {
			if len(h.key) == 0 {
				return "", sts.InvalidClientTokenIDError()
			}
			claims, err := sts.ParseToken(h.key, claim.SessionToken, c.now)
			if err != nil {
				return "", sts.TokenError(err)
			}
			if claims.AccessKeyID != claim.AccessKeyID {
				return "", sts.InvalidClientTokenIDError()
			}
			c.session = claims
			return claims.SecretAccessKey, nil
		}
		entry, ok := h.keys[claim.AccessKeyID]
		if !ok {
			return "", sts.InvalidClientTokenIDError()
		}
		c.owner = entry.owner
		return entry.secret, nil
	}
}

// dispatch runs the action of an authenticated request.
func (h *Handler) dispatch(w http.ResponseWriter, c *call, fail func(*sts.Error)) {
	action := c.params.Get("Action")
	version := c.params.Get("Version")
	switch {
	case action == "":
		fail(sts.MissingActionError())
	case version == "":
		fail(sts.MissingVersionError())
	case version != sts.APIVersion:
		fail(sts.InvalidActionError(action, version))
	case action == sts.ActionName:
		h.getFederationToken(w, c, fail)
	case action == "GetCallerIdentity":
		h.getCallerIdentity(w, c)
	case realActions[action]:
		fail(sts.NotSimulatedError(action))
	default:
		fail(sts.InvalidActionError(action, version))
	}
}

// capitalize upper-cases the first letter of an ASCII sentence.
func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
