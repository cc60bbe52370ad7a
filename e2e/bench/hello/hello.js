// hello.js starts the hello-world Go program in a Web Worker and shows
// its first message as a result, under the same test id as the
// playground's first result, so that one probe times both pages.
const worker = new Worker(new URL("./worker.js", import.meta.url));
worker.addEventListener("message", (event) => {
  const p = document.createElement("p");
  p.dataset.testid = "response-status";
  p.textContent = String(event.data);
  document.body.replaceChildren(p);
});
