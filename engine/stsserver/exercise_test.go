package stsserver

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/course"
	"github.com/stsplay/stsplay/engine/scenario"
)

// labExercise returns the text of a built-in exercise.
func labExercise(t *testing.T, id string) []byte {
	t.Helper()
	var c struct {
		Exercises []json.RawMessage `json:"exercises"`
	}
	require.NoError(t, json.Unmarshal(course.BuiltinText(), &c))
	for _, e := range c.Exercises {
		doc, err := scenario.Decode(e)
		require.NoError(t, err)
		if doc.Exercise.ID == id {
			return e
		}
	}
	t.Fatalf("no exercise %s", id)
	return nil
}

func newLabServer(t *testing.T, id string) *testServer {
	t.Helper()
	doc, cfg, err := ExerciseConfig(labExercise(t, id))
	require.NoError(t, err)
	ts := &testServer{}
	h, err := New(Options{Config: cfg, TokenKey: testTokenKey, Exercise: doc, Now: time.Now})
	require.NoError(t, err)
	ts.handler = h
	ts.Server = httptest.NewServer(h)
	t.Cleanup(ts.Close)
	return ts
}

func httpDo(t *testing.T, method, url, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	require.NoError(t, err)
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res.StatusCode, string(b)
}

// TestLabSolvedThroughTheSTSAPI: a learner calls GetFederationToken with
// the SDK as the exercise's caller and posts the output; the session's
// policy is graded by the exercise's checks.
func TestLabSolvedThroughTheSTSAPI(t *testing.T) {
	ts := newLabServer(t, "jean-prefix")
	code, text := httpDo(t, http.MethodGet, ts.URL+"/v1/exercise", "")
	assert.Equal(t, 200, code)
	assert.Contains(t, text, "Jean's folder only\n\nWrite a session policy")
	assert.Contains(t, text, "You may change: request.Policy.\n")
	assert.Contains(t, text, "  s3:ListBucket arn:aws:s3:::productionapp with s3:prefix=bob/: (hidden until it fails)\n")
	assert.NotContains(t, text, "implicitDeny")
	code, text = httpDo(t, http.MethodGet, ts.URL+"/v1/exercise/hint/2", "")
	assert.Equal(t, 200, code)
	assert.Equal(t, "Hint 2 of 3: Limit the listing with a Condition on the `s3:prefix` key.\n", text)
	code, _ = httpDo(t, http.MethodGet, ts.URL+"/v1/exercise/hint/4", "")
	assert.Equal(t, 404, code)

	for _, tc := range []struct {
		name, policy string
		want         []string
	}{
		{"solution", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::productionapp/jean/*"},{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::productionapp","Condition":{"StringLike":{"s3:prefix":["jean/","jean/*"]}}}]}`,
			[]string{"PASS GetFederationToken → success\n", "PASS s3:ListBucket arn:aws:s3:::productionapp with s3:prefix=bob/ (hidden check)\n", "Solved.\n"}},
		{"wrong", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}`,
			[]string{"FAIL s3:ListBucket arn:aws:s3:::productionapp with s3:prefix=bob/ → allowed (hidden check): Allowed: ", "Not solved yet.\n"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := ts.exampleClient().GetFederationToken(ctx(t), &sts.GetFederationTokenInput{Name: aws.String("Jean"), Policy: aws.String(tc.policy)})
			require.NoError(t, err)
			body, err := json.Marshal(map[string]any{"Credentials": map[string]any{"SessionToken": aws.ToString(out.Credentials.SessionToken)}})
			require.NoError(t, err)
			code, text := httpDo(t, http.MethodPost, ts.URL+"/v1/exercise/check", string(body))
			assert.Equal(t, 200, code)
			for _, w := range tc.want {
				assert.Contains(t, text, w)
			}
			// The bare token gives the same answer.
			_, bare := httpDo(t, http.MethodPost, ts.URL+"/v1/exercise/check", aws.ToString(out.Credentials.SessionToken))
			assert.Equal(t, text, bare)
		})
	}
	code, text = httpDo(t, http.MethodPost, ts.URL+"/v1/exercise/check", `{"Credentials": {"SessionToken": "forged"}}`)
	assert.Equal(t, 400, code)
	assert.Contains(t, text, "POST the output of `aws sts get-federation-token`")
}

func TestLabWithoutExercise(t *testing.T) {
	ts := newTestServer(t, nil)
	code, text := httpDo(t, http.MethodGet, ts.URL+"/v1/exercise", "")
	assert.Equal(t, 404, code)
	assert.Contains(t, text, "serves no exercise")
}

func TestExerciseConfig(t *testing.T) {
	_, cfg, err := ExerciseConfig(labExercise(t, "jean-prefix"))
	require.NoError(t, err)
	require.Len(t, cfg.Users, 1)
	assert.Equal(t, "token-app", cfg.Users[0].Name)
	assert.Equal(t, ExampleAccessKeyID, cfg.Users[0].AccessKeys[0].AccessKeyID)

	_, _, err = ExerciseConfig(labExercise(t, "bucket-policy-carol"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "resourcePolicies[0].policy is editable, which a learner cannot change through the STS API")
	_, _, err = ExerciseConfig([]byte(`{"caller": {"name": "a"}, "request": {}}`))
	assert.ErrorContains(t, err, `the document has no "exercise" block`)
	_, _, err = ExerciseConfig([]byte(`{"caller": {"name": "a"}, "request": {}, "exercise": {}}`))
	assert.ErrorContains(t, err, `exercise: exercise.id (line 1, column 54): an exercise needs an "id"`)
}

func TestLoadExercise(t *testing.T) {
	ex := string(labExercise(t, "jean-prefix"))
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	read := func(name string) ([]byte, error) { return []byte(ex), nil }

	s, err := LoadSettings("", env(nil), read)
	require.NoError(t, err)
	require.NoError(t, LoadExercise(s, "lab.json", env(nil), read))
	require.NotNil(t, s.Exercise)
	assert.Contains(t, s.ConfigSource, "exercise jean-prefix (Jean's folder only) from lab.json; its caller token-app holds the example key AKIAIOSFODNN7EXAMPLE")

	s, err = LoadSettings("", env(nil), nil)
	require.NoError(t, err)
	require.NoError(t, LoadExercise(s, "", env(map[string]string{EnvExercise: ex}), nil))
	require.NotNil(t, s.Exercise)
	assert.Equal(t, s.Exercise, WorkerOptions(s).Exercise)

	s, err = LoadSettings("", env(nil), nil)
	require.NoError(t, err)
	assert.ErrorContains(t, LoadExercise(s, "lab.json", env(nil), nil), "there is no file system here")

	s, err = LoadSettings("", env(map[string]string{EnvConfig: `{"account": "123456789012", "users": [{"name": "u", "accessKeys": [{"accessKeyId": "AKIAEXAMPLE000000001", "secretAccessKey": "s"}]}]}`}), nil)
	require.NoError(t, err)
	assert.ErrorContains(t, LoadExercise(s, "", env(map[string]string{EnvExercise: ex}), nil), "an exercise brings its own world; do not also give a configuration")

	s, err = LoadSettings("", env(nil), nil)
	require.NoError(t, err)
	require.NoError(t, LoadExercise(s, "", env(nil), nil))
	assert.Nil(t, s.Exercise)
}

// TestLabCheckTakesARunSlot: with every run slot taken, a check is
// answered 503 at once.
func TestLabCheckTakesARunSlot(t *testing.T) {
	ts := newLabServer(t, "jean-prefix")
	g := ts.handler.runs.init()
	for i := 0; i < g.size; i++ {
		g.slots <- struct{}{}
	}
	code, text := httpDo(t, http.MethodPost, ts.URL+"/v1/exercise/check", "token")
	assert.Equal(t, http.StatusServiceUnavailable, code)
	assert.Contains(t, text, "already running 4 scenarios")
	for i := 0; i < g.size; i++ {
		<-g.slots
	}
	code, _ = httpDo(t, http.MethodPost, ts.URL+"/v1/exercise/check", "token")
	assert.Equal(t, http.StatusBadRequest, code)
}
