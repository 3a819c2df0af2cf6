package numbers

import "math/bits"

// Most of a text is words that cannot begin a figure: the scanner steps
// over a word eight bytes at a time, testing the eight for ASCII letters
// at once in a 64-bit word (SWAR), and reads a word's letters into a word
// the same way. TestLetterRun checks them against the byte-by-byte test.

const (
	ones8  = 0x0101010101010101
	highs8 = 0x8080808080808080
	lows7  = 0x7f7f7f7f7f7f7f7f
	case8  = 0x2020202020202020
)

// load8 returns s[i:i+8] as a little-endian word (one load on the
// machines Go runs on most).
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// nonLetters returns the high bit of each byte of x that is not an ASCII
// letter. Or-ing 0x20 into a byte maps both cases of a letter, and only a
// letter, into 'a'..'z'; the two sums set a byte's high bit where the
// byte is at least 'a' and at least '{' (no sum carries into the next
// byte, the high bits having been cleared first).
func nonLetters(x uint64) uint64 {
	y := x | case8
	t := y & lows7
	ge := t + ones8*(0x80-'a')
	gt := t + ones8*(0x80-'{')
	return ^(ge &^ gt &^ y) & highs8
}

// letterRun returns the end of the run of ASCII letters at i.
func letterRun(s string, i int) int {
	for i+8 <= len(s) {
		if m := nonLetters(load8(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
		i += 8
	}
	for i < len(s) && lowerLetter[s[i]] != 0 {
		i++
	}
	return i
}

// lowMask returns the bytes of x before the byte k (0..8), the others
// cleared.
func lowMask(x uint64, k int) uint64 {
	if k >= 8 {
		return x
	}
	return x & (1<<(8*uint(k)) - 1)
}

// put8 stores x little-endian in b[0:8].
func put8(b []byte, x uint64) {
	_ = b[7]
	b[0], b[1], b[2], b[3] = byte(x), byte(x>>8), byte(x>>16), byte(x>>24)
	b[4], b[5], b[6], b[7] = byte(x>>32), byte(x>>40), byte(x>>48), byte(x>>56)
}
