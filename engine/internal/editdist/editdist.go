// Package editdist measures how far apart two short names are, for the
// "did you mean" suggestions of the policy parser and the catalog lint.
package editdist

// stackLen is the longest second string whose rows fit on the stack.
const stackLen = 128

// Distance is the Levenshtein distance between a and b, in bytes. It
// allocates nothing when b is at most 128 bytes long.
func Distance(a, b string) int {
	var bufPrev, bufCur [stackLen + 1]int
	prev, cur := bufPrev[:0], bufCur[:0]
	if len(b) > stackLen {
		prev, cur = make([]int, 0, len(b)+1), make([]int, 0, len(b)+1)
	}
	prev, cur = prev[:len(b)+1], cur[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
