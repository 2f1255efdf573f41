package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// fuzzKeys are the keys the root-model fuzzer presses: every key a screen
// binds, and some that none does.
var fuzzKeys = []string{
	"enter", "esc", "tab", "shift+tab", "up", "down", "left", "right", "backspace", "space",
	"ctrl+p", "ctrl+x", "?", "/", "[", "]",
	"1", "2", "3", "4", "5", "6",
	"a", "d", "e", "f", "g", "h", "j", "k", "l", "m", "n", "o", "r", "R", "s", "S", "x", "y", "z", "K", "J", "q",
	// The map's quick keys and ctrl+u, added last so that the small
	// key numbers of the seed corpus keep their keys.
	"P", "G", "A", "E", "t", "<", ">", "w", "c", "ctrl+u",
}

// FuzzRootModel feeds the whole App, from the session list of the
// example sessions, a stream of key presses, pastes, mouse clicks and
// wheel turns and window sizes decoded from the input. Whatever comes,
// it must not panic, and no line of the screen may be wider than the
// window.
func FuzzRootModel(f *testing.F) {
	f.Add([]byte{0, 0, 0, 1, 0, 20, 3, 5, 'O', 'z', 't', 0xc3, 0xbc, 'r', 5, 40, 12})
	f.Add([]byte{0, 0, 2, 23, 1, 1, 5, 0, 0, 4, 10, 1, 5, 200, 50, 0, 23})
	f.Add([]byte{5, 1, 1, 0, 0, 0, 6, 0, 2, 0, 3, 0, 4, 0, 5, 0, 21})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 300 {
			data = data[:300]
		}
		runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
			w, h := 80, 24
			next := func() int {
				if len(data) == 0 {
					return 0
				}
				b := data[0]
				data = data[1:]
				return int(b)
			}
			for len(data) > 0 && !d.quit {
				switch next() % 6 {
				case 0, 1, 2:
					d.send(keyMsg(fuzzKeys[next()%len(fuzzKeys)]))
				case 3:
					n := min(next()%40, len(data))
					d.paste(string(data[:n]))
					data = data[n:]
				case 4:
					x, y := next()%(w+2), next()%(h+2)
					if next()%2 == 0 {
						d.send(tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft})
					} else {
						d.send(tea.MouseWheelMsg{X: x, Y: y, Button: tea.MouseWheelDown})
					}
				case 5:
					w, h = 1+next()%160, 1+next()%60
					d.resize(w, h)
				}
				for i, line := range strings.Split(d.view(), "\n") {
					if lw := ansi.StringWidth(line); lw > w {
						t.Fatalf("line %d is %d wide in a window %d wide: %q", i, lw, w, line)
					}
				}
			}
		})
	})
}
