package claimreview

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// A Review is a verdict on one claim, as Export writes it: the claim, what
// the reviewer found and who reviewed it, where and when. A finding about
// several claims becomes one Review for each. The zero Review writes a
// ClaimReview with no verdict. A Review is a plain value.
type Review struct {
	// Claim is the claim reviewed: its words, speaker, appearance, date and
	// figure.
	Claim claims.Claim
	// Rating is the verdict in a few words ("Conflicts with other figures").
	Rating string
	// Explanation is the reason for the verdict, in plain sentences.
	Explanation string
	// Author is who reviews (an organisation); "" writes "crosscheck".
	Author string
	// URL is where the review is published, and Date when; both optional.
	URL  string
	Date claims.Date
}

type thing struct {
	Type        string `json:"@type"`
	Name        string `json:"name,omitempty"`
	JobTitle    string `json:"jobTitle,omitempty"`
	Affiliation *thing `json:"affiliation,omitempty"`
}

type creativeWork struct {
	Type          string `json:"@type"`
	URL           string `json:"url,omitempty"`
	DatePublished string `json:"datePublished,omitempty"`
	Publisher     *thing `json:"publisher,omitempty"`
}

type propertyValue struct {
	Type        string          `json:"@type"`
	PropertyID  string          `json:"propertyID"`
	Name        string          `json:"name,omitempty"`
	Value       any             `json:"value,omitempty"`
	MinValue    *claims.Decimal `json:"minValue,omitempty"`
	MaxValue    *claims.Decimal `json:"maxValue,omitempty"`
	UnitText    string          `json:"unitText,omitempty"`
	Description string          `json:"description,omitempty"`
}

type claimItem struct {
	Type               string          `json:"@type"`
	Author             *thing          `json:"author,omitempty"`
	DatePublished      string          `json:"datePublished,omitempty"`
	Appearance         *creativeWork   `json:"appearance,omitempty"`
	AdditionalProperty []propertyValue `json:"additionalProperty,omitempty"`
}

type rating struct {
	Type              string `json:"@type"`
	AlternateName     string `json:"alternateName,omitempty"`
	RatingExplanation string `json:"ratingExplanation,omitempty"`
}

type claimReview struct {
	Type          string    `json:"@type"`
	URL           string    `json:"url,omitempty"`
	DatePublished string    `json:"datePublished,omitempty"`
	Author        thing     `json:"author"`
	ClaimReviewed string    `json:"claimReviewed"`
	ReviewBody    string    `json:"reviewBody,omitempty"`
	ReviewRating  *rating   `json:"reviewRating,omitempty"`
	ItemReviewed  claimItem `json:"itemReviewed"`
}

type graph struct {
	Context string        `json:"@context"`
	Graph   []claimReview `json:"@graph"`
}

