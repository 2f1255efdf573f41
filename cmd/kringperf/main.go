// Command kringperf measures whole kring processes against a floor
// program (cmd/kringperf/floor: a minimal Bubble Tea v2 program that draws
// one frame and echoes keys), side by side in one run, on a pseudo
// terminal (github.com/creack/pty):
//
//   - spawn to the first list frame with 10,000 sessions, on a store with
//     the cheapest KDF the store accepts (the real KDF is timed apart, in
//     this process), and once with the real KDF;
//   - keystroke to frame on a 300-person map (median and p90);
//   - peak and steady resident memory with the list and the map open;
//   - import plus HTML export of a 300-person case as two processes,
//     with the real KDF and with the cheapest one;
//   - the KDF alone as a whole process (cmd/kringperf/kdf), which import
//     plus export is compared with: its target is two KDF runs + 100 ms;
//   - start and exit: kring version against the floor's -exit.
//
// Run it from the repository's root: go run ./cmd/kringperf [-runs 5] [-keys 60] [-v]
// (or -store DIR to write only the 10,000-session store, cheapest KDF, and
// the 300-person case300.json, for profiling by hand).
// It builds both programs into a temporary folder and prints each figure
// with the floor's and the ratio. Timing is wall-clock: on a shared
// machine the figures move with the load, so each is a median of runs
// alternating between kring and the floor.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"kring/model"
	"kring/store"
)

// passphrase is for the harness's throwaway stores only.
const passphrase = "kringperf zoutvat tegenwind 93 lantaarn"

