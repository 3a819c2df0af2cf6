package text_test

import (
	"context"
	"fmt"

	"github.com/crosscheck/crosscheck/sources"
	"github.com/crosscheck/crosscheck/sources/text"
)

func ExampleExtract() {
	article := []byte(`date: 2025-06-20
outlet: Example Post

Russian President Vladimir Putin said on Thursday that Moscow was ready to hand over the bodies of 3,000 more Ukrainian soldiers.

"We have already released 500 prisoners. We got back 400," he said.
`)
	cs, err := text.Extract("example.txt", article, text.Options{})
	if err != nil {
		panic(err)
	}
	for _, c := range cs {
		fmt.Printf("%s %s, %s -> %s, %s, as of %s, said %s\n",
			c.Quantity, c.Measure, c.Subject, c.Recipient, c.Kind, c.AsOf, c.Speaker.Name)
	}
	// Output:
	// 3,000 bodies, Russia -> Ukraine, offered, as of 2025-06-19, said Vladimir Putin
	// 500 prisoners, Russia -> Ukraine, completed, as of 2025-06-19, said Vladimir Putin
	// 400 prisoners, Ukraine -> Russia, completed, as of 2025-06-19, said Vladimir Putin
}

func ExampleDocuments() {
	src := text.Documents(
		text.Document{Name: "a.txt", Text: []byte("date: 2023-03-07\noutlet: Example Post\n\nIn Paris, police counted 81,000 marchers.")},
		text.Document{Name: "b.txt", Text: []byte("date: 2023-03-07\noutlet: Other Post\n\nThe CGT union said 700,000 people had marched in Paris.")},
	)
	for c, err := range src.Claims(context.Background()) {
		if err != nil {
			panic(err)
		}
		fmt.Printf("%s: %s %s in %s (%s, %s)\n", c.Source.Document, c.Quantity, c.Measure, c.Subject, c.Speaker.Name, c.Kind)
	}
	// Output:
	// a.txt: 81,000 protesters in Paris (police, estimated)
	// b.txt: 700,000 protesters in Paris (CGT union, estimated)
}

func ExampleFiles() {
	src := text.Files("testdata/articles/floods-2021-07-16.txt")
	cs, errs := sources.Collect(context.Background(), src)
	fmt.Println(len(errs), "errors")
	c := cs[0]
	fmt.Printf("%s %s in %s, said %s, as of %s\n", c.Quantity, c.Measure, c.Subject, c.Speaker.Name, c.AsOf)
	// Output:
	// 0 errors
	// At least 103 deaths in Germany, said police, as of 2021-07-16
}

func ExampleExtractor_Extract() {
	x := text.New(text.Options{Explain: true})
	cs, _ := x.Extract("t.txt", []byte("date: 2025-06-20\n\nKyiv said it had received 757 bodies from Russia on Friday."))
	for _, c := range cs {
		for _, r := range c.Reasons {
			fmt.Printf("%s: %q\n", r.Field, r.Words)
		}
	}
	// Output:
	// speaker: "Kyiv"
	// measure: "bodies"
	// direction: "received"
	// subject: "from Russia"
	// recipient: "it"
	// direction: "the clause's verb, active: its subject acts"
	// kind: "received"
	// scope: "Friday"
	// as_of: "Friday"
}
