package bridge

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	tests := []struct {
		name     string
		run      func([]byte, string) []byte
		wantCode string
		wantEcho bool
	}{
		{name: "engine result is passed through", run: func(b []byte, _ string) []byte { return b }, wantEcho: true},
		{name: "panic becomes an error result", run: func([]byte, string) []byte { panic("boom") }, wantCode: "InternalFailure"},
		{name: "nil map panic becomes an error result", run: func([]byte, string) []byte {
			var m map[string]int
			//lint:ignore SA5000 the write to a nil map is the panic under test.
			m["x"] = 1
			return nil
		}, wantCode: "InternalFailure"},
		{name: "missing engine is an error result", run: nil, wantCode: "InternalFailure"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := Engine{Version: "9.9.9", RunDoc: tt.run}
			doc := `{"version":1}`
			out := e.Run(doc, "")
			if tt.wantEcho {
				assert.Equal(t, doc, out)
				return
			}
			var res struct {
				Engine string `json:"engine"`
				Error  struct {
					Code    string `json:"code"`
					Message string `json:"message"`
				} `json:"error"`
				Checks []any `json:"checks"`
			}
			require.NoError(t, json.Unmarshal([]byte(out), &res))
			assert.Equal(t, "9.9.9", res.Engine)
			assert.Equal(t, tt.wantCode, res.Error.Code)
			assert.NotEmpty(t, res.Error.Message)
			assert.NotNil(t, res.Checks)
		})
	}
}

func TestRunKeepsWorkingAfterPanic(t *testing.T) {
	calls := 0
	e := Engine{RunDoc: func(b []byte, _ string) []byte {
		calls++
		if calls == 1 {
			panic("first call fails")
		}
		return []byte(`{"ok":true}`)
	}}
	assert.Contains(t, e.Run("{}", ""), InternalErrorCode)
	assert.Equal(t, `{"ok":true}`, e.Run("{}", ""))
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name     string
		validate func(text, kind string) []byte
		want     string
		wantCode string
	}{
		{name: "diagnostics are passed through", validate: func(text, kind string) []byte {
			return []byte(`[{"code":"` + kind + `"}]`)
		}, want: `[{"code":"session"}]`},
		{name: "panic becomes one diagnostic", validate: func(string, string) []byte { panic("bad") }, wantCode: "internal-error"},
		{name: "no validator gives no diagnostics", validate: nil, want: "[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := Engine{ValidateText: tt.validate}.Validate("{}", "session")
			if tt.want != "" {
				assert.Equal(t, tt.want, out)
				return
			}
			var diags []diagnostic
			require.NoError(t, json.Unmarshal([]byte(out), &diags))
			require.Len(t, diags, 1)
			assert.Equal(t, tt.wantCode, diags[0].Code)
			assert.Equal(t, 1, diags[0].Line)
		})
	}
}

func TestPresets(t *testing.T) {
	type preset struct {
		Name string `json:"name"`
	}
	tests := []struct {
		name string
		list func() any
		want string
	}{
		{name: "presets are marshalled", list: func() any { return []preset{{Name: "a"}} }, want: `[{"name":"a"}]`},
		{name: "unmarshalable presets give an empty list", list: func() any { return func() {} }, want: "[]"},
		{name: "panic gives an empty list", list: func() any { panic("no") }, want: "[]"},
		{name: "no presets give an empty list", list: nil, want: "[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Engine{PresetList: tt.list}.Presets())
		})
	}
}
