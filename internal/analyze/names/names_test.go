package names

import (
	"slices"
	"strings"
	"testing"

	"github.com/siftnews/sift/internal/analyze/analysis"
	"github.com/siftnews/sift/internal/analyze/analysistest"
	"github.com/siftnews/sift/internal/analyze/text"
)

func findings(t *testing.T, input string) []analysis.Finding {
	t.Helper()
	res, err := analysis.Run(text.Parse(input), []*analysis.Analyzer{Analyzer})
	if err != nil {
		t.Fatalf("analysis error: %v", err)
	}
	return res[Analyzer]
}

// Texts that name the same people more than once without a slip: nothing
// may be flagged.
func TestNeverFlag(t *testing.T) {
	tests := []struct{ name, text string }{
		{"possessive", "Defense Minister Shin Won-sik spoke in Seoul on Monday. Shin's aides later said the minister's remarks were misread, and Shin repeated them."},
		{"plural", "Former president Bill Clinton arrived late. The Clintons have long supported the charity, and Clinton spoke for ten minutes."},
		{"demonym Korea", "North Korea has shipped shells to the front, officials in Seoul said. The Korean peninsula remains tense, and Korea watchers expect more launches."},
		{"demonym Russia", "Russia denied the report. A Russian official called it false, and Russia's embassy issued a statement on Tuesday."},
		{"demonym Ukraine", "Ukraine asked for more air defence. Ukrainian officials said Ukraine would keep fighting through the winter."},
		{"surname after full name", "North Korean leader Kim Jong Un inspected a factory. Kim told workers to raise output, and Kim later left by train."},
		{"two people both introduced", "Kim Jong Un appeared with his sister Kim Yo Jong at the parade. Kim Yo Jong later issued a statement praising Kim Jong Un."},
		{"similar given names, both introduced", "The report was written by Ann Whitaker and reviewed by Anne Delacroix. Whitaker said the figures were checked twice, Delacroix said."},
		{"more than a typo", "Senator Jackson voted against the bill. Representative Johnson voted for it, and Jackson said Johnson was wrong."},
		{"rhyming names", "Reporters waited outside the Hartley building. Inside, Bartley and Hartley argued over the budget until Hartley left."},
		{"sentence-initial common word", "The mayor, Pauline Colling, opened the hall. Calling it a victory, Colling thanked volunteers. Colling then left."},
		{"acronyms", "UNICEF warned of famine. Its partner, UNISEF Relief, is unrelated, and UNICEF said so in a statement on its website."},
		{"months and days", "Talks resumed on Monday and ended on Monday night. Mondey Okafor, a delegate, said the Monday session was the longest."},
		{"real names one letter apart", "Iran and Iraq signed a border accord. Officials in Iran said Iraq would open two crossings, and Iran welcomed it."},
		{"accents", "José Ramírez won the race. Jose Ramirez, as some papers wrote it, thanked his team, and Ramírez celebrated."},
		{"short names", "Kim met Lee in the capital. Kin was not there, and Lee said Kim had left early."},
		{"short given names, one surname", "Wang Li and her sister Wang Lu run the shop. Wang Li keeps the books, and Wang Li also hires staff."},
		{"plural at the end", "The film cost 99 Francs to make in France, where France taxes tickets. France has many cinemas."},
		{"prefixed name", "XEmacs and GNU Emacs split long ago. XEmacs kept its own menus, and XEmacs users stayed."},
		{"first letter differs", "Governor Walton toured the flood zone. Dalton county was hit hardest, and Walton promised aid to Dalton."},
		{"name and ordinary word", "The film follows Tree Gelbman through one long day. Three years later, the sequel opened to Three Rivers Festival crowds."},
		{"speaker introduced", "Defense Minister Shin Won-sik spoke on Monday. “We are watching,” Shin said, adding that talks would resume."},
		{"outlet cited", "Prime Minister Rishi Sunak met unions on Friday, Reuters reported. Sunak said the talks were useful."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, f := range findings(t, tt.text) {
				t.Errorf("flagged %q (canonical %q): %s", f.Text, f.Canonical, f.Why)
			}
		})
	}
}

