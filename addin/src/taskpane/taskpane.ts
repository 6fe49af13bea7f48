import { mountPanel } from '../../../ui/panel';
import { excelBackend, watchSets } from '../excel/backend';

/** The task pane: the shared panel over the Excel backend, 350 px wide, mounted once Office is ready. */
Office.onReady(() => {
  const root = document.getElementById('app');
  if (!root) return;
  watchSets();
  mountPanel(root, excelBackend, { width: 350, year: new Date().getFullYear(), theme: 'fluent' });
  window.addEventListener('cchc-notice', (e) => {
    const status = document.getElementById('status-text');
    if (status) status.textContent = (e as CustomEvent<string>).detail;
  });
});
