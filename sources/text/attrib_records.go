// The attribution stage's output: attribution records, for callers who
// want to know who said what, where, beside the claims.

package text

import (
	"slices"

	"github.com/crosscheck/crosscheck/claims"
)

// An Attribution is one attribution of an article: the source (who or what
// is said to speak: "the health ministry", "a Pew survey", "police"), the
// cue that says so ("said", "according to", "a poll … found", "gave a
// figure of") and the content (what is attributed: the rest of the
// sentence, a quotation, or the sentences of a paragraph that go on in the
// same voice), each a byte span of the text as given, and the speaker the
// source resolves to (pronouns and descriptions resolved to whom they
// stand for).
type Attribution struct {
	// Source is the source's words as written; for a quotation that goes
	// on from an earlier one, the words that named its speaker there.
	Source claims.Span `json:"source"`
	// Cue is the words that attribute: "said", "according to", "found".
	Cue claims.Span `json:"cue"`
	// Content is what is attributed. It holds every claim the attribution
	// gives a speaker to.
	Content claims.Span `json:"content"`
	// Speaker is who the source resolves to, as on the claims.
	Speaker claims.Speaker `json:"speaker"`
	// Kind says how the attribution is cued: "speech" (a verb of saying,
	// telling or estimating), "according" ("according to", "citing"),
	// "agent" ("counted by the police"), "finding" (a document or data:
	// "the survey found", "figures show"), "data" ("gave a figure of"),
	// "for" ("119,000 for the police") or "quote" (a quotation, with the
	// source and cue of the attribution that introduces it).
	Kind string `json:"kind"`
	// Parent is the index of the attribution this one is nested in ("X
	// said, citing data from Y": Y's in X's; "X said Y told him …"), or -1.
	Parent int `json:"parent"`
	// Claims are the indexes, in the claims returned beside, of the
	// claims whose speaker this attribution gives.
	Claims []int `json:"claims,omitempty"`
}

// gaveRef records which attribution gave a figure's speaker: a and, for a
// figure in quotation q, q.
type gaveRef struct {
	tok int
	a   *attribution
	q   int
	ent int
}

// noteGave records, when the document is recording, the attribution that
// gave figure token k its speaker.
func (d *document) noteGave(k int, a *attribution, q, ent int) {
	if d.gave == nil || ent < 0 {
		return
	}
	*d.gave = append(*d.gave, gaveRef{tok: k, a: a, q: q, ent: ent})
}

// Attributions is Extractor.Attributions with a new Extractor.
func Attributions(name string, text []byte, opts Options) ([]Attribution, []claims.Claim, error) {
	return New(opts).Attributions(name, text)
}