// Export writes reviews to w as one JSON-LD document: a schema.org
// "@graph" of ClaimReviews, indented, in the order given. Reader reads it
// back into the same claims (apart from spans, reasons and the document).
//
// The mapping:
//
//	Review / claim field          ClaimReview
//	URL, Date                     url, datePublished
//	Author                        author: Organization name ("crosscheck")
//	Claim.Evidence.Text           claimReviewed (the figure's own words when
//	                                there is no evidence)
//	Explanation                   reviewBody, and reviewRating.ratingExplanation
//	Rating                        reviewRating.alternateName
//	Claim.Speaker                 itemReviewed.author: Person with jobTitle, or
//	                                Organization when it has no role or is the
//	                                outlet (role OutletRole); with affiliation
//	Claim.AsOf                    itemReviewed.datePublished (its last day)
//	Claim.Source                  itemReviewed.appearance: CreativeWork with url,
//	                                datePublished and publisher (the outlet)
//	Claim.Quantity, Measure       itemReviewed.additionalProperty: PropertyValue
//	                                "crosscheck:quantity", name and unitText the
//	                                measure, value the stated number, minValue and
//	                                maxValue the interval's bounds, description
//	                                the figure as written
//	Kind, Scope, Subject,         further PropertyValues "crosscheck:kind", …,
//	  Recipient, Mutual, AsOf,      "crosscheck:as_of" (ISO 8601),
//	  Source.Via, Confidence        "crosscheck:via" (outlets joined by "; ") and
//	                                "crosscheck:confidence" (the fields not read
//	                                explicitly: "as_of=defaulted; subject=inferred")
//
// Export returns the first error of w.
func Export(w io.Writer, reviews []Review) error {
	g := graph{Context: "https://schema.org", Graph: make([]claimReview, 0, len(reviews))}
	for _, r := range reviews {
		g.Graph = append(g.Graph, review(r))
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(g); err != nil {
		return fmt.Errorf("sources/claimreview: writing: %w", err)
	}
	return nil
}

func review(r Review) claimReview {
	c := r.Claim
	author := r.Author
	if author == "" {
		author = "crosscheck"
	}
	text := c.Evidence.Text
	if text == "" {
		text = strings.TrimSpace(strings.Join([]string{c.Quantity.String(), c.Measure}, " "))
	}
	cr := claimReview{
		Type: "ClaimReview", URL: r.URL, DatePublished: r.Date.String(),
		Author:        thing{Type: "Organization", Name: author},
		ClaimReviewed: text, ReviewBody: r.Explanation,
		ItemReviewed: claimItem{Type: "Claim", DatePublished: c.AsOf.End().String()},
	}
	if r.Rating != "" || r.Explanation != "" {
		cr.ReviewRating = &rating{Type: "Rating", AlternateName: r.Rating, RatingExplanation: r.Explanation}
	}
	if s := c.Speaker; s != (claims.Speaker{}) {
		a := &thing{Type: "Person", Name: s.Name, JobTitle: s.Role}
		if s.Role == "" || s.Role == OutletRole {
			// An office, or an outlet speaking in its own voice.
			a.Type, a.JobTitle = "Organization", ""
		}
		cr.ItemReviewed.Author = a
		if s.Affiliation != "" {
			cr.ItemReviewed.Author.Affiliation = &thing{Type: "Organization", Name: s.Affiliation}
		}
	}
	if s := c.Source; s.URL != "" || s.Outlet != "" || s.Published != (claims.Date{}) {
		cr.ItemReviewed.Appearance = &creativeWork{Type: "CreativeWork", URL: s.URL, DatePublished: s.Published.String()}
		if s.Outlet != "" {
			cr.ItemReviewed.Appearance.Publisher = &thing{Type: "Organization", Name: s.Outlet}
		}
	}
	props := &cr.ItemReviewed.AdditionalProperty
	add := func(id string, v any) {
		*props = append(*props, propertyValue{Type: "PropertyValue", PropertyID: Prefix + id, Value: v})
	}
	if q := c.Quantity; q.IsValid() {
		pv := propertyValue{Type: "PropertyValue", PropertyID: Prefix + "quantity", Name: c.Measure, UnitText: c.Measure,
			Value: q.Value, Description: q.String()}
		if q.Unit == claims.Percent {
			pv.UnitText = "percent"
		}
		if q.Lower.Set {
			pv.MinValue = &q.Lower.Value
		}
		if q.Upper.Set {
			pv.MaxValue = &q.Upper.Value
		}
		*props = append(*props, pv)
		add("qualifier", q.Qualifier.String())
	}
	for _, f := range []struct{ id, v string }{
		{"kind", string(c.Kind)}, {"scope", string(c.Scope)}, {"subject", c.Subject}, {"recipient", c.Recipient},
		{"as_of", c.AsOf.String()}, {"via", strings.Join(c.Source.Via, "; ")}, {"confidence", c.Confidence.String()},
	} {
		if f.v != "" {
			add(f.id, f.v)
		}
	}
	if c.Mutual {
		add("mutual", true)
	}
	return cr
}

// OutletRole is the Speaker.Role of an outlet speaking in its own voice
// (claims.Speaker{Name: "Wire One", Role: OutletRole}), as sources/text
// gives it when a report states a figure without attributing it. Export
// writes such a speaker as a schema.org Organization, and Reader reads an
// Organization author that is also the appearance's publisher back as one.
const OutletRole = "outlet"
