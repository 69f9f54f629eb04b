// The pages of the local identity stand-ins: plain, accessible HTML that works without JavaScript.

export type Language = 'fr' | 'en';

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const style = `
body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;color:#161616;background:#f6f6f6}
main{max-width:28rem;margin:2rem auto;padding:1.5rem;background:#fff;border:1px solid #ddd}
label{display:block;font-weight:600;margin-top:1rem}
input{display:block;width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem;border:1px solid #666}
button{margin-top:1rem;padding:.6rem 1rem;font-size:1rem;background:#000091;color:#fff;border:0;cursor:pointer}
button.secondary{background:#fff;color:#000091;border:1px solid #000091}
:focus-visible{outline:3px solid #0a76f6;outline-offset:2px}
[role=alert]{border-left:4px solid #ce0500;padding:.5rem 1rem;background:#ffe9e9}
[role=status]{border-left:4px solid #18753c;padding:.5rem 1rem;background:#b8fec9}
.hint{color:#555;font-size:.9rem;margin:.25rem 0 0}
button .hint{display:block;color:inherit}
.field-error{color:#ce0500;font-weight:600;margin:.25rem 0 0}
[aria-invalid=true]{border:2px solid #ce0500}
nav{text-align:right}`;

// A page without one makes the browser ask for /favicon.ico, which the stand-ins do not serve: an inline SVG.
const favicon = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#000091"/><path d="M4 12V4h5a2.5 2.5 0 0 1 0 5H6" fill="none" stroke="#fff" stroke-width="2"/></svg>',
)}`;

/** A whole page: `body` is trusted HTML, `title` is text. */
export function htmlPage({ lang, title, body }: { lang: Language; title: string; body: string }): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" type="image/svg+xml" href="${favicon}">
<style>${style}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

/**
 * The page oidc-provider shows before ending a session, submitted at once: the library always asks
 * for a confirmation, which neither Cognito nor FranceConnect do. The button works without JavaScript.
 */
export function autoSubmittedLogoutPage(
  form: string,
  texts: { lang: Language; title: string; button: string },
): string {
  return htmlPage({
    lang: texts.lang,
    title: texts.title,
    body: `<h1>${escapeHtml(texts.title)}</h1>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">${escapeHtml(texts.button)}</button>
<script>document.querySelector('button[name=logout]').click()</script>`,
  });
}

/** The page shown when a flow cannot go on: OAuth's error code and its description, for developers. */
export function errorPage(
  lang: Language,
  title: string,
  error: { error: string; error_description?: string },
): string {
  return htmlPage({
    lang,
    title,
    body: `<h1>${escapeHtml(title)}</h1>
<div role="alert" data-error="${escapeHtml(error.error)}">
<p><code>${escapeHtml(error.error)}</code></p>
${error.error_description ? `<p>${escapeHtml(error.error_description)}</p>` : ''}
</div>`,
  });
}
