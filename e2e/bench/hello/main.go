//go:build js && wasm

// Command hello is the benchmark's floor: the smallest Go WebAssembly
// program a page can run in a Web Worker. It posts one message to the
// page and stays alive, as the engine does. `make bench` loads it the way
// the playground loads the engine and compares the two times to a first
// result.
package main

import "syscall/js"

func main() {
	js.Global().Call("postMessage", "hello from Go")
	select {}
}
