// rules.js is the script of the rule book page (rules.html, "How AWS
// decides"). It registers the service worker as the playground does, so a
// reader who opens the rule book first has it, and the playground, offline.
if ("serviceWorker" in navigator && /^https?:$/.test(window.location.protocol)) {
  navigator.serviceWorker.register(new URL("sw.js", document.baseURI)).catch(() => {});
}
