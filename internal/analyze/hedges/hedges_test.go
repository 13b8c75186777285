package hedges

import (
	"slices"
	"strings"
	"testing"

	"github.com/siftnews/sift/internal/analyze/analysis"
	"github.com/siftnews/sift/internal/analyze/analysistest"
	"github.com/siftnews/sift/internal/analyze/sources"
	"github.com/siftnews/sift/internal/analyze/text"
)

// hedgesIn runs the analyzer alone over input and returns its findings as
// "text/cue_type", in text order.
func hedgesIn(t testing.TB, input string) []string {
	t.Helper()
	res, err := analysis.Run(text.Parse(input), []*analysis.Analyzer{Analyzer})
	if err != nil {
		t.Fatalf("%q: %v", input, err)
	}
	fs := res[Analyzer]
	slices.SortStableFunc(fs, func(a, b analysis.Finding) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	var out []string
	for _, f := range fs {
		if f.Why == "" || !strings.Contains(f.Why, f.Text) {
			t.Errorf("%q: finding %q has why %q, which does not name it", input, f.Text, f.Why)
		}
		out = append(out, f.Text+"/"+f.CueType)
	}
	return out
}

type senseCase struct {
	name, input string
	want        []string
}

func runCases(t *testing.T, cases []senseCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := hedgesIn(t, c.input)
			if !slices.Equal(got, c.want) {
				t.Errorf("%s\n got  %q\n want %q", c.input, got, c.want)
			}
		})
	}
}

