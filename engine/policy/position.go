package policy

import "sort"

// posBlock is the size of the blocks for which positionIndex records the
// number of code points before them, so that a column is found by counting
// at most posBlock bytes.
const posBlock = 64

// positionIndex turns byte offsets of a text into Pos values (1-based line,
// 1-based column in code points). Building it is linear in the text and each
// lookup takes O(log lines + posBlock) time, so positions of all elements of
// a one-line 1 MB policy are still cheap.
type positionIndex struct {
	text string
	// lines holds the byte offset at which each line starts.
	lines []int
	// runes[k] is the number of code points in text[:k*posBlock]; nil when
	// the text is pure ASCII (then columns are byte counts).
	runes []int
}

// newPositionIndex indexes text.
func newPositionIndex(text string) *positionIndex {
	p := &positionIndex{text: text, lines: make([]int, 1, 8+len(text)/40)}
	ascii := true
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			p.lines = append(p.lines, i+1)
		} else if c >= 0x80 {
			ascii = false
		}
	}
	if !ascii {
		p.runes = make([]int, len(text)/posBlock+1)
		n := 0
		for k := 1; k < len(p.runes); k++ {
			n += countRunes(text[(k-1)*posBlock : k*posBlock])
			p.runes[k] = n
		}
	}
	return p
}

// countRunes counts the code points of s as the bytes that do not continue
// a UTF-8 sequence; an invalid byte counts as one code point.
func countRunes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// runesBefore returns the number of code points in text[:off].
func (p *positionIndex) runesBefore(off int) int {
	k := off / posBlock
	return p.runes[k] + countRunes(p.text[k*posBlock:off])
}

// pos returns the position of byte offset off, clamped to the text.
func (p *positionIndex) pos(off int) Pos {
	if off < 0 {
		off = 0
	}
	if off > len(p.text) {
		off = len(p.text)
	}
	line := sort.Search(len(p.lines), func(i int) bool { return p.lines[i] > off }) - 1
	start := p.lines[line]
	col := off - start
	if p.runes != nil {
		col = p.runesBefore(off) - p.runesBefore(start)
	}
	return Pos{Offset: off, Line: line + 1, Column: col + 1}
}

// span returns the range of the bytes [start, end).
func (p *positionIndex) span(start, end int) Range {
	return Range{Start: p.pos(start), End: p.pos(end)}
}
