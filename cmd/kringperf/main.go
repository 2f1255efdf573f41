// Command kringperf measures whole kring processes against a floor
// program (cmd/kringperf/floor: a minimal Bubble Tea v2 program that draws
// one frame and echoes keys), side by side in one run, on a pseudo
// terminal (github.com/creack/pty):
//
//   - spawn to the first list frame with 10,000 sessions, with the KDF
//     (measured apart, in this process, on the same file) taken out;
//   - keystroke to frame on a 300-person map (median and p90);
//   - peak and steady resident memory with the list and the map open;
//   - import plus HTML export of a 300-person case as two processes,
//     against the two KDF runs they contain.
//
// Run it from the repository's root: go run ./cmd/kringperf [-runs 5] [-keys 60] [-v]
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
	flag.Parse()
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
	kring, floor := filepath.Join(tmp, "kring"), filepath.Join(tmp, "floor")
	for out, pkg := range map[string]string{kring: "./cmd/kring", floor: "./cmd/kringperf/floor"} {
		if b, err := exec.Command("go", "build", "-o", out, pkg).CombinedOutput(); err != nil {
			return fmt.Errorf("go build %s: %v\n%s", pkg, err, b)
		}
	}
	big := filepath.Join(tmp, "big")
	if err := bigStore(big); err != nil {
		return err
	}
	fmt.Printf("kringperf: %d runs, %d keys\n", runs, keys)

	// The KDF is timed in this process right before each run that has
	// one, and taken out of that run: on a loaded machine its time moves
	// by seconds from one minute to the next.
	var kdfs, kSpawn, kNoKDF, fSpawn, kKey, fKey []time.Duration
	var kMem, fMem memory
	for i := range runs {
		kdf, err := kdfTime(big)
		if err != nil {
			return err
		}
		k, err := session(kring, big, "Familie Groot", i == 0, keys)
		if err != nil {
			return fmt.Errorf("kring: %w", err)
		}
		f, err := session(floor, big, "floor ready", i == 0, keys)
		if err != nil {
			return fmt.Errorf("floor: %w", err)
		}
		kdfs, kSpawn, fSpawn = append(kdfs, kdf), append(kSpawn, k.spawn), append(fSpawn, f.spawn)
		kNoKDF = append(kNoKDF, k.spawn-kdf)
		if i == 0 {
			kKey, fKey, kMem, fMem = k.keys, f.keys, k.mem, f.mem
		}
	}
	fmt.Printf("KDF (argon2id, DefaultKDF, in this process) median %s of %v\n\n", ms(median(kdfs)), kdfs)
	fmt.Printf("%-46s %12s %12s %7s\n", "figure", "kring", "floor", "ratio")
	row("spawn to list frame, 10,000 sessions, with KDF", median(kSpawn), median(fSpawn))
	row("spawn to list frame, KDF taken out", median(kNoKDF), median(fSpawn))
	row("key to frame, 300-person map, median", median(kKey), median(fKey))
	row("key to frame, 300-person map, p90", p90(kKey), p90(fKey))
	rowMB("peak RSS (VmHWM), list and map open", kMem.peak, fMem.peak)
	rowMB("steady RSS (VmRSS) 1 s after the map", kMem.steady, fMem.steady)

	var kIE, kIENoKDF, fIE []time.Duration
	for range runs {
		kdf, err := kdfTime(big)
		if err != nil {
			return err
		}
		d, err := importExport(kring, tmp)
		if err != nil {
			return err
		}
		f, err := floorTwice(floor)
		if err != nil {
			return err
		}
		kIE, kIENoKDF, fIE = append(kIE, d), append(kIENoKDF, d-2*kdf), append(fIE, f)
	}
	row("import + HTML export, 300 people, 2 processes", median(kIE), median(fIE))
	row("the same, two KDF runs taken out", median(kIENoKDF), median(fIE))
	return nil
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

// bigStore writes a store with the real KDF, 10,000 sessions of about
// 5 KB and, changed last so that it is on top of the list, a 300-person
// case (bigSession).
func bigStore(dir string) error {
	base, err := example()
	if err != nil {
		return err
	}
	st, err := store.Open(dir, store.Options{KDF: store.DefaultKDF})
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
// 300-person case on a fresh store (with the real KDF), as two processes,
// and returns the two runs' wall time.
func importExport(kring, tmp string) (time.Duration, error) {
	dir, err := os.MkdirTemp(tmp, "ie-")
	if err != nil {
		return 0, err
	}
	st, err := store.Open(dir, store.Options{KDF: store.DefaultKDF})
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
