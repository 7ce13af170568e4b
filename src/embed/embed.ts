/**
 * The iframe page, `embed.html`: one `<lr-playground>` filling the frame, its attributes read from
 * the page's URL (the query, then the hash, which wins), with the playground's own keys. It shares
 * no code with `lr-playground.js`, which defines the element: the element says which attributes
 * it reads (the URL keys in lower case, as HTML attributes are), and only those are set, so a URL
 * cannot add an event handler or a style.
 */
export {};

interface PlaygroundElement extends HTMLElement {
  notify(message: string): void;
}

await customElements.whenDefined('lr-playground');
const known = new Set((customElements.get('lr-playground') as unknown as { observedAttributes: readonly string[] }).observedAttributes);
const element = document.createElement('lr-playground') as PlaygroundElement;
const read = (text: string): [string, string][] => [...new URLSearchParams(text.replace(/^[?#]/, '')).entries()];
const ignored: string[] = [];
for (const [key, value] of [...read(location.search), ...read(location.hash)]) {
  if (known.has(key.toLowerCase())) element.setAttribute(key.toLowerCase(), value);
  else ignored.push(JSON.stringify(key.length > 40 ? `${key.slice(0, 39)}…` : key));
}
document.body.append(element);
if (ignored.length) element.notify(`Ignored ${ignored.join(', ')}: not a setting of this playground.`);