func main() {
	runs := flag.Int("runs", 5, "spawns of each program (medians)")
	keys := flag.Int("keys", 60, "keystrokes on the map per program")
	flag.BoolVar(&verbose, "v", false, "show the screen once the map is open")
	only := flag.String("store", "", "only write the 10,000-session store (cheapest KDF) and the 300-person case300.json into this folder, for profiling by hand")
	flag.Parse()
	if *only != "" {
		j, err := model.Encode(bigSession(300))
		if err == nil {
			err = bigStore(*only)
		}
		if err == nil {
			err = os.WriteFile(filepath.Join(*only, "case300.json"), j, 0o600)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "kringperf:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*runs, *keys); err != nil {
		fmt.Fprintln(os.Stderr, "kringperf:", err)
		os.Exit(1)
	}
}

func run(runs, keys int) error {
	tmp, err := os.MkdirTemp("", "kringperf-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	kring, floor, kdfProg := filepath.Join(tmp, "kring"), filepath.Join(tmp, "floor"), filepath.Join(tmp, "kdf")
	for out, pkg := range map[string]string{kring: "./cmd/kring", floor: "./cmd/kringperf/floor", kdfProg: "./cmd/kringperf/kdf"} {
		if b, err := exec.Command("go", "build", "-o", out, pkg).CombinedOutput(); err != nil {
			return fmt.Errorf("go build %s: %v\n%s", pkg, err, b)
		}
	}
	// The timings run on a store whose KDF is as cheap as argon2id
	// allows, so that the KDF is out of them; the KDF is timed apart, in
	// this process. The memory and key figures run on a copy rewrapped
	// under the real KDF, since its memory is what the peak is about.
	big, realDir := filepath.Join(tmp, "big"), filepath.Join(tmp, "realDir")
	if err := bigStore(big); err != nil {
		return err
	}
	if err := realCopy(big, realDir); err != nil {
		return err
	}
	var kdfs []time.Duration
	for range runs {
		d, err := kdfTime(realDir)
		if err != nil {
			return err
		}
		kdfs = append(kdfs, d)
	}
	kdf := median(kdfs)
	fmt.Printf("kringperf: %d runs, %d keys; KDF (argon2id, DefaultKDF, timed in this process) median %s of %v\n\n", runs, keys, ms(kdf), kdfs)
	fmt.Printf("%-46s %12s %12s %7s\n", "figure", "kring", "floor", "ratio")

	var kSpawn, fSpawn []time.Duration
	for range runs {
		k, err := session(kring, big, "Familie Groot", false, 0)
		if err != nil {
			return fmt.Errorf("kring: %w", err)
		}
		f, err := session(floor, big, "floor ready", false, 0)
		if err != nil {
			return fmt.Errorf("floor: %w", err)
		}
		kSpawn, fSpawn = append(kSpawn, k.spawn), append(fSpawn, f.spawn)
	}
	k, err := session(kring, realDir, "Familie Groot", true, keys)
	if err != nil {
		return fmt.Errorf("kring: %w", err)
	}
	f, err := session(floor, realDir, "floor ready", true, keys)
	if err != nil {
		return fmt.Errorf("floor: %w", err)
	}
	fS := median(fSpawn)
	row("spawn to list frame, 10,000 sessions, no KDF", median(kSpawn), fS)
	row("the same with the real KDF (one run)", k.spawn, f.spawn)
	row("key to frame, 300-person map, median", median(k.keys), median(f.keys))
	row("key to frame, 300-person map, p90", p90(k.keys), p90(f.keys))
	rowMB("peak RSS (VmHWM), list and map open", k.mem.peak, f.mem.peak)
	rowMB("steady RSS (VmRSS) 1 s after the map", k.mem.steady, f.mem.steady)

	var kIE, kIECheap, fIE, kdfProcs []time.Duration
	for range runs {
		t := time.Now()
		if err := exec.Command(kdfProg).Run(); err != nil {
			return err
		}
		kdfProcs = append(kdfProcs, time.Since(t))
		d, err := importExport(kring, tmp, store.DefaultKDF)
		if err != nil {
			return err
		}
		c, err := importExport(kring, tmp, cheapKDF)
		if err != nil {
			return err
		}
		f, err := floorTwice(floor)
		if err != nil {
			return err
		}
		kIE, kIECheap, fIE = append(kIE, d), append(kIECheap, c), append(fIE, f)
	}
	row("import + HTML export, 300 people, real KDF", median(kIE), median(fIE))
	fmt.Printf("%-46s %12s\n", "  minus two KDF runs (median KDF)", ms(median(kIE)-2*kdf))
	// The target's "two KDF runs" as a command pays them: two processes
	// that only derive the key (cmd/kringperf/kdf), fresh memory and all.
	fmt.Printf("%-46s %12s\n", "KDF alone as a process (cmd/kringperf/kdf)", ms(median(kdfProcs)))
	fmt.Printf("%-46s %12s\n", "  import + export minus two KDF processes", ms(median(kIE)-2*median(kdfProcs)))
	row("import + HTML export, no KDF", median(kIECheap), median(fIE))

	// What a process costs before it does anything: kring version against
	// the floor's -exit. Package initialisation is in it (GODEBUG=
	// inittrace=1 shows which package's), and every command and the
	// spawn to the first frame pay it.
	var kStart, fStart []time.Duration
	for range runs {
		t := time.Now()
		if _, err := command(kring, tmp, "version"); err != nil {
			return err
		}
		kStart = append(kStart, time.Since(t))
		t = time.Now()
		if err := exec.Command(floor, "-exit").Run(); err != nil {
			return err
		}
		fStart = append(fStart, time.Since(t))
	}
	row("start and exit (kring version, floor -exit)", median(kStart), median(fStart))
	return nil
}

// cheapKDF is the cheapest argon2id the store accepts: with it a run
// times everything but the KDF.
var cheapKDF = store.KDFParams{Time: 1, MemoryKiB: 64, Threads: 1}

// realCopy copies the store and rewraps its key under the real KDF.
func realCopy(from, to string) error {
	b, err := os.ReadFile(filepath.Join(from, store.FileName))
	if err != nil {
		return err
	}
	if err := os.MkdirAll(to, 0o700); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(to, store.FileName), b, 0o600); err != nil {
		return err
	}
	st, err := store.Open(to, store.Options{KDF: store.DefaultKDF})
	if err != nil {
		return err
	}
	defer st.Close()
	return st.ChangePassphrase([]byte(passphrase), []byte(passphrase))
}

func row(name string, k, f time.Duration) {
	fmt.Printf("%-46s %12s %12s %6.1fx\n", name, ms(k), ms(f), float64(k)/float64(f))
}

func rowMB(name string, k, f int64) {
	fmt.Printf("%-46s %9.1f MB %9.1f MB %6.1fx\n", name, float64(k)/(1<<20), float64(f)/(1<<20), float64(k)/float64(f))
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }

func median(ds []time.Duration) time.Duration { return quantile(ds, 0.5) }
func p90(ds []time.Duration) time.Duration    { return quantile(ds, 0.9) }

func quantile(ds []time.Duration, q float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[int(q*float64(len(s)-1)+0.5)]
}

// example reads the repository's fictional example case, trimmed to about
// 5 KB of JSON as store's benchmarks do.
func example() (*model.Session, error) {
	b, err := os.ReadFile("model/testdata/example-case.json")
	if err != nil {
		return nil, fmt.Errorf("run kringperf from the repository's root: %w", err)
	}
	s, err := model.Decode(b)
	if err != nil {
		return nil, err
	}
	for len(s.People) > 1 {
		j, _ := json.Marshal(s)
		if len(j) <= 5000 {
			break
		}
		s.RemovePerson(s.People[len(s.People)-1].ID)
	}
	return s, nil
}

// bigStore writes a store with cheapKDF, 10,000 sessions of about
// 5 KB and, changed last so that it is on top of the list, a 300-person
// case (bigSession).
func bigStore(dir string) error {
	base, err := example()
	if err != nil {
		return err
	}
	st, err := store.Open(dir, store.Options{KDF: cheapKDF})
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.Init([]byte(passphrase)); err != nil {
		return err
	}
	day := time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC)
	for i := 0; i < 10000; {
		var batch []*model.Session
		for ; i < 10000 && len(batch) < 500; i++ {
			c := *base
			c.Label = "Familie " + strconv.Itoa(i+1)
			c.Created, c.Updated = day, day.Add(time.Duration(i)*time.Minute)
			batch = append(batch, &c)
		}
		if err := st.CreateAll(batch); err != nil {
			return err
		}
	}
	b := bigSession(300)
	b.Created, b.Updated = day, day.AddDate(1, 0, 0)
	_, err = st.Create(b)
	return err
}

