// The page's one script: the custom functions, the ribbon commands and the task pane, run in this
// order so the functions and commands are associated before anything waits for Office.onReady.
// One entry module rather than three entries of one chunk: webpack then concatenates the whole
// page into one scope, where three entries left every module the three share as a separate
// function behind export getters (2,4 KB gzipped more).
import './page-started';
import './functions/functions';
import './commands/commands';
import './taskpane/taskpane';
