package jsonl_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/sources"
	"github.com/crosscheck/crosscheck/sources/jsonl"
)

func ExampleReader() {
	const in = `{"id": "a", "measure": "bodies", "kind": "completed", "quantity": {"text": "1,212", "value": 1212, "lower": 1212, "upper": 1212, "qualifier": "exact", "start": 0, "end": 0}}
{"id": "b", "measure": "bodies", "kind": "completed", "quantity": {"text": "57", "value": 57,}}
`
	for c, err := range jsonl.Reader("stdin", strings.NewReader(in)).Claims(context.Background()) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(c.ID, c.Quantity, c.Measure)
	}
	// Output:
	// a 1,212 bodies
	// error: sources/jsonl: stdin:2:94: invalid character '}' looking for beginning of object key string
}

func ExampleFile() {
	cs, errs := sources.Collect(context.Background(), jsonl.File("testdata/bad.jsonl"))
	for _, c := range cs {
		fmt.Println(c.ID, c.Kind, c.Quantity)
	}
	fmt.Println(len(errs), "bad lines; the first:", errs[0])
	// Output:
	// m1 completed more than 6,000
	// w3 withheld <no quantity>
	// 5 bad lines; the first: sources/jsonl: testdata/bad.jsonl:2:34: invalid character 'o' looking for beginning of object key string
}

func ExampleFormat() {
	f := jsonl.Format()
	fmt.Println(f.Name, f.Extensions)
	src, err := sources.Open("testdata/good.jsonl", f)
	if err != nil {
		fmt.Println(err)
		return
	}
	cs, _ := sources.Collect(context.Background(), src)
	fmt.Println(len(cs), "claims")
	// Output:
	// jsonl [.jsonl .ndjson .jsonlines]
	// 3 claims
}
