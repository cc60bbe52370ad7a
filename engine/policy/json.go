package policy

import "github.com/tidwall/gjson"

// CheckJSON checks that text is exactly one JSON value. When it is not, it
// returns false with the position of the first fault and a sentence that
// says what was expected there. Other JSON documents of the engine (such as
// scenario documents) use it so that every syntax error in the product is
// located and worded the same way.
func CheckJSON(text string) (at Pos, message string, ok bool) {
	se := checkJSON(text)
	if se == nil {
		return Pos{}, "", true
	}
	return newPositionIndex(text).pos(se.offset), se.msg, false
}

// Locate returns the position of the byte offset off in text, clamped to
// the text: a 1-based line and a 1-based column counted in code points.
func Locate(text string, off int) Pos {
	return newPositionIndex(text).pos(off)
}

// JSONTypeName names the JSON type of v with an article ("a string", "an
// array", "null"), for messages such as "Effect must be a string, but it
// is a number." Other JSON documents of the engine use it too.
func JSONTypeName(v gjson.Result) string { return typeName(v) }