// One slip of each kind in a name written correctly elsewhere.
func TestFlagTypo(t *testing.T) {
	const base = "President Barack Obama arrived in Nairobi on Friday. Obama met students, and later Obama spoke about trade. "
	tests := []struct {
		name, text, want, canonical, why string
	}{
		{"substitution, neighbouring key", base + "Critics said Obsma had promised too much.", "Obsma", "Obama", "neighbour on the keyboard"},
		{"substitution", base + "Critics said Obema had promised too much.", "Obema", "Obama", "one letter differs"},
		{"deletion", base + "Critics said Obma had promised too much.", "Obma", "Obama", "missing"},
		{"insertion", base + "Critics said Obamea had promised too much.", "Obamea", "Obama", "extra"},
		{"doubled letter", base + "Critics said Obbama had promised too much.", "Obbama", "Obama", "doubled"},
		{"transposition", base + "Critics said Obmaa had promised too much.", "Obmaa", "Obama", "swapped"},
		{"dropped double", "Lawrence Lessig testified on Tuesday. Lessig argued for reform, and Lessig took questions. Later, Lesig left early.", "Lesig", "Lessig", "written single"},
		{"in a full name", "Analysis by Jon Sopel, North America editor. Sopel said the president seemed relaxed, and Sopel noted his smile. Jon Soepl later asked about Iran.", "Soepl", "Sopel", "swapped"},
		{"possessive variant", base + "Critics said Obmaa's plan had promised too much.", "Obmaa", "Obama", "swapped"},
		{"hyphenated name", "Defense Minister Shin Won-sik spoke on Monday. Shin Won-sik said the shells were counted, and Shin Won-sik left. Shin Won-sek returned.", "Won-sek", "Won-sik", "one letter differs"},
		{"given name alone elsewhere", "Jason wrote the column this week. Jason likes long words, and Jason means them. The panel included Jaon Snell, whom Snell's readers know.", "Jaon", "Jason", "missing"},
		{"garbled word of a product name", "Smart Protection Network checks links. The Network grew this year, said Trend Micro Smart Protection Newtwork staff.", "Newtwork", "Network", "extra"},
		{"first letter, same given name", "Jim Carrey stars in the remake. Jim Carrey said the shoot was long, and critics praised Jim Varrey for it.", "Varrey", "Carrey", "neighbour on the keyboard"},
		{"last letter, same given name", "Courtney Kirchoff wrote the essay. Courtney Kirchoff edits the site, and Courtney Kirchofd answers mail.", "Kirchofd", "Kirchoff", "neighbour on the keyboard"},
		{"first letters swapped", "Google Play said the update is ready. Google Play will ship it to phones, and Ogogle Play will list it.", "Ogogle", "Google", "swapped"},
		{"short name in a full name", "North Korean leader Kim Jong Un inspected a factory. Kim Jong Un told workers to hurry, and state media said Kim Jong Um left by train.", "Um", "Un", "neighbour on the keyboard"},
		{"ordinary words garbled", "The program serves United States students. Reporters in the Uneted States asked why.", "Uneted", "United", "one letter differs"},
		{"first letter of a frequent name", "Yahoo sold its core business. Yahoo shareholders voted, and Yahoo will change its name. Critics said the Hahoo sale came late. Yahoo declined to comment.", "Hahoo", "Yahoo", "neighbour on the keyboard"},
		{"real name as a slip in a full name", "Patrick Allan wrote this guide. Patrick Allan tests apps for a living, and readers can reach Patrick Alan by mail.", "Alan", "Allan", "written single"},
		{"misspelled title", "South Africa said President Jacob Zuma called on Wednesday. The President said talks went well. Presidnet Zuma will travel on Friday.", "Presidnet", "President", "swapped"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findings(t, tt.text)
			if len(got) != 1 {
				t.Fatalf("got %d findings, want 1: %+v", len(got), got)
			}
			f := got[0]
			if f.Text != tt.want || f.Canonical != tt.canonical || f.Kind != analysis.KindNameVariant {
				t.Errorf("got %q canonical %q, want %q canonical %q", f.Text, f.Canonical, tt.want, tt.canonical)
			}
			if !strings.Contains(f.Why, tt.why) || !strings.Contains(f.Why, "“"+tt.canonical+"”") {
				t.Errorf("why = %q, want it to name %q and say %q", f.Why, tt.canonical, tt.why)
			}
		})
	}
}

// Of two spellings written once each, the one that introduces the name in
// full is not automatically right: the letters decide.
func TestDirection(t *testing.T) {
	for _, tt := range []struct{ text, want, canonical string }{
		{"The lawyer Gregory Halvorsen filed the motion. Prosecutors said Halvorsne had missed a deadline.", "Halvorsne", "Halvorsen"},
		{"The lawyer Gregory Halvorsne filed the motion. Prosecutors said Halvorsen had missed a deadline.", "Halvorsne", "Halvorsen"},
		// A letter dropped is a slip anywhere; a letter added mostly
		// doubles or neighbours another: the shorter spelling is the slip
		// although its letters read more like English.
		{"Firefox now opens the Bookmarks Toolar faster. The Bookmarks Toolbar also loads later.", "Toolar", "Toolbar"},
		{"Firefox now opens the Bookmarks Toolbar faster. The Bookmarks Toolar also loads later.", "Toolar", "Toolbar"},
	} {
		got := findings(t, tt.text)
		if len(got) != 1 || got[0].Text != tt.want || got[0].Canonical != tt.canonical {
			t.Errorf("%q: got %+v, want %q for %q", tt.text, got, tt.want, tt.canonical)
		}
	}
}

