package analysis

// Kind names what a finding is. The set is part of the report contract.
type Kind string

const (
	// KindFigure is a quantity as written: "nearly five million shells".
	KindFigure Kind = "figure"
	// KindSource is who a claim is attributed to: "the minister told Bloomberg".
	KindSource Kind = "source"
	// KindHedge is a cue of uncertainty or unsupported claim: "reportedly".
	KindHedge Kind = "hedge"
	// KindNameVariant is a name mention that is probably a misspelling of a
	// name written otherwise in the same text, or a speaker never introduced.
	KindNameVariant Kind = "name-variant"
	// KindBoilerplate is a line or block that is not part of the article.
	KindBoilerplate Kind = "boilerplate"
)

// Kinds lists every kind in the order a reader is shown them.
var Kinds = []Kind{KindFigure, KindSource, KindHedge, KindNameVariant, KindBoilerplate}

// A Finding is one mark on the text. It is plain data: only drivers print.
//
// Start and End are UTF-8 byte offsets into the input, End exclusive. The
// kind-specific fields are empty when they do not apply; the JSON tags
// document the wire names and are what encoding/json-based readers (the
// command line's --jsonl input, the scoring tool) decode with.
type Finding struct {
	Kind  Kind   `json:"kind"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Why is one sentence a reader understands.
	Why string `json:"why"`

	// Value is a figure's numeric value; nil when vague ("dozens").
	Value *float64 `json:"value,omitempty"`
	// Unit is what a figure counts or measures: "shells", "USD", "%", "km".
	Unit string `json:"unit,omitempty"`
	// Approx is a figure's qualifier as written: "up to", "nearly".
	Approx string `json:"approx,omitempty"`
	// Source is the name a figure, quoted hedge or pronoun source is
	// attributed to, resolved from pronouns; empty when unsourced.
	Source string `json:"source,omitempty"`

	// Cue is the word or construction that attributes a claim: "said",
	// "according to", "told", a quotation.
	Cue string `json:"cue,omitempty"`
	// Anonymous marks unnamed sourcing: "people familiar with the matter".
	Anonymous bool `json:"anonymous,omitempty"`

	// CueType is a hedge's class: epistemic, doxastic, approximator, weasel.
	CueType string `json:"cue_type,omitempty"`

	// Canonical is the spelling a name variant probably should have.
	Canonical string `json:"canonical,omitempty"`

	// Reason says what kind of boilerplate a line is: "share", "advertisement".
	Reason string `json:"reason,omitempty"`
}

// Report is what the engine returns for one text.
type Report struct {
	Findings []Finding `json:"findings"`
}

// Count returns the number of findings of kind k.
func (r *Report) Count(k Kind) int {
	n := 0
	for i := range r.Findings {
		if r.Findings[i].Kind == k {
			n++
		}
	}
	return n
}
