package stsserver

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/tidwall/gjson"

	"github.com/stsplay/stsplay/engine/course"
	"github.com/stsplay/stsplay/engine/scenario"
	"github.com/stsplay/stsplay/engine/sts"
)

// The environment variables of an exercise lab.
const (
	// EnvExercise holds an exercise document itself (the Worker's way).
	EnvExercise = "STSPLAY_EXERCISE"
	// EnvExerciseFile names a file holding an exercise document (native
	// server only; the -exercise flag wins over it).
	EnvExerciseFile = "STSPLAY_EXERCISE_FILE"
)

// LoadExercise puts the exercise named by file (a flag), else by
// EnvExerciseFile, else given in EnvExercise, into s: the endpoint then
// serves the exercise's world (its caller holds the documentation's
// example access key, ExampleAccessKeyID) instead of the configured one,
// and answers the lab API (serveExercise). With none of them, s is left
// as it is. An exercise and a configuration are not given together.
func LoadExercise(s *Settings, file string, getenv func(string) string, readFile func(string) ([]byte, error)) error {
	if file == "" {
		file = getenv(EnvExerciseFile)
	}
	var data []byte
	switch {
	case file != "":
		if readFile == nil {
			return fmt.Errorf("exercise: cannot read %s: there is no file system here; put the exercise document in %s", file, EnvExercise)
		}
		var err error
		if data, err = readFile(file); err != nil {
			return fmt.Errorf("exercise: %w", err)
		}
	case getenv(EnvExercise) != "":
		data = []byte(getenv(EnvExercise))
		file = "environment variable " + EnvExercise
	default:
		return nil
	}
	if !s.builtinConfig {
		return fmt.Errorf("exercise: an exercise brings its own world; do not also give a configuration (%s)", s.ConfigSource)
	}
	doc, cfg, err := ExerciseConfig(data)
	if err != nil {
		return err
	}
	s.Config, s.Exercise, s.builtinConfig = cfg, doc, false
	s.ConfigSource = fmt.Sprintf("exercise %s (%s) from %s; its caller %s holds the example key %s", doc.Exercise.ID, doc.Exercise.Title, file, callerName(doc), ExampleAccessKeyID)
	return nil
}

func callerName(doc *scenario.Document) string {
	if doc.Caller.Type == "Root" {
		return "the root user"
	}
	return doc.Caller.Name
}

// ExerciseConfig reads an exercise document and returns it with the
// configuration of its world. A learner answers through the STS API, so
// every editable part must be a GetFederationToken parameter (request.…).
func ExerciseConfig(data []byte) (*scenario.Document, *Config, error) {
	doc, err := scenario.Decode(data)
	if err != nil {
		var de *scenario.DecodeError
		if errors.As(err, &de) && len(de.Fields) > 0 {
			f := de.Fields[0]
			return nil, nil, fmt.Errorf("exercise: %s", f.Error())
		}
		return nil, nil, fmt.Errorf("exercise: %w", err)
	}
	if doc.Exercise == nil {
		return nil, nil, errors.New("exercise: the document has no \"exercise\" block; serve it with -config instead")
	}
	for _, p := range doc.Exercise.Editable {
		if !strings.HasPrefix(p, "request.") {
			return nil, nil, fmt.Errorf("exercise: %s is editable, which a learner cannot change through the STS API; a lab exercise edits only request parameters (request.Name, request.Policy, …)", p)
		}
	}
	cfg, err := configFromScenario(data, ExampleAccessKeyID, ExampleSecretAccessKey)
	if err != nil {
		return nil, nil, err
	}
	return doc, cfg, nil
}