// TestSenses checks the sense distinctions the word lists cannot make: each
// pair holds a hedging use and a plain use of the same word.
func TestSenses(t *testing.T) {
	runCases(t, []senseCase{
		// "May": the modal, not the month or a surname.
		{"may modal", "The bridge may close for repairs next winter.", []string{"may/epistemic"}},
		{"may month with day", "The bridge closed on May 4 for repairs.", nil},
		{"may month after in", "Repairs began in May and ended in June.", nil},
		{"may sentence-initial month", "May 2019 was the wettest month on record in the valley.", nil},
		{"may surname", "Ministers met Theresa May at the summit.", nil},
		{"may headline", "Bread Prices May Rise Again", []string{"May/epistemic"}},
		{"may headline month", "Strikes Planned For Early May", nil},
		{"may after and", "The dam is old and may fail in a flood.", []string{"may/epistemic"}},
		{"may permission", "Members may choose to vote by post.", nil},
		{"may refer to", "The word ferry may also refer to a kind of fare.", nil},

		// "might": the modal, not strength.
		{"might modal", "The council might raise the fare again.", []string{"might/epistemic"}},
		{"might noun military", "The parade showed off the country's military might.", nil},
		{"might noun possessive", "She pushed the cart with all her might.", nil},
		{"might noun of", "The might of the river surprised the engineers.", nil},
		{"might after and", "The rotor is worn and might not last the winter.", []string{"might/epistemic"}},
		{"might noun and main", "They pulled with might and main.", nil},
		{"might name", "Fans cheered when All Might arrived.", nil},
		{"might after that", "It is a rule that might be dropped next year.", []string{"might/epistemic"}},

		// "could": possibility, not past ability, negation or condition.
		{"could possibility", "The new levy could raise the price of bread.", []string{"could/epistemic"}},
		{"could be noun", "Officials said the leak could be a sign of wider faults.", []string{"could/epistemic"}},
		{"could event", "The striker could return next month.", []string{"could/epistemic"}},
		{"could not asserts", "Inspectors could not find any trace of the chemical.", nil},
		{"could ability", "From the tower she could see the whole harbour.", nil},
		{"could purpose clause", "He moved to the coast so that he could fish every day.", nil},
		{"could condition", "If the talks fail, prices could rise sharply.", nil},
		{"could after even", "Even the mayor admits the plan could fail.", []string{"could/epistemic"}},
		{"could passive reported", "The minister said the deal could be signed next week.", []string{"could/epistemic"}},
		{"could after relative", "There is more than this that could be linked to the fire.", []string{"could/epistemic"}},
		{"could after so", "So the change could raise costs.", []string{"could/epistemic"}},
		{"could passive ability", "The old gates could be opened only from inside.", nil},

		// "can": plain ability or general fact, except a reading.
		{"can ability", "The ferry can carry two hundred cars.", nil},
		{"can lead to", "Poor sleep can lead to weight gain.", []string{"can/epistemic"}},
		{"cannot cause", "The vaccine can not cause the disease.", nil},
		{"can seen as", "The vote can be seen as a rebuke to the mayor.", []string{"can/epistemic", "seen/doxastic"}},
		{"can be described as follows", "The method can be described as follows: first, sort the list.", nil},
		{"can be seen doing", "The heron can be seen fishing at dawn.", nil},

		// "would"/"will": not hedges in this sense.
		{"would will", "The mayor said the plan would cut waiting times and will cost less.", nil},

		// "suggests": evidence pointing somewhere, not a person proposing.
		{"suggests evidence", "The tree rings suggest that the drought lasted a decade.", []string{"suggest/epistemic"}},
		{"suggested proposal gerund", "The chairman suggested moving the meeting to Friday.", nil},
		{"suggested proposal should", "She suggested that the council should publish the figures.", nil},
		{"suggested to", "He suggested to the board a cheaper design.", nil},
		{"it has been suggested", "It has been suggested that the well was poisoned.",
			[]string{"It has been suggested/weasel", "suggested/epistemic"}},

		// Belief participles of an unnamed believer, not their other senses.
		{"believed to", "The ship is believed to have sunk near the cape.", []string{"believed/doxastic"}},
		{"believed in", "He believed in hard work all his life.", nil},
		{"thought passive", "The tomb was once thought to hold a king.", []string{"thought/doxastic"}},
		{"thought noun", "She gave the offer a second thought.", nil},
		{"school of thought", "A rival school of thought holds otherwise.", nil},
		{"regarded as", "The mill is widely regarded as the oldest in the county.", []string{"regarded/doxastic"}},
		{"highly regarded", "She is a highly regarded surgeon.", nil},
		{"considered passive", "The treaty is considered a turning point.", []string{"considered/doxastic"}},
		{"considered for", "Three bids were considered for the contract.", nil},
		{"considered gerund", "The club considered moving to a new ground.", nil},
		{"consider weighing up", "The board will consider the rule next week.", nil},
		{"consider themselves", "The islanders consider themselves Scots.", []string{"consider/doxastic"}},
		{"regard active as", "Locals regard the statue as a bad omen.", []string{"regard/doxastic"}},
		{"expected to", "The bridge is expected to open in spring.", []string{"expected/doxastic"}},
		{"expected active", "The bank had expected a rise in rates.", []string{"expected/doxastic"}},
		{"as expected", "The vote went as expected.", nil},
		{"reduced relative", "A new tunnel, expected to cost billions, will link the towns.", []string{"expected/doxastic"}},
		{"seen as", "The deal was seen as a defeat for the union.", []string{"seen/doxastic"}},
		{"as seen in", "The style, as seen in the old town, is plain.", nil},
		{"seen place", "Otters are often seen in the river.", nil},
		{"has seen as many", "The town has seen as many as 300 visitors a day.", []string{"as many as/approximator"}},
		{"has seen", "The inspector had seen the cracks as early as March.", nil},
		{"view that", "The view that prices will fall is common.", []string{"view/doxastic"}},
		{"view of the bay", "The hotel has a fine view of the bay.", nil},
		{"point of view", "From the driver's point of view the road is safe.", nil},

		// Belief verbs with a clause, not with other complements.
		{"believe that", "Investigators believe that the fire started in the kitchen.", []string{"believe/doxastic"}},
		{"think clause", "Investors think the figures are too low.", []string{"think/doxastic"}},
		{"think imperative", "Think only about the next step.", nil},
		{"think you", "I think you should sell the shares.", []string{"think/doxastic"}},
		{"believe him", "Nobody would believe him.", nil},
		{"think tank", "The essay was published by a German think tank.", nil},
		{"think of", "Think of the bridge as a kind of dam.", nil},
		{"fears that", "There are fears that the harvest will fail.", []string{"fears/doxastic"}},
		{"no doubt that", "There is no doubt that the dam held.", nil},
		{"doubts that", "Engineers voiced doubts that the dam would hold.", []string{"doubts/doxastic"}},
		{"assumed office", "She assumed office in March.", nil},
		{"assuming clause", "Assuming the talks fail, prices will rise.", []string{"Assuming/doxastic"}},
		{"expect them to", "Traders expect them to cut rates.", []string{"expect/doxastic"}},
		{"assume the role", "He will assume the role of chair.", nil},
		{"fear noun", "He has no fear of heights.", nil},

		// Seeming.
		{"appears to", "The letter appears to be a forgery.", []string{"appears/epistemic"}},
		{"appears on stage", "The singer appears on stage at nine.", nil},
		{"it appears that", "It appears that the vote was rigged.", []string{"appears/epistemic"}},
		{"it appeared in", "It appeared in a local paper first.", nil},

		// "possible".
		{"possible that", "It is possible that the letters were forged.", []string{"possible/epistemic"}},
		{"as soon as possible", "The road will reopen as soon as possible.", nil},
		{"made possible", "The gift made the new wing possible.", nil},
		{"possible to", "It is possible to walk to the island at low tide.", nil},

		// Phrases marked whole.
		{"no evidence", "There is no evidence that the pump failed.", []string{"no evidence/epistemic"}},
		{"not clear", "It is not clear who ordered the strike.", []string{"not clear/epistemic"}},
		{"in all likelihood", "In all likelihood the vote will be close.", []string{"In all likelihood/epistemic"}},
		{"remains to be seen", "Whether the truce holds remains to be seen.", []string{"remains to be seen/epistemic"}},
		{"almost certain that", "It is almost certain that the dam will hold.", []string{"almost certain/epistemic"}},
		{"almost certain noun", "Crossing the ice meant almost certain death.", nil},

		// Verbs whose doubting sense needs an infinitive.
		{"projected to", "Sales are projected to fall by a tenth.", []string{"projected/doxastic"}},
		{"projected onto", "The film was projected onto the castle wall.", nil},
		{"understood to", "The minister is understood to have resigned.", []string{"understood/doxastic"}},
		{"understood risk", "She understood the risk.", nil},
		{"not immediately clear", "It was not immediately clear who fired first.", []string{"not immediately clear/epistemic"}},

		// Unverified claims, marked whole.
		{"could not be verified", "The video could not be independently verified.", []string{"could not be independently verified/epistemic"}},
		{"cannot be ruled out", "A second collapse cannot be ruled out.", []string{"cannot be ruled out/epistemic"}},

		// Allegation and hearsay adverbs.
		{"allegedly", "The clerk allegedly took bribes.", []string{"allegedly/doxastic"}},
		{"reportedly", "The firm has reportedly cut two hundred jobs.", []string{"reportedly/doxastic"}},
		{"alleged", "The alleged victim spoke to the court.", []string{"alleged/doxastic"}},
		{"supposed to duty", "The office is supposed to open at nine.", nil},
		{"supposed to have", "The hermit is supposed to have lived in the cave.", []string{"supposed/doxastic"}},
		{"suspected attributive", "Police arrested the suspected gunman at dawn.", []string{"suspected/doxastic"}},
		{"possibly", "The fire was possibly started by a cigarette.", []string{"possibly/epistemic"}},
		{"cannot possibly", "We cannot possibly measure what we lose.", nil},
		{"likely", "The strike will likely spread to the ports.", []string{"likely/epistemic"}},
	})
}

