// Command floor is what cmd/kringperf measures kring against: the least a
// Bubble Tea v2 program does. It draws one full-screen frame and echoes
// each key it gets; q or ctrl+c quits. With -exit it only starts and
// stops, the floor of a command-line run.
package main

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
)

type floor struct{ last string }

func (f floor) Init() tea.Cmd { return nil }

func (f floor) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		if s := k.String(); s == "q" || s == "ctrl+c" {
			return f, tea.Quit
		}
		f.last = k.String()
	}
	return f, nil
}

func (f floor) View() tea.View {
	v := tea.NewView("floor ready\nkey: " + f.last)
	v.AltScreen = true
	return v
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "-exit" {
		fmt.Println("floor")
		return
	}
	if _, err := tea.NewProgram(floor{}).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
