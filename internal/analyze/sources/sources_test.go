package sources

import (
	"slices"
	"strings"
	"testing"

	"github.com/siftnews/sift/internal/analyze/analysis"
	"github.com/siftnews/sift/internal/analyze/analysistest"
	"github.com/siftnews/sift/internal/analyze/text"
)

func TestArticles(t *testing.T) {
	analysistest.Run(t, "testdata", Analyzer)
}

// found runs the analyzer over in and returns its source findings.
func found(t *testing.T, in string) []analysis.Finding {
	t.Helper()
	res, err := analysis.Run(text.Parse(in), []*analysis.Analyzer{Analyzer})
	if err != nil {
		t.Fatalf("%q: %v", in, err)
	}
	return res[Analyzer]
}

// TestCues checks one attribution per sentence: the mention, its cue, the
// resolved name and whether it is anonymous. Earlier sentences in the text
// give pronouns something to point to; want names the last finding.
func TestCues(t *testing.T) {
	tests := []struct {
		in                   string
		mention, cue, source string
		anonymous            bool
	}{
		{"Officials said the road was closed.", "Officials", "said", "Officials", true},
		{"The road was closed, said Kim Jae-hoon, a police spokesman.", "Kim Jae-hoon", "said", "Kim Jae-hoon", false},
		{"“The road is closed,” said the spokesman.", "the spokesman", "said", "the spokesman", false},
		{"The road was closed, according to the police.", "the police", "according to", "the police", false},
		{"Rates will rise, according to a survey published on Monday by the bank.", "a survey", "according to", "a survey", false},
		{"The lenders' association said rates would rise.", "The lenders' association", "said", "The lenders' association", false},
		{"Russia fired 50 missiles overnight, Ukraine's air force said.", "Ukraine's air force", "said", "Ukraine's air force", false},
		{"Unemployment is 4%, per the labor department.", "the labor department", "per", "the labor department", false},
		{"The rise was steep, according to the workers’ union.", "the workers’ union", "according to", "the workers’ union", false},
		{"The crowd chanted 'no more taxes' as officials said it would.", "officials", "said", "officials", true},
		{"Maria Lopez told reporters the road was closed.", "Maria Lopez", "told", "Maria Lopez", false},
		{"Maria Lopez arrived late. She told Bloomberg the road was closed.", "She", "told", "Maria Lopez", false},
		{"John Park arrived late. Maria Lopez spoke first. He said the road was closed.", "He", "said", "John Park", false},
		{"Nearly 5 million shells were fired, he said.", "he", "said", "he", false},
		{"Roughly half were fired. Currently none are left, he said.", "he", "said", "he", false},
		{"Maria Lopez, the mayor, arrived. The mayor said the road was closed.", "The mayor", "said", "Maria Lopez", false},
		{"Harbor Foods lost money. The company said sales fell.", "The company", "said", "Harbor Foods", false},
		{"The ministry said costs rose. The company said sales fell.", "The company", "said", "The company", false},
		{"Harbor Foods said it would cut jobs. It added that sales fell.", "It", "added", "Harbor Foods", false},
		{"Kim's spokesman said the talks would resume.", "Kim's spokesman", "said", "Kim's spokesman", false},
		{"In a statement, the ministry said the talks would resume.", "the ministry", "said", "the ministry", false},
		{"The talks will resume, Bloomberg reported.", "Bloomberg", "reported", "Bloomberg", false},
		{"Polls show the race is tied.", "Polls", "show", "Polls", false},
		{"A study by the Pew Research Center found that most adults own a phone.", "A study by the Pew Research Center", "found", "A study by the Pew Research Center", false},
		{"Data from the census show the city grew.", "Data from the census", "show", "Data from the census", false},
		{"The central bank estimates that growth will slow.", "The central bank", "estimates", "The central bank", false},
		{"Most economists believe rates will fall.", "Most economists", "believe", "Most economists", false},
		{"The governor wants a vote before May.", "The governor", "wants", "The governor", false},
		{"Senator Ruth Okafor hopes the bill will pass.", "Senator Ruth Okafor", "hopes", "Ruth Okafor", false},
		{"People familiar with the matter said the deal was close.", "People familiar with the matter", "said", "People familiar with the matter", true},
		{"A senior official who asked not to be named said the deal was close.", "A senior official who asked not to be named", "said", "A senior official who asked not to be named", true},
		{"The deal was close, two officials said.", "two officials", "said", "two officials", true},
		{"Sources said the deal was close.", "Sources", "said", "Sources", true},
		{"The deal, a person briefed on the talks said, was close.", "a person briefed on the talks", "said", "a person briefed on the talks", true},
		{"Sen. Ruth Okafor (D-Ohio) argued that the bill was too costly.", "Sen. Ruth Okafor", "argued", "Ruth Okafor", false},
		{"Ruth Okafor, a Democrat from Ohio, warned that the bill was too costly.", "Ruth Okafor", "warned", "Ruth Okafor", false},
		{"Sen. Ruth Okafor, D-Ohio, warned that the bill was too costly.", "Sen. Ruth Okafor", "warned", "Ruth Okafor", false},
		{"Iowa farmers, who sold about $4 billion worth of soybeans to China last year, say the timing is bad.", "Iowa farmers", "say", "Iowa farmers", false},
		{"The National Coalition Against Censorship sent a letter last week warning that the ban was illegal.", "The National Coalition Against Censorship", "warning", "National Coalition Against Censorship", false},
		{"Ruth Okafor has repeatedly said the bill is too costly.", "Ruth Okafor", "said", "Ruth Okafor", false},
		{"Ruth Okafor on Monday said the bill is too costly.", "Ruth Okafor", "said", "Ruth Okafor", false},
		{"Ruth Okafor said in an interview with CNN that the bill is too costly.", "Ruth Okafor", "said", "Ruth Okafor", false},
		{"Ruth Okafor was blunt: “This bill is too costly.”", "Ruth Okafor", "quote", "Ruth Okafor", false},
		{"Ruth Okafor criticized the bill on Monday, saying it was too costly.", "Ruth Okafor", "saying", "Ruth Okafor", false},
		{"The deal was close, the minister told Bloomberg.", "the minister", "told", "the minister", false},
		{"The deal was reported by Reuters on Monday.", "Reuters", "reported", "Reuters", false},
		{"The ministry called the report “baseless.”", "The ministry", "called", "The ministry", false},
		{"The senator called the plan a disgrace.", "The senator", "called", "The senator", false},
		{"“We will not pay,” the minister said.", "the minister", "said", "the minister", false},
		{"Donald Trump spoke in Ohio. Trump's claim that the vote was rigged drew criticism.", "Trump's", "claim", "Donald Trump", false},
		{"Ruth Okafor spoke first. Her warning that the bill was costly went unheeded.", "Her", "warning", "Ruth Okafor", false},
		{"Senator Ruth Okafor is calling for an inquiry.", "Senator Ruth Okafor", "calling for", "Ruth Okafor", false},
		{"As one official put it, the plan is dead.", "one official", "put it", "one official", true},
		{"Ruth Okafor made clear that she would not resign.", "Ruth Okafor", "made clear", "Ruth Okafor", false},
		{"Ruth Okafor is confident that the bill will pass.", "Ruth Okafor", "confident", "Ruth Okafor", false},
		{"Ruth Okafor was quoted as saying the bill was dead.", "Ruth Okafor", "saying", "Ruth Okafor", false},
		{"The White House released a statement saying the talks had failed.", "The White House", "saying", "White House", false},
		{"Felix Brandt of the Ocean Institute said the plumes spread.", "Felix Brandt of the Ocean Institute", "said", "Felix Brandt", false},
		{"Every poll we have seen says the race is close.", "Every poll we have seen", "says", "Every poll we have seen", false},
		{"A poll released Wednesday found the race tied.", "A poll released", "found", "A poll released", false},
		{"Ruth Okafor, who has said the bill is too costly, voted no.", "Ruth Okafor", "said", "Ruth Okafor", false},
		{"Trump and Clinton both said the debate went well.", "Trump and Clinton", "said", "Trump and Clinton", false},
		{"Trump arrived in Ohio on Monday. He said the polls were wrong.", "He", "said", "Trump", false},
		{"Officials said the plan failed. They all said so.", "They", "said", "Officials", true},
		{"The deal, as reported by The Washington Post, collapsed.", "The Washington Post", "reported", "Washington Post", false},
		{"FBI Director James Comey said the inquiry was closed.", "FBI Director James Comey", "said", "James Comey", false},
		{"Secretary of State Antony Blinken said talks would go on.", "Secretary of State Antony Blinken", "said", "Antony Blinken", false},
		{"The plan is dead, according to one of the officials.", "one of the officials", "according to", "one of the officials", true},
		{"Moody's warned that a shutdown could hurt the rating.", "Moody's", "warned", "Moody", false},
		{"The president has been clear that a shutdown would hurt.", "The president", "clear", "The president", false},
		{"The Democrats defended the bill but called for changes.", "The Democrats", "called for", "Democrats", false},
		{"Sen. Tim Kaine of Virginia, her running mate, put it bluntly: “Vote.”", "Sen. Tim Kaine of Virginia", "put it", "Tim Kaine", false},
		{"Sen. Tim Kaine of Virginia, her running mate, was blunt: “Vote.”", "Sen. Tim Kaine", "quote", "Tim Kaine", false},
		{"Ruth Okafor took to Twitter to say the bill was dead.", "Ruth Okafor", "say", "Ruth Okafor", false},
		{"Ruth Okafor has repeatedly taken to Facebook to argue that the bill is dead.", "Ruth Okafor", "argue", "Ruth Okafor", false},
		{"The senator went on to say that the bill was dead.", "The senator", "say", "The senator", false},
		{"“It is over,” one said.", "one", "said", "one", true},
	}
	for _, tt := range tests {
		fs := found(t, tt.in)
		if len(fs) == 0 {
			t.Errorf("%q: no source found, want %q", tt.in, tt.mention)
			continue
		}
		f := fs[len(fs)-1]
		if f.Text != tt.mention || f.Cue != tt.cue || f.Source != tt.source || f.Anonymous != tt.anonymous {
			t.Errorf("%q:\n got %q cue %q source %q anonymous %v\nwant %q cue %q source %q anonymous %v",
				tt.in, f.Text, f.Cue, f.Source, f.Anonymous, tt.mention, tt.cue, tt.source, tt.anonymous)
		}
		if f.Why == "" || !strings.HasSuffix(f.Why, ".") {
			t.Errorf("%q: why = %q, want a sentence", tt.in, f.Why)
		}
	}
}

