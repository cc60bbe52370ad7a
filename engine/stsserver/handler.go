package stsserver

import (
	"crypto/rand"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/stsplay/stsplay/engine/sts"
)

// DefaultMaxBodyBytes is the largest request body the endpoint reads: 256
// KiB, far above any valid GetFederationToken (a 2,048-character policy and
// 50 tags encode to well under 32 KiB) and any scenario the site sends.
const DefaultMaxBodyBytes = 256 << 10

// Options configure a Handler.
type Options struct {
	// Config is the simulated account; nil means DefaultConfig.
	Config *Config
	// TokenKey signs and authenticates session tokens; it must not be
	// empty unless NoTokenKey says why (see LoadSettings for the rules a
	// server applies to it: at least MinTokenKeyBytes, the development key
	// on loopback only).
	TokenKey []byte
	// NoTokenKey, with an empty TokenKey, is the message GetFederationToken
	// answers instead of issuing credentials (503 ServiceUnavailable); the
	// rest of the endpoint works, and no session token is accepted.
	NoTokenKey string
	// Now is the endpoint's clock; nil means time.Now.
	Now func() time.Time
	// Random supplies request ids and access key ids; nil means
	// crypto/rand.
	Random io.Reader
	// MaxBodyBytes caps request bodies; 0 means DefaultMaxBodyBytes.
	MaxBodyBytes int64
}

// Handler is the endpoint: the STS Query API on every path outside /v1/,
// and the JSON API under /v1/.
type Handler struct {
	keys    map[string]keyEntry
	region  string
	key     []byte
	noKey   string
	now     func() time.Time
	random  io.Reader
	randMu  sync.Mutex
	maxBody int64
	runs    runGate
}

// keyEntry is a long-term access key and its owner.
type keyEntry struct {
	secret string
	owner  *principal
}

// New builds a Handler. It fails on an unusable configuration or an empty
// token key.
func New(opt Options) (*Handler, error) {
	if len(opt.TokenKey) == 0 && opt.NoTokenKey == "" {
		return nil, &ConfigError{Message: "the session-token key is empty; set " + EnvTokenKey}
	}
	cfg := opt.Config
	if cfg == nil {
		var err error
		if cfg, err = DefaultConfig(); err != nil {
			return nil, err
		}
	} else if err := cfg.check(); err != nil {
		return nil, err
	}
	h := &Handler{
		keys:    map[string]keyEntry{},
		region:  cfg.RegionOrDefault(),
		key:     opt.TokenKey,
		noKey:   opt.NoTokenKey,
		now:     opt.Now,
		random:  opt.Random,
		maxBody: opt.MaxBodyBytes,
	}
	if h.now == nil {
		h.now = time.Now
	}
	if h.random == nil {
		h.random = rand.Reader
	}
	if h.maxBody <= 0 {
		h.maxBody = DefaultMaxBodyBytes
	}
	for i := range cfg.Users {
		p, err := newPrincipal(cfg, i)
		if err != nil {
			return nil, err
		}
		for _, k := range cfg.Users[i].AccessKeys {
			h.keys[k.AccessKeyID] = keyEntry{secret: k.SecretAccessKey, owner: p}
		}
	}
	return h, nil
}

// ServeHTTP routes a request: CORS preflights, the JSON API under /v1/,
// and the STS Query API everywhere else. A panic below is turned into a
// 500 so that one bad request never stops the server.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	api := strings.HasPrefix(r.URL.Path, "/v1/")
	defer func() {
		if v := recover(); v != nil {
			const msg = "The endpoint failed on this request; please report it with the request that caused it."
			if api {
				writeJSONError(w, http.StatusInternalServerError, sts.CodeInternalFailure, msg)
				return
			}
			e := sts.InternalFailureError(msg)
			// The request id comes straight from crypto/rand: the
			// handler's own source may be what failed.
			writeSTSError(w, e, sts.NewRequestID(rand.Reader), time.Now())
		}
	}()
	setCORS(w, r)
	if r.Method == http.MethodOptions {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	if api {
		h.serveAPI(w, r)
		return
	}
	h.serveSTS(w, r)
}

// readRandom fills p from the handler's random source; the source is
// shared by concurrent requests.
func (h *Handler) readRandom(p []byte) {
	h.randMu.Lock()
	defer h.randMu.Unlock()
	if _, err := io.ReadFull(h.random, p); err != nil {
		clear(p)
	}
}

// lockedRandom is an io.Reader over the handler's random source.
type lockedRandom struct{ h *Handler }

func (l lockedRandom) Read(p []byte) (int, error) {
	l.h.readRandom(p)
	return len(p), nil
}
