package editdist

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDistance(t *testing.T) {
	long := strings.Repeat("a", 200)
	for _, tt := range []struct {
		name string
		a, b string
		want int
	}{
		{"kitten", "kitten", "sitting", 3},
		{"equal", "s3:GetObject", "s3:GetObject", 0},
		{"empty", "", "abc", 3},
		{"typo", "s3:GetObjekt", "s3:GetObject", 1},
		{"plural", "s3:ListBuckets", "s3:ListBucket", 1},
		{"longer than the stack rows", long, long + "b", 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Distance(tt.a, tt.b))
			assert.Equal(t, tt.want, Distance(tt.b, tt.a), "symmetric")
		})
	}
}