// TestWhy checks the sentence shown to readers.
func TestWhy(t *testing.T) {
	for _, tt := range []struct{ in, why string }{
		{"Shin Won-sik spoke. He said the trains ran.", "Attributed to Shin Won-sik (“He”), cue “said”."},
		{"Shin Won-sik said the trains ran.", "Attributed to Shin Won-sik, cue “said”."},
		{"People familiar with the matter said the trains ran.", "Anonymous source: “People familiar with the matter”, cue “said”."},
		{"He said the trains ran.", "Attributed to “He”, cue “said”; no name before it to trace it to."},
		{"Shin Won-sik was blunt: “The trains ran.”", "Attributed to Shin Won-sik, cue a quotation."},
	} {
		fs := found(t, tt.in)
		if len(fs) == 0 {
			t.Errorf("%q: nothing found", tt.in)
			continue
		}
		if got := fs[len(fs)-1].Why; got != tt.why {
			t.Errorf("%q: why = %q, want %q", tt.in, got, tt.why)
		}
	}
}

// TestNoSource lists text that attributes nothing.
func TestNoSource(t *testing.T) {
	for _, in := range []string{
		"The said document was never published.",
		"All told, the trip took five days.",
		"The launch went according to plan.",
		"Shares rose, per cent by per cent.",
		"The fee is $5, per person, per day.",
		"The trains ran according to the schedule.",
		"It was reported that the trains had stopped.",
		"The minister was told of the decision on Monday.",
		"The company declined to say how many jobs would go.",
		"An estimated 5,000 people attended the rally.",
		"The expected vote was delayed.",
		"The reported deal collapsed within a week.",
		"Their hopes faded as the results came in.",
		"The plan is said to cost $5 billion.",
		"Weather Service Says Storm Will Hit Coast",
		"Kim's plans remain unclear.",
		"The findings were published in March.",
		"The mother of a woman who took suspected diet pills spoke out.",
		"The senator is sure of it.",
		"The company, which maintains 90,000 miles of cable, grew.",
		"Some hope remains for the talks.",
		"The think tank published a paper.",
		"The official asked not to be named.",
		"The Senate rejected the bill.",
		"Negotiators agreed on the outline of a deal.",
		"The senator called a meeting for Tuesday.",
		"Residents called the police.",
		"No one said it was over.",
		"We expect 5 percent growth this year.",
		"I think the bill will pass.",
		"The company declined to say how many jobs would go.",
		"Ruth Okafor is expected to say the bill is dead.",
	} {
		if fs := found(t, in); len(fs) > 0 {
			t.Errorf("%q: unexpected source %q (%s)", in, fs[0].Text, fs[0].Why)
		}
	}
}

