package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/creack/pty"
)

// memory is a process's peak (VmHWM) and current (VmRSS) resident memory.
type memory struct{ peak, steady int64 }

// result is what one full-screen run measured.
type result struct {
	spawn time.Duration   // exec to the marker on screen
	keys  []time.Duration // each key to the last byte of its frame
	mem   memory
}

// chunk is output read from the terminal and when it came.
type chunk struct {
	b  []byte
	at time.Time
}

// session starts prog on a 200x60 pseudo terminal and times it until
// marker is on screen. With full it then opens the top session and its
// map (enter, 2: the floor just ignores them), times nkeys keystrokes
// (l and h in turn: the nearest person right and left) and reads the
// process's memory a second later.
func session(prog, dir, marker string, full bool, nkeys int) (result, error) {
	var r result
	c := exec.Command(prog)
	c.Env = env(dir)
	start := time.Now()
	tty, err := pty.StartWithSize(c, &pty.Winsize{Rows: 60, Cols: 200})
	if err != nil {
		return r, err
	}
	out := make(chan chunk, 4096)
	go func() {
		for {
			buf := make([]byte, 64<<10)
			n, err := tty.Read(buf)
			if n > 0 {
				out <- chunk{buf[:n], time.Now()}
			}
			if err != nil {
				close(out)
				return
			}
		}
	}()
	defer func() {
		_, _ = tty.Write([]byte{3}) // ctrl+c
		done := make(chan error, 1)
		go func() { done <- c.Wait() }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			_ = c.Process.Kill()
			<-done
		}
		tty.Close()
	}()

	var seen bytes.Buffer
	deadline := time.After(60 * time.Second)
	for !strings.Contains(ansi.Strip(seen.String()), marker) {
		select {
		case ch, ok := <-out:
			if !ok {
				return r, fmt.Errorf("%s ended before %q was on screen: %q", prog, marker, ansi.Strip(seen.String()))
			}
			seen.Write(ch.b)
			r.spawn = ch.at.Sub(start)
		case <-deadline:
			return r, fmt.Errorf("%q not on screen after 60 s: %q", marker, ansi.Strip(seen.String()))
		}
	}
	if !full {
		return r, nil
	}
	var screen bytes.Buffer
	for _, k := range []string{"\r", "2"} {
		if _, err := tty.Write([]byte(k)); err != nil {
			return r, err
		}
		quiet(out, 500*time.Millisecond, &screen)
	}
	if verbose {
		fmt.Printf("--- %s after enter and 2 (the last 3,000 characters, escapes stripped):\n%s\n---\n", prog, tail(ansi.Strip(screen.String()), 3000))
	}
	for i := range nkeys {
		quiet(out, 30*time.Millisecond, nil)
		k := "lh"[i%2 : i%2+1]
		t := time.Now()
		if _, err := tty.Write([]byte(k)); err != nil {
			return r, err
		}
		last, ok := quiet(out, 30*time.Millisecond, nil)
		if !ok {
			return r, fmt.Errorf("no frame after key %q", k)
		}
		r.keys = append(r.keys, last.Sub(t))
	}
	time.Sleep(time.Second)
	r.mem, err = procMemory(c.Process.Pid)
	return r, err
}

// verbose is -v: show the screen once the map is open.
var verbose bool

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// quiet reads output, into keep unless it is nil, until none came for d
// (waiting up to 2 s for the first) and returns when its last byte came.
func quiet(out <-chan chunk, d time.Duration, keep *bytes.Buffer) (last time.Time, ok bool) {
	first := time.After(2 * time.Second)
	select {
	case ch, open := <-out:
		if !open {
			return last, false
		}
		last, ok = ch.at, true
		keepChunk(keep, ch)
	case <-first:
		return last, false
	}
	for {
		select {
		case ch, open := <-out:
			if !open {
				return last, true
			}
			last = ch.at
			keepChunk(keep, ch)
		case <-time.After(d):
			return last, true
		}
	}
}

// procMemory reads VmHWM and VmRSS of a process.
func procMemory(pid int) (memory, error) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return memory{}, err
	}
	var m memory
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) != 3 {
			continue
		}
		n, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "VmHWM:":
			m.peak = n << 10
		case "VmRSS:":
			m.steady = n << 10
		}
	}
	return m, nil
}

func keepChunk(keep *bytes.Buffer, ch chunk) {
	if keep != nil {
		keep.Write(ch.b)
	}
}
