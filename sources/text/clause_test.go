package text

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// renderClauses writes the clauses of the first sentence of text, one a
// line: "kind [words] subj=… verb=…(flags) prep:np …".
func renderClauses(x *Extractor, text string) []string {
	d := x.read("t", text, new(scratch))
	var out []string
	cls := d.clauses(0)
	base := d.sentCl[0]
	words := func(a, b int32) string {
		var w []string
		for j := a; j <= b; j++ {
			w = append(w, d.text[d.toks[j].start:d.toks[j].end])
		}
		return strings.Join(w, " ")
	}
	for ci, c := range cls {
		var own []string
		for j := c.first; j <= c.last; j++ {
			if d.clauseOf[j] == base+int32(ci) {
				own = append(own, d.text[d.toks[j].start:d.toks[j].end])
			}
		}
		line := fmt.Sprintf("%s[%s]", c.kind, strings.Join(own, " "))
		if c.subj0 >= 0 {
			line += " subj=" + words(c.subj0, c.subj1)
		}
		if c.verb0 >= 0 {
			line += " verb=" + words(c.verb0, c.verb1) + vgString(c.vg)
		}
		for _, a := range d.attaches[c.at0:c.at1] {
			line += " " + d.toks[a.prep].low + ":" + words(a.np0, a.np1)
		}
		out = append(out, line)
	}
	return out
}

func vgString(vg uint8) string {
	var f []string
	for i, n := range []string{"passive", "negated", "modal", "perfect", "past", "progressive"} {
		if vg&(1<<i) != 0 {
			f = append(f, n)
		}
	}
	if len(f) == 0 {
		return ""
	}
	return "(" + strings.Join(f, ",") + ")"
}

