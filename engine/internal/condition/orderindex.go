package condition

import (
	"sort"
	"strconv"
	"time"

	"github.com/stsplay/stsplay/engine/internal/operator"
)

// orderIndex finds, for one request value of a Numeric or Date condition,
// the first policy value (lowest index) whose relation to it holds, as
// matcher.first does, in logarithmic time instead of trying every policy
// value:
//   - for Equal (and NotEquals), the policy values are keys of a map;
//   - for LessThan(Equals), the request value x is less than (or equal to)
//     some value among the first i+1 exactly when it is less than (or
//     equal to) their maximum; those running maxima only grow, so the first
//     index that fits is found by binary search. GreaterThan(Equals) uses
//     the running minima the same way.
type orderIndex[T any] struct {
	order  operator.Order
	cmp    func(x, y T) int
	ext    []T
	keyed  map[string]int
	key    func(T) string
	usable func(T) bool
}

// newOrderIndex indexes the policy values vals. usable tells which values
// the index can compare exactly (cmp is a total order on them); when one of
// vals is not usable no index is built and the result is nil. key gives the
// map key of a usable value for Equal.
func newOrderIndex[T any](vals []T, order operator.Order, cmp func(x, y T) int, usable func(T) bool, key func(T) string) *orderIndex[T] {
	for _, v := range vals {
		if !usable(v) {
			return nil
		}
	}
	x := &orderIndex[T]{order: order, cmp: cmp, key: key, usable: usable}
	if order == operator.Equal {
		x.keyed = make(map[string]int, len(vals))
		for i, v := range vals {
			k := key(v)
			if _, seen := x.keyed[k]; !seen {
				x.keyed[k] = i
			}
		}
		return x
	}
	grow := order == operator.Less || order == operator.LessOrEqual
	x.ext = make([]T, len(vals))
	for i, v := range vals {
		x.ext[i] = v
		if i > 0 && (grow && cmp(x.ext[i-1], v) > 0 || !grow && cmp(x.ext[i-1], v) < 0) {
			x.ext[i] = x.ext[i-1]
		}
	}
	return x
}

// first returns the index of the first policy value whose relation to v
// holds, or -1; ok is false when v is not usable (a number with an
// exponent), and the caller compares it value by value.
func (x *orderIndex[T]) first(v T) (pol int, ok bool) {
	if !x.usable(v) {
		return -1, false
	}
	if x.keyed != nil {
		if i, found := x.keyed[x.key(v)]; found {
			return i, true
		}
		return -1, true
	}
	i := sort.Search(len(x.ext), func(i int) bool { return x.order.Holds(x.cmp(v, x.ext[i])) })
	if i == len(x.ext) {
		return -1, true
	}
	return i, true
}

// exactNumber tells which numbers an orderIndex compares: those without an
// exponent, which CompareNumbers orders exactly, digit by digit.
func exactNumber(n operator.Number) bool { return !n.HasExponent() }

// numberKey is the map key of a number without an exponent.
func numberKey(n operator.Number) string {
	k, _ := n.Key()
	return k
}

// anyDate tells which dates an orderIndex compares: all of them.
func anyDate(time.Time) bool { return true }

// dateKey is the map key of a date: the instant, in seconds and
// nanoseconds.
func dateKey(t time.Time) string {
	return strconv.FormatInt(t.Unix(), 10) + "." + strconv.Itoa(t.Nanosecond())
}
