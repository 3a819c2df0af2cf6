package csv_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
	"github.com/crosscheck/crosscheck/sources/csv"
)

func ExampleReader() {
	const sheet = `measure,kind,quantity,subject,recipient,as_of,outlet,notes
bodies,completed,"more than 6,000",Russia,Ukraine,2025-06-19,Wire One,to check
bodies,completed,"1,2l2",Russia,Ukraine,2025-06-14,Kyiv Daily,typo in the source
prisoners,agreed,"1,000-for-1,000",Russia,Ukraine,2025-05-16,Wire Two,
`
	for c, err := range csv.Reader("sheet.csv", strings.NewReader(sheet)).Claims(context.Background()) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s: %s %s, %s → %s as of %s (%s)\n", c.Source.Document, c.Quantity, c.Measure, c.Subject, c.Recipient, c.AsOf, c.Kind)
	}
	// Output:
	// sheet.csv#row=2: more than 6,000 bodies, Russia → Ukraine as of 2025-06-19 (completed)
	// error: sources/csv: sheet.csv:3:18: quantity "1,2l2": unexpected "," at byte 2
	// sheet.csv#row=4: 1,000-for-1,000 prisoners, Russia → Ukraine as of 2025-05-16 (agreed)
}

func ExampleFile() {
	_, errs := sources.Collect(context.Background(), csv.File("testdata/noheader.csv"))
	fmt.Println(errs[0])
	// Output:
	// sources/csv: testdata/noheader.csv:1: header lacks the required column(s) measure, kind; it has ["subject" "quantity" "notes"]
}

func ExampleColumns() {
	fmt.Println(strings.Join(csv.Columns(), ","))
	// Output:
	// measure,kind,quantity,subject,recipient,mutual,scope,as_of,speaker,speaker_role,speaker_affiliation,outlet,via,url,published,document,evidence,id,quantity_start,quantity_end,evidence_start,evidence_end,confidence
}

func ExampleFormat() {
	src, err := sources.Open("testdata/claims.csv", csv.Format())
	if err != nil {
		fmt.Println(err)
		return
	}
	cs, errs := sources.Collect(context.Background(), src)
	fmt.Println(len(cs), "claims,", len(errs), "errors")
	// Output:
	// 4 claims, 0 errors
}

// A Parser with a vocabulary of one's own makes the spreadsheet's words
// canonical.
func ExampleParser_Reader() {
	v := claims.DefaultVocabulary()
	v.AddParty("United Nations", "UN", "U.N.")
	p := csv.Parser{Vocabulary: v}
	const sheet = "measure,kind,quantity,subject\nPOWs,estimated,about 300,U.N.\n"
	cs, _ := sources.Collect(context.Background(), p.Reader("sheet.csv", strings.NewReader(sheet)))
	fmt.Println(cs[0].Measure, cs[0].Subject)
	// Output:
	// prisoners United Nations
}

// Parser.Format gives sources.Open the CSV format read with a Parser of
// one's own.
func ExampleParser_Format() {
	v := claims.DefaultVocabulary()
	v.AddMeasure("human remains", "bodies")
	src, err := sources.Open("testdata/claims.csv", csv.Parser{Vocabulary: v}.Format())
	if err != nil {
		fmt.Println(err)
		return
	}
	cs, errs := sources.Collect(context.Background(), src)
	for _, c := range cs {
		fmt.Println(c.Quantity, c.Measure)
	}
	fmt.Println(len(errs), "errors")
	// Output:
	// more than 6,000 human remains
	// 1,212 human remains
	// 1,000-for-1,000 prisoners
	// <no quantity> prisoners
	// 0 errors
}