// serveExercise answers the lab API of an endpoint that serves an
// exercise, in plain text for a terminal:
//
//	GET  /v1/exercise          the title, the task, what may be changed, the checks
//	GET  /v1/exercise/hint/N   hint N (from 1)
//	POST /v1/exercise/check    body: the JSON that `aws sts get-federation-token`
//	                           prints (or the bare session token) → one line per
//	                           expectation, then "Solved." or "Not solved yet."
//
// The check reads the request back from the session token, which only
// this endpoint can have signed: the session's name, policies, tags and
// duration are the learner's answer.
func (h *Handler) serveExercise(w http.ResponseWriter, r *http.Request) {
	doc := h.exercise
	if doc == nil {
		writeJSONError(w, http.StatusNotFound, "NotFound", "This endpoint serves no exercise; start it with -exercise FILE.")
		return
	}
	ex := doc.Exercise
	path := strings.TrimSuffix(r.URL.Path, "/")
	switch {
	case path == "/v1/exercise" && r.Method == http.MethodGet:
		writeText(w, http.StatusOK, exerciseText(doc))
	case strings.HasPrefix(path, "/v1/exercise/hint/") && r.Method == http.MethodGet:
		n, err := strconv.Atoi(strings.TrimPrefix(path, "/v1/exercise/hint/"))
		if err != nil || n < 1 || n > len(ex.Hints) {
			writeText(w, http.StatusNotFound, fmt.Sprintf("This exercise has %d hints: /v1/exercise/hint/1 to /v1/exercise/hint/%d.\n", len(ex.Hints), len(ex.Hints)))
			return
		}
		writeText(w, http.StatusOK, fmt.Sprintf("Hint %d of %d: %s\n", n, len(ex.Hints), ex.Hints[n-1]))
	case path == "/v1/exercise/check" && r.Method == http.MethodPost:
		body, err := readBody(w, r, h.maxBody)
		if err != nil {
			writeText(w, http.StatusRequestEntityTooLarge, "The body could not be read: "+err.Error()+"\n")
			return
		}
		h.checkExercise(w, body)
	default:
		writeText(w, http.StatusNotFound, "The lab API has GET /v1/exercise, GET /v1/exercise/hint/N and POST /v1/exercise/check.\n")
	}
}

// exerciseText is what GET /v1/exercise prints.
func exerciseText(doc *scenario.Document) string {
	ex := doc.Exercise
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n%s\n\n", ex.Title, ex.Task)
	fmt.Fprintf(&b, "You may change: %s.\n", strings.Join(ex.Editable, ", "))
	if doc.ExpectError != "" {
		fmt.Fprintf(&b, "GetFederationToken must fail with %s.\n", doc.ExpectError)
	} else {
		b.WriteString("GetFederationToken must succeed, and then:\n")
	}
	for i, c := range doc.Checks {
		if c.Expect == "" {
			continue
		}
		expect := c.Expect
		if ex.IsHidden(i) {
			expect = "(hidden until it fails)"
		}
		fmt.Fprintf(&b, "  %s %s%s: %s\n", c.Action, c.Resource, contextText(c.Context), expect)
	}
	fmt.Fprintf(&b, "\nCall GetFederationToken as %s, then POST its output to /v1/exercise/check. %d hints: GET /v1/exercise/hint/1.\n", callerName(doc), len(ex.Hints))
	return b.String()
}

func contextText(ctx []scenario.ContextKey) string {
	if len(ctx) == 0 {
		return ""
	}
	var parts []string
	for _, k := range ctx {
		v := strings.Join(k.Values, ",")
		if k.Multi {
			v = "[" + v + "]"
		}
		parts = append(parts, k.Key+"="+v)
	}
	return " with " + strings.Join(parts, ", ")
}

