/**
 * The inline script that applies the saved colour scheme before the first
 * paint (components/theme-script.tsx renders it). It lives apart from the
 * component because the Content-Security-Policy allows it by its hash
 * (lib/http/csp.ts), so both must read the same text. The choice lives in
 * localStorage under "theme".
 */
export const THEME_SCRIPT = `(function(){try{var t=localStorage.getItem("theme");var d=t?t==="dark":matchMedia("(prefers-color-scheme: dark)").matches;document.documentElement.classList.toggle("dark",d);}catch(e){}})();`;