// Attributions returns the attributions of one article, in the order of
// the text, and the claims Extract returns for it; each attribution names
// the claims it gives a speaker to. Every span lies inside text.
func (x *Extractor) Attributions(name string, text []byte) ([]Attribution, []claims.Claim, error) {
	d := x.read(name, string(text), new(scratch))
	var gave []gaveRef
	d.gave = &gave
	cs := d.claims()
	for si := range d.sents {
		d.speakerOfSent(si)
	}
	for q := range d.quotes {
		d.speakerOfQuote(q)
	}
	var out []Attribution
	index := map[*attribution]int{}
	for si := range d.sents {
		for i := range d.attrs[si] {
			a := &d.attrs[si][i]
			if a.ent < 0 {
				continue
			}
			index[a] = len(out)
			out = append(out, Attribution{
				Source:  d.span(a.np0, a.np1),
				Cue:     d.span(a.verb, max(a.verb, a.cue1)),
				Content: d.contentOf(a, d.sents[si]),
				Speaker: d.ents[a.ent].sp,
				Kind:    a.kind.String(),
				Parent:  -1,
			})
		}
	}
	// Nesting by cue: "X said …, citing data from Y" puts Y's under X's.
	for si := range d.sents {
		as := d.attrs[si]
		for i := 1; i < len(as); i++ {
			if nestingCues[d.toks[as[i].verb].low] && d.toks[as[i].verb].low != "according" {
				if c, ok := index[&as[i]]; ok {
					if p, ok := index[&as[i-1]]; ok {
						out[c].Content = out[p].Content // "X said …, citing data from Y": Y backs what X said
						out[c].Parent = p
					}
				}
			}
		}
	}
	// Nesting by place: a source and cue inside another attribution's
	// content ("X said Y told him …"); the smallest such content.
	for i := range out {
		best := -1
		for j := range out {
			if i != j && out[i].Parent < 0 && out[j].Parent != i && out[j].Kind != "quote" && inside(out[i].Source, out[j].Content) && inside(out[i].Cue, out[j].Content) &&
				!inside(out[j].Source, out[i].Content) &&
				(best < 0 || out[j].Content.Len() < out[best].Content.Len()) {
				best = j
			}
		}
		if best >= 0 {
			out[i].Parent = best
		}
	}
	for i := range out {
		// No record is its own ancestor.
		for p, n := out[i].Parent, 0; p >= 0; p, n = out[p].Parent, n+1 {
			if p == i || n > len(out) {
				out[i].Parent = -1
				break
			}
		}
	}
	// Quotations: one record each, with the attribution that introduces
	// it, or that introduced the quotation it goes on from.
	quoteRec := make([]int, len(d.quotes))
	for q := range d.quotes {
		quoteRec[q] = -1
		at := d.quoteAttr[q]
		for p := q - 1; at == nil && p >= 0 && d.quoteEnt[p] == d.quoteEnt[q]; p-- {
			at = d.quoteAttr[p]
		}
		if at == nil || d.quoteEnt[q] < 0 {
			continue
		}
		qt := d.quotes[q]
		end := qt.last
		if qt.close >= 0 {
			end = qt.close
		}
		quoteRec[q] = len(out)
		out = append(out, Attribution{
			Source:  d.span(at.np0, at.np1),
			Cue:     d.span(at.verb, max(at.verb, at.cue1)),
			Content: d.span(qt.open, end),
			Speaker: d.ents[d.quoteEnt[q]].sp,
			Kind:    "quote",
			Parent:  -1,
		})
	}
	// Claims: each to the record that gave its speaker.
	for ci, c := range cs {
		for _, g := range gave {
			t := d.toks[g.tok]
			if !c.QuantitySpan.Contains(t.start) && c.QuantitySpan.Start != t.start {
				continue
			}
			r := -1
			if g.q >= 0 {
				r = quoteRec[g.q]
			} else if i, ok := index[g.a]; ok {
				r = i
			}
			if r >= 0 {
				out[r].Claims = append(out[r].Claims, ci)
				out[r].Content = hull(out[r].Content, c.QuantitySpan)
			}
			break
		}
	}
	return inTextOrder(out), cs, nil
}

// contentOf returns what attribution a attributes in its sentence s: after
// its source and cue when they lead ("X said that …", "According to X,
// …"), before them when they close it ("…, X said"), else the sentence.
func (d *document) contentOf(a *attribution, s sentence) claims.Span {
	first, last := s.first, s.last
	for last > first && d.toks[last].kind == tPunct && !d.toks[last].closeQ {
		last--
	}
	src0, src1 := min(a.np0, a.verb), max(a.np1, a.verb, a.cue1, a.appos[1])
	if a.kind == cueFor {
		// "against 65,000 for the organisers": the figure before the cue.
		j := a.verb - 1
		for j > first && d.toks[j].kind != tFig {
			j--
		}
		return d.span(j, a.verb-1)
	}
	switch {
	case src0 > first && (d.closes(a, s) || src1 >= last):
		// "…, the ministry said", "… 61.8% of the ballots, as per the count"
		j := src0 - 1
		for j > first && (d.toks[j].kind == tPunct && !d.toks[j].closeQ || d.toks[j].low == "as") {
			j--
		}
		return d.span(first, j)
	case src1 < last && (d.leads(a, s) || src0 == first):
		j := src1 + 1
		for j < last && (d.toks[j].low == "that" || d.toks[j].low == "," || d.toks[j].low == ":") {
			j++
		}
		return d.span(j, last)
	}
	return d.span(first, last)
}

// inside reports whether span a lies inside span b.
func inside(a, b claims.Span) bool { return b.Start <= a.Start && a.End <= b.End && a != b }

// hull returns the smallest span holding a and b.
func hull(a, b claims.Span) claims.Span {
	if a.Len() == 0 {
		return b
	}
	return claims.Span{Start: min(a.Start, b.Start), End: max(a.End, b.End)}
}

// inTextOrder sorts the records by where their content starts (a
// quotation's record by the quotation) and renumbers their parents.
func inTextOrder(out []Attribution) []Attribution {
	perm := make([]int, len(out))
	for i := range perm {
		perm[i] = i
	}
	slices.SortStableFunc(perm, func(i, j int) int {
		return min(out[i].Content.Start, out[i].Source.Start) - min(out[j].Content.Start, out[j].Source.Start)
	})
	at := make([]int, len(out))
	sorted := make([]Attribution, len(out))
	for n, i := range perm {
		at[i] = n
	}
	for n, i := range perm {
		sorted[n] = out[i]
		if p := out[i].Parent; p >= 0 {
			sorted[n].Parent = at[p]
		}
	}
	return sorted
}
