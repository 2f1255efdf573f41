package store_test

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"testing"
	"time"

	"kring/model"
	"kring/store"
)

// TestRSSList10000 measures what unlocking a store of 10,000 sessions with
// the real KDF and listing them costs in resident memory: the peak
// (VmHWM) and the steady state a second after (VmRSS), both read from
// /proc/self/status. The store is built first, in the same process; the
// kernel's peak is then reset (clear_refs 5) so that only the unlock and
// the list count. It checks the bounds: steady under 80 MB, peak
// at most the KDF's memory plus 60 MB. It takes a few seconds and needs
// Linux, so it runs only when asked:
//
//	KRING_RSS=1 go test -run TestRSSList10000 -v -count=1 ./store
func TestRSSList10000(t *testing.T) {
	if os.Getenv("KRING_RSS") == "" {
		t.Skip("set KRING_RSS=1 to measure resident memory")
	}
	dir := t.TempDir()
	s, err := store.Open(dir, store.Options{KDF: store.DefaultKDF})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Init(pass); err != nil {
		t.Fatal(err)
	}
	base := session5KB(t)
	for i := 0; i < 10000; {
		var batch []*model.Session
		for ; i < 10000 && len(batch) < 500; i++ {
			c := *base
			c.Label = fmt.Sprintf("Familie %d", i)
			c.Updated = base.Updated.AddDate(0, 0, i%400)
			batch = append(batch, &c)
		}
		if err := s.CreateAll(batch); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	debug.FreeOSMemory()
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		t.Skipf("cannot reset the peak resident memory here: %v", err)
	}
	before := procStatus(t)

	s, err = store.Open(dir, store.Options{KDF: store.DefaultKDF})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Unlock(pass); err != nil {
		t.Fatal(err)
	}
	list, err := s.List()
	if err != nil || len(list) != 10000 {
		t.Fatal(len(list), err)
	}
	// The KDF's memory is handed back in the background (kdfmem.go):
	// steady is what is resident a second later, as in cmd/kringperf.
	time.Sleep(time.Second)
	after := procStatus(t)
	runtime.KeepAlive(list)

	const mb = 1 << 20
	kdf := int64(store.DefaultKDF.MemoryKiB) << 10
	t.Logf("before unlock: rss %.1f MB; after unlock and list: rss %.1f MB (anon %.1f, file %.1f), peak %.1f MB; KDF memory %.1f MB",
		float64(before["VmRSS"])/mb, float64(after["VmRSS"])/mb, float64(after["RssAnon"])/mb, float64(after["RssFile"])/mb,
		float64(after["VmHWM"])/mb, float64(kdf)/mb)
	if after["VmRSS"] >= 80*mb {
		t.Errorf("steady resident memory %.1f MB, want under 80 MB", float64(after["VmRSS"])/mb)
	}
	if after["VmHWM"] > kdf+60*mb {
		t.Errorf("peak resident memory %.1f MB, want at most the KDF's %.1f MB plus 60 MB", float64(after["VmHWM"])/mb, float64(kdf)/mb)
	}
}

// procStatus reads the memory lines of /proc/self/status in bytes.
func procStatus(t *testing.T) map[string]int64 {
	t.Helper()
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skipf("no /proc/self/status: %v", err)
	}
	out := map[string]int64{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		f := bytes.Fields(sc.Bytes())
		if len(f) == 3 && string(f[2]) == "kB" {
			if n, err := strconv.ParseInt(string(f[1]), 10, 64); err == nil {
				out[string(bytes.TrimSuffix(f[0], []byte(":")))] = n << 10
			}
		}
	}
	return out
}
