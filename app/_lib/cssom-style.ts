// Inline styles set from script, through the CSSOM, instead of a `style` attribute. The page's CSP
// allows no inline style attributes (no 'unsafe-inline'), so one in server-rendered HTML is refused,
// and React does not set it again when it hydrates; a property set from script is allowed.
export function cssomStyle(properties: Record<string, string>): (el: HTMLElement | null) => void {
  return (el) => {
    if (!el) return;
    for (const [name, value] of Object.entries(properties)) el.style.setProperty(name, value);
  };
}