// kdfTime times one Unlock of the store, which is the KDF. The store is
// closed again, so that kring can open it.
func kdfTime(dir string) (time.Duration, error) {
	st, err := store.Open(dir, store.Options{KDF: store.DefaultKDF})
	if err != nil {
		return 0, err
	}
	defer st.Close()
	t := time.Now()
	if err := st.Unlock([]byte(passphrase)); err != nil {
		return 0, err
	}
	return time.Since(t), nil
}

// env is the environment of the programs the harness starts.
func env(dataDir string) []string {
	return append(os.Environ(), "KRING_DATA_DIR="+dataDir, "KRING_PASSPHRASE="+passphrase,
		"KRING_LANG=nl", "KRING_LOCK_AFTER=off", "TERM=xterm-256color")
}

// importExport runs kring import and kring export --format html of a
// 300-person case on a fresh store with the KDF given, as two processes,
// and returns the two runs' wall time.
func importExport(kring, tmp string, kdf store.KDFParams) (time.Duration, error) {
	dir, err := os.MkdirTemp(tmp, "ie-")
	if err != nil {
		return 0, err
	}
	st, err := store.Open(dir, store.Options{KDF: kdf})
	if err != nil {
		return 0, err
	}
	err = st.Init([]byte(passphrase))
	st.Close()
	if err != nil {
		return 0, err
	}
	j, err := model.Encode(bigSession(300))
	if err != nil {
		return 0, err
	}
	in := filepath.Join(dir, "case.json")
	if err := os.WriteFile(in, j, 0o600); err != nil {
		return 0, err
	}
	t := time.Now()
	out, err := command(kring, dir, "import", in)
	if err != nil {
		return 0, err
	}
	id := strings.TrimSpace(string(out))
	if _, err := command(kring, dir, "export", id, "--format", "html", "--out", filepath.Join(dir, "r.html")); err != nil {
		return 0, err
	}
	return time.Since(t), nil
}

func command(prog, dir string, args ...string) ([]byte, error) {
	c := exec.Command(prog, args...)
	c.Env = env(dir)
	var stderr bytes.Buffer
	c.Stderr = &stderr
	out, err := c.Output()
	if err != nil {
		return nil, fmt.Errorf("%s %v: %v: %s", filepath.Base(prog), args, err, stderr.String())
	}
	return out, nil
}

// floorTwice is the floor of two command-line runs: the floor program
// started twice, printing a line and exiting.
func floorTwice(floor string) (time.Duration, error) {
	t := time.Now()
	for range 2 {
		if err := exec.Command(floor, "-exit").Run(); err != nil {
			return 0, err
		}
	}
	return time.Since(t), nil
}