func TestClauses(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Registered voters in the three provinces numbered 2.4 million.", []string{
			"main[Registered voters in the three provinces numbered 2.4 million .] subj=Registered voters in the three provinces verb=numbered(past) in:the three provinces"}},
		{"On Friday 390 prisoners were handed over to Ukraine by Russia, bringing the total to 1,000.", []string{
			"main[On Friday 390 prisoners were handed over to Ukraine by Russia ,] subj=390 prisoners verb=were handed(passive,past) on:Friday to:Ukraine by:Russia",
			"participle[bringing the total to 1,000 .] verb=bringing to:1,000"}},
		{"Police in Lyon counted 12,000 marchers, while the unions said 40,000 had taken part.", []string{
			"main[Police in Lyon counted 12,000 marchers , while] subj=Police in Lyon verb=counted(past) in:Lyon",
			"coord[the unions said] subj=the unions verb=said(past)",
			"complement[40,000 had taken part .] subj=40,000 verb=had taken(perfect,past)"}},
		{"In Toulon, where the prefecture counted 4,000, the organisers gave no figure.", []string{
			"main[In Toulon , , the organisers gave no figure .] subj=the organisers verb=gave(past) in:Toulon",
			"relative[where the prefecture counted 4,000] subj=the prefecture verb=counted(past)"}},
		{"The quake killed 2,000 people in the province of Herat (west), of whom 300 were children.", []string{
			"main[The quake killed 2,000 people in the province of Herat ,] subj=The quake verb=killed(past) in:the province of Herat of:Herat",
			"paren[( west )]",
			"relative[of whom 300 were children .] subj=300 verb=were(past)"}},
		{"The ministry said that 57 soldiers had not been returned in exchange for 40 civilians.", []string{
			"main[The ministry said that] subj=The ministry verb=said(past)",
			"complement[57 soldiers had not been returned in exchange for 40 civilians .] subj=57 soldiers verb=had not been returned(passive,negated,perfect,past) in:exchange for:40 civilians"}},
		{"Kyiv received 84 servicemen from Russia and Moscow got 84 back.", []string{
			"main[Kyiv received 84 servicemen from Russia and] subj=Kyiv verb=received(past) from:Russia",
			"coord[Moscow got 84 back .] subj=Moscow verb=got(past)"}},
		{"Sete (4500) and Agde – 1,200 – saw smaller crowds.", []string{
			"main[Sete and Agde saw smaller crowds .] subj=Sete ( 4500 ) and Agde verb=saw(past)",
			"paren[( 4500 )]",
			"paren[– 1,200 –]"}},
		{"More than 300 pilgrims died during the Hajj — the yearly journey to Mecca.", []string{
			"main[More than 300 pilgrims died during the Hajj] subj=More than 300 pilgrims verb=died(past) during:the Hajj",
			"paren[— the yearly journey to Mecca .] to:Mecca"}},
		{"Russia handed over 1,200 bodies to Ukraine on Monday, the defence ministry said.", []string{
			"main[Russia handed over 1,200 bodies to Ukraine on Monday ,] subj=Russia verb=handed(past) to:Ukraine on:Monday",
			"coord[the defence ministry said .] subj=the defence ministry verb=said(past)"}},
		{"Ukraine has received the bodies of 6,000 soldiers from Russia since June, officials in Kyiv said.", []string{
			"main[Ukraine has received the bodies of 6,000 soldiers from Russia since June ,] subj=Ukraine verb=has received(perfect) of:6,000 soldiers from:Russia since:June",
			"coord[officials in Kyiv said .] subj=officials in Kyiv verb=said(past) in:Kyiv"}},
		{"The interior ministry put the number of marchers at 80,000 across the country, including 9,000 in Paris.", []string{
			"main[The interior ministry put the number of marchers at 80,000 across the country ,] subj=The interior ministry verb=put(past) of:marchers at:80,000 across:the country",
			"participle[including 9,000 in Paris .] verb=including in:Paris"}},
		{"The organisers said some 700,000 people had packed into Liberty Square in the old town.", []string{
			"main[The organisers said] subj=The organisers verb=said(past)",
			"complement[some 700,000 people had packed into Liberty Square in the old town .] subj=some 700,000 people verb=had packed(perfect,past) into:Liberty Square in:the old town"}},
		{"At least 12 people were killed and 40 injured when a bus plunged into a ravine near Cusco.", []string{
			"main[At least 12 people were killed and] subj=At least 12 people verb=were killed(passive,past)",
			"coord[40 injured when] subj=40 verb=injured(past)",
			"sub[a bus plunged into a ravine near Cusco .] subj=a bus verb=plunged(past) into:a ravine near:Cusco"}},
		{"Gomez won 52% of the vote, while Ortiz took 44%.", []string{
			"main[Gomez won 52% of the vote , while] subj=Gomez verb=won(past) of:the vote",
			"coord[Ortiz took 44% .] subj=Ortiz verb=took(past)"}},
		{"Hamas is expected to free 50 women and children over four days.", []string{
			"main[Hamas is expected to free 50 women and children over four days .] subj=Hamas verb=is expected to free(modal) over:four days"}},
		{"Not one prisoner was freed on Tuesday.", []string{
			"main[Not one prisoner was freed on Tuesday .] subj=Not one prisoner verb=was freed(passive,past) on:Tuesday"}},
		{"The airline said it would not give the number of passengers who were on board.", []string{
			"main[The airline said] subj=The airline verb=said(past)",
			"complement[it would not give the number of passengers] subj=it verb=would not give(negated,modal) of:passengers",
			"relative[who were on board .] subj=the number of passengers verb=were(past) on:board"}},
		{"\"We have brought home 84 of our defenders,\" the president wrote on Telegram.", []string{
			"main[\" We have brought home 84 of our defenders , \"] subj=We verb=have brought(perfect) of:our defenders",
			"coord[the president wrote on Telegram .] subj=the president verb=wrote(past) on:Telegram",
		}},
		{"Hamas will release 50 hostages over four days; Israel is to free 150 Palestinian prisoners.", []string{
			"main[Hamas will release 50 hostages over four days ;] subj=Hamas verb=will release(modal) over:four days",
			"coord[Israel is to free 150 Palestinian prisoners .] subj=Israel verb=is to free(modal)",
		}},
		{"The army, which has fought the rebels since April, says the group holds 3,000 people.", []string{
			"main[The army , , says] subj=The army verb=says",
			"relative[which has fought the rebels since April] subj=The army verb=has fought(perfect) since:April",
			"complement[the group holds 3,000 people .] subj=the group verb=holds",
		}},
		{"Kyiv did not say how many soldiers it had received from Moscow.", []string{
			"main[Kyiv did not say how many soldiers it had received from Moscow .] subj=Kyiv verb=did not say(negated,past) from:Moscow",
		}},
		{"The toll rose to 211 on Friday, up from 158 a day earlier, according to the civil protection agency.", []string{
			"main[The toll rose to 211 on Friday , up from 158 a day earlier , according to the civil protection agency .] subj=The toll verb=rose(past) to:211 on:Friday from:158 according:the civil protection agency",
		}},
		{"Protesters numbered 12,000 in Grenoble (police figure) and 25,000 according to the organisers.", []string{
			"main[Protesters numbered 12,000 in Grenoble and 25,000 according to the organisers .] subj=Protesters verb=numbered(past) in:Grenoble according:the organisers",
			"paren[( police figure )]",
		}},
		{"Russia could hand over 6,000 bodies, whereas Ukraine has so far received 1,200.", []string{
			"main[Russia could hand over 6,000 bodies , whereas] subj=Russia verb=could hand(modal)",
			"coord[Ukraine has so far received 1,200 .] subj=Ukraine verb=has so far received(perfect)",
		}},
		{"Of the 340 people freed, 120 were women.", []string{
			"main[Of the 340 people freed ,] verb=freed(past) of:the 340 people",
			"coord[120 were women .] subj=120 verb=were(past)",
		}},
		{"The ministry confirmed that none of the 24 crew members had been found.", []string{
			"main[The ministry confirmed that] subj=The ministry verb=confirmed(past)",
			"complement[none of the 24 crew members had been found .] subj=none of the 24 crew members verb=had been found(passive,perfect,past) of:the 24 crew members",
		}},
		{"Voters in the capital gave the mayor 48% of the vote.", []string{
			"main[Voters in the capital gave the mayor 48% of the vote .] subj=Voters in the capital verb=gave(past) in:the capital of:the vote",
		}},
		{"About 9,000 people joined the march organised by the unions in Lyon.", []string{
			"main[About 9,000 people joined the march] subj=About 9,000 people verb=joined(past)",
			"relative[organised by the unions in Lyon .] subj=the march verb=organised(past) by:the unions in:Lyon"}},
		{"They include six current and former mayors arrested after the vote.", []string{
			"main[They include six current and former mayors] subj=They verb=include",
			"relative[arrested after the vote .] subj=former mayors verb=arrested(past) after:the vote"}},
		{"The town held a vigil for the miners, which, in the mayor's words, drew 3,000 mourners.", []string{
			"main[The town held a vigil for the miners ,] subj=The town verb=held(past) for:the miners",
			"relative[which , drew 3,000 mourners .] subj=the miners verb=drew(past)",
			"paren[in the mayor's words ,] in:the mayor's words"}},
	}
	x := New(Options{})
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, renderClauses(x, tc.text)); diff != "" {
			t.Errorf("clauses of %q (-want +got):\n%s", tc.text, diff)
		}
	}
}

