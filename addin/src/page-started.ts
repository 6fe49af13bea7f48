// The page's first module: the inline guard in taskpane.html reads this flag on `load` and, when it
// is missing, tells the officer why the pane is empty (a browser that cannot parse the bundle, or a
// bundle that did not load). Imported first so that it is set before anything that may throw.
// globalThis is the page's window; the functions' own test runs the bundle where there is no window.
(globalThis as typeof globalThis & { cchcPageStarted?: boolean }).cchcPageStarted = true;

// A module rather than a script, so webpack concatenates it with the page instead of wrapping it.
export {};
