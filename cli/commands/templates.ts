import { TEMPLATES, templateTitle } from '../../shared';
import type { Command } from '../command';

export const templatesCommand: Command = {
  name: 'templates',
  usage: 'cchc templates',
  summary: { vi: 'Liệt kê các mẫu phụ lục', en: 'List the appendix templates' },
  options: {},
  async run(_args, ctx) {
    const year = new Date().getFullYear();
    for (const t of TEMPLATES) ctx.out(`${t.id.padEnd(20)} ${templateTitle(t, ctx.language, year)}`);
    return 0;
  },
};