// TestApproximators checks that qualifiers count only on a quantity.
func TestApproximators(t *testing.T) {
	runCases(t, []senseCase{
		{"nearly number", "Nearly 5,000 people marched.", []string{"Nearly/approximator"}},
		{"up to words", "The plant makes up to five million shells a year.", []string{"up to/approximator"}},
		{"about number", "The repair cost about $3 million.", []string{"about/approximator"}},
		{"about topic", "They argued about the war for hours.", nil},
		{"some number", "Some 70 fighters held the ridge.", []string{"Some/approximator"}},
		{"some of", "Some of the shells were duds.", nil},
		{"some plain", "Some shells were duds.", nil},
		{"more than half", "More than half the seats changed hands.", []string{"More than/approximator"}},
		{"roughly a dozen", "Roughly a dozen boats were lost.", []string{"Roughly/approximator"}},
		{"at least", "At least 12 people were hurt.", []string{"At least/approximator"}},
		{"at least plain", "At least the rain stopped.", nil},
		{"what about", "But what about five years from now?", nil},
		{"about one thing", "Write about one thing at a time.", nil},
		{"about one in five", "About one in five homes flooded.", []string{"About/approximator"}},
		{"around place", "They walked around the lake.", nil},
		{"around date", "The church was built around 1850.", []string{"around/approximator"}},
	})
}

// TestWeasels checks unnamed-authority phrases and their look-alikes.
func TestWeasels(t *testing.T) {
	runCases(t, []senseCase{
		{"some experts say", "Some experts say the dam is unsafe.", []string{"Some experts say/weasel"}},
		{"critics argue", "Critics argue that the tax hurts the poor.", []string{"Critics argue/weasel"}},
		{"critics have long argued", "Critics have long argued that the tax hurts the poor.",
			[]string{"Critics have long argued/weasel"}},
		{"many believe", "Many believe the result was fixed.", []string{"Many believe/weasel", "believe/doxastic"}},
		{"it is said", "It is said that the well never runs dry.", []string{"It is said/weasel"}},
		{"sources say", "But sources say the deal is close.", []string{"sources say/weasel"}},
		{"according to some", "The plan, according to some analysts, is doomed.", []string{"according to some analysts/weasel"}},
		{"named critics", "The critics at the paper said the play was dull.", nil},
		{"officials said", "Officials said the road would reopen.", nil},
		{"some officials said", "Some officials said the road would reopen.", []string{"Some officials said/weasel"}},
		{"it was said by", "It was said by the mayor that the road would reopen.", nil},
		{"some think", "Some think the figures are too low.", []string{"Some think/weasel", "think/doxastic"}},
		{"quantified plural", "Many local parents say the school is too small.", []string{"Many local parents say/weasel"}},
		{"is said to", "The abbey is said to have had a hundred monks.", []string{"is said/weasel"}},
		{"said to person", "The mayor said to reporters that the road was safe.", nil},
		{"arguably", "It is arguably the best bridge in the county.", []string{"arguably/weasel"}},
		{"some of the critics", "Two of the critics said the play was dull.", nil},
	})
}

