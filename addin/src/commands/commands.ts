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

async function checkSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const r = await excelBackend.check();
    await notify('noTable' in r ? 'Không tìm thấy bảng phụ lục trên trang đang mở.'
      : r.problems.length ? `${r.problems.length} vấn đề: ${r.problems.slice(0, 3).map((p) => formatProblem(p, 'vi')).join(' • ')}` : 'Không có lỗi.');
  } catch (e) {
    await notify(String(e instanceof Error ? e.message : e));
  } finally {
    event.completed();
  }
}

async function scoreSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const r = await excelBackend.score();
    await notify('noTable' in r ? 'Không tìm thấy bảng chấm điểm trên trang đang mở.'
      : `Bị trừ ${r.totals.deduction.toFixed(2).replace('.', ',')} điểm ở ${r.totals.lost} tiêu chí.`);
  } catch (e) {
    await notify(String(e instanceof Error ? e.message : e));
  } finally {
    event.completed();
  }
}

async function cleanSelection(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const r = await excelBackend.clean();
    await notify(`Đã làm sạch ${r.changed} ô.`);
  } catch (e) {
    await notify(String(e instanceof Error ? e.message : e));
  } finally {
    event.completed();
  }
}

/** The FunctionName values of manifest.xml, registered once the runtime is ready. */
export const COMMANDS = { checkSheet, scoreSheet, cleanSelection } as const;

Office.onReady(() => {
  for (const [name, handler] of Object.entries(COMMANDS)) Office.actions.associate(name, handler);
});
