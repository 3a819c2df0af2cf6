package claimreview_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
	"github.com/crosscheck/crosscheck/sources/claimreview"
)

func ExampleReader() {
	const review = `{
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  "claimReviewed": "Nearly 3,000 protesters were detained over the weekend.",
  "author": {"@type": "Organization", "name": "Example Checkers"},
  "datePublished": "2025-04-08",
  "itemReviewed": {
    "@type": "Claim",
    "author": {"@type": "Person", "name": "Jane Roe", "jobTitle": "spokeswoman", "worksFor": {"@type": "Organization", "name": "Interior ministry"}},
    "datePublished": "2025-04-06",
    "appearance": {"@type": "NewsArticle", "url": "https://news.example/detained", "publisher": {"@type": "Organization", "name": "Example News"}}
  }
}`
	for c, err := range claimreview.Reader("review.jsonld", strings.NewReader(review)).Claims(context.Background()) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s | %s | %s (%s, %s) | as of %s | %s %s\n", c.Quantity, c.Measure, c.Speaker.Name, c.Speaker.Role, c.Speaker.Affiliation, c.AsOf, c.Source.Outlet, c.Source.URL)
	}
	// Output:
	// Nearly 3,000 | protesters | Jane Roe (spokeswoman, Interior ministry) | as of 2025-04-06 | Example News https://news.example/detained
}

func ExampleFile() {
	cs, errs := sources.Collect(context.Background(), claimreview.File("testdata/graph.jsonld"))
	fmt.Println(len(cs), "claims")
	for _, err := range errs {
		fmt.Println(err)
	}
	// Output:
	// 2 claims
	// sources/claimreview: testdata/graph.jsonld:13:5: record 2: ClaimReview has no claimReviewed text (nor an itemReviewed with text)
	// sources/claimreview: testdata/graph.jsonld:18:5: record 3: claimReviewed "The exchanges will go on for as long as it takes." states no figure
	// sources/claimreview: testdata/graph.jsonld:23:5: record 4: itemReviewed datePublished "last Tuesday": want an ISO 8601 date (2025-06-19)
}

// A Parser with a vocabulary of one's own reads measures the default one
// does not know.
func ExampleParser_Reader() {
	v := claims.DefaultVocabulary()
	v.AddMeasure("homes", "houses", "dwellings")
	p := claimreview.Parser{Vocabulary: v, Kind: claims.Estimated}
	const review = `{"@type": "ClaimReview", "claimReviewed": "The storm destroyed at least 1,500 houses.", "itemReviewed": {"@type": "Claim", "datePublished": "2025-09-01"}}`
	cs, _ := sources.Collect(context.Background(), p.Reader("storm.jsonld", strings.NewReader(review)))
	fmt.Println(cs[0].Quantity, cs[0].Measure, cs[0].Kind)
	// Output:
	// at least 1,500 homes estimated
}

func ExampleExport() {
	q, _ := claims.ParseQuantity("about 1,200")
	c := claims.Claim{
		Measure: "bodies", Kind: claims.Completed, Quantity: q,
		AsOf:     claims.On(claims.Date{Year: 2025, Month: 6, Day: 14}),
		Speaker:  claims.Speaker{Name: "Coordination Headquarters"},
		Evidence: claims.Evidence{Text: "About 1,200 bodies came back on Saturday."},
	}
	err := claimreview.Export(os.Stdout, []claimreview.Review{{Claim: c, Rating: "Consistent", Explanation: "Matches the other counts of the day."}})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "@context": "https://schema.org",
	//   "@graph": [
	//     {
	//       "@type": "ClaimReview",
	//       "author": {
	//         "@type": "Organization",
	//         "name": "crosscheck"
	//       },
	//       "claimReviewed": "About 1,200 bodies came back on Saturday.",
	//       "reviewBody": "Matches the other counts of the day.",
	//       "reviewRating": {
	//         "@type": "Rating",
	//         "alternateName": "Consistent",
	//         "ratingExplanation": "Matches the other counts of the day."
	//       },
	//       "itemReviewed": {
	//         "@type": "Claim",
	//         "author": {
	//           "@type": "Organization",
	//           "name": "Coordination Headquarters"
	//         },
	//         "datePublished": "2025-06-14",
	//         "additionalProperty": [
	//           {
	//             "@type": "PropertyValue",
	//             "propertyID": "crosscheck:quantity",
	//             "name": "bodies",
	//             "value": 1200,
	//             "minValue": 1200,
	//             "maxValue": 1200,
	//             "unitText": "bodies",
	//             "description": "about 1,200"
	//           },
	//           {
	//             "@type": "PropertyValue",
	//             "propertyID": "crosscheck:qualifier",
	//             "value": "approx"
	//           },
	//           {
	//             "@type": "PropertyValue",
	//             "propertyID": "crosscheck:kind",
	//             "value": "completed"
	//           },
	//           {
	//             "@type": "PropertyValue",
	//             "propertyID": "crosscheck:as_of",
	//             "value": "2025-06-14"
	//           }
	//         ]
	//       }
	//     }
	//   ]
	// }
}

func ExampleFormat() {
	f := claimreview.Format()
	fmt.Println(f.Name, f.Extensions)
	// Output:
	// claimreview [.jsonld .json]
}

// Parser.Format gives sources.Open the ClaimReview format read with a
// Parser of one's own: here one that calls every imported figure an
// estimate.
func ExampleParser_Format() {
	src, err := sources.Open("testdata/single.jsonld", claimreview.Parser{Kind: claims.Estimated}.Format())
	if err != nil {
		fmt.Println(err)
		return
	}
	cs, errs := sources.Collect(context.Background(), src)
	fmt.Println(cs[0].Quantity, cs[0].Measure, cs[0].Kind, len(errs))
	// Output:
	// more than 6,000 bodies estimated 0
}