// TestFor checks which attribution covers a span: the attributed sentence,
// the sentence after "He said:", a quotation running into the next
// sentence, the sentence before "This is what the minister said", and
// nothing for unattributed text or for the source mention itself.
func TestFor(t *testing.T) {
	in := "Shin Won-sik is the defense minister. He said:\n" +
		"“North Korea sent 6,700 containers.”\n" +
		"Exports rose 5 percent, officials said. “Prices rose 2 percent,” one said. “Wages fell 3 percent.”\n" +
		"The army has 9,000 tanks. This is what the minister said in March.\n" +
		"The weather was cold at 3 degrees."
	doc := text.Parse(in)
	res := analyze(doc)
	span := func(s string) text.Span {
		i := strings.Index(in, s)
		if i < 0 {
			t.Fatalf("%q not in text", s)
		}
		return text.Span{Start: i, End: i + len(s)}
	}
	for _, tt := range []struct{ figure, source string }{
		{"6,700 containers", "Shin Won-sik"},
		{"5 percent", "officials"},
		{"2 percent", "officials"},
		{"3 percent", "officials"},
		{"9,000 tanks", "Shin Won-sik"},
		{"3 degrees", ""},
		{"officials", ""},
	} {
		a := res.For(span(tt.figure))
		got := ""
		if a != nil {
			got = a.Name
		}
		if got != tt.source {
			t.Errorf("For(%q) = %q, want %q", tt.figure, got, tt.source)
		}
	}
	var nilResult *Result
	if nilResult.For(span("9,000 tanks")) != nil {
		t.Error("nil Result attributed a span")
	}
	// A Result built by hand indexes itself on first use.
	hand := &Result{Attributions: []Attribution{{Name: "X", Claim: []text.Span{{Start: 10, End: 20}}}}}
	if a := hand.For(text.Span{Start: 12, End: 15}); a == nil || a.Name != "X" {
		t.Errorf("hand-built Result: For = %v", a)
	}
	if a := hand.For(text.Span{Start: 18, End: 25}); a != nil {
		t.Errorf("span crossing a claim's end was attributed to %q", a.Name)
	}
	if a := res.At(span("officials").Start); a == nil || a.Cue != "said" {
		t.Errorf("At(officials) = %v", a)
	}
}