func TestUnintroducedSpeaker(t *testing.T) {
	text := "Defense Minister Shin Won-sik told reporters on Monday that the North had shipped shells. “We are watching closely,” Sika said."
	got := findings(t, text)
	if len(got) != 1 || got[0].Text != "Sika" || got[0].Canonical != "Shin" || !strings.Contains(got[0].Why, "never introduces") {
		t.Fatalf("got %+v, want Sika flagged with canonical Shin", got)
	}
	// A speaker who resembles no one introduced is left alone.
	if got := findings(t, "Defense Minister Shin Won-sik told reporters on Monday that the North had shipped shells. Bloomfield said so too."); len(got) != 0 {
		t.Errorf("got %+v, want nothing", got)
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		variant, canonical string
		kind               editKind
		adjacent, doubled  bool
	}{
		{"obsma", "obama", substitution, true, false},
		{"obema", "obama", substitution, false, false},
		{"obma", "obama", deletion, false, false},
		{"lesig", "lessig", deletion, false, true},
		{"obamea", "obama", insertion, false, false},
		{"obbama", "obama", insertion, false, true},
		{"obmaa", "obama", transposition, false, false},
		{"obmama", "obama", insertion, false, false},
		{"obnamw", "obama", notTypo, false, false},
		{"jackson", "johnson", notTypo, false, false},
	}
	for _, tt := range tests {
		e := classify(tt.variant, tt.canonical)
		if e.kind != tt.kind || e.adjacent != tt.adjacent || e.doubled != tt.doubled {
			t.Errorf("classify(%q, %q) = %+v, want kind %d adjacent %v doubled %v", tt.variant, tt.canonical, e, tt.kind, tt.adjacent, tt.doubled)
		}
	}
}

func TestKeysAdjacent(t *testing.T) {
	for _, tt := range []struct {
		a, b rune
		want bool
	}{{'a', 's', true}, {'a', 'q', true}, {'a', 'w', true}, {'a', 'z', true}, {'g', 'b', true}, {'g', 'y', true}, {'a', 'e', false}, {'q', 'p', false}, {'é', 'e', false}} {
		if got := keysAdjacent(tt.a, tt.b); got != tt.want {
			t.Errorf("keysAdjacent(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

func TestDeletionKeys(t *testing.T) {
	shared := func(a, b string) bool {
		ka := deletionKeys(a, nil)
		for _, k := range deletionKeys(b, nil) {
			if slices.Contains(ka, k) {
				return true
			}
		}
		return false
	}
	for _, p := range [][2]string{{"obama", "obsma"}, {"obama", "obma"}, {"obama", "obaama"}, {"obama", "obmaa"}, {"josé", "josè"}, {"kim", "kim"}} {
		if !shared(p[0], p[1]) {
			t.Errorf("%q and %q share no deletion key", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"obama", "osaka"}, {"jackson", "johnson"}, {"ab", "cd"}} {
		if shared(p[0], p[1]) {
			t.Errorf("%q and %q share a deletion key", p[0], p[1])
		}
	}
	if n := len(deletionKeys("séoul", nil)); n != 6 {
		t.Errorf("got %d keys for a five-letter word, want 6", n)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"josé": "jose", "won-sik": "wonsik", "o'brien": "obrien", "smith": "smith", "łódź": "lodz"} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMentions(t *testing.T) {
	doc := text.Parse("In Seoul, Defense Minister Shin Won-sik met Ursula von der Leyen and Mr. Obama's envoy, then Bashar al-Assad.")
	words, mentions := scan(doc)
	var got []string
	for _, m := range mentions {
		s := doc.Slice(m.span)
		if m.titled {
			s += "(titled)"
		}
		got = append(got, s)
	}
	want := "In|Seoul|Shin Won-sik(titled)|Ursula von der Leyen|Obama(titled)|Bashar al-Assad"
	if strings.Join(got, "|") != want {
		t.Errorf("mentions = %q, want %q", strings.Join(got, "|"), want)
	}
	var titles []string
	for _, w := range words {
		if w.mention < 0 {
			titles = append(titles, w.form)
		}
	}
	if strings.Join(titles, "|") != "Defense|Minister|Mr" {
		t.Errorf("title words = %q", titles)
	}
}

func TestArticles(t *testing.T) {
	analysistest.Run(t, "testdata", Analyzer)
}

func TestCitedNextToVerb(t *testing.T) {
	doc := text.Parse("Shin said the count was right. According to Mr. Park, it was not. “It is wrong,” said Lee. Obama's aides declined. Kim Jong Un told workers to hurry.")
	_, mentions := scan(doc)
	speakers := make([]speaker, len(mentions))
	citedNextToVerb(doc, mentions, speakers)
	var got []string
	for k, sp := range speakers {
		if sp.cited {
			got = append(got, doc.Slice(mentions[k].span)+"/"+sp.cue)
		}
	}
	if want := "Shin/said|Park/according to|Lee/said|Kim Jong Un/told"; strings.Join(got, "|") != want {
		t.Errorf("speakers = %q, want %q", strings.Join(got, "|"), want)
	}
}
