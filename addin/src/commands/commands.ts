import { formatProblem } from '../../../shared';
import { excelBackend } from '../excel/backend';

/**
 * Ribbon buttons that act without the task pane. Each must call event.completed(), whatever happens,
 * or Excel keeps the button busy.
 */
async function notify(message: string): Promise<void> {
  // A command has no window of its own: the message goes to the workbook's status area when Office can show it.
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    // Older hosts cannot open the pane from a command; the result is still in the sheet.
  }
  window.dispatchEvent(new CustomEvent('cchc-notice', { detail: message }));
}

/** Runs one ribbon action, shows its outcome, and always completes the event. */
function command(action: () => Promise<string>): (event: Office.AddinCommands.Event) => Promise<void> {
  return async (event) => {
    try {
      await notify(await action());
    } catch (e) {
      await notify(String(e instanceof Error ? e.message : e));
    } finally {
      event.completed();
    }
  };
}

const checkSheet = command(async () => {
  const r = await excelBackend.check();
  if ('noTable' in r) return 'Không tìm thấy bảng phụ lục trên trang tính này.';
  return r.problems.length ? `${r.problems.length} vấn đề: ${r.problems.slice(0, 3).map((p) => formatProblem(p, 'vi')).join(' • ')}` : 'Không có lỗi.';
});

const scoreSheet = command(async () => {
  const r = await excelBackend.score();
  return 'noTable' in r ? 'Không tìm thấy bảng chấm điểm trên trang tính này.' : `Bị trừ ${r.totals.deduction.toFixed(2).replace('.', ',')} điểm ở ${r.totals.lost} tiêu chí.`;
});

const cleanSelection = command(async () => `Đã làm sạch ${(await excelBackend.clean()).changed} ô.`);

/** The FunctionName values of manifest.xml. */
export const COMMANDS = { checkSheet, scoreSheet, cleanSelection } as const;

// Associated as soon as the script runs, not inside Office.onReady: a ribbon click that starts the
// shared runtime is dispatched while the page loads, and a handler registered later misses it
// (https://github.com/OfficeDev/office-js/issues/5176, https://github.com/OfficeDev/office-js/issues/3224;
// https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime).
// A plain task pane (an Excel without the shared runtime) has no commands to associate.
try {
  if (typeof Office !== 'undefined' && Office.actions) {
    for (const [name, handler] of Object.entries(COMMANDS)) Office.actions.associate(name, handler);
  }
} catch {
  // Nothing to register on this host: the buttons are not on its ribbon either.
}