// TestClauses checks that an attribution reaches the figures of the clause
// it governs, not every figure of its sentence, when a sentence holds two.
func TestClauses(t *testing.T) {
	for _, tt := range []struct{ in, figure, source string }{
		{"Officials familiar with the engineering review said the true cost may be closer to £70 million, and some residents reportedly fear that a wall would cut the harbour off.", "£70 million", "Officials familiar with the engineering review"},
		{"Officials familiar with the engineering review said the true cost may be closer to £70 million, and some residents reportedly fear that a wall would cost 300 jobs.", "300 jobs", "some residents"},
		{"The cost is $5 million, Ruth Okafor said, while Dana Whitfield argued it would reach $9 million.", "$5 million", "Ruth Okafor"},
		{"The cost is $5 million, Ruth Okafor said, while Dana Whitfield argued it would reach $9 million.", "$9 million", "Dana Whitfield"},
		{"According to Ruth Okafor, the cost is $5 million, but Dana Whitfield said it would reach $9 million.", "$5 million", "Ruth Okafor"},
		{"According to Ruth Okafor, the cost is $5 million, but Dana Whitfield said it would reach $9 million.", "$9 million", "Dana Whitfield"},
		{"“The cost is $5 million,” Ruth Okafor said, and Dana Whitfield put it at $9 million.", "$5 million", "Ruth Okafor"},
		{"Ruth Okafor said 40 people were hurt.", "40 people", "Ruth Okafor"},
		{"Ruth Okafor spoke. “We expect 5 percent growth,” she said.", "5 percent", "Ruth Okafor"},
		{"Ruth Okafor spoke. She said ``we expect 5 percent growth'' this year.", "5 percent", "Ruth Okafor"},
		{"We expect 5 percent growth this year.", "5 percent", ""},
		{"40 people were hurt, Ruth Okafor said.", "40 people", "Ruth Okafor"},
	} {
		doc := text.Parse(tt.in)
		res := analyze(doc)
		i := strings.Index(tt.in, tt.figure)
		got := ""
		if a := res.For(text.Span{Start: i, End: i + len(tt.figure)}); a != nil {
			got = a.Name
		}
		if got != tt.source {
			t.Errorf("%q: For(%q) = %q, want %q", tt.in, tt.figure, got, tt.source)
		}
	}
}