// checkExercise grades the session whose token is in body.
func (h *Handler) checkExercise(w http.ResponseWriter, body []byte) {
	token := strings.TrimSpace(string(body))
	if v := gjson.GetBytes(body, "Credentials.SessionToken"); gjson.ValidBytes(body) && v.Type == gjson.String {
		token = v.Str
	}
	if len(h.key) == 0 {
		writeText(w, http.StatusServiceUnavailable, "This endpoint issues no credentials, so there is nothing to check.\n")
		return
	}
	// A check is one scenario run: it takes one of the /v1/run slots
	// (MaxConcurrentRuns) or is answered 503 at once.
	g := h.runs.init()
	select {
	case g.slots <- struct{}{}:
		defer func() { <-g.slots }()
	default:
		w.Header().Set("Retry-After", strconv.Itoa(RetryAfterSeconds))
		writeText(w, http.StatusServiceUnavailable, fmt.Sprintf("This endpoint is already running %d scenarios, the most it runs at once; try again in %d second.\n", g.size, RetryAfterSeconds))
		return
	}
	claims, err := sts.ParseToken(h.key, token, h.now())
	if err != nil {
		writeText(w, http.StatusBadRequest, "POST the output of `aws sts get-federation-token` (or its SessionToken): "+sts.TokenError(err).Message+"\n")
		return
	}
	grade, err := course.GradeAnswer(h.exercise, answerFromClaims(h.exercise.Exercise, claims))
	if err != nil {
		writeText(w, http.StatusInternalServerError, err.Error()+"\n")
		return
	}
	writeText(w, http.StatusOK, gradeText(grade))
}

// answerFromClaims is the learner's answer that a session token records:
// the request parameters the exercise lets the learner change.
func answerFromClaims(ex *scenario.Exercise, c *sts.TokenClaims) scenario.Patch {
	value := map[string]any{"request.Name": c.Name, "request.DurationSeconds": int64(c.Expires.Sub(c.Issued).Seconds())}
	var arns []map[string]string
	for _, p := range c.Policies {
		if p.ARN == "" {
			value["request.Policy"] = p.Text
		} else {
			arns = append(arns, map[string]string{"arn": p.ARN})
		}
	}
	if arns != nil {
		value["request.PolicyArns"] = arns
	}
	if len(c.Tags) > 0 {
		tags := make([]scenario.Tag, len(c.Tags))
		for i, t := range c.Tags {
			tags[i] = scenario.Tag{Key: t.Key, Value: t.Value}
		}
		value["request.Tags"] = tags
	}
	var out scenario.Patch
	for _, p := range ex.Editable {
		raw := "null"
		if v, ok := value[p]; ok {
			b, _ := json.Marshal(v) // strings, numbers and maps: cannot fail
			raw = string(b)
		}
		out = append(out, scenario.PatchEntry{Path: p, Value: raw})
	}
	return out
}

// gradeText writes a grade one expectation a line.
func gradeText(g *course.Grade) string {
	var b strings.Builder
	for _, s := range g.Expectations {
		mark := "PASS"
		if !s.Met {
			mark = "FAIL"
		}
		if s.Kind == "call" {
			fmt.Fprintf(&b, "%s GetFederationToken → %s", mark, s.Got)
			if !s.Met {
				fmt.Fprintf(&b, " (expected %s)", s.Expect)
				if s.Message != "" {
					fmt.Fprintf(&b, ": %s", s.Message)
				}
			}
			b.WriteString("\n")
			continue
		}
		fmt.Fprintf(&b, "%s %s %s%s", mark, s.Action, s.Resource, s.ContextText())
		switch {
		case s.Hidden && s.Met:
			b.WriteString(" (hidden check)")
		case s.Hidden:
			fmt.Fprintf(&b, " → %s (hidden check)", s.Got)
		case s.Met:
			fmt.Fprintf(&b, " → %s", s.Got)
		default:
			fmt.Fprintf(&b, " → %s (expected %s)", s.Got, s.Expect)
		}
		if !s.Met && s.Explanation != nil && s.Explanation.Summary != "" {
			fmt.Fprintf(&b, ": %s", s.Explanation.Summary)
		}
		b.WriteString("\n")
	}
	if g.Solved {
		b.WriteString("Solved.\n")
	} else {
		b.WriteString("Not solved yet.\n")
	}
	return b.String()
}

// writeText writes a plain-text answer.
func writeText(w http.ResponseWriter, status int, text string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(text)))
	w.WriteHeader(status)
	_, _ = w.Write([]byte(text))
}
