package main

import (
	"bufio"
	"io"
	"strings"
	"testing"
	"time"
)

// --jsonl answers each line before the next one arrives, so a batch is
// streamed (memory bounded by one line) and sift can serve as a
// line-by-line coprocess.
func TestJSONLStreams(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan int)
	go func() {
		code := run([]string{"--jsonl"}, inR, outW, io.Discard)
		outW.Close()
		done <- code
	}()
	out := bufio.NewReader(outR)
	for i, line := range []string{
		`{"id":"a","text":"Officials said 5 million shells were sent."}`,
		`{"id":"b","text":"Prices rose 4%, the bank said."}`,
		`{"id":"c","text":""}`,
	} {
		if _, err := io.WriteString(inW, line+"\n"); err != nil {
			t.Fatal(err)
		}
		got := make(chan string, 1)
		go func() {
			s, _ := out.ReadString('\n')
			got <- s
		}()
		select {
		case s := <-got:
			if want := `{"id":"` + string(rune('a'+i)) + `",`; !strings.HasPrefix(s, want) {
				t.Errorf("answer %d = %.60q, want it to start %s", i, s, want)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("no answer to line %d before the next was written", i+1)
		}
	}
	inW.Close()
	if code := <-done; code != 0 {
		t.Errorf("exit %d", code)
	}
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	w.n++
	return 0, io.ErrClosedPipe
}

// When the output goes away, sift says so and stops reading the batch.
func TestJSONLWriteError(t *testing.T) {
	in := strings.Repeat(`{"id":1,"text":"Officials said 5 million shells were sent."}`+"\n", 5000)
	var errb strings.Builder
	w := &failWriter{}
	code := run([]string{"--jsonl"}, strings.NewReader(in), w, &errb)
	if code != exitInput || !strings.Contains(errb.String(), "writing output") {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
	if w.n > 3 {
		t.Errorf("%d writes after the output failed", w.n)
	}
}
