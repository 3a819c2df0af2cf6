package main

import (
	"runtime"

	"github.com/crosscheck/crosscheck/numbers"
)

// Large inputs are scanned in pieces on every core: "crosscheck numbers"
// cuts the text where a sentence ends (". " before a capital) or at a blank
// line, where no figure runs across and none of the words a figure's
// reading looks back at lies before the cut, scans the pieces at once and
// writes their lines in order. TestNumbersChunksAgree checks that the lines
// are the ones a single scan writes.

// chunkSize is the size of a piece; texts under two pieces are scanned whole.
const chunkSize = 256 << 10

// cutsOf returns the offsets where text is cut into pieces of about size
// bytes: 0, the cuts, len(text).
func cutsOf(text string, size int) []int {
	cuts := []int{0}
	for at := size; at < len(text)-size/2; {
		c := cutAfter(text, at, size/4)
		if c < 0 {
			at += size / 4
			continue
		}
		cuts = append(cuts, c)
		at = c + size
	}
	return append(cuts, len(text))
}

// cutAfter returns the first place at or after at (within window bytes)
// where a sentence or a paragraph begins, or -1.
func cutAfter(text string, at, window int) int {
	end := min(len(text)-1, at+window)
	for i := at; i < end; i++ {
		switch text[i] {
		case '.', '!', '?':
			if i+2 < len(text) && text[i+1] == ' ' && text[i+2] >= 'A' && text[i+2] <= 'Z' {
				return i + 2
			}
		case '\n':
			if text[i+1] == '\n' {
				j := i + 1
				for j < len(text) && text[j] == '\n' {
					j++
				}
				if j < len(text) {
					return j
				}
			}
		}
	}
	return -1
}

// writeNumbers writes the lines of text's figures to nw, scanning pieces
// of a large text on every core.
func writeNumbers(nw *numberWriter, text string, opts numbers.Options) error {
	workers := runtime.GOMAXPROCS(0)
	cuts := []int{0, len(text)}
	if workers > 1 && len(text) >= 2*chunkSize {
		cuts = cutsOf(text, chunkSize)
	}
	if len(cuts) == 2 {
		for n := range numbers.Scan(text, opts) {
			if err := nw.writeRef(&n); err != nil {
				return err
			}
		}
		return nil
	}
	// Each piece is written into a buffer of its own by a worker; the
	// buffers go out in order, at most 2×workers of them at a time.
	type piece struct {
		out  []byte
		done chan struct{}
	}
	pieces := make([]*piece, len(cuts)-1)
	for k := range pieces {
		pieces[k] = &piece{done: make(chan struct{})}
	}
	sem := make(chan struct{}, 2*workers)
	free := make(chan []byte, 2*workers) // buffers written out, for the next pieces
	prefix := nw.prefix
	go func() {
		for k := range pieces {
			sem <- struct{}{}
			p := pieces[k]
			var buf []byte
			select {
			case buf = <-free:
			default:
				// Figure-dense text writes up to about twelve bytes of JSON
				// for each byte read (a line of some 200 bytes for a figure
				// every 18): room enough that the buffer is never copied to
				// grow.
				buf = make([]byte, 0, 12*(cuts[k+1]-cuts[k]))
			}
			go func(from, to int) {
				w := numberWriter{prefix: prefix, buf: buf[:0]}
				for n := range numbers.Scan(text[from:to], opts) {
					n.Span.Start += from
					n.Span.End += from
					w.appendRef(&n)
				}
				p.out = w.buf
				close(p.done)
			}(cuts[k], cuts[k+1])
		}
	}()
	var err error
	for _, p := range pieces {
		<-p.done
		if err == nil {
			if err = nw.flush(); err == nil {
				_, err = nw.w.Write(p.out)
			}
		}
		select {
		case free <- p.out:
		default:
		}
		p.out = nil
		<-sem
	}
	return err
}
