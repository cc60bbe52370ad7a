package stsserver

import (
	"encoding/xml"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// panicReader fails the way a bug would: by panicking.
type panicReader struct{}

func (panicReader) Read([]byte) (int, error) { panic("random source failed") }

// TestPanicBecomesInternalFailure checks that a panic inside the handler
// is answered with STS's 500 InternalFailure (or the JSON API's error)
// instead of taking the server down.
func TestPanicBecomesInternalFailure(t *testing.T) {
	h, err := New(Options{TokenKey: testTokenKey, Now: func() time.Time { return goldenTime }, Random: panicReader{}})
	require.NoError(t, err)
	t.Run("STS API", func(t *testing.T) {
		body := "Action=GetFederationToken&Name=Jean&Version=2011-06-15"
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, goldenRequest(t, body, &aws.Credentials{AccessKeyID: ExampleAccessKeyID, SecretAccessKey: ExampleSecretAccessKey}))
		assert.Equal(t, http.StatusInternalServerError, rec.Code)
		var doc stsErrorDoc
		require.NoError(t, xml.Unmarshal(rec.Body.Bytes(), &doc), rec.Body.String())
		assert.Equal(t, "Receiver", doc.Type)
		assert.Equal(t, "InternalFailure", doc.Code)
		assert.NotEmpty(t, doc.RequestID)
	})
	t.Run("JSON API", func(t *testing.T) {
		rec := httptest.NewRecorder()
		r := httptest.NewRequest(http.MethodPost, "http://127.0.0.1:9900/v1/run", strings.NewReader("{}"))
		r.Body = panicBody{}
		h.ServeHTTP(rec, r)
		assert.Equal(t, http.StatusInternalServerError, rec.Code)
		assert.Contains(t, rec.Body.String(), `"code":"InternalFailure"`)
	})
}

// panicBody is a request body whose Read panics.
type panicBody struct{}

func (panicBody) Read([]byte) (int, error) { panic("body failed") }
func (panicBody) Close() error             { return nil }