// TestOffsets checks that every finding lies on token boundaries inside
// the text, on odd input too.
func TestOffsets(t *testing.T) {
	for _, in := range []string{
		"", "said", "according to", "He said:", "“", ", said", "said Kim",
		"According to", "“We”", "he he he said said said", "\xff said \xfe",
		"Kim (D-\n", "officials who", "The official, who,", ":“",
	} {
		doc := text.Parse(in)
		for _, f := range found(t, in) {
			if f.Start < 0 || f.End > len(in) || f.Start >= f.End {
				t.Errorf("%q: bad span [%d,%d)", in, f.Start, f.End)
				continue
			}
			if doc.TokenAt(f.Start) >= len(doc.Tokens) || doc.Tokens[doc.TokenAt(f.Start)].Start != f.Start {
				t.Errorf("%q: finding %q does not start on a token", in, f.Text)
			}
		}
	}
}

func BenchmarkSources(b *testing.B) {
	var sb strings.Builder
	for _, name := range []string{"politics", "business", "war", "science"} {
		data, err := readArticle("testdata/" + name + ".txt")
		if err != nil {
			b.Fatal(err)
		}
		sb.WriteString(data)
		sb.WriteString("\n\n")
	}
	unit := sb.String()
	for _, size := range []int{100 << 10, 1 << 20} {
		in := strings.Repeat(unit, size/len(unit)+1)[:size]
		doc := text.Parse(in)
		b.Run(strings.TrimSuffix(byteSize(size), " "), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				analyze(doc)
			}
		})
	}
}

func byteSize(n int) string {
	if n >= 1<<20 {
		return itoa(n>>20) + "MB"
	}
	return itoa(n>>10) + "KB"
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// FuzzSources checks that any input yields findings inside the text, on
// token starts, with claims inside the text, and no panic.
func FuzzSources(f *testing.F) {
	for _, s := range []string{
		"“We will not pay,” the minister said. He added: “Never.”",
		"According to people familiar with the matter, Kim, a spokesman, said so.",
		"Trump's claim that it was rigged, said Sen. A. B. Cruz (R-Texas), is false.",
		"One said. Another said: “x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		doc := text.Parse(in)
		res, err := analysis.Run(doc, []*analysis.Analyzer{Analyzer})
		if err != nil {
			t.Fatalf("%q: %v", in, err)
		}
		for _, fd := range res[Analyzer] {
			if k := doc.TokenAt(fd.Start); k >= len(doc.Tokens) || doc.Tokens[k].Start != fd.Start {
				t.Errorf("%q: finding %q not on a token", in, fd.Text)
			}
		}
		r := analyze(doc)
		for _, a := range r.Attributions {
			for _, c := range a.Claim {
				if c.Start < 0 || c.End > len(in) || c.Start > c.End {
					t.Errorf("%q: claim %v out of bounds", in, c)
				}
			}
			_ = r.For(a.Mention)
		}
	})
}

// TestSortRefs checks the claim index's merge sort against the library's
// on ordered, reversed and scattered input of many lengths.
func TestSortRefs(t *testing.T) {
	var tmp []claimRef
	for n := 0; n < 300; n += 7 {
		for _, shape := range []func(i int) int{
			func(i int) int { return i },
			func(i int) int { return n - i },
			func(i int) int { return (i * 7919) % 101 },
		} {
			refs := make([]claimRef, n)
			for i := range refs {
				s := shape(i)
				refs[i] = claimRef{Span: text.Span{Start: s, End: s + i%3}, attr: i}
			}
			want := slices.Clone(refs)
			slices.SortStableFunc(want, func(a, b claimRef) int {
				if a.Start != b.Start {
					return a.Start - b.Start
				}
				return a.End - b.End
			})
			tmp = sortRefs(refs, tmp)
			if !slices.Equal(refs, want) {
				t.Fatalf("n=%d: sortRefs disagrees with slices.SortStableFunc", n)
			}
		}
	}
}
