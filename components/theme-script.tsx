/**
 * Applies the saved colour scheme before the first paint, so dark-mode readers
 * never see a white flash. The choice lives in localStorage under "theme".
 */
const script = `(function(){try{var t=localStorage.getItem("theme");var d=t?t==="dark":matchMedia("(prefers-color-scheme: dark)").matches;document.documentElement.classList.toggle("dark",d);}catch(e){}})();`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