func TestFigureRoles(t *testing.T) {
	tests := []struct {
		text string
		want []string // each figure: its text, role, and the preposition of its attachment
	}{
		{"Russia returned 1,200 bodies.", []string{"1,200 object"}},
		{"1,200 bodies were returned.", []string{"1,200 subject"}},
		{"The return of 1,200 bodies to Ukraine took a week.", []string{"1,200 attachment of"}},
		{"Sete (4500) and Agde (1,200) marched too.", []string{"4500 parenthesis", "1,200 parenthesis"}},
		{"In Caen – 24,000.", []string{"24,000 parenthesis"}},
		{"The toll rose to 211, bringing the total since May to 4,000.", []string{"211 attachment to", "4,000 attachment to"}},
		{"Ukraine got back 95 soldiers from Russia, where 40 more remain.", []string{"95 object", "40 subject"}},
	}
	x := New(Options{})
	for _, tc := range tests {
		d := x.read("t", tc.text, new(scratch))
		var got []string
		for k, tk := range d.toks {
			if tk.kind != tFig || !d.figs[tk.fig].claim {
				continue
			}
			r, a := d.roleOf(k)
			s := d.text[tk.start:tk.end] + " " + r.String()
			if a >= 0 {
				s += " " + d.toks[d.attaches[a].prep].low
			}
			got = append(got, s)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("roles in %q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// FuzzClauses checks the clause layer's invariants on any text: every
// token of a sentence is in one of its clauses, and each clause's
// subject, verb and attachments lie inside the sentence.
func FuzzClauses(f *testing.F) {
	for _, s := range []string{
		"On Friday 390 prisoners were handed over to Ukraine by Russia, bringing the total to 1,000.",
		"Sete (4500) and Agde – 1,200 – saw smaller crowds.",
		"\"We lost 140 people,\" the minister told reporters in Islamabad; 12 were children, of whom 3 died.",
		"off0", "(", ") , which", "and and, who",
	} {
		f.Add(s)
	}
	x := New(Options{})
	f.Fuzz(func(t *testing.T, text string) {
		d := x.read("f", text, new(scratch))
		for si, s := range d.sents {
			cls := d.clauses(si)
			lo, hi := d.sentCl[2*si], d.sentCl[2*si+1]
			if len(cls) == 0 {
				t.Fatalf("sentence %d has no clause", si)
			}
			for k := s.first; k <= s.last; k++ {
				if c := d.clauseOf[k]; c < lo || c >= hi {
					t.Fatalf("token %d of sentence %d is in clause %d, not in [%d, %d)", k, si, c, lo, hi)
				}
			}
			in := func(i int32) bool { return int(i) >= s.first && int(i) <= s.last }
			for _, c := range cls {
				if c.subj0 >= 0 && (!in(c.subj0) || !in(c.subj1) || c.subj0 > c.subj1) {
					t.Fatalf("subject [%d, %d] outside sentence [%d, %d]", c.subj0, c.subj1, s.first, s.last)
				}
				if c.verb0 >= 0 && (!in(c.verb0) || !in(c.verb1)) {
					t.Fatalf("verb [%d, %d] outside sentence [%d, %d]", c.verb0, c.verb1, s.first, s.last)
				}
				for _, a := range d.attaches[c.at0:c.at1] {
					if !in(a.prep) || a.np1 >= a.np0 && (!in(a.np0) || !in(a.np1)) {
						t.Fatalf("attachment %+v outside sentence [%d, %d]", a, s.first, s.last)
					}
				}
			}
			for k := s.first; k <= s.last; k++ {
				if d.toks[k].kind == tFig {
					d.roleOf(k)
				}
			}
		}
	})
}