// TestArticles checks the marked test articles under testdata.
func TestArticles(t *testing.T) {
	analysistest.Run(t, "testdata", Analyzer)
}

// TestClaimIndex checks that a quoted hedge finds its speaker through
// sources.Result.For on nested and neighbouring claims.
func TestClaimIndex(t *testing.T) {
	res := &sources.Result{Attributions: []sources.Attribution{
		{Name: "outer", Claim: []text.Span{{Start: 0, End: 100}}},
		{Name: "inner", Claim: []text.Span{{Start: 10, End: 20}, {Start: 150, End: 160}}},
		{Name: "late", Claim: []text.Span{{Start: 120, End: 140}}},
	}}
	for _, c := range []struct {
		s    text.Span
		want string
	}{
		{text.Span{Start: 12, End: 15}, "inner"},
		{text.Span{Start: 30, End: 35}, "outer"},
		{text.Span{Start: 95, End: 105}, ""},
		{text.Span{Start: 125, End: 130}, "late"},
		{text.Span{Start: 150, End: 160}, "inner"},
		{text.Span{Start: 200, End: 201}, ""},
	} {
		got := ""
		if a := res.For(c.s); a != nil {
			got = a.Name
		}
		if got != c.want {
			t.Errorf("find(%v) = %q, want %q", c.s, got, c.want)
		}
	}
	if (*sources.Result)(nil).For(text.Span{Start: 1, End: 2}) != nil {
		t.Error("a nil result attributes something")
	}
}

// FuzzHedges checks that any input yields well-formed findings: no panic,
// spans on token boundaries inside one sentence, a known cue type, and a why.
func FuzzHedges(f *testing.F) {
	f.Add("The bridge may close in May; some 70 people could be hurt, critics say.")
	f.Add("It is said that\n\"it might\" may may may could.")
	f.Add("Some of the shells were, according to some experts, about 5 up to")
	f.Fuzz(func(t *testing.T, input string) {
		doc := text.Parse(input)
		res, err := analysis.Run(doc, []*analysis.Analyzer{Analyzer})
		if err != nil {
			t.Fatal(err)
		}
		for _, fd := range res[Analyzer] {
			switch fd.CueType {
			case Epistemic, Doxastic, Approximator, Weasel:
			default:
				t.Fatalf("unknown cue type %q", fd.CueType)
			}
			if fd.Why == "" {
				t.Fatalf("finding %q has no why", fd.Text)
			}
			first, last := doc.TokenAt(fd.Start), doc.TokenAt(fd.End-1)
			if first >= len(doc.Tokens) || doc.Tokens[first].Start != fd.Start || doc.Tokens[last].End != fd.End {
				t.Fatalf("finding %q [%d,%d) is not on token boundaries", fd.Text, fd.Start, fd.End)
			}
			if s := doc.SentenceAt(fd.Start); s < 0 || doc.Sentences[s].End < fd.End {
				t.Fatalf("finding %q crosses a sentence boundary", fd.Text)
			}
		}
	})
}

// TestWhy checks that each finding explains its own kind of hedge.
func TestWhy(t *testing.T) {
	for _, c := range []struct{ input, cue, want string }{
		{"The clerk allegedly took bribes.", "allegedly", "allegation"},
		{"The bridge is expected to open in spring.", "expected", "expectation"},
		{"The letter appears to be a forgery.", "appears", "how things look"},
		{"The bridge may close.", "may", "possibility"},
		{"Nearly 5,000 people marched.", "Nearly", "approximate"},
		{"Critics argue that the tax hurts the poor.", "Critics argue", "unnamed authority"},
	} {
		res, err := analysis.Run(text.Parse(c.input), []*analysis.Analyzer{Analyzer})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range res[Analyzer] {
			if f.Text == c.cue {
				found = true
				if !strings.Contains(f.Why, c.want) || !strings.HasSuffix(f.Why, ".") {
					t.Errorf("%q: why %q does not say %q in a sentence", c.cue, f.Why, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no finding for %q", c.input, c.cue)
		}
	}
}
